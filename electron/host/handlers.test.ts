import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodNames } from '@shared/contract';
import { dispatch } from './dispatch';
import { createHost } from './services';
import type { Host } from './services';
import { testHostDeps } from './storage/testing';

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function startHost() {
  const deps = testHostDeps({ storage: { fsyncFolders: false } });
  const host = await createHost(deps);
  hosts.push(host);
  const call = (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined, {
      checkResponses: true,
    });
  return { deps, host, call };
}

function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(
        path.join(entry.parentPath, entry.name),
        'utf8',
      );
  return out;
}

describe('host handler table', () => {
  it('has a handler for every contract method', async () => {
    const { host } = await startHost();
    for (const name of methodNames) expect(typeof host.handlers[name], name).toBe('function');
  });

  it('serves a whole journey through dispatch', async () => {
    const { call } = await startHost();
    const created = await call('createAttempt', {
      title: 'Practice',
      caseId: null,
      templateIds: ['rosh-summary'],
      templateVersions: { 'rosh-summary': 1 },
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const attempt = created.value as { id: string; revision: number };
    const saved = await call('saveAttempt', { attempt, progress: 0.3 });
    expect(saved).toMatchObject({ ok: true, value: { revision: 1 } });
    const stale = await call('saveAttempt', { attempt, progress: 0.3 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('listAttempts', {})).toMatchObject({
      ok: true,
      value: { entries: [{ progress: 0.3 }] },
    });
    expect(await call('deleteAttempt', { id: attempt.id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await call('listDeletedAttempts', {})).toMatchObject({
      ok: true,
      value: { entries: [{ id: attempt.id, title: 'Practice', caseId: null }] },
    });
    expect(await call('restoreDeletedAttempt', { id: attempt.id })).toMatchObject({
      ok: true,
      value: { entry: { id: attempt.id } },
    });
    expect(await call('updateSettings', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(await call('getStartupNotices', {})).toEqual({ ok: true, value: { notices: [] } });
  });

  it('rejects invalid payloads with invalid-request and changes nothing on disk', async () => {
    const { call, deps } = await startHost();
    const created = await call('createAttempt', {
      title: 'Practice',
      caseId: null,
      templateIds: ['rosh-summary'],
      templateVersions: { 'rosh-summary': 1 },
    });
    if (!created.ok) throw new Error('setup failed');
    const attempt = created.value as Record<string, unknown>;
    const before = treeOf(deps.dataDir);
    const bad: Array<[string, unknown]> = [
      ['updateSettings', { theme: 'purple' }],
      ['updateSettings', { traineeName: 'x'.repeat(10_000) }],
      ['updateSettings', JSON.parse('{"__proto__": {"polluted": true}}')],
      ['getAttempt', { id: '../../etc/passwd' }],
      ['deleteAttempt', { id: '../settings' }],
      ['restoreDeletedAttempt', { id: 'A' }],
      ['listDeletedAttempts', { all: true }],
      ['saveAttempt', { attempt: { ...attempt, id: '../x' }, progress: 0 }],
      ['saveAttempt', { attempt: { ...attempt, answers: { a: { b: Number.NaN } } }, progress: 0 }],
      ['saveAttempt', { attempt: { ...attempt, revision: -1 }, progress: 0 }],
      ['saveAttempt', { attempt, progress: 2 }],
      ['saveAttempt', { attempt, progress: 0, extra: true }],
      ['createAttempt', { title: '', caseId: null, templateIds: [], templateVersions: {} }],
      ['listAttempts', null],
      ['nope', {}],
    ];
    for (const [method, payload] of bad) {
      const answer = await call(method, payload);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(treeOf(deps.dataDir)).toEqual(before);
  });
});
