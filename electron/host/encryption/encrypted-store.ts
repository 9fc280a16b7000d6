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

export interface EncryptedEnvelope {
  schemaVersion: unknown;
  encrypted: { alg: typeof ENCRYPTION_ALGORITHM; iv: string; tag: string; data: string };
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
    typeof e['iv'] === 'string' &&
    typeof e['tag'] === 'string' &&
    typeof e['data'] === 'string'
  );
}

/** The envelope's visible schemaVersion is bound to the ciphertext, so it cannot be edited unnoticed. */
function additionalData(schemaVersion: unknown): Buffer {
  return Buffer.from(
    `casework-practice/encrypted-store/v1|schemaVersion=${JSON.stringify(schemaVersion ?? null)}`,
  );
}

function checkedKey(keys: KeyProvider): Buffer {
  const key = keys.dataKey();
  if (key.length !== KEY_BYTES) throw new EncryptedStoreError('The encryption key has the wrong length.');
  return key;
}

export function encryptDocument(value: Record<string, unknown>, keys: KeyProvider): EncryptedEnvelope {
  const schemaVersion = value['schemaVersion'] ?? null;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ENCRYPTION_ALGORITHM, checkedKey(keys), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(schemaVersion));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return {
    schemaVersion,
    encrypted: {
      alg: ENCRYPTION_ALGORITHM,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    },
  };
}

export function decryptDocument(envelope: EncryptedEnvelope, keys: KeyProvider): Record<string, unknown> {
  const iv = Buffer.from(envelope.encrypted.iv, 'base64');
  const tag = Buffer.from(envelope.encrypted.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new EncryptedStoreError('The encrypted file is damaged (its header is the wrong size).');
  }
  let text: string;
  try {
    const decipher = createDecipheriv(ENCRYPTION_ALGORITHM, checkedKey(keys), iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(additionalData(envelope.schemaVersion));
    decipher.setAuthTag(tag);
    text = Buffer.concat([
      decipher.update(Buffer.from(envelope.encrypted.data, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch (error) {
    if (error instanceof EncryptedStoreError) throw error;
    // GCM authentication failed: changed bytes or another key. Node's message is not for the trainee.
    throw new EncryptedStoreError(
      'The encrypted file could not be opened: it was changed, or locked with another key.',
    );
  }
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
