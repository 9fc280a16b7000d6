import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import { formatFuzzReport, runContractFuzz, sameSnapshot, snapshotFolder } from './contract-fuzz';
import { badPayloadsFor } from './payloads';

describe('contract fuzz', () => {
  it('answers thousands of bad payloads per channel with invalid-request, and leaves the data folder as it was', async () => {
    const report = await runContractFuzz({ casesPerChannel: 2000 });
    console.log(formatFuzzReport(report).join('\n'));
    expect(report.channels.map((c) => c.method).sort()).toEqual([...methodNames].sort());
    for (const channel of report.channels) {
      expect(channel.cases, channel.channel).toBe(2000);
      expect(channel.examples, channel.channel).toEqual([]);
      expect(channel.rejected, channel.channel).toBe(channel.cases);
    }
    expect(report.totals.acceptedByMistake).toBe(0);
    expect(report.totals.threw).toBe(0);
    expect(report.filesCompared).toBeGreaterThan(3);
    expect(report.dataUnchanged).toBe(true);
    expect(report.dialogsOpened).toBe(0);
    expect(report.handlersReached).toBe(0);
  }, 180_000);

  it('counts the handlers a bad payload reached when validation is skipped (so "none reached" can fail)', async () => {
    const report = await runContractFuzz({
      casesPerChannel: 20,
      methods: ['getAttempt', 'updateSettings'],
      // A dispatch that forgot to validate: every payload goes straight to the handler.
      dispatchImpl: async (handlers, method, payload, ctx) => {
        const handler = handlers[method as 'getAttempt'] as (p: unknown, c: typeof ctx) => Promise<unknown>;
        try {
          return { ok: true, value: await handler(payload, ctx) };
        } catch {
          return { ok: false, error: { code: 'internal', message: 'failed' } };
        }
      },
    });
    expect(report.handlersReached).toBe(40);
  });

  it('counts a payload that got through as a mistake (so the test above can fail)', async () => {
    const report = await runContractFuzz({
      casesPerChannel: 50,
      methods: ['getSettings', 'getAttempt'],
      dispatchImpl: async () => ({ ok: true, value: null }),
    });
    expect(report.totals.acceptedByMistake).toBe(100);
    expect(report.totals.rejected).toBe(0);
    expect(report.channels[0]?.examples.length).toBeGreaterThan(0);
  });
});

describe('badPayloadsFor', () => {
  it('makes only payloads the channel’s schema refuses, including the hostile kinds', () => {
    for (const method of methodNames) {
      const { request } = contract[method];
      const { payloads } = badPayloadsFor(request, { count: 400, seed: 7 });
      expect(payloads).toHaveLength(400);
      for (const { payload, description } of payloads) {
        expect(request.safeParse(payload).success, `${method} ${description}`).toBe(false);
      }
    }
    const descriptions = badPayloadsFor(contract.saveAttempt.request, { count: 2000, seed: 7 }).payloads.map(
      (p) => p.description,
    );
    for (const kind of [
      'deep object',
      'huge string',
      '__proto__ key',
      'NaN',
      'array for object',
      'path ../../',
    ]) {
      expect(
        descriptions.some((d) => d.includes(kind)),
        kind,
      ).toBe(true);
    }
    expect(descriptions.some((d) => d.includes('extra key __proto__'))).toBe(true);
  });

  it('is repeatable from its seed', () => {
    const a = badPayloadsFor(contract.createAttempt.request, { count: 600, seed: 99 }).payloads.map(
      (p) => p.description,
    );
    const b = badPayloadsFor(contract.createAttempt.request, { count: 600, seed: 99 }).payloads.map(
      (p) => p.description,
    );
    expect(a).toEqual(b);
  });
});

describe('snapshotFolder', () => {
  it('notices a one-byte change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casework-snapshot-'));
    try {
      writeFileSync(join(dir, 'a.json'), '{"a":1}');
      const before = snapshotFolder(dir);
      writeFileSync(join(dir, 'a.json'), '{"a":2}');
      expect(sameSnapshot(before, snapshotFolder(dir))).toBe(false);
      expect(sameSnapshot(before, before)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
