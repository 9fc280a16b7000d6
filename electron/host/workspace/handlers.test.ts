import { afterEach, describe, expect, it } from 'vitest';
import { getCase, initialReleasedDocumentIds } from '@shared/cases';
import type { Attempt } from '@shared/model/attempt';
import { dispatch } from '../dispatch';
import { createHost } from '../services';
import type { Host } from '../services';
import { testHostDeps } from '../storage/testing';
import { createWorkspaceHandlers } from './handlers';
import { createWorkspaceService } from './service';
import type { WorkspaceStorage } from './service';

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function startHost() {
  const host = await createHost(testHostDeps({ storage: { fsyncFolders: false } }));
  hosts.push(host);
  async function call<T>(method: string, payload: unknown): Promise<T> {
    const envelope = await dispatch(
      host.handlers,
      method,
      payload,
      { transport: 'harness' },
      () => undefined,
    );
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as T;
  }
  const callRaw = (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  return { host, call, callRaw };
}

const cotter = getCase('cotter-domestic-abuse')!;

async function workedAttempt(call: <T>(m: string, p: unknown) => Promise<T>): Promise<Attempt> {
  const created = await call<Attempt>('createAttempt', {
    title: 'Ryan Cotter',
    caseId: cotter.id,
    templateIds: cotter.templateSet,
    templateVersions: { 'rosh-analysis': 1 },
    releasedDocumentIds: [...initialReleasedDocumentIds(cotter), 'idva-email'],
  });
  const worked: Attempt = {
    ...created,
    status: 'finished',
    finishedAt: '2026-11-23T15:00:00.000Z',
    answers: { 'rosh-analysis': { 'what-happened': 'He assaulted Leanne at home.' } },
    evidence: [
      {
        id: 'evidence-000001',
        templateId: 'rosh-analysis',
        itemId: 'what-happened',
        documentId: 'cps-summary',
        quote: 'He’s done it before, he always says sorry.',
        addedAt: '2026-11-23T14:10:00.000Z',
      },
    ],
    timing: {
      timerEnabled: true,
      targetMinutes: 60,
      totalMs: 600_000,
      perSectionMs: { 'rosh-analysis/offence': 600_000 },
    },
  };
  await call('saveAttempt', { attempt: worked, progress: 0.4 });
  return call<Attempt>('getAttempt', { id: created.id });
}

describe('duplicate ("try again")', () => {
  it('copies answers, evidence and released documents into a new in-progress attempt with its own clock', async () => {
    const { call } = await startHost();
    const source = await workedAttempt(call);
    const { entry } = await call<{ entry: { id: string; title: string; progress: number; status: string } }>(
      'duplicateAttempt',
      { id: source.id, title: 'Ryan Cotter (try 2)', keepAnswers: true },
    );
    expect(entry).toMatchObject({ title: 'Ryan Cotter (try 2)', progress: 0.4, status: 'in-progress' });
    expect(entry.id).not.toBe(source.id);
    const copy = await call<Attempt>('getAttempt', { id: entry.id });
    expect(copy.answers).toEqual(source.answers);
    expect(copy.evidence).toEqual(source.evidence);
    expect(copy.releasedDocumentIds).toEqual(source.releasedDocumentIds);
    expect(copy.status).toBe('in-progress');
    expect(copy.finishedAt).toBeNull();
    expect(copy.timing).toEqual({ timerEnabled: true, targetMinutes: 60, totalMs: 0, perSectionMs: {} });
    // The original is untouched.
    expect(await call<Attempt>('getAttempt', { id: source.id })).toEqual(source);
  });

  it('starts afresh on the same case with only the start documents when answers are not kept', async () => {
    const { call } = await startHost();
    const source = await workedAttempt(call);
    const { entry } = await call<{ entry: { id: string; progress: number } }>('duplicateAttempt', {
      id: source.id,
      title: 'Ryan Cotter (fresh)',
      keepAnswers: false,
    });
    expect(entry.progress).toBe(0);
    const fresh = await call<Attempt>('getAttempt', { id: entry.id });
    expect(fresh.caseId).toBe(cotter.id);
    expect(fresh.templateIds).toEqual(source.templateIds);
    expect(fresh.answers).toEqual({});
    expect(fresh.evidence).toEqual([]);
    expect(fresh.releasedDocumentIds).toEqual(initialReleasedDocumentIds(cotter));
    expect(fresh.releasedDocumentIds).not.toContain('idva-email');
  });

  it('answers not-found for an attempt that does not exist and refuses an empty title', async () => {
    const { callRaw } = await startHost();
    expect(
      await callRaw('duplicateAttempt', { id: 'missing-000001', title: 'x', keepAnswers: true }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      await callRaw('duplicateAttempt', { id: 'missing-000001', title: '   ', keepAnswers: true }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('takes a half-made copy away again when its answers cannot be saved', async () => {
    const deleted: string[] = [];
    const source: Attempt = {
      schemaVersion: 1,
      id: 'source-000001',
      title: 'Source',
      caseId: null,
      templateIds: ['rosh-analysis'],
      templateVersions: {},
      status: 'in-progress',
      createdAt: '2026-11-23T14:00:00.000Z',
      updatedAt: '2026-11-23T14:00:00.000Z',
      finishedAt: null,
      revision: 3,
      answers: {},
      evidence: [],
      releasedDocumentIds: [],
      timing: { timerEnabled: false, targetMinutes: null, totalMs: 0, perSectionMs: {} },
    };
    const storage: WorkspaceStorage = {
      listAttempts: () => [],
      getAttempt: async () => source,
      createAttempt: async (input) => ({ ...source, ...input, id: 'copy-000001', revision: 0 }),
      saveAttempt: async () => {
        throw new Error('disk full');
      },
      deleteAttempt: async (id) => {
        deleted.push(id);
      },
    };
    const handlers = createWorkspaceHandlers({ workspace: createWorkspaceService(storage) });
    await expect(
      handlers.duplicateAttempt(
        { id: source.id, title: 'Copy', keepAnswers: true },
        { transport: 'harness' },
      ),
    ).rejects.toThrow('disk full');
    expect(deleted).toEqual(['copy-000001']);
  });
});

describe('rename', () => {
  it('changes the title in the attempt and the library list, keeping answers and progress', async () => {
    const { call } = await startHost();
    const source = await workedAttempt(call);
    const { entry } = await call<{ entry: { title: string; progress: number } }>('renameAttempt', {
      id: source.id,
      title: '  Cotter, first go  ',
    });
    expect(entry).toMatchObject({ title: 'Cotter, first go', progress: 0.4 });
    const renamed = await call<Attempt>('getAttempt', { id: source.id });
    expect(renamed.title).toBe('Cotter, first go');
    expect(renamed.answers).toEqual(source.answers);
    expect(renamed.revision).toBe(source.revision + 1);
    const { entries } = await call<{ entries: Array<{ id: string; title: string }> }>('listAttempts', {});
    expect(entries.find((e) => e.id === source.id)?.title).toBe('Cotter, first go');
  });

  it('does not write when the title is unchanged', async () => {
    const { call } = await startHost();
    const source = await workedAttempt(call);
    await call('renameAttempt', { id: source.id, title: source.title });
    expect((await call<Attempt>('getAttempt', { id: source.id })).revision).toBe(source.revision);
  });
});
