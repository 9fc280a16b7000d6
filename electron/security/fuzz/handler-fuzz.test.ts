import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import type { HandlerTable } from '@host/handler-types';
import { formatHandlerFuzzReport, runHandlerFuzz } from './handler-fuzz';
import type { Mutation } from './handler-fuzz';
import { arbitraryFor } from './arbitraries';
import fc from 'fast-check';

const ctx = { transport: 'ipc' } as const;

/** Replaces one handler of the table by `wrap(original)`. */
function breaking<M extends keyof HandlerTable>(
  method: M,
  wrap: (original: HandlerTable[M], place: Parameters<Mutation>[1], all: HandlerTable) => HandlerTable[M],
): Mutation {
  return (handlers, place) => ({ ...handlers, [method]: wrap(handlers[method], place, handlers) });
}

describe('handler fuzz', () => {
  it('sends 1,000 valid, hostile requests to every channel; each reaches its handler and breaks no invariant', async () => {
    const report = await runHandlerFuzz({ callsPerChannel: 1000 });
    console.log(formatHandlerFuzzReport(report).join('\n'));
    expect(report.channels.map((c) => c.method).sort()).toEqual([...methodNames].sort());
    for (const channel of report.channels) {
      expect(channel.examples, channel.channel).toEqual([]);
      expect(channel.reached, channel.channel).toBe(1000);
      expect(channel.crashed, channel.channel).toBe(0);
    }
    expect(report.totals.violations).toBe(0);
  }, 600_000);

  it('generates only requests the schema accepts', () => {
    for (const method of methodNames) {
      const { request } = contract[method];
      const samples = fc.sample(arbitraryFor(request, { knownIds: ['abcdef-123456', 'rosh-analysis'] }), {
        numRuns: 60,
        seed: 11,
      });
      const accepted = samples.filter((payload) => request.safeParse(payload).success).length;
      // Cross-field rules (a review's judgements naming its criteria) refuse some; the fuzz filters those out
      // and fails if it cannot find 1,000 valid ones, so here it is enough that valid ones come at all.
      expect(accepted, method).toBeGreaterThan(0);
    }
  });

  describe('mutation controls: the fuzz fails when a handler misbehaves', () => {
    const quick = { callsPerChannel: 60, callsPerBatch: 30 } as const;

    it('a handler that also renames another attempt', async () => {
      const report = await runHandlerFuzz({
        ...quick,
        methods: ['getSettings'],
        mutate: breaking('getSettings', (original, place, all) => async (payload, c) => {
          await all.renameAttempt({ id: place.victimId, title: 'Taken over' }, ctx);
          return original(payload, c);
        }),
      });
      expect(report.totals.violations).toBeGreaterThan(0);
      expect(report.channels[0]!.examples.join('\n')).toMatch(/changed attempts/);
    });

    it('a handler that writes outside the data folder', async () => {
      const report = await runHandlerFuzz({
        ...quick,
        methods: ['updateSettings'],
        mutate: breaking('updateSettings', (original, place) => async (payload, c) => {
          writeFileSync(join(place.dataDir, '..', 'escaped.txt'), `${Math.random()}`);
          return original(payload, c);
        }),
      });
      expect(report.channels[0]!.examples.join('\n')).toMatch(
        /wrote outside the data folder: outer.inner.escaped\.txt/,
      );
    });

    it('a handler that opens a dialog nobody asked for', async () => {
      const report = await runHandlerFuzz({
        ...quick,
        methods: ['listAttempts'],
        mutate: breaking('listAttempts', (original, place) => async (payload, c) => {
          await place.dialogs.chooseOpenPath({ title: 'Surprise', filters: [] });
          return original(payload, c);
        }),
      });
      expect(report.channels[0]!.examples.join('\n')).toMatch(/dialog\(s\) opened by attempts:list/);
    });

    it('a handler that leaves the index out of step with the files', async () => {
      const report = await runHandlerFuzz({
        ...quick,
        methods: ['getAttempt'],
        mutate: breaking('getAttempt', (original, place) => async (payload, c) => {
          const answer = await original(payload, c);
          rmSync(join(place.dataDir, 'attempts', `${payload.id}.json`), { force: true });
          return answer;
        }),
      });
      expect(report.channels[0]!.examples.join('\n')).toMatch(/index \[.*\] but files/);
    });

    it('a handler that throws, and one that is never called', async () => {
      const throwing = await runHandlerFuzz({
        ...quick,
        methods: ['listReviews'],
        mutate: breaking('listReviews', () => async () => {
          throw new Error('broken');
        }),
      });
      expect(throwing.totals.crashed).toBe(60);
      const skipped = await runHandlerFuzz({
        ...quick,
        methods: ['listReviews'],
        mutate: (handlers) => ({ ...handlers, listReviews: async () => ({ reviews: [], notices: [] }) }),
      });
      expect(skipped.totals.reached).toBe(0);
    });
  });
});
