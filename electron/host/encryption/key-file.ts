import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileIo, KeyProtector } from '../ports';
import { defaultFileIo } from '../storage/file-system';
import type { KeyProvider } from './encrypted-store';
import { replaceFileSync } from './replace-file';

export type { KeyProtector };

export type KeyUnavailableReason = 'no-keychain' | 'weak-keychain' | 'missing' | 'unreadable';

const messages: Record<KeyUnavailableReason, string> = {
  'no-keychain': "This computer's account has no secure key store, so encryption cannot be used here.",
  'weak-keychain':
    "This computer's key store would keep the key with a fixed password, which does not protect it, so encryption cannot be used here.",
  missing:
    'The key that unlocks your saved work is missing. Your files have been left as they are in case it comes back.',
  unreadable:
    "The key that unlocks your saved work could not be unlocked by this computer's account (a different user, or a reset key store). Your files have been left as they are.",
};

export class KeyUnavailableError extends Error {
  readonly reason: KeyUnavailableReason;

  constructor(reason: KeyUnavailableReason) {
    super(messages[reason]);
    this.name = 'KeyUnavailableError';
    this.reason = reason;
  }
}

/** Why this computer's key store cannot protect a key (absent, or Linux's fixed-password fallback), or null. */
export function keyStoreProblem(
  protector: KeyProtector | undefined,
): Extract<KeyUnavailableReason, 'no-keychain' | 'weak-keychain'> | null {
  if (!protector || !protector.isAvailable()) return 'no-keychain';
  if (protector.backend?.() === 'basic_text') return 'weak-keychain';
  return null;
}

export const KEY_FILE_NAME = 'encryption-key.bin';

/**
 * Loads the data key, or creates one when `allowCreate` (only when the trainee switches encryption on).
 * A missing key file is never silently replaced: a new key would make every existing encrypted file
 * unreadable, so the caller is told and decides with the trainee.
 */
export function loadOrCreateDataKey(options: {
  keyFilePath: string;
  protector: KeyProtector;
  allowCreate: boolean;
  io?: FileIo;
}): KeyProvider {
  const { keyFilePath, protector } = options;
  const io = options.io ?? defaultFileIo;
  const problem = keyStoreProblem(protector);
  if (problem) throw new KeyUnavailableError(problem);

  let sealed: Buffer | null = null;
  try {
    sealed = io.fs.readFileSync(keyFilePath, 64 * 1024);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }

  if (sealed === null) {
    if (!options.allowCreate) throw new KeyUnavailableError('missing');
    const key = randomBytes(32);
    io.fs.mkdirSync(path.dirname(keyFilePath), { recursive: true });
    replaceFileSync(keyFilePath, protector.encrypt(key.toString('base64')), io);
    return { dataKey: () => key };
  }

  let key: Buffer;
  try {
    key = Buffer.from(protector.decrypt(sealed), 'base64');
  } catch {
    throw new KeyUnavailableError('unreadable');
  }
  if (key.length !== 32) throw new KeyUnavailableError('unreadable');
  return { dataKey: () => key };
}
