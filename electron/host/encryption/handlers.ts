import { HostError } from '@shared/contract';
import { fsFailure } from '../fs-errors';
import type { HandlerTable } from '../handler-types';
import type { AtRestEncryption } from './at-rest';
import { KeyUnavailableError } from './key-file';

export type EncryptionHandlers = Pick<HandlerTable, 'getEncryption' | 'setEncryption'>;

/**
 * Saves must not run while files are being rewritten in the other form; `flush` finishes queued saves first,
 * and the rewrite itself is synchronous so nothing can start in the middle of it.
 */
export function createEncryptionHandlers(
  encryption: AtRestEncryption,
  flush: () => Promise<void>,
): EncryptionHandlers {
  return {
    getEncryption: async () => encryption.status(),
    setEncryption: async ({ enabled }) => {
      const status = encryption.status();
      if (enabled && !status.enabled && !status.available)
        throw new HostError('forbidden', status.unavailableReason ?? 'Encryption cannot be used here.');
      await flush();
      let filesRewritten: number;
      try {
        filesRewritten = enabled ? encryption.enable() : encryption.disable();
      } catch (error) {
        if (error instanceof KeyUnavailableError) throw new HostError('forbidden', error.message);
        const message = enabled
          ? 'Your saved work could not all be encrypted, so some files are still unencrypted. Nothing was lost; try again when the disk is free.'
          : 'Your saved work could not all be turned back into ordinary files. The key has been kept, so nothing is locked out; try again.';
        // The one errno mapping, so a quota, a lock or a permission reads as it does for a save.
        throw fsFailure(
          error,
          { 'no-space': message, 'no-permission': message, 'read-only-drive': message, 'in-use': message },
          () => message,
        );
      }
      return { ...encryption.status(), filesRewritten };
    },
  };
}
