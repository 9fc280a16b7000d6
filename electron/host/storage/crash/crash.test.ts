import { describe, expect, it } from 'vitest';
import { runCrashCycles } from './run';

/**
 * Kill a saving host at random moments and check every acknowledged edit survives.
 * `npm run report:reliability` runs more cycles and prints the figures; CRASH_CYCLES overrides here.
 */
const cycles = Number(process.env.CRASH_CYCLES ?? 200);

describe('crash safety', () => {
  it(`keeps every acknowledged edit through ${cycles} SIGKILLs, with no damaged files`, async () => {
    const report = await runCrashCycles({ cycles, lanes: 2 });
    const summary = `seed ${report.seed}: ${report.problems.slice(0, 5).join('; ')}`;
    expect(report.cycles).toBe(cycles);
    expect(report.childFailures, summary).toBe(0);
    expect(report.editsLost, summary).toBe(0);
    expect(report.filesQuarantined, summary).toBe(0);
    // The run must actually have exercised saves and landed kills inside writes.
    expect(report.editsAcknowledged).toBeGreaterThan(cycles);
    expect(report.killsMidWrite).toBeGreaterThan(0);
  }, 400_000);

  it('notices lost edits and damaged files when writes are careless (the checks can fail)', async () => {
    const report = await runCrashCycles({ cycles: 12, lanes: 1, seed: 7, careless: true, earlyKillShare: 0 });
    expect(report.editsLost + report.filesQuarantined).toBeGreaterThan(0);
  }, 120_000);
});
