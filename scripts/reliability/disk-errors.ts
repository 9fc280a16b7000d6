import { runDiskErrorMatrix } from '@host/storage/disk-error-matrix';
import type { ReportSection } from './section';

export const diskErrorSection: ReportSection = {
  id: 'disk-errors',
  title: 'Full disk, read-only folder, locked file (simulated write failures)',
  async run() {
    const outcomes = await runDiskErrorMatrix();
    const failed = outcomes.filter((o) => !o.ok);
    return {
      figures: [
        { name: 'cases', value: outcomes.length },
        {
          name: 'right typed error',
          value: outcomes.filter((o) => o.answered === o.expected).length,
          mustBe: outcomes.length,
        },
        {
          name: 'nothing on disk changed',
          value: outcomes.filter((o) => o.diskUnchanged).length,
          mustBe: outcomes.length,
        },
        {
          name: 'succeeded once the disk recovered',
          value: outcomes.filter((o) => o.succeededAfterRecovery).length,
          mustBe: outcomes.length,
        },
        { name: 'failed', value: failed.length, mustBe: 0 },
      ],
      details: failed.map(
        (o) => `FAIL ${o.operation} ${o.errno}: answered ${o.answered}, expected ${o.expected}`,
      ),
      ok: failed.length === 0,
    };
  },
};
