import { runHandlerFuzz } from '../../electron/security/fuzz/handler-fuzz';
import type { ReportSection } from './section';

export const handlerFuzzSection: ReportSection = {
  id: 'handler-fuzz',
  title:
    'Handler fuzz: valid, hostile requests from the contract schemas (fast-check), invariants after each call',
  async run() {
    const report = await runHandlerFuzz({ callsPerChannel: 1000 });
    // Mutation control: a handler that also renames another attempt must be caught.
    const control = await runHandlerFuzz({
      callsPerChannel: 60,
      callsPerBatch: 30,
      methods: ['getSettings'],
      mutate: (handlers, place) => ({
        ...handlers,
        getSettings: async (payload, ctx) => {
          await handlers.renameAttempt({ id: place.victimId, title: 'Taken over' }, ctx);
          return handlers.getSettings(payload, ctx);
        },
      }),
    });
    const fewest = Math.min(...report.channels.map((c) => c.reached));
    return {
      figures: [
        { name: 'channels', value: report.channels.length },
        { name: 'handlers reached (valid calls)', value: report.totals.reached },
        { name: 'fewest reached on one channel (>= 1000)', value: fewest >= 1000 },
        { name: 'handler crashes', value: report.totals.crashed, mustBe: 0 },
        { name: 'invariant breaks', value: report.totals.violations, mustBe: 0 },
        {
          name: 'control: another attempt renamed, caught',
          value: control.totals.violations > 0,
          mustBe: true,
        },
      ],
      details: report.channels.map(
        (c) =>
          `${c.channel}: ${c.reached} reached, ${c.answeredOk} ok, ${c.answeredTypedError} refused calmly${c.examples.length ? `; ${c.examples.join('; ')}` : ''}`,
      ),
      ok:
        report.totals.violations === 0 &&
        report.totals.crashed === 0 &&
        fewest >= 1000 &&
        control.totals.violations > 0,
    };
  },
};
