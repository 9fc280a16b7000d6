import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAnswers } from '@shared/pdf/__fixtures__/sample-attempt';
import type { Envelope } from '@shared/contract';
import { dispatch } from '../dispatch';
import { createHost } from '../services';
import type { Host } from '../services';
import { tempDataDir, testHostDeps } from '../storage/testing';
import { createPdfService } from './service';
import { exportWriteFailure, writeExportFile } from './write-export';
import { pdfWithAttachments } from './__fixtures__/pdf-files';

const hosts: Host[] = [];

function unwrap(envelope: Envelope<unknown>): unknown {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

/** A host on a temp folder whose dialogs answer the paths the test sets. */
async function startHost() {
  const answers: { save: string | null; open: string | null } = { save: null, open: null };
  const offered: string[] = [];
  const deps = testHostDeps({
    storage: { fsyncFolders: false },
    dialogs: {
      chooseSavePath: async ({ defaultName }) => {
        offered.push(defaultName);
        return answers.save;
      },
      chooseOpenPath: async () => answers.open,
    },
  });
  const host = await createHost(deps);
  hosts.push(host);
  const call = async (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  await call('updateSettings', { traineeName: 'Siân Ellis' });
  const created = await call('createAttempt', {
    title: 'Practice on a fictional case',
    caseId: null,
    templateIds: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
    templateVersions: {
      'rosh-analysis': 1,
      'risk-management-plan': 1,
      'sentence-plan': 1,
      'reflective-log': 1,
    },
    releasedDocumentIds: [],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const attempt = created.value as { id: string; revision: number };
  const saved = await call('saveAttempt', {
    attempt: { ...(created.value as object), answers: sampleAnswers(), status: 'finished' },
    progress: 1,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const current = unwrap(await call('getAttempt', { id: attempt.id }));
  return { host, call, answers, offered, attempt: current as Record<string, unknown> & { id: string } };
}

// Each test renders whole documents: seconds on a shared 2-core machine, so more room than the default.
describe('export and import through the handler table', { timeout: 120_000 }, () => {
  it('exports a PDF where the dialog says, and imports it back as a new attempt with the same data', async () => {
    const { call, answers, offered, attempt } = await startHost();
    const dir = tempDataDir('export');
    answers.save = path.join(dir, 'attempt.pdf');
    const exported = await call('exportAttemptPdf', { attemptId: attempt.id, options: {} });
    expect(exported).toMatchObject({ ok: true, value: { saved: true, fileName: 'attempt.pdf' } });
    expect(offered[0]).toMatch(
      /^Practice on a fictional case - Risk of serious harm analysis and 3 more - Siân Ellis - \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expect(fs.readdirSync(dir)).toEqual(['attempt.pdf']);

    answers.open = answers.save;
    const imported = await call('importAttemptFile', {});
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const value = imported.value as {
      imported: true;
      attempt: Record<string, unknown>;
      originalId: string;
      source: string;
    };
    expect(value.source).toBe('pdf');
    expect(value.originalId).toBe(attempt.id);
    expect(value.attempt['id']).not.toBe(attempt.id);
    expect(value.attempt['answers']).toEqual(attempt['answers']);
    expect(value.attempt['title']).toBe(attempt['title']);
    const list = unwrap(await call('listAttempts', {}));
    expect((list as { entries: unknown[] }).entries).toHaveLength(2);
    expect(unwrap(await call('getAttempt', { id: attempt.id }))).toEqual(attempt);
  });

  it('round-trips a .casework file too', async () => {
    const { call, answers, attempt } = await startHost();
    answers.save = path.join(tempDataDir('export'), 'attempt.casework');
    expect(await call('exportAttemptFile', { attemptId: attempt.id })).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    answers.open = answers.save;
    const imported = await call('importAttemptFile', {});
    expect(imported).toMatchObject({ ok: true, value: { imported: true, source: 'casework' } });
    if (imported.ok)
      expect((imported.value as { attempt: { answers: unknown } }).attempt.answers).toEqual(
        attempt['answers'],
      );
  });

  it('answers "not saved" when the dialog is closed, and writes nothing', async () => {
    const { call, attempt } = await startHost();
    expect(await call('exportAttemptPdf', { attemptId: attempt.id })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await call('importAttemptFile', {})).toEqual({ ok: true, value: { imported: false } });
  });

  it('refuses a file that is not ours with a plain message, changing nothing', async () => {
    const { call, answers } = await startHost();
    const dir = tempDataDir('import');
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['notes.casework', 'hello', /not made by Casework Practice|not a Casework Practice export/],
      [
        'truncated.casework',
        '{"format":"casework-practice/attempt","formatVersion":1,"attempt":{',
        /damaged or incomplete/,
      ],
      [
        // A valid PDF from anywhere else: a reader opens it, and it holds no attempt.
        'other.pdf',
        pdfWithAttachments([]),
        /does not contain Casework Practice data/,
      ],
      [
        'cut.pdf',
        '%PDF-1.4\n1 0 obj\n<< /Type /EmbeddedFile /Length 500 /Filter /FlateDecode >>\nstream\nabc',
        /damaged or incomplete/,
      ],
    ];
    for (const [name, content, message] of cases) {
      answers.open = path.join(dir, name);
      fs.writeFileSync(answers.open, content);
      const result = await call('importAttemptFile', {});
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe('invalid-file');
        expect(result.error.message, name).toMatch(message);
      }
    }
    const list = unwrap(await call('listAttempts', {}));
    expect((list as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('reports a failed write plainly and leaves no partial file', async () => {
    const { call, answers, attempt } = await startHost();
    const dir = tempDataDir('export');
    answers.save = path.join(dir, 'missing-folder', 'attempt.pdf');
    const result = await call('exportAttemptPdf', { attemptId: attempt.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    // A directory where the file should go: the rename fails after the temporary file was written.
    answers.save = path.join(dir, 'taken');
    fs.mkdirSync(answers.save);
    const blocked = await call('exportAttemptPdf', { attemptId: attempt.id });
    expect(blocked.ok).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['taken']);
  });
});

describe('export write failures', () => {
  it('maps disk full, no permission, read-only and file in use to plain messages', () => {
    const failure = (code: string) => exportWriteFailure(Object.assign(new Error(code), { code }), 'a.pdf');
    expect(failure('ENOSPC').code).toBe('disk-full');
    expect(failure('ENOSPC').message).toContain('the disk is full');
    expect(failure('EACCES').code).toBe('read-only');
    expect(failure('EPERM').message).toContain('permission');
    expect(failure('EROFS').message).toContain('read-only');
    expect(failure('EBUSY').code).toBe('file-in-use');
    expect(failure('EIO').code).toBe('storage-failed');
    for (const code of ['ENOSPC', 'EACCES', 'EBUSY'])
      expect(failure(code).message).toContain('Your work in the app is safe');
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const dir = tempDataDir('export');
    const target = path.join(dir, 'a.pdf');
    fs.writeFileSync(target, 'old');
    await writeExportFile(target, Buffer.from('new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['a.pdf']);
  });
});

describe('preparing the PDF engine', { timeout: 120_000 }, () => {
  it('renders one warm-up document however often it is asked, and answers through the handler table', async () => {
    let progressCalls = 0;
    const service = createPdfService({
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      now: () => new Date('2026-11-23T10:00:00Z'),
      storage: {
        getAttempt: async () => {
          throw new Error('a warm-up reads no saved attempt');
        },
        getSettings: () => ({ traineeName: 'Siân Ellis' }),
      },
      saveImportedAttempt: async (attempt) => attempt,
      onProgress: () => {
        progressCalls += 1;
      },
    });
    expect(await service.preparePdfExport()).toEqual({ ready: true });
    const afterFirst = progressCalls;
    expect(afterFirst).toBeGreaterThan(0);
    await Promise.all([service.preparePdfExport(), service.preparePdfExport()]);
    expect(progressCalls).toBe(afterFirst);

    const { call } = await startHost();
    expect(await call('preparePdfExport', {})).toEqual({ ok: true, value: { ready: true } });
  });
});
