import fs from 'node:fs';
import path from 'node:path';
import type { CreateJsonStore, FileIo, JsonStore } from '../ports';
import { defaultFileIo, MAX_DATA_FILE_BYTES } from '../storage/file-system';
import { personalSettingKeys } from '@shared/model/settings';
import {
  decryptBytes,
  decryptDocument,
  encryptBytes,
  encryptDocument,
  EncryptedStoreError,
  envelopeFormat,
  ENVELOPE_FORMAT,
  isEncryptedEnvelope,
} from './encrypted-store';
import type { EncryptedEnvelope, FileIdentity, KeyProvider } from './encrypted-store';
import { KEY_FILE_NAME, keyStoreProblem, KeyUnavailableError, loadOrCreateDataKey } from './key-file';
import type { KeyProtector } from './key-file';
import { leftoverTempFile, replaceFileSync } from './replace-file';
import { WINDOW_STATE_FILE } from '../shell/window-state';

/**
 * The "encrypt my saved work" setting. Whether it is on is whether the sealed key file exists: there is no
 * separate flag that could disagree with the files. While it is on:
 * - every file in the data folder, backups included, is written encrypted, each bound to its place in the folder
 *   (so a file copied or moved over another does not open, and is treated as damaged);
 * - settings stay readable (the app needs the theme and text size before anything else), except the personal
 *   ones (the trainee's name), which are kept encrypted inside the file under `personal`;
 * - quarantined files are kept encrypted too, byte for byte as they were found.
 * Switching off writes all of it back in plain text.
 */
export interface EncryptionStatus {
  /** Whether this computer has a key store that can protect the key. */
  available: boolean;
  enabled: boolean;
  /** Why encryption cannot be switched on here, in plain words; null when it can. */
  unavailableReason: string | null;
}

export interface AtRestEncryption {
  /** The store factory every host service uses: encrypts on write while enabled, decrypts on read. */
  createStore: CreateJsonStore;
  status(): EncryptionStatus;
  /** Makes a key and rewrites every file encrypted. Answers how many files were rewritten. */
  enable(): number;
  /** Rewrites every file readable, then removes the key. Answers how many files were rewritten. */
  disable(): number;
}

const SETTINGS_FILE = 'settings';
/**
 * Kept plain in the data folder: the settings (needed before any key) and the shell's window size and place
 * (no casework in it, and the shell reads it without the host).
 */
const PLAIN_FILES: ReadonlySet<string> = new Set([SETTINGS_FILE, WINDOW_STATE_FILE]);
const LIBRARY_FILE = 'library.json';
const QUARANTINE_FOLDER = 'quarantine';
/** Where the encrypted personal settings sit inside settings.json, and the identity they are bound to. */
const PERSONAL_FIELD = 'personal';
const PERSONAL_IDENTITY = `${SETTINGS_FILE}.json#${PERSONAL_FIELD}`;

