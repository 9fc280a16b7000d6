import path from 'node:path';
import type { CreateJsonStore, FileIo, JsonStore } from '../ports';
import { replaceFileSync } from '../encryption/replace-file';
import { defaultFileIo, MAX_DATA_FILE_BYTES } from './file-system';

/**
 * The JSON store every host service reads and writes through (the shell, the harness and the tests alike):
 * one file per store, `<cwd>/<configName>.json`, pretty-printed with tabs.
 * - Assigning `store` replaces the file with `replaceFileSync` (temp file, fsync, rename, folder fsync), so a
 *   crash or a power cut leaves the old file or the new one, never a mix, and an answered write is on disk.
 *   It does so under Ubuntu Snap too, where `conf` would write in place.
 * - Reading `store` reads the file through the same port with a size bound. A missing file reads as `{}`;
 *   one that is not a JSON object throws a SyntaxError (storage moves it to quarantine); a file system
 *   failure throws the system error (storage reports it, and never mistakes it for damage).
 * - Constructing reads once, so a damaged file is found before anything is written over it; a `store` read in
 *   the same turn is answered from that read.
 */
export function fileStoreWith(io: FileIo): CreateJsonStore {
  return ({ cwd, configName }) => {
    const file = path.join(cwd, `${configName}.json`);
    const read = (): Record<string, unknown> => {
      let bytes: Buffer;
      try {
        bytes = io.fs.readFileSync(file, MAX_DATA_FILE_BYTES);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return {};
        throw error;
      }
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new SyntaxError(`${path.basename(file)} does not hold a JSON object`);
      return value as Record<string, unknown>;
    };
    // What constructing read is answered to a `store` read in the same turn (the usual open: construct, then
    // read), rather than reading and parsing the file a second time: for the library index at 10,000
    // attempts that second parse was about a fifth of start-up. Later reads read the file again.
    let justRead: Record<string, unknown> | null = read();
    queueMicrotask(() => {
      justRead = null;
    });
    const store: JsonStore = {
      path: file,
      get store() {
        const value = justRead ?? read();
        justRead = null;
        return value;
      },
      set store(value: Record<string, unknown>) {
        justRead = null;
        io.fs.mkdirSync(cwd, { recursive: true });
        replaceFileSync(file, JSON.stringify(value, undefined, '\t'), io);
      },
    };
    return store;
  };
}

export const createFileStore: CreateJsonStore = fileStoreWith(defaultFileIo);
