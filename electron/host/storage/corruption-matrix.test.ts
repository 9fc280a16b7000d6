import { describe, expect, it } from 'vitest';
import { damagedFiles, damageKinds, runCorruptionCase } from './corruption-matrix';

describe('damaged files at start-up', () => {
  for (const file of damagedFiles)
    for (const damage of damageKinds)
      it(`${file}: ${damage} is set aside, recovered and explained`, async () => {
        const outcome = await runCorruptionCase(file, damage);
        expect(outcome.problem).toBeNull();
        expect(outcome.started).toBe(true);
        expect(outcome.recovered).toBe(true);
        expect(outcome.notices).toEqual([outcome.expectedNotice]);
        expect(outcome.ok).toBe(true);
      });
});