export function openAtRestEncryption(options: {
  dataDir: string;
  inner: CreateJsonStore;
  protector: KeyProtector | undefined;
  /** The file system every rewrite goes through (the tests' fault layer, or Node's). */
  io?: FileIo;
}): AtRestEncryption {
  const { dataDir, inner, protector } = options;
  const io = options.io ?? defaultFileIo;
  const keyFilePath = path.join(dataDir, KEY_FILE_NAME);
  let key: KeyProvider | null = null;
  // Two flags because switching on is not one step: new writes are encrypted as soon as the key exists, but
  // the setting only reads as on once every file has been rewritten, so a rewrite cut short (a full disk)
  // says off and switching on again finishes it.
  let encryptingWrites = false;
  let enabled = false;
  // Files encrypted before identities were bound (format 1) open only until the folder has been rewritten.
  let acceptFormat1 = false;

  const identityOf = (file: string): FileIdentity => {
    const relative = path.relative(dataDir, file);
    return relative.startsWith('..') || path.isAbsolute(relative)
      ? path.resolve(file)
      : relative.split(path.sep).join('/');
  };
  const isSettings = (file: string) => path.resolve(file) === path.resolve(dataDir, `${SETTINGS_FILE}.json`);
  const keptPlain = (file: string) =>
    path.resolve(path.dirname(file)) === path.resolve(dataDir) &&
    PLAIN_FILES.has(path.basename(file, '.json'));
  const openOptions = (file: string) => ({ identity: identityOf(file), acceptFormat1 });

  if (fs.existsSync(keyFilePath)) {
    // Encrypted work and a key this computer cannot unseal: stop before anything is read, so no file is
    // mistaken for damage and quarantined. The message says the files are left as they are.
    if (!protector) throw new KeyUnavailableError('no-keychain');
    key = loadOrCreateDataKey({ keyFilePath, protector, allowCreate: false, io });
    encryptingWrites = true;
    // The index is rewritten last, so a plain index beside the key means switching on was cut short.
    const library = path.join(dataDir, LIBRARY_FILE);
    const format = indexEnvelopeFormat(library, io);
    enabled = !fs.existsSync(library) || format !== null;
    if (format === null || format < ENVELOPE_FORMAT) {
      // An older folder (or a switch-on cut short): rewrite every file bound to its place, the index last, so
      // a rewrite cut short is finished at the next start. Until it has finished, format 1 still opens.
      acceptFormat1 = true;
      const activeKey = key;
      try {
        rewriteAll(
          io,
          dataDir,
          (value, file) => upgraded(value, file, activeKey),
          (bytes, file) => sealedQuarantine(bytes, file, activeKey),
        );
        acceptFormat1 = false;
      } catch {
        // A disk that fails now is not damage: keep opening format 1 and try again at the next start.
      }
    }
  } else if (protector && indexEnvelopeFormat(path.join(dataDir, LIBRARY_FILE), io) !== null) {
    throw new KeyUnavailableError('missing');
  }

  /** A document as it is written while encrypting: whole, or (settings) with the personal part sealed. */
  function sealed(value: Record<string, unknown>, file: string, activeKey: KeyProvider): object {
    if (isSettings(file)) {
      const plain: Record<string, unknown> = { ...value };
      const personal: Record<string, unknown> = {};
      for (const name of personalSettingKeys)
        if (name in plain) {
          personal[name] = plain[name];
          delete plain[name];
        }
      return { ...plain, [PERSONAL_FIELD]: encryptDocument(personal, activeKey, PERSONAL_IDENTITY) };
    }
    if (keptPlain(file)) return value;
    return encryptDocument(value, activeKey, identityOf(file));
  }

  /** A document as read, whichever form it was written in. */
  function opened(raw: Record<string, unknown>, file: string): Record<string, unknown> {
    if (isEncryptedEnvelope(raw)) {
      if (!key) throw new EncryptedStoreError('This file is encrypted and the key that opens it is gone.');
      return decryptDocument(raw, key, openOptions(file));
    }
    const personal = raw[PERSONAL_FIELD];
    if (isSettings(file) && isEncryptedEnvelope(personal)) {
      if (!key) throw new EncryptedStoreError('This file is encrypted and the key that opens it is gone.');
      const { [PERSONAL_FIELD]: _sealed, ...plain } = raw;
      return {
        ...plain,
        ...decryptDocument(personal, key, { identity: PERSONAL_IDENTITY, acceptFormat1: false }),
      };
    }
    return raw;
  }

  /** The rewrite that binds an older folder's files: format 1 and plain settings change, nothing else does. */
  function upgraded(value: Record<string, unknown>, file: string, activeKey: KeyProvider): object | null {
    if (isEncryptedEnvelope(value)) {
      if (envelopeFormat(value) !== 1) return null;
      return sealed(decryptDocument(value, activeKey, openOptions(file)), file, activeKey);
    }
    if (isSettings(file) && !isEncryptedEnvelope(value[PERSONAL_FIELD]) && encryptingWrites)
      return sealed(value, file, activeKey);
    return null;
  }

  /** A quarantined file's bytes as kept while encrypting, or null when they already are. */
  function sealedQuarantine(bytes: Buffer, file: string, activeKey: KeyProvider): object | null {
    const envelope = parsedEnvelope(bytes);
    if (envelope && envelope.encrypted.content === 'bytes') return null;
    // A file encrypted before identities were bound opens anywhere: keep what it holds, not its old envelope.
    if (envelope && envelopeFormat(envelope) === 1) {
      try {
        const value = decryptDocument(envelope, activeKey, { identity: '', acceptFormat1: true });
        return encryptBytes(Buffer.from(JSON.stringify(value, null, '\t')), activeKey, identityOf(file));
      } catch {
        // Damaged as well: set it aside as it is.
      }
    }
    return encryptBytes(bytes, activeKey, identityOf(file));
  }

  /** A quarantined file's bytes as kept in plain text, or null when they already are. */
  function plainQuarantine(bytes: Buffer, file: string, activeKey: KeyProvider): Buffer | null {
    const envelope = parsedEnvelope(bytes);
    if (!envelope) return null;
    if (envelope.encrypted.content === 'bytes') return decryptBytes(envelope, activeKey, identityOf(file));
    try {
      const value = decryptDocument(envelope, activeKey, { identity: '', acceptFormat1: true });
      return Buffer.from(JSON.stringify(value, null, '\t'));
    } catch {
      return null; // Bound to the place it was taken from, or damaged: only the key could open it, and it stays.
    }
  }

  const createStore: CreateJsonStore = (storeOptions) => {
    const store = inner(storeOptions);
    const file = path.join(storeOptions.cwd, `${storeOptions.configName}.json`);
    const wrapped: JsonStore = {
      path: store.path,
      get store() {
        return opened(store.store, file);
      },
      set store(value: Record<string, unknown>) {
        store.store =
          key && encryptingWrites ? (sealed(value, file, key) as unknown as Record<string, unknown>) : value;
      },
    };
    return wrapped;
  };
  createStore.moveAside = (from, to) => {
    if (!key || !encryptingWrites) return false;
    let bytes: Buffer;
    try {
      bytes = io.fs.readFileSync(from, MAX_DATA_FILE_BYTES);
    } catch {
      return false; // Too large to hold, or unreadable: moved as it is, which is all that can be done with it.
    }
    // What a file that opens here holds is kept, rather than an envelope bound to the place it is leaving.
    let content = bytes;
    const envelope = parsedEnvelope(bytes);
    if (envelope && envelope.encrypted.content !== 'bytes') {
      try {
        content = Buffer.from(
          JSON.stringify(opened(envelope as unknown as Record<string, unknown>, from), null, '\t'),
        );
      } catch {
        // Damaged or swapped: set aside as found (it is ciphertext already).
      }
    } else if (isSettings(from)) {
      try {
        const raw: unknown = JSON.parse(bytes.toString('utf8'));
        if (raw && typeof raw === 'object' && !Array.isArray(raw))
          content = Buffer.from(JSON.stringify(opened(raw as Record<string, unknown>, from), null, '\t'));
      } catch {
        // Not JSON: set aside as found.
      }
    }
    replaceFileSync(to, JSON.stringify(encryptBytes(content, key, identityOf(to)), null, '\t'), io);
    // Written before the original is removed: a power cut between leaves both, and start-up sets the original
    // aside again, so nothing is ever only in plain text nor lost.
    io.fs.rmSync(from, { force: true });
    return true;
  };

  function status(): EncryptionStatus {
    const problem = keyStoreProblem(protector);
    const unavailableReason = problem ? new KeyUnavailableError(problem).message : null;
    return { available: unavailableReason === null, enabled, unavailableReason };
  }

  /**
   * Always looks at every file, even when already on, so trying again after a failure (or after a restart
   * that followed one) rewrites whatever is still plain. Files already encrypted and bound are left as they are.
   */
  function enable(): number {
    if (!key) {
      if (!protector) throw new KeyUnavailableError('no-keychain');
      key = loadOrCreateDataKey({ keyFilePath, protector, allowCreate: true, io });
    }
    const activeKey = key;
    encryptingWrites = true;
    const rewritten = rewriteAll(
      io,
      dataDir,
      (value, file) => {
        if (isEncryptedEnvelope(value)) return upgraded(value, file, activeKey);
        if (keptPlain(file) && !isSettings(file)) return null;
        if (isSettings(file) && isEncryptedEnvelope(value[PERSONAL_FIELD])) return null;
        return sealed(value, file, activeKey);
      },
      (bytes, file) => sealedQuarantine(bytes, file, activeKey),
    );
    enabled = true;
    return rewritten;
  }

  function disable(): number {
    if (!key) return 0;
    encryptingWrites = false;
    enabled = false;
    const activeKey = key;
    const rewritten = rewriteAll(
      io,
      dataDir,
      (value, file) => {
        const plain = opened(value, file);
        return plain === value ? null : plain;
      },
      (bytes, file) => plainQuarantine(bytes, file, activeKey),
    );
    // Only once every file is readable without it: a failure above leaves the key, so nothing is stranded.
    fs.rmSync(keyFilePath, { force: true });
    key = null;
    acceptFormat1 = false;
    return rewritten;
  }

  return { createStore, status, enable, disable };
}

