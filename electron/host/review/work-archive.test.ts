import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import { addComment, createReview } from '@shared/review/threads';
import { createSupervisionRecord } from '@shared/supervision/record';
import { caseLibrary } from '@shared/cases';
import { fakeKeyProtector } from '../encryption/testing';
import { tempDataDir } from '../storage/testing';
import { authoringGuideExample } from '../templates/authoring-example';
import { exampleCase } from '../cases/__fixtures__/example-case';
import {
  dataFolderSnapshot as snapshot,
  hosts,
  person,
  sendReviewFile,
  startAttempt,
} from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Listed = { entries: Array<{ id: string; title: string }> };

/** A second attempt with other words in one answer, so the two are different work. */
async function startOtherAttempt(who: Awaited<ReturnType<typeof person>>): Promise<Attempt> {
  const attempt = await startAttempt(who);
  const answers = structuredClone(attempt.answers);
  answers['rosh-analysis']!['persons-account'] = 'A second go: the account of the night, in other words.';
  await who.call('saveAttempt', { attempt: { ...attempt, answers }, progress: 1 });
  return who.call<Attempt>('getAttempt', { id: attempt.id });
}

describe('"Export all my work" and bringing it back on another computer', () => {
  it('carries every attempt of one’s own with its reviews, and importing twice adds nothing twice', async () => {
    const sam = await person('Sam Okafor', 'sam');
    const first = await startAttempt(sam);
    const second = await startOtherAttempt(sam);
    const ctx = { now: sam.now, newId: sam.ids };
    const review: Review = addComment(
      createReview(first, 'Sam Okafor', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        author: 'Sam Okafor',
        body: 'Come back to the neighbour’s account.',
      },
      ctx,
    );
    await sam.call('saveReview', { review });
    const file = path.join(tempDataDir('archive'), 'All my work.casework-all');
    sam.dialogs.save = file;
    expect(await sam.call('exportAllWork', {})).toMatchObject({ saved: true, attempts: 2 });

    // The new computer: an empty library.
    const later = await person('Sam Okafor', 'sam-new-laptop');
    later.dialogs.open = file;
    expect(await later.call('importAllWork', {})).toEqual({
      imported: true,
      fileName: 'All my work.casework-all',
      added: 2,
      alreadyHere: 0,
      reviewsAdded: 1,
      copiesAdded: 0,
      templatesAdded: 0,
      casesAdded: 0,
      supervisionAdded: 0,
    });
    const { entries } = await later.call<Listed>('listAttempts', {});
    expect(entries).toHaveLength(2);
    const restored = await Promise.all(
      entries.map((entry) => later.call<Attempt>('getAttempt', { id: entry.id })),
    );
    const words = (a: Attempt) => a.answers['rosh-analysis']!['persons-account'];
    expect(restored.map(words).sort()).toEqual([words(first), words(second)].sort());
    // Restored as one's own work, not as a copy of someone else's.
    expect(await later.call('listImportedCopies', {})).toEqual({ copies: [] });
    const { reviews } = await later.call<{ reviews: Review[] }>('listReviews', {});
    expect(reviews).toHaveLength(1);
    expect(entries.map((e) => e.id)).toContain(reviews[0]!.currentVersion.attemptId);

    expect(await later.call('importAllWork', {})).toMatchObject({
      added: 0,
      alreadyHere: 2,
      reviewsAdded: 0,
    });
    expect((await later.call<Listed>('listAttempts', {})).entries).toHaveLength(2);
  });

  it('refuses a file with one bad piece and changes nothing (negative control: the same file unaltered imports)', async () => {
    const sam = await person('Sam Okafor', 'sam');
    await startAttempt(sam);
    await startOtherAttempt(sam);
    const file = path.join(tempDataDir('archive'), 'work.casework-all');
    sam.dialogs.save = file;
    await sam.call('exportAllWork', {});
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      packages: Array<{ attempt: { title: string } }>;
    };
    archive.packages[1]!.attempt.title = 'Hidden \u0007 bell';
    const tampered = path.join(path.dirname(file), 'tampered.casework-all');
    fs.writeFileSync(tampered, JSON.stringify(archive));

    const other = await person('Sam Okafor', 'other');
    other.dialogs.open = tampered;
    const refused = await other.attempt('importAllWork', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(JSON.stringify(refused)).toMatch(/Piece of work 2/);
    expect((await other.call<Listed>('listAttempts', {})).entries).toHaveLength(0);

    other.dialogs.open = file;
    expect(await other.call('importAllWork', {})).toMatchObject({ added: 2 });
  });

  it('says a single shared file is not an export of all work', async () => {
    const sam = await person('Sam Okafor', 'sam');
    const own = await startAttempt(sam);
    const file = path.join(tempDataDir('archive'), 'one.casework');
    sam.dialogs.save = file;
    await sam.call('exportReviewFile', { attemptId: own.id });
    sam.dialogs.open = file;
    expect(await sam.attempt('importAllWork', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not an export of all work/) },
    });
  });
});

const exampleTemplate = () => JSON.parse(authoringGuideExample()) as Record<string, unknown>;

