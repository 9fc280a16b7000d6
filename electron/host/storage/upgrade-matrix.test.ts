import { describe, expect, it } from 'vitest';
import { documentKinds, versionLines } from '@shared/model/migrations';
import { runUpgradeCase } from './upgrade-matrix';

describe('opening files written by every schema version', () => {
  for (const kind of documentKinds) {
    const line = versionLines[kind];
    for (let version = line.oldestSupported; version <= line.current; version += 1)
      it(`${kind} v${version} opens as v${line.current}${version < line.current ? ', with a copy of the original first' : ''}`, async () => {
        const outcome = await runUpgradeCase(kind, version);
        expect(outcome.problem).toBeNull();
        expect(outcome.upgradedOnDisk).toBe(true);
        expect(outcome.keptContent).toBe(true);
        expect(outcome.backupFirst).toBe(version < line.current);
      });
  }
});
