import { runCrashCycles } from '@host/storage/crash/run';
import { figuresMet } from './section';
import type { ReportSection } from './section';

export const crashSection: ReportSection = {
  id: 'crash',
  title: 'Crash safety: host SIGKILLed at random moments while saving',
  async run({ cycles, lanes, seed }) {
    let lastPrinted = 0;
    const report = await runCrashCycles({
      cycles,
      lanes,
      seed,
      onCycle: (done) => {
        if (done - lastPrinted >= 50) {
          lastPrinted = done;
          process.stderr.write(`  ... ${done}/${cycles} cycles\n`);
        }
      },
    });
    const figures = [
      { name: 'cycles', value: report.cycles },
      { name: 'edits acknowledged', value: report.editsAcknowledged },
      { name: 'edits lost', value: report.editsLost, mustBe: 0 },
      { name: 'files quarantined', value: report.filesQuarantined, mustBe: 0 },
      { name: 'child hosts that failed by themselves', value: report.childFailures, mustBe: 0 },
      { name: 'kills inside a write (temporary file left)', value: report.killsMidWrite },
      { name: 'kills during start-up', value: report.killsDuringStartup },
      { name: 'notices shown at start', value: report.noticesAtStart },
      { name: 'seed', value: report.seed },
      { name: 'seconds', value: Math.round(report.durationMs / 100) / 10 },
    ];
    return {
      figures,
      details: report.problems.slice(0, 20),
      ok: figuresMet(figures) && report.cycles === cycles && report.editsAcknowledged > 0,
    };
  },
};
