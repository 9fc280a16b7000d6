import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope, ResponseOf } from '@shared/contract';
import type { ImportFileResult } from '@shared/contract/channels/imports';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import { addComment, createReview } from '@shared/review/threads';
import { dispatch } from '../dispatch';
import { createHost } from '../services';
import type { Host } from '../services';
import { sequentialIds, tempDataDir, testHostDeps } from '../storage/testing';
import { traineeFile, traineeName, writeCohortFolder } from './__fixtures__/cohort-files';

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Batch = Extract<ResponseOf<'importFolder'>, { chosen: true }>;

/** A tutor's copy of the app whose dialogs answer what the test puts in `answers`. */
async function tutor() {
  const answers = { folder: null as string | null, files: [] as string[] };
  const dataDir = tempDataDir('batch');
  const host = await createHost(
    testHostDeps({
      dataDir,
      newId: sequentialIds('tutor'),
      storage: { fsyncFolders: false },
      dialogs: {
        chooseSavePath: async () => null,
        chooseOpenPath: async () => answers.files[0] ?? null,
        chooseOpenPaths: async () => answers.files,
        chooseFolder: async () => answers.folder,
      },
    }),
  );
  hosts.push(host);
  const attempt = (method: string, payload: unknown) =>
    dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  const call = async <T>(method: string, payload: unknown = {}): Promise<T> => {
    const envelope = (await attempt(method, payload)) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value;
  };
  const library = async () => (await call<{ entries: Array<{ id: string }> }>('listAttempts')).entries;
  const copies = async () =>
    (await call<{ copies: Array<{ id: string; originalAttemptId: string }> }>('listImportedCopies')).copies;
  /** The library index as written on disk (a batch writes it once, at its end, before answering). */
  const indexOnDisk = () =>
    (
      JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')) as { entries: Array<{ id: string }> }
    ).entries
      .map((entry) => entry.id)
      .sort();
  return { host, answers, attempt, call, library, copies, indexOnDisk };
}

const outcomes = (batch: Batch) => batch.results.map((r) => [r.name, r.outcome]);

/** A folder with a mix: three good files, one twice (under another name), and every kind of bad one. */
function mixedFolder(): string {
  const dir = join(tempDataDir('chosen'), 'Cohort');
  writeCohortFolder(dir, 3);
  writeFileSync(join(dir, 'copy of first.casework'), traineeFile(0).text);
  writeFileSync(join(dir, 'damaged.casework'), traineeFile(1).text.slice(0, 900));
  writeFileSync(join(dir, 'empty.casework'), '');
  writeFileSync(join(dir, 'not ours.casework'), JSON.stringify({ hello: 'world' }));
  // Over the share package's 20 MB cap: refused by size before it is parsed.
  writeFileSync(join(dir, 'huge.casework'), Buffer.alloc(21 * 1024 * 1024, 0x20));
  writeFileSync(join(dir, 'fake.pdf'), '%PDF-1.7\nnot really a PDF\n%%EOF');
  writeFileSync(join(dir, 'notes.txt'), 'left alone');
  writeFileSync(join(dir, '.hidden.casework'), traineeFile(5).text);
  mkdirSync(join(dir, 'Bryn', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'Bryn', 'bryn.casework'), traineeFile(6).text);
  // Three levels down: past the folder import's depth, never looked at.
  writeFileSync(join(dir, 'Bryn', 'deeper', 'too deep.casework'), traineeFile(7).text);
  return dir;
}

