import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CreateJsonStore, JsonStore, JsonStoreOptions } from '../ports';

export const ENCRYPTION_ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Supplies the 32-byte data key. The shell's key is protected by the OS keychain; tests use memory. */
export interface KeyProvider {
  dataKey(): Buffer;
}

/**
 * The envelope's format. 2 binds the file's identity (its place in the data folder) into the additional data;
 * files written before that carry no `format` and are read as format 1 only while they are being rewritten.
 */
export const ENVELOPE_FORMAT = 2;

export interface EncryptedEnvelope {
  schemaVersion: unknown;
  encrypted: {
    alg: typeof ENCRYPTION_ALGORITHM;
    /** Absent in format 1. */
    format?: number;
    /** What the plaintext is: a JSON document (absent), or a file's raw bytes (a quarantined file). */
    content?: 'bytes';
    iv: string;
    tag: string;
    data: string;
  };
}

/**
 * Where a file lives, as bound into its ciphertext: its path inside the data folder with `/` between parts,
 * optionally with a `#part` for a piece of a file (the personal settings). A file copied or moved to another
 * name no longer opens, so one attempt's ciphertext cannot stand in for another's.
 */
export type FileIdentity = string;

export interface OpenOptions {
  /** Where the file is read from. Format 2 envelopes only open there. */
  identity: FileIdentity;
  /** Accept format 1 (no identity bound): only while an old data folder is being rewritten. */
  acceptFormat1: boolean;
}

/**
 * Thrown when an encrypted file cannot be opened: changed ciphertext, a changed tag, another key, or a
 * plaintext file where only encrypted ones are accepted. It deliberately carries no `code`, so storage
 * treats the file as damaged (quarantine it, restore a backup) rather than as a passing I/O failure.
 */
export class EncryptedStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptedStoreError';
  }
}

export function memoryKeyProvider(key: Buffer = randomBytes(KEY_BYTES)): KeyProvider {
  if (key.length !== KEY_BYTES) throw new Error(`A data key must be ${KEY_BYTES} bytes.`);
  const copy = Buffer.from(key);
  return { dataKey: () => copy };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isEncryptedEnvelope(value: unknown): value is EncryptedEnvelope {
  if (!isPlainObject(value) || !isPlainObject(value['encrypted'])) return false;
  const e = value['encrypted'];
  return (
    e['alg'] === ENCRYPTION_ALGORITHM &&
    (e['format'] === undefined || typeof e['format'] === 'number') &&
    (e['content'] === undefined || e['content'] === 'bytes') &&
    typeof e['iv'] === 'string' &&
    typeof e['tag'] === 'string' &&
    typeof e['data'] === 'string'
  );
}

/**
 * The envelope's visible schemaVersion is bound to the ciphertext, so it cannot be edited unnoticed; from format
 * 2 so are the file's identity and what kind of content it holds, so it cannot be moved or swapped unnoticed.
 */
function additionalData(
  schemaVersion: unknown,
  identity: FileIdentity | null,
  content: 'json' | 'bytes',
): Buffer {
  const version = `schemaVersion=${JSON.stringify(schemaVersion ?? null)}`;
  if (identity === null) return Buffer.from(`casework-practice/encrypted-store/v1|${version}`);
  return Buffer.from(
    `casework-practice/encrypted-store/v${ENVELOPE_FORMAT}|file=${JSON.stringify(identity)}|content=${content}|${version}`,
  );
}

export function envelopeFormat(envelope: EncryptedEnvelope): number {
  return envelope.encrypted.format ?? 1;
}

function checkedKey(keys: KeyProvider): Buffer {
  const key = keys.dataKey();
  if (key.length !== KEY_BYTES) throw new EncryptedStoreError('The encryption key has the wrong length.');
  return key;
}

function seal(
  plain: Buffer,
  keys: KeyProvider,
  schemaVersion: unknown,
  identity: FileIdentity | null,
  content: 'json' | 'bytes',
): EncryptedEnvelope {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ENCRYPTION_ALGORITHM, checkedKey(keys), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(schemaVersion, identity, content));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    schemaVersion,
    encrypted: {
      alg: ENCRYPTION_ALGORITHM,
      ...(identity === null ? {} : { format: ENVELOPE_FORMAT }),
      ...(content === 'bytes' ? { content } : {}),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    },
  };
}

