import { describe, expect, it } from 'vitest';
import { faultSteps, runByteFaults } from '../__fixtures__/byte-faults';

describe('faults at the byte level, under the storage', () => {
  it('at every operation of every edit (open, each write cut part-way, fsync, rename, folder fsync, read): a typed error, old or whole new file, nothing acknowledged lost, recovery', async () => {
    const outcomes = await runByteFaults();
    const failed = outcomes.filter((o) => !o.ok);
    expect(
      failed.map((o) => `${o.step} #${o.at} ${o.operation} ${o.errno}: ${o.answered} ${o.detail}`),
    ).toEqual([]);
    for (const step of faultSteps)
      expect(outcomes.filter((o) => o.step === step).length, step).toBeGreaterThan(0);
    for (const kind of ['open', 'write', 'fsync', 'rename', 'folder-fsync', 'read'])
      expect(
        outcomes.some((o) => o.operation === kind),
        kind,
      ).toBe(true);
    expect(outcomes.some((o) => o.operation === 'write' && (o.bytesBeforeFailure ?? 0) > 1)).toBe(true);
  }, 600_000);

  it('negative control: a store that renames before writing leaves a torn file, and the matrix says so', async () => {
    const outcomes = await runByteFaults(['update settings'], { careless: true });
    expect(outcomes.filter((o) => !o.oldOrNewIntact).length).toBeGreaterThan(3);
  }, 120_000);
});