describe('importing a folder of trainees’ files', () => {
  it('gives one result per file: good ones imported, the same work already here, each bad one refused with its reason', async () => {
    const t = await tutor();
    t.answers.folder = mixedFolder();
    const batch = await t.call<Batch>('importFolder');
    expect(batch.folderName).toBe('Cohort');
    expect(outcomes(batch)).toEqual([
      ['Amara Ashdown - Rhys Pennant.casework', 'imported'],
      // Name order at each level: the folder "Bryn" comes before "Bryn Ashdown ...".
      ['Bryn/bryn.casework', 'imported'],
      ['Bryn Ashdown - Rhys Pennant.casework', 'imported'],
      ['Cerys Ashdown - Rhys Pennant.casework', 'imported'],
      ['copy of first.casework', 'already-here'],
      ['damaged.casework', 'refused'],
      ['empty.casework', 'refused'],
      ['fake.pdf', 'refused'],
      ['huge.casework', 'refused'],
      ['not ours.casework', 'refused'],
    ]);
    expect(batch.counts).toEqual({ imported: 4, updated: 0, alreadyHere: 1, refused: 5 });
    // notes.txt; the hidden file is passed over without counting, and the folder three levels down is not read.
    expect(batch.leftAlone).toBe(1);
    const byName = new Map(batch.results.map((r) => [r.name, r]));
    const refused = (name: string) => byName.get(name) as Extract<ImportFileResult, { outcome: 'refused' }>;
    expect(refused('huge.casework').error.code).toBe('too-large');
    expect(refused('damaged.casework').error.code).toBe('invalid-file');
    expect(refused('damaged.casework').message).toMatch(/^“damaged\.casework”: /);
    expect(refused('empty.casework').message).toMatch(/empty/i);
    expect(byName.get('Amara Ashdown - Rhys Pennant.casework')!.message).toBe(
      'Imported Amara Ashdown’s “Rhys Pennant: assessment at the start of a community order”.',
    );
    expect(byName.get('copy of first.casework')!.message).toMatch(/^Already here: Amara Ashdown’s/);
    expect(await t.library()).toHaveLength(4);
    expect(await t.copies()).toHaveLength(4);
    expect(t.indexOnDisk()).toEqual((await t.library()).map((entry) => entry.id).sort());
  });

  it('makes no duplicate when the same folder is imported again: every file is already here or refused as before', async () => {
    const t = await tutor();
    t.answers.folder = mixedFolder();
    await t.call<Batch>('importFolder');
    const before = (await t.library()).map((e) => e.id).sort();
    const again = await t.call<Batch>('importFolder');
    expect(again.counts).toEqual({ imported: 0, updated: 0, alreadyHere: 5, refused: 5 });
    expect((await t.library()).map((e) => e.id).sort()).toEqual(before);
    expect(await t.copies()).toHaveLength(4);
  });

  it('replaces a trainee’s earlier version with a newer one, and leaves out an older one, never adding a copy', async () => {
    const t = await tutor();
    const dir = tempDataDir('versions');
    const write = (name: string, revision: number) => {
      const path = join(dir, name);
      writeFileSync(path, traineeFile(3, revision).text);
      return path;
    };
    t.answers.files = [write('first.casework', 7)];
    await t.call('importFiles');
    const [copy] = await t.copies();
    t.answers.files = [write('newer.casework', 9), write('older.casework', 8)];
    const batch = await t.call<Batch>('importFiles');
    expect(outcomes(batch)).toEqual([
      ['newer.casework', 'updated'],
      ['older.casework', 'already-here'],
    ]);
    expect(batch.results[0]!.message).toMatch(/^A newer version of Dev Ashdown’s/);
    expect(batch.results[1]!.message).toMatch(/newer version .* is here, so this older one was not imported/);
    expect((await t.copies()).map((c) => c.id)).toEqual([copy!.id]);
    const held = await t.call<{ answers: Record<string, Record<string, unknown>> }>('getAttempt', {
      id: copy!.id,
    });
    expect(String(held.answers['rosh-analysis']!['persons-account'])).toBe(
      String(JSON.parse(traineeFile(3, 9).text).attempt.answers['rosh-analysis']['persons-account']),
    );
    // The same newer file again is already here.
    t.answers.files = [join(dir, 'newer.casework')];
    expect(outcomes(await t.call<Batch>('importFiles'))).toEqual([['newer.casework', 'already-here']]);
    expect(await t.library()).toHaveLength(1);
  });

  it('keeps one trainee’s files in order inside one batch, however many are checked at once', async () => {
    const t = await tutor();
    const dir = tempDataDir('one-batch');
    const paths: string[] = [];
    // Dev's two versions side by side, so both are in hand at once: the second must wait for the first.
    for (const [name, n, revision] of [
      ['a.casework', 3, 7],
      ['b.casework', 3, 9],
      ['c.casework', 3, 7],
      ['d.casework', 0, 7],
      ['e.casework', 1, 7],
      ['f.casework', 2, 7],
    ] as const) {
      writeFileSync(join(dir, name), traineeFile(n, revision).text);
      paths.push(join(dir, name));
    }
    t.answers.files = paths;
    const batch = await t.call<Batch>('importFiles');
    expect(batch.results.map((r) => r.outcome)).toEqual([
      'imported',
      'updated',
      'already-here',
      'imported',
      'imported',
      'imported',
    ]);
    expect(await t.copies()).toHaveLength(4);
  });

  it('moves the tutor’s comments onto a trainee’s newer version, keeping the judgements with the version read', async () => {
    const t = await tutor();
    const dir = tempDataDir('reviewed');
    writeFileSync(join(dir, 'v7.casework'), traineeFile(4, 7).text);
    writeFileSync(join(dir, 'v9.casework'), traineeFile(4, 9).text);
    t.answers.files = [join(dir, 'v7.casework')];
    const [first] = (await t.call<Batch>('importFiles')).results;
    const copy = await t.call<Attempt>('getAttempt', { id: (first as { attemptId: string }).attemptId });
    const ctx = { now: () => new Date('2026-11-23T15:00:00.000Z'), newId: sequentialIds('edit') };
    const review = addComment(
      createReview(copy, 'Dana Whitcombe', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'what-happened' },
        author: 'Dana Whitcombe',
        body: 'Say where this came from.',
      },
      ctx,
    );
    await t.call('saveReview', { review });
    t.answers.files = [join(dir, 'v9.casework')];
    const batch = await t.call<Batch>('importFiles');
    expect(batch.results[0]!.message).toMatch(/Your 1 review moved onto it\.$/);
    const updated = await t.call<Attempt>('getAttempt', { id: copy.id });
    const [carried] = (await t.call<{ reviews: Review[] }>('listReviews', {})).reviews;
    expect(carried!.currentVersion).toMatchObject({ attemptId: copy.id, revision: updated.revision });
    expect(carried!.reviewedVersion.revision).toBe(copy.revision);
    expect(carried!.comments).toHaveLength(1);
    expect(updated.revision).toBeGreaterThan(copy.revision);
  });

  it('takes dropped files as bytes, with the same checks and the same identity', async () => {
    const t = await tutor();
    const dropped = [traineeFile(0), traineeFile(0), { fileName: 'bad.casework', text: '{' }].map((f) => ({
      displayName: `C:\\Users\\tutor\\Downloads\\${f.fileName}`,
      contentBase64: Buffer.from(f.text).toString('base64'),
    }));
    const batch = await t.call<Batch>('importFiles', { dropped });
    expect(outcomes(batch)).toEqual([
      [`${traineeName(0)} - Rhys Pennant.casework`, 'imported'],
      [`${traineeName(0)} - Rhys Pennant.casework`, 'already-here'],
      ['bad.casework', 'refused'],
    ]);
    expect(await t.library()).toHaveLength(1);
  });

  it('refuses, as a whole and before reading any, more files than one import takes', async () => {
    const t = await tutor();
    t.answers.files = Array.from({ length: 501 }, (_, n) => join('/nowhere', `${n}.casework`));
    const answer = await t.attempt('importFiles', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatchObject({ code: 'too-large' });
    expect(await t.library()).toHaveLength(0);
  });

  it('never follows a shortcut out of the chosen folder', async () => {
    const t = await tutor();
    const outside = tempDataDir('outside');
    writeCohortFolder(outside, 1);
    const dir = tempDataDir('with-link');
    symlinkSync(join(outside, readdirSync(outside)[0]!), join(dir, 'link.casework'));
    symlinkSync(outside, join(dir, 'linked folder'));
    t.answers.folder = dir;
    const batch = await t.call<Batch>('importFolder');
    expect(batch.results).toEqual([]);
    expect(batch.leftAlone).toBe(2);
  });

  it('answers chosen: false when the dialog is closed, and writes nothing', async () => {
    const t = await tutor();
    expect(await t.call('importFolder')).toEqual({ chosen: false });
    expect(await t.call('importFiles')).toEqual({ chosen: false });
  });
});
