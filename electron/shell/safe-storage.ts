import { safeStorage } from 'electron';
import type { KeyProtector } from '@host/encryption/key-file';

/**
 * Electron's safeStorage as the protector of the encryption-at-rest data key: Keychain on macOS, DPAPI on
 * Windows, the Secret Service or kwallet on Linux (where 'basic_text' means no real protection and is refused).
 */
export const safeStorageProtector: KeyProtector = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
