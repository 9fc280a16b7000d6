import { runByteFaults } from '@host/storage/__fixtures__/byte-faults';
import type { ReportSection } from './section';

export const byteFaultSection: ReportSection = {
  id: 'byte-faults',
  title:
    'Faults at the byte level under the storage (every open, write cut part-way, fsync, rename, folder fsync, read)',
  async run() {
    const outcomes = await runByteFaults();
    const failed = outcomes.filter((o) => !o.ok);
    const control = await runByteFaults(['update settings'], { careless: true });
    const controlCaught = control.filter((o) => !o.oldOrNewIntact).length;
    const steps = [...new Set(outcomes.map((o) => o.step))];
    return {
      figures: [
        { name: 'fault points', value: outcomes.length },
        {
          name: 'typed error or acknowledged',
          value: outcomes.filter((o) => o.typedError).length,
          mustBe: outcomes.length,
        },
        {
          name: 'old (or whole new) file intact',
          value: outcomes.filter((o) => o.oldOrNewIntact).length,
          mustBe: outcomes.length,
        },
        {
          name: 'no acknowledged edit lost',
          value: outcomes.filter((o) => o.noAcknowledgedEditLost).length,
          mustBe: outcomes.length,
        },
        {
          name: 'recovered once the disk works',
          value: outcomes.filter((o) => o.recovered).length,
          mustBe: outcomes.length,
        },
        {
          name: 'control: rename-then-write store, torn files caught',
          value: controlCaught > 0,
          mustBe: true,
        },
      ],
      details: [
        ...steps.map((step) => `${step}: ${outcomes.filter((o) => o.step === step).length} points`),
        `control: ${controlCaught} of ${control.length} points left a torn or lost file with a careless store`,
        ...failed
          .slice(0, 10)
          .map((o) => `FAIL ${o.step} #${o.at} ${o.operation} ${o.errno}: ${o.answered} ${o.detail}`),
      ],
      ok: failed.length === 0 && controlCaught > 0,
    };
  },
};