const AGENDA = 'Wren Ashdown-Pell and the night of the call-out';
const REVIEW_BODY = 'Say where the neighbour’s account came from.';

type Counted = {
  attempts: number;
  copies: Array<{ id: string; originalAttemptId: string; traineeName: string | null }>;
  templates: Array<{ templateId: string; versions: Array<{ version: number; template: unknown }> }>;
  cases: Array<{ caseId: string; source: string; versions: Array<{ version: number }>; inLibrary: boolean }>;
  supervision: Array<{ id: string; agenda: string; attempts: Array<{ attemptId: string }> }>;
  reviews: Review[];
};

async function everything(who: Awaited<ReturnType<typeof person>>): Promise<Counted> {
  return {
    attempts: (await who.call<Listed>('listAttempts', {})).entries.length,
    copies: (await who.call<{ copies: Counted['copies'] }>('listImportedCopies', {})).copies,
    templates: (await who.call<{ templates: Counted['templates'] }>('listTemplates', {})).templates,
    cases: (await who.call<{ cases: Counted['cases'] }>('listCases', {})).cases.filter(
      (entry) => entry.source === 'tutor',
    ),
    supervision: (await who.call<{ records: Counted['supervision'] }>('listSupervisionRecords', {})).records,
    reviews: (await who.call<{ reviews: Review[] }>('listReviews', {})).reviews,
  };
}

/**
 * A tutor's data folder with one of everything: a trainee's work imported with the tutor's review on it, the
 * tutor's own attempt on their own case, two versions of their own template and of their own case, and a
 * supervision record about their attempt.
 */
