import { runCorruptionMatrix } from '@host/storage/corruption-matrix';
import type { ReportSection } from './section';

export const corruptionSection: ReportSection = {
  id: 'corruption',
  title: 'Damaged files at start-up: truncated, empty, not JSON, wrong shape, newer version',
  async run() {
    const outcomes = await runCorruptionMatrix();
    const failed = outcomes.filter((o) => !o.ok);
    return {
      figures: [
        { name: 'cases', value: outcomes.length },
        { name: 'started', value: outcomes.filter((o) => o.started).length, mustBe: outcomes.length },
        {
          name: 'recovered (restored or rebuilt)',
          value: outcomes.filter((o) => o.recovered).length,
          mustBe: outcomes.length,
        },
        {
          name: 'notice exactly as expected',
          value: outcomes.filter((o) => o.notices.length === 1 && o.notices[0] === o.expectedNotice).length,
          mustBe: outcomes.length,
        },
        { name: 'failed', value: failed.length, mustBe: 0 },
      ],
      details: outcomes.map(
        (o) =>
          `${o.ok ? 'ok  ' : 'FAIL'} ${o.file} ${o.damage}: quarantined ${o.quarantined}${o.problem ? `; ${o.problem}` : ''}`,
      ),
      ok: failed.length === 0,
    };
  },
};
