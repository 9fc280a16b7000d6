import { runUpgradeMatrix } from '@host/storage/upgrade-matrix';
import type { ReportSection } from './section';

export const upgradeSection: ReportSection = {
  id: 'upgrades',
  title: 'Upgrades: files of every schema version open, with a copy of the original first',
  async run() {
    const outcomes = await runUpgradeMatrix();
    const failed = outcomes.filter((o) => !o.ok);
    const upgraded = outcomes.filter((o) => o.fromVersion < o.toVersion);
    return {
      figures: [
        { name: 'versions checked', value: outcomes.length },
        { name: 'upgraded', value: upgraded.length },
        {
          name: 'upgraded with a backup first',
          value: upgraded.filter((o) => o.backupFirst).length,
          mustBe: upgraded.length,
        },
        { name: 'failed', value: failed.length, mustBe: 0 },
      ],
      details: outcomes.map(
        (o) =>
          `${o.ok ? 'ok  ' : 'FAIL'} ${o.kind} v${o.fromVersion} -> v${o.toVersion}${o.problem ? `: ${o.problem}` : ''}`,
      ),
      ok: failed.length === 0,
    };
  },
};
