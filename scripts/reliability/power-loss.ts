import { editKinds, runPowerLoss } from '@host/storage/__fixtures__/power-loss';
import type { ReportSection } from './section';

export const powerLossSection: ReportSection = {
  id: 'power-loss',
  title: 'Simulated power cuts (unflushed data dropped, torn or zeroed; unflushed folder entries lost)',
  async run(options) {
    const cycles = Math.max(500, options.cycles);
    const report = await runPowerLoss({
      cycles,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
    const noFileSync = await runPowerLoss({ cycles: 40, syncFiles: false, seed: 7 });
    const noFolderSync = await runPowerLoss({ cycles: 40, syncFolders: false, seed: 7 });
    return {
      figures: [
        { name: 'power cuts', value: report.cycles },
        { name: 'survived (every acknowledged edit found)', value: report.survived, mustBe: report.cycles },
        { name: 'acknowledged edits checked', value: report.acknowledgedEdits },
        { name: 'cuts in the middle of an edit', value: report.cutsMidEdit },
        {
          name: 'control: no file fsync, cuts that lost edits',
          value: noFileSync.cycles - noFileSync.survived,
        },
        {
          name: 'control: no folder fsync, cuts that lost edits',
          value: noFolderSync.cycles - noFolderSync.survived,
        },
      ],
      details: [
        `edits acknowledged by kind: ${editKinds.map((k) => `${k} ${report.byKind[k]}`).join(', ')}`,
        `damage done by the cuts: ${report.entriesLost} folder entries lost, ${report.filesTorn} files torn or zeroed`,
        ...report.failures.map((f) => `FAIL ${f}`),
        ...noFileSync.failures.slice(0, 1).map((f) => `control (no file fsync) as expected: ${f}`),
        ...noFolderSync.failures.slice(0, 1).map((f) => `control (no folder fsync) as expected: ${f}`),
      ],
      ok:
        report.survived === report.cycles &&
        noFileSync.survived < noFileSync.cycles &&
        noFolderSync.survived < noFolderSync.cycles,
    };
  },
};