function parsedEnvelope(bytes: Buffer): EncryptedEnvelope | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isEncryptedEnvelope(value) ? value : null;
  } catch {
    return null;
  }
}

/** A file too large to be one of ours is not read at all: the one bounded read refuses it. */
function readEnvelope(file: string, io: FileIo): EncryptedEnvelope | null {
  try {
    return parsedEnvelope(io.fs.readFileSync(file, MAX_DATA_FILE_BYTES));
  } catch {
    return null;
  }
}

/**
 * How much of the index start-up reads from its start, and from its end, to tell whether it is an envelope
 * and of which format. The store writes the envelope's fields before its ciphertext (`seal` in
 * encrypted-store.ts, pretty-printed with tabs by the file store), so they sit in the first couple of hundred
 * bytes however long the library is; at 10,000 attempts the whole index is megabytes. An index no longer than
 * the two together is read whole, as it always was.
 */
const INDEX_HEAD_BYTES = 4096;
const INDEX_END_BYTES = 64;
/** The ciphertext field as the store writes it (the last field of `encrypted`), and all that follows it. */
const DATA_FIELD = Buffer.from('\n\t\t"data": "');
const ENVELOPE_END = Buffer.from('"\n\t}\n}');
const BASE64 = /^[A-Za-z0-9+/=]*$/;

