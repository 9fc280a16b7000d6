import { describe, expect, it } from 'vitest';
import { caseLibrary, getCase } from '@shared/cases';
import { resolveFrom } from './cases-store';

describe('resolving a built-in case for an attempt', () => {
  it('opens an attempt recorded on an older version of a built-in with the app’s own version', () => {
    // The interviews raised four built-ins to version 2; attempts started before say 1, or nothing.
    const cotter = getCase('cotter-domestic-abuse')!;
    expect(cotter.version).toBeGreaterThan(1);
    for (const recorded of [1, null, undefined]) {
      const opened = resolveFrom([], 'cotter-domestic-abuse', recorded);
      expect(opened, String(recorded)).toBe(cotter);
      expect(opened!.interview).toBeDefined();
    }
  });

  it('gives every built-in whatever version an attempt recorded, and nothing for an unknown case', () => {
    for (const practiceCase of caseLibrary) expect(resolveFrom([], practiceCase.id, 1)).toBe(practiceCase);
    expect(resolveFrom([], 'no-such-case', 1)).toBeUndefined();
  });
});
