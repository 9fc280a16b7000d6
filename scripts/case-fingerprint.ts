import { createHash } from 'node:crypto';

/**
 * The fingerprint of a parsed case: SHA-256 of its JSON. `scripts/cases-to-data.ts` records it for each case
 * as the TypeScript modules produced it; `library-data.test.ts` recomputes it from the loaded data files.
 */
export function caseFingerprint(practiceCase: unknown): string {
  return createHash('sha256').update(JSON.stringify(practiceCase)).digest('hex');
}
