import type { KeyProtector } from './key-file';

/**
 * Stands in for Electron's safeStorage in tests and the e2e harness: "seals" by reversing and tagging, so a
 * sealed key is obviously not protected. Never used by the shell.
 */
export function fakeKeyProtector(over: Partial<KeyProtector> = {}): KeyProtector {
  return {
    isAvailable: () => true,
    backend: () => 'gnome_libsecret',
    encrypt: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
    decrypt: (sealed) => {
      const text = sealed.toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided');
      return [...text.slice('sealed:'.length)].reverse().join('');
    },
    ...over,
  };
}
