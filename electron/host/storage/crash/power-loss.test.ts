import { describe, expect, it } from 'vitest';
import { editKinds, runPowerLoss } from '../__fixtures__/power-loss';

describe('simulated power loss under the storage', () => {
  it('keeps every acknowledged edit across 500 power cuts, of every kind', async () => {
    const report = await runPowerLoss({ cycles: 500 });
    console.log(JSON.stringify({ ...report, failures: report.failures.slice(0, 3) }, null, 1));
    expect(report.failures).toEqual([]);
    expect(report.survived).toBe(500);
    for (const kind of editKinds) expect(report.byKind[kind], kind).toBeGreaterThan(20);
    // The cuts did damage: unflushed entries were lost and files torn, mid-edit as well as after.
    expect(report.cutsMidEdit).toBeGreaterThan(100);
    expect(report.entriesLost).toBeGreaterThan(0);
    expect(report.filesTorn).toBeGreaterThan(0);
  }, 600_000);

  it('negative control: without the file fsync, acknowledged edits are lost', async () => {
    const report = await runPowerLoss({ cycles: 40, syncFiles: false, seed: 7 });
    expect(report.survived).toBeLessThan(40);
  }, 120_000);

  it('negative control: without the folder fsync, acknowledged edits are lost', async () => {
    const report = await runPowerLoss({ cycles: 40, syncFolders: false, seed: 7 });
    expect(report.survived).toBeLessThan(40);
  }, 120_000);
});
