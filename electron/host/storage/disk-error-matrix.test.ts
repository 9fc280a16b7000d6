import { describe, expect, it } from 'vitest';
import { operations, runDiskErrorCase, simulatedErrors } from './disk-error-matrix';

describe('full disk, read-only folder, locked file', () => {
  for (const operation of operations)
    for (const { errno, expected } of simulatedErrors)
      it(`${operation} with ${errno}: ${expected}, nothing changed, works once the disk recovers`, async () => {
        const outcome = await runDiskErrorCase(operation, errno, expected);
        expect(outcome.answered).toBe(expected);
        expect(outcome.plainMessage).toBe(true);
        expect(outcome.diskUnchanged).toBe(true);
        expect(outcome.succeededAfterRecovery).toBe(true);
      });
});