async function tutorWithEverything() {
  const sam = await person('Sam Okafor', 'sam');
  const samsWork = await startAttempt(sam);
  const tutor = await person('Imogen Brede', 'tutor');
  const dir = tempDataDir('tutor-files');
  const received = await sendReviewFile<{ attempt: Attempt }>(
    sam,
    tutor,
    samsWork.id,
    path.join(dir, 'sam.casework'),
  );
  const ctx = { now: tutor.now, newId: tutor.ids };
  const review = addComment(
    createReview(received.attempt, 'Imogen Brede', ctx),
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
      author: 'Imogen Brede',
      body: REVIEW_BODY,
    },
    ctx,
  );
  await tutor.call('saveReview', { review });

  const template = exampleTemplate();
  for (const [version, title] of [
    [1, template.title],
    [2, `${String(template.title)}, revised`],
  ] as const) {
    const file = path.join(dir, `template-v${version}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...template, version, title }));
    tutor.dialogs.open = file;
    await tutor.call('importTemplate', {});
  }
  await tutor.call('saveCase', { practiceCase: exampleCase() });
  const onOwnCase = await tutor.call<Attempt>('createAttempt', {
    title: 'Jodie, as a tutor tries it',
    caseId: 'farrant-new-partner',
    templateIds: ['rosh-analysis', 'reflective-log'],
    templateVersions: { 'rosh-analysis': 1, 'reflective-log': 1 },
    releasedDocumentIds: ['cps-summary'],
  });
  await tutor.call('saveCase', { practiceCase: { ...exampleCase(), title: 'Jodie Farrant, revised' } });
  const record = createSupervisionRecord(
    {
      date: '2026-11-02',
      participants: 'Imogen Brede, Dana Whitlow',
      model: 'gibbs',
      attempts: [{ attemptId: onOwnCase.id, title: onOwnCase.title }],
    },
    ctx,
  );
  await tutor.call('saveSupervisionRecord', { record: { ...record, agenda: AGENDA } });
  const file = path.join(tempDataDir('archive'), 'All my work.casework-all');
  tutor.dialogs.save = file;
  const exported = await tutor.call('exportAllWork', {});
  return { tutor, file, exported, samsWork, onOwnCase, templateId: String(template.id) };
}

describe('"Export all my work" carries everything a person would lose in moving computer', () => {
  it('brings back attempts, copies with their reviews, templates, cases and supervision into a fresh, encrypted folder, once', async () => {
    const { tutor, file, exported, samsWork, templateId } = await tutorWithEverything();
    expect(exported).toMatchObject({
      saved: true,
      attempts: 1,
      copies: 1,
      templates: 2,
      cases: 2,
      supervision: 1,
    });
    const before = await everything(tutor);

    // The new computer: an empty data folder, with encryption at rest switched on before the import.
    const later = await person('Imogen Brede', 'tutor-new-laptop', undefined, {
      keyProtector: fakeKeyProtector(),
    });
    expect(await later.call('setEncryption', { enabled: true })).toMatchObject({ enabled: true });
    later.dialogs.open = file;
    expect(await later.call('importAllWork', {})).toEqual({
      imported: true,
      fileName: 'All my work.casework-all',
      added: 1,
      copiesAdded: 1,
      alreadyHere: 0,
      reviewsAdded: 1,
      templatesAdded: 2,
      casesAdded: 2,
      supervisionAdded: 1,
    });
    const after = await everything(later);
    expect(after.attempts).toBe(2);
    // Sam's work is still a copy of Sam's, pointing at Sam's own attempt id, so feedback still goes back to it.
    expect(after.copies).toEqual([
      expect.objectContaining({ originalAttemptId: samsWork.id, traineeName: 'Sam Okafor' }),
    ]);
    expect(after.reviews).toHaveLength(1);
    expect(after.reviews[0]!.currentVersion.attemptId).toBe(after.copies[0]!.id);
    expect(after.templates.map((t) => [t.templateId, t.versions.map((v) => v.version)])).toEqual([
      [templateId, [1, 2]],
    ]);
    expect(after.templates[0]!.versions.map((v) => v.template)).toEqual(
      before.templates[0]!.versions.map((v) => v.template),
    );
    expect(after.cases.map((c) => [c.caseId, c.versions.map((v) => v.version), c.inLibrary])).toEqual([
      ['farrant-new-partner', [1, 2], true],
    ]);
    // The supervision record's link follows its attempt to the id it has here.
    const { entries } = await later.call<Listed>('listAttempts', {});
    expect(after.supervision).toHaveLength(1);
    expect(after.supervision[0]!.agenda).toBe(AGENDA);
    expect(entries.map((entry) => entry.id)).toContain(after.supervision[0]!.attempts[0]!.attemptId);
    // The attempt on the tutor's case opens with that case, at the version it was started on.
    const own = entries.find((entry) => entry.title === 'Jodie, as a tutor tries it')!;
    const opened = await later.call<Attempt>('getAttempt', { id: own.id });
    expect(opened.caseVersion).toBe(1);

    // Encrypted at rest like everything else saved here: no file but the settings gives the work away.
    const leaks = fs
      .readdirSync(later.dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'settings.json')
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((full) => {
        const text = fs.readFileSync(full, 'utf8');
        return [AGENDA, REVIEW_BODY, 'Jodie Farrant', 'Imogen'].some((secret) => text.includes(secret));
      });
    expect(leaks).toEqual([]);

    // A second import of the same file adds nothing twice.
    expect(await later.call('importAllWork', {})).toMatchObject({
      added: 0,
      copiesAdded: 0,
      alreadyHere: 2,
      reviewsAdded: 0,
      templatesAdded: 0,
      casesAdded: 0,
      supervisionAdded: 0,
    });
    expect(await everything(later)).toEqual(after);
  });

  it('refuses a hostile or oversized piece and writes nothing (negative control: the file unaltered imports)', async () => {
    const { file } = await tutorWithEverything();
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]> & {
      templates: Array<Record<string, unknown>>;
      cases: Array<{ inLibrary: boolean; pack: { case: Record<string, unknown> } }>;
      supervision: Array<Record<string, unknown>>;
      copies: Array<Record<string, unknown>>;
    };
    const tamperings: Array<[string, (a: typeof archive) => void, RegExp]> = [
      // The second template version only: the first is sound, and must not be written either.
      ['a __proto__ key', () => undefined, /template 2.*not allowed/s],
      [
        'an oversized template',
        (a) => (a.templates[0]!.description = 'x'.repeat(3 * 1024 * 1024)),
        /larger than a template file can be/,
      ],
      [
        'a case claiming a built-in id',
        (a) => (a.cases[1]!.pack.case.id = caseLibrary[0]!.id),
        /built-in case/,
      ],
      [
        'a supervision record not in the app’s form',
        (a) => (a.supervision[0]!.date = '02/11/2026'),
        /Supervision record 1/,
      ],
      ['a copy marking no package', (a) => (a.copies[0]!.package = 7), /not in the form the app writes/],
    ];
    for (const [what, tamper, message] of tamperings) {
      const bad = structuredClone(archive);
      tamper(bad);
      const badFile = path.join(path.dirname(file), `${what}.casework-all`);
      fs.writeFileSync(badFile, what === 'a __proto__ key' ? protoText(archive) : JSON.stringify(bad));
      const fresh = await person('Imogen Brede', `fresh-${tamperings.findIndex(([w]) => w === what)}`);
      const folderBefore = snapshot(fresh.dataDir);
      fresh.dialogs.open = badFile;
      const refused = await fresh.attempt('importAllWork', {});
      expect(refused.ok, what).toBe(false);
      expect(!refused.ok && refused.error.message, what).toMatch(message);
      expect(snapshot(fresh.dataDir), what).toEqual(folderBefore);
    }
    const control = await person('Imogen Brede', 'fresh-control');
    control.dialogs.open = file;
    expect(await control.call('importAllWork', {})).toMatchObject({
      added: 1,
      templatesAdded: 2,
      casesAdded: 2,
    });
  });
});

/** The archive with a `__proto__` key in its second template, as raw text (JSON.stringify cannot write one). */
function protoText(archive: { templates: unknown[] }): string {
  const marked = structuredClone(archive) as { templates: Array<Record<string, unknown>> };
  marked.templates[1]!['hostile-proto-marker'] = {};
  return JSON.stringify(marked).replace('"hostile-proto-marker":{}', '"__proto__":{}');
}