function open(envelope: EncryptedEnvelope, keys: KeyProvider, options: OpenOptions): Buffer {
  const format = envelopeFormat(envelope);
  if (format > ENVELOPE_FORMAT)
    throw new EncryptedStoreError('This encrypted file was written by a newer version of the app.');
  if (format === 1 && !options.acceptFormat1)
    throw new EncryptedStoreError('This encrypted file is in an old form that is no longer trusted here.');
  const iv = Buffer.from(envelope.encrypted.iv, 'base64');
  const tag = Buffer.from(envelope.encrypted.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new EncryptedStoreError('The encrypted file is damaged (its header is the wrong size).');
  }
  try {
    const decipher = createDecipheriv(ENCRYPTION_ALGORITHM, checkedKey(keys), iv, {
      authTagLength: TAG_BYTES,
    });
    const content = envelope.encrypted.content === 'bytes' ? 'bytes' : 'json';
    decipher.setAAD(additionalData(envelope.schemaVersion, format === 1 ? null : options.identity, content));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(envelope.encrypted.data, 'base64')), decipher.final()]);
  } catch (error) {
    if (error instanceof EncryptedStoreError) throw error;
    // GCM authentication failed: changed bytes, another key, or a file moved from where it was written.
    // Node's message is not for the trainee.
    throw new EncryptedStoreError(
      'The encrypted file could not be opened: it was changed, moved, or locked with another key.',
    );
  }
}

/**
 * Encrypts a JSON document. With an identity (every file the app writes) the envelope is format 2 and only
 * opens at that identity; without one it is format 1, which only `createEncryptedStoreFactory` still writes.
 */
export function encryptDocument(
  value: Record<string, unknown>,
  keys: KeyProvider,
  identity: FileIdentity | null = null,
): EncryptedEnvelope {
  const plain = Buffer.from(JSON.stringify(value), 'utf8');
  return seal(plain, keys, value['schemaVersion'] ?? null, identity, 'json');
}

export function decryptDocument(
  envelope: EncryptedEnvelope,
  keys: KeyProvider,
  options: OpenOptions | null = null,
): Record<string, unknown> {
  if (envelope.encrypted.content === 'bytes')
    throw new EncryptedStoreError('The encrypted file opened but did not hold saved data.');
  // Without options only format 1 opens (the store factory below, which binds no identity).
  const text = open(envelope, keys, options ?? { identity: '', acceptFormat1: true }).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new EncryptedStoreError('The encrypted file opened but did not hold saved data.');
  }
  if (!isPlainObject(value))
    throw new EncryptedStoreError('The encrypted file opened but did not hold saved data.');
  return value;
}

/** Encrypts a file's raw bytes as they are (a quarantined file, which may not be JSON at all). */
export function encryptBytes(bytes: Buffer, keys: KeyProvider, identity: FileIdentity): EncryptedEnvelope {
  return seal(bytes, keys, null, identity, 'bytes');
}

export function decryptBytes(envelope: EncryptedEnvelope, keys: KeyProvider, identity: FileIdentity): Buffer {
  if (envelope.encrypted.content !== 'bytes')
    throw new EncryptedStoreError('This encrypted file does not hold a set-aside file.');
  return open(envelope, keys, { identity, acceptFormat1: false });
}

export interface EncryptedStoreOptions {
  /**
   * Which files to encrypt. Others are written as they are but still decrypted on reading, so switching
   * encryption off rewrites files in plaintext one save at a time. Default: every file.
   */
  encryptWhen?: (options: JsonStoreOptions) => boolean;
  /**
   * Read plaintext files as they are (files saved before encryption was switched on; they are encrypted on
   * their next save). When false, a plaintext file where an encrypted one was expected counts as damaged.
   * Default: true.
   */
  acceptPlaintext?: boolean;
}

/**
 * Wraps a store factory so files are stored as
 * `{ schemaVersion, encrypted: { alg: 'aes-256-gcm', iv, tag, data } }`. Storage above it is unchanged:
 * reading `store` answers the decrypted object, assigning it writes a freshly encrypted envelope (new IV
 * every time) through the inner store's atomic write.
 */
export function createEncryptedStoreFactory(
  inner: CreateJsonStore,
  keys: KeyProvider,
  options: EncryptedStoreOptions = {},
): CreateJsonStore {
  const encryptWhen = options.encryptWhen ?? (() => true);
  const acceptPlaintext = options.acceptPlaintext ?? true;
  return (storeOptions) => {
    const store = inner(storeOptions);
    const encrypt = encryptWhen(storeOptions);
    const wrapped: JsonStore = {
      path: store.path,
      get store() {
        const raw = store.store;
        if (isEncryptedEnvelope(raw)) return decryptDocument(raw, keys);
        if (Object.keys(raw).length === 0 || acceptPlaintext || !encrypt) return raw;
        throw new EncryptedStoreError('This file should be encrypted but is not, so it was not trusted.');
      },
      set store(value: Record<string, unknown>) {
        store.store = encrypt ? (encryptDocument(value, keys) as unknown as Record<string, unknown>) : value;
      },
    };
    return wrapped;
  };
}