/**
 * The format of the index's envelope, or null when it is not one (plain, damaged, unreadable or missing): what
 * start-up decides from. Start-up must not grow with the library (decision 0028), so a longer index is judged
 * from its two ends when they show an envelope exactly as the store writes it; the whole read answers
 * whatever they cannot (another layout, an older version's key order, a file cut short, not JSON), so those
 * files are decided as before. What the ends cannot see is the middle of the ciphertext: damage there that
 * makes the file invalid JSON is found by storage's own read of the index after the first paint, which sets
 * it aside and rebuilds it like any damaged index, rather than here.
 */
function indexEnvelopeFormat(file: string, io: FileIo): number | null {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // Missing, or not to be reached: the whole read below answers, as it always has.
  }
  if (size > INDEX_HEAD_BYTES + INDEX_END_BYTES) {
    const ends = readEnds(file, size, io);
    // Unreadable now: what the whole read answered when it failed.
    if (ends === null) return null;
    const told = formatFromEnds(ends.head, ends.end);
    if (told !== null) return told;
  }
  const envelope = readEnvelope(file, io);
  return envelope === null ? null : envelopeFormat(envelope);
}

/**
 * The first and last bytes of a file. Opened and closed through the port, so its faults (and a cut power)
 * apply to this read as to the whole one; the port has no read of part of a file, so the two ends are read
 * from the descriptor it answers, which it opens for reading. Null when the file cannot be read.
 */
