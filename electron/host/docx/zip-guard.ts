import { inflateRawSync } from 'node:zlib';
import { HostError } from '@shared/contract';

/**
 * A .docx is a zip, and a zip can say it holds a few kilobytes while inflating to gigabytes (a "zip bomb").
 * The converter (mammoth, through jszip) inflates whatever it is given without a bound, so the host checks
 * the archive first: it reads the central directory, refuses too many entries or declared sizes over the
 * limits, then inflates every entry itself with an output cap and refuses any entry whose real size is not
 * the size it declared. Inflating is deterministic, so once every entry has inflated within its cap here,
 * the converter's own inflating of the same bytes is bounded by the same figures.
 */
export interface ZipLimits {
  maxEntries: number;
  /** The largest one entry may inflate to, in bytes. */
  maxEntryBytes: number;
  /** The most all entries together may inflate to, in bytes. */
  maxTotalBytes: number;
}

export const docxZipLimits: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 24 * 1024 * 1024,
  maxTotalBytes: 48 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

function notAZip(name: string, why: string): HostError {
  return new HostError('invalid-file', `“${name}” is not a Word document the app can read (${why}).`);
}

function tooBig(name: string, why: string): HostError {
  return new HostError(
    'too-large',
    `“${name}” was not read: ${why}. Save a shorter document, or copy its text and paste it instead.`,
  );
}

/** Lists the archive's entries from its central directory, checking counts and declared sizes. */
export function readZipDirectory(bytes: Buffer, name: string, limits: ZipLimits): ZipEntryInfo[] {
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw notAZip(name, 'it is not a zip archive');
  const entryCount = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK)
    throw tooBig(name, 'it is stored in the extended zip format used for very large archives');
  if (entryCount > limits.maxEntries)
    throw tooBig(name, `it holds ${entryCount} parts, more than the ${limits.maxEntries} a document needs`);
  if (directoryOffset + directorySize > eocd) throw notAZip(name, 'its table of contents is damaged');

  const entries: ZipEntryInfo[] = [];
  let declaredTotal = 0;
  let at = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw notAZip(name, 'its table of contents is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntryInfo = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (
      entry.compressedSize === ZIP64_MARK ||
      entry.uncompressedSize === ZIP64_MARK ||
      entry.localHeaderOffset === ZIP64_MARK
    )
      throw tooBig(name, 'it is stored in the extended zip format used for very large archives');
    if (entry.uncompressedSize > limits.maxEntryBytes)
      throw tooBig(name, `one of its parts would unpack to ${megabytes(entry.uncompressedSize)}`);
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes)
      throw tooBig(name, `it would unpack to more than ${megabytes(limits.maxTotalBytes)}`);
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The compressed bytes of one entry, found through its local header. */
function entryData(bytes: Buffer, entry: ZipEntryInfo, name: string): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw notAZip(name, 'one of its parts is damaged');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw notAZip(name, 'one of its parts is cut short');
  return bytes.subarray(start, end);
}

/**
 * Refuses the archive unless every entry inflates to exactly its declared size (which `readZipDirectory`
 * has already bounded). The cap on each inflate is that declared size plus one byte, so an entry that lies
 * about its size stops there rather than filling memory.
 */
export function checkZipBounds(bytes: Buffer, name: string, limits: ZipLimits = docxZipLimits): void {
  const entries = readZipDirectory(bytes, name, limits);
  for (const entry of entries) {
    const data = entryData(bytes, entry, name);
    let actual: number;
    if (entry.method === STORED) actual = data.length;
    else if (entry.method === DEFLATED) {
      try {
        actual = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError)
          throw tooBig(name, 'one of its parts unpacks to more than it says it holds');
        throw notAZip(name, 'one of its parts is damaged');
      }
    } else throw notAZip(name, 'it uses a kind of compression Word does not');
    if (actual !== entry.uncompressedSize)
      throw actual > entry.uncompressedSize
        ? tooBig(name, 'one of its parts unpacks to more than it says it holds')
        : notAZip(name, 'one of its parts is shorter than it says');
  }
}
