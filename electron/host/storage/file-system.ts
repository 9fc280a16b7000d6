import fs from 'node:fs';
import path from 'node:path';
import type { FileIo, FileSystemPort } from '../ports';

/**
 * The largest data file storage will read. Attempts are capped well below this (MAX_ATTEMPT_BYTES), and
 * encryption or a tutor's template do not come near it; a bigger file is not one the app wrote, so it is
 * refused before it is read rather than read whole into memory.
 */
export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;

/** Folder fsync is not possible everywhere (Windows cannot open a folder); these codes mean "not supported". */
const folderSyncUnsupported = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP']);

export function tooLargeFileError(file: string, maxBytes: number): Error {
  return Object.assign(new Error(`EFBIG: ${path.basename(file)} is larger than ${maxBytes} bytes`), {
    code: 'EFBIG',
  });
}

/** Reads at most `maxBytes` (plus one, to notice more), whatever the size the file claimed when it was opened. */
function readBounded(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.fstatSync(fd).size > maxBytes) throw tooLargeFileError(file, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      // The file grew after it was measured.
      if (total > maxBytes) throw tooLargeFileError(file, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

export const nodeFileSystem: FileSystemPort = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (file, options) => fs.rmSync(file, options),
  mkdirSync: (dir, options) => {
    fs.mkdirSync(dir, options);
  },
  readFileSync: readBounded,
};

/** What the app uses: Node's file system, every file and folder flushed before a write is acknowledged. */
export const defaultFileIo: FileIo = { fs: nodeFileSystem, syncFiles: true, syncFolders: true };

/**
 * fsyncs a folder so a rename in it survives a power cut. Where folders cannot be opened (Windows) there is
 * nothing to do; any other failure throws, so the write is not acknowledged.
 */
export function syncFolderSync(io: FileIo, dir: string): void {
  let fd: number;
  try {
    fd = io.fs.openSync(dir, 'r');
  } catch (error) {
    if (folderSyncUnsupported.has(String((error as { code?: unknown }).code))) return;
    throw error;
  }
  try {
    io.fs.fsyncSync(fd);
  } catch (error) {
    if (!folderSyncUnsupported.has(String((error as { code?: unknown }).code))) throw error;
  } finally {
    io.fs.closeSync(fd);
  }
}