function readEnds(file: string, size: number, io: FileIo): { head: Buffer; end: Buffer } | null {
  try {
    const fd = io.fs.openSync(file, 'r');
    try {
      return {
        head: readAt(fd, 0, INDEX_HEAD_BYTES),
        end: readAt(fd, size - INDEX_END_BYTES, INDEX_END_BYTES),
      };
    } finally {
      io.fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Up to `length` bytes from `position`: fewer only when the file ends first. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const read = fs.readSync(fd, buffer, got, length - got, position + got);
    if (read === 0) break;
    got += read;
  }
  return buffer.subarray(0, got);
}

/**
 * The envelope format the two ends of a file show, or null when they cannot tell (the whole read decides).
 * They tell only when the whole read could not answer otherwise: the file ends with the ciphertext and the two
 * closing braces, so it was not cut short and nothing follows; all of the ciphertext they see is base64, so
 * nothing in it could end the string; and the fields before it are exactly as the store writes them (each
 * once, in its order and layout). That last is stricter than the answer needs, on purpose: only the layout
 * this app is known to write is judged from part of a file, and any other (an older version's key order, say)
 * is left to the whole read, however it would parse.
 */
function formatFromEnds(head: Buffer, end: Buffer): number | null {
  const at = head.indexOf(DATA_FIELD);
  if (at < 0 || end.length < ENVELOPE_END.length) return null;
  const closing = end.length - ENVELOPE_END.length;
  if (!end.subarray(closing).equals(ENVELOPE_END)) return null;
  // The fields with an empty ciphertext: exactly what the store would write for them, or no answer.
  const fieldsEnd = at + DATA_FIELD.length;
  const fields = head.subarray(0, fieldsEnd).toString('utf8') + ENVELOPE_END.toString('utf8');
  let header: unknown;
  try {
    header = JSON.parse(fields);
  } catch {
    return null;
  }
  if (!isEncryptedEnvelope(header)) return null;
  // The fields in the order `seal` (encrypted-store.ts) writes them, with nothing else among them.
  const { alg, format, content, iv, tag } = header.encrypted;
  const asWritten = {
    schemaVersion: header.schemaVersion,
    encrypted: {
      alg,
      ...(format === undefined ? {} : { format }),
      ...(content === undefined ? {} : { content }),
      iv,
      tag,
      data: '',
    },
  };
  if (JSON.stringify(asWritten, null, '\t') !== fields) return null;
  const seen = head.subarray(fieldsEnd).toString('latin1') + end.subarray(0, closing).toString('latin1');
  if (!BASE64.test(seen)) return null;
  return envelopeFormat(header);
}

/**
 * Rewrites every file under the data folder that `change` (JSON documents) or `changeQuarantined` (the raw
 * bytes of set-aside files) answers a new form for. Synchronous on purpose: the stores write synchronously too,
 * so no save can fall between reading a file and replacing it. Each file is replaced by rename, so a failure
 * leaves it whole in one form or the other, both readable while the key is held.
 */
function rewriteAll(
  io: FileIo,
  dataDir: string,
  change: (value: Record<string, unknown>, file: string) => object | null,
  changeQuarantined: (bytes: Buffer, file: string) => object | Buffer | null,
): number {
  let rewritten = 0;
  const read = (file: string): Buffer | null => {
    try {
      return io.fs.readFileSync(file, MAX_DATA_FILE_BYTES);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null;
      // A file that cannot be read now (a failing disk, a lock) is not damage: skipping it would leave it in its
      // old form while the setting says it was rewritten, so the switch fails and a retry finishes it.
      throw error;
    }
  };
  for (const file of quarantinedFiles(path.join(dataDir, QUARANTINE_FOLDER))) {
    const bytes = read(file);
    if (bytes === null) continue;
    let next: object | Buffer | null;
    try {
      next = changeQuarantined(bytes, file);
    } catch (error) {
      // Renamed inside quarantine, or damaged there: it stays as it is rather than stopping the switch.
      if (error instanceof EncryptedStoreError) continue;
      throw error;
    }
    if (next === null) continue;
    replaceFileSync(file, Buffer.isBuffer(next) ? next : JSON.stringify(next, null, '\t'), io);
    rewritten += 1;
  }
  // The index last: whether it is encrypted tells start-up whether a switch-on finished.
  const library = path.join(dataDir, LIBRARY_FILE);
  const files = jsonFilesUnder(dataDir).filter((file) => file !== library);
  if (fs.existsSync(library)) files.push(library);
  for (const file of files) {
    const bytes = read(file);
    if (bytes === null) continue;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue; // Damaged: start-up's checks deal with it, not a setting change.
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    let next: object | null;
    try {
      next = change(value as Record<string, unknown>, file);
    } catch (error) {
      if (error instanceof EncryptedStoreError) continue; // Damaged or swapped: the same.
      throw error;
    }
    if (next === null) continue;
    replaceFileSync(file, JSON.stringify(next, null, '\t'), io);
    rewritten += 1;
  }
  return rewritten;
}

function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== QUARANTINE_FOLDER) found.push(...jsonFilesUnder(full));
    } else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found.sort();
}

/** Every file set aside in quarantine, whatever its name (a damaged file need not be JSON), but no leftover temp file. */
function quarantinedFiles(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !leftoverTempFile.test(entry.name))
      .map((entry) => path.join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}
