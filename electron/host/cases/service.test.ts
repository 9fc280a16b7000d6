import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseLibrary, decodeCasePack, type PracticeCase } from '@shared/cases';
import type { CaseListEntry } from '@shared/contract/channels/cases';
import { MAX_CASE_PACK_BYTES } from '@shared/contract/limits';
import type { Attempt } from '@shared/model/attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import {
  dataFolderSnapshot as snapshot,
  hosts,
  person,
  sendReviewFile,
  type Person,
} from '../review/__fixtures__/two-hosts';
import { exampleCase, exampleCaseText as exampleText } from './__fixtures__/example-case';
import { tempDataDir } from '../storage/testing';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

const filesDir = () => fs.mkdtempSync(path.join(path.dirname(tempDataDir('case-files')), 'case-files-'));

function offer(tutor: Person, name: string, contents: string | Uint8Array): string {
  const file = path.join(filesDir(), name);
  fs.writeFileSync(file, contents);
  tutor.dialogs.open = file;
  return file;
}

async function refusal(tutor: Person, method: string, payload: unknown) {
  const answer = await tutor.attempt(method, payload);
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer.value)}`);
  return { code: answer.error.code, lines: answer.error.message.split('\n') };
}

const listed = async (tutor: Person) => (await tutor.call<{ cases: CaseListEntry[] }>('listCases', {})).cases;

describe('cases in the host, through the handler table', () => {
  it('lists the built-ins, then a tutor’s case once saved from the editor, with every version kept', async () => {
    const tutor = await person('Tutor', 'ct');
    expect((await listed(tutor)).map((entry) => entry.caseId)).toEqual(caseLibrary.map((c) => c.id));

    const first = await tutor.call<{ version: number; unchanged: boolean }>('saveCase', {
      practiceCase: exampleCase(),
    });
    expect(first).toMatchObject({ version: 1, unchanged: false });
    const again = await tutor.call<{ version: number; unchanged: boolean }>('saveCase', {
      practiceCase: exampleCase(),
    });
    expect(again).toMatchObject({ version: 1, unchanged: true });
    const edited = { ...exampleCase(), title: 'Jodie Farrant: theft, money and a new partner' };
    const second = await tutor.call<{ version: number; previousVersion: number }>('saveCase', {
      practiceCase: edited,
    });
    expect(second).toMatchObject({ version: 2, previousVersion: 1 });

    const entry = (await listed(tutor)).find((c) => c.caseId === 'farrant-new-partner')!;
    expect(entry).toMatchObject({ source: 'tutor', inLibrary: true, latestVersion: 2, title: edited.title });
    expect(entry.versions.map((v) => [v.version, v.origin])).toEqual([
      [1, 'editor'],
      [2, 'editor'],
    ]);
    const v1 = await tutor.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
      version: 1,
    });
    expect(v1.practiceCase.title).toBe('Jodie Farrant: a theft and a new partner');
    const newest = await tutor.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
    });
    expect(newest.practiceCase.version).toBe(2);
  });

  it('an attempt records the case version it started on, and a fresh copy starts on that version too', async () => {
    const tutor = await person('Tutor', 'cv');
    await tutor.call('saveCase', { practiceCase: exampleCase() });
    const attempt = await tutor.call<Attempt>('createAttempt', {
      title: 'Jodie',
      caseId: 'farrant-new-partner',
      templateIds: ['rosh-analysis', 'reflective-log'],
      templateVersions: { 'rosh-analysis': 1, 'reflective-log': 1 },
      releasedDocumentIds: ['cps-summary'],
    });
    expect(attempt.caseVersion).toBe(1);
    await tutor.call('saveCase', { practiceCase: { ...exampleCase(), title: 'A later title' } });
    const builtin = await tutor.call<Attempt>('createAttempt', {
      title: 'Ryan',
      caseId: 'cotter-domestic-abuse',
      templateIds: ['rosh-analysis'],
      templateVersions: { 'rosh-analysis': 1 },
    });
    // A built-in records the app's own version of it (raised when its content changes).
    expect(builtin.caseVersion).toBe(caseLibrary.find((c) => c.id === 'cotter-domestic-abuse')!.version);
    const copy = await tutor.call<{ entry: { id: string } }>('duplicateAttempt', {
      id: attempt.id,
      title: 'Jodie again',
      keepAnswers: false,
    });
    const fresh = await tutor.call<Attempt>('getAttempt', { id: copy.entry.id });
    expect(fresh).toMatchObject({ caseVersion: 1, releasedDocumentIds: ['cps-summary'] });
  });

  it('refuses a built-in’s id and changes nothing', async () => {
    const tutor = await person('Tutor', 'cb');
    const before = snapshot(tutor.dataDir);
    const refused = await refusal(tutor, 'saveCase', {
      practiceCase: { ...exampleCase(), id: 'cotter-domestic-abuse' },
    });
    expect(refused.code).toBe('conflict');
    expect(refused.lines[0]).toContain('the built-in case “Ryan Cotter: an assault at home”');
    expect(snapshot(tutor.dataDir)).toEqual(before);
  });

  it('refuses an editor save that fails the checks, listing each problem with its path', async () => {
    const tutor = await person('Tutor', 'cs');
    const broken = exampleCase() as { documents: Array<Record<string, unknown>> };
    broken.documents[1]!.release = { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'ofence' };
    const refused = await refusal(tutor, 'saveCase', { practiceCase: broken });
    expect(refused).toEqual({
      code: 'invalid-request',
      lines: [
        'The case was not saved: it has 1 problem.',
        "documents[1].release.sectionId: unknown section 'ofence' in template 'rosh-analysis'",
      ],
    });
  });

  it('every built-in case round-trips: exported to a pack, imported by another copy, deep-equal', async () => {
    const tutor = await person('Tutor', 'cr');
    const other = await person('Other tutor', 'co');
    for (const practiceCase of caseLibrary) {
      const file = path.join(filesDir(), `${practiceCase.id}.caseworkcase`);
      tutor.dialogs.save = file;
      const saved = await tutor.call<{ saved: boolean; bytes: number }>('exportCase', {
        caseId: practiceCase.id,
      });
      expect(saved.saved).toBe(true);
      const decoded = decodeCasePack(fs.readFileSync(file), builtinTemplates);
      expect(decoded.ok && decoded.practiceCase).toStrictEqual(practiceCase);
      other.dialogs.open = file;
      const imported = await other.call<{ unchanged: boolean }>('importCase', {});
      // The other copy has the same built-in, so importing it adds nothing.
      expect(imported).toMatchObject({ imported: true, caseId: practiceCase.id, unchanged: true });
      const got = await other.call<{ practiceCase: PracticeCase }>('getCase', { caseId: practiceCase.id });
      expect(got.practiceCase).toStrictEqual(practiceCase);
    }
  });

  it('a tutor’s case round-trips to another copy, versions and all', async () => {
    const tutor = await person('Tutor', 'cx');
    const other = await person('Other tutor', 'cy');
    await tutor.call('saveCase', { practiceCase: exampleCase() });
    const file = path.join(filesDir(), 'jodie.caseworkcase');
    tutor.dialogs.save = file;
    await tutor.call('exportCase', { caseId: 'farrant-new-partner' });
    other.dialogs.open = file;
    const imported = await other.call('importCase', {});
    expect(imported).toMatchObject({ imported: true, version: 1, previousVersion: null, unchanged: false });
    const mine = await tutor.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
    });
    const theirs = await other.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
    });
    expect(theirs.practiceCase).toStrictEqual(mine.practiceCase);
    // Cancelling the dialogs answers "not saved" / "not imported", not an error.
    tutor.dialogs.save = null;
    other.dialogs.open = null;
    expect(await tutor.call('exportCase', { caseId: 'farrant-new-partner' })).toEqual({ saved: false });
    expect(await other.call('importCase', {})).toEqual({ imported: false });
  });

  describe('hostile packs are refused with a typed error and change nothing', () => {
    const hostile: Array<[string, () => string | Uint8Array, string, RegExp]> = [
      ['oversized', () => new Uint8Array(MAX_CASE_PACK_BYTES + 10), 'too-large', /can be at most 4 MB/],
      [
        'deeply nested',
        () => `{"format":"casework-case","case":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        'invalid-file',
        /nested/,
      ],
      [
        'a __proto__ key',
        () => exampleText.replace('"title": "Jodie', '"__proto__": { "isAdmin": true }, "title": "Jodie'),
        'invalid-file',
        /^case\.__proto__: this key is not allowed$/m,
      ],
      [
        'a constructor key',
        () => exampleText.replace('"title": "Jodie', '"constructor": { "prototype": {} }, "title": "Jodie'),
        'invalid-file',
        /^case\.constructor: this key is not allowed$/m,
      ],
      [
        'too many documents',
        () => {
          const pack = JSON.parse(exampleText) as { case: { documents: Array<{ id: string }> } };
          const first = pack.case.documents[0]!;
          pack.case.documents = Array.from({ length: 101 }, (_, i) => ({ ...first, id: `d-${i}` }));
          return JSON.stringify(pack);
        },
        'invalid-file',
        /^documents: 101 documents; a case can have at most 100$/m,
      ],
      [
        'a rule over the expression budget',
        () => {
          const pack = JSON.parse(exampleText) as { case: { rules: Array<{ when: unknown }> } };
          pack.case.rules[0]!.when = { or: Array.from({ length: 500 }, () => ({ '==': [1, 1] })) };
          return JSON.stringify(pack);
        },
        'invalid-file',
        /^rules\[0\]\.when: the expression has more than 400 parts/m,
      ],
    ];
    it.each(hostile)('%s', async (_name, contents, code, message) => {
      const tutor = await person('Tutor', 'ch');
      await tutor.call('saveCase', { practiceCase: exampleCase() });
      const before = snapshot(tutor.dataDir);
      const casesBefore = await listed(tutor);
      offer(tutor, 'hostile.caseworkcase', contents());
      const refused = await refusal(tutor, 'importCase', {});
      expect(refused.code).toBe(code);
      expect(refused.lines.join('\n')).toMatch(message);
      expect(snapshot(tutor.dataDir)).toEqual(before);
      expect(await listed(tutor)).toEqual(casesBefore);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('(control: the same file, unharmed, is added)', async () => {
      const tutor = await person('Tutor', 'cc');
      const before = snapshot(tutor.dataDir);
      offer(tutor, 'jodie.caseworkcase', exampleText);
      expect(await tutor.call('importCase', {})).toMatchObject({
        imported: true,
        caseId: 'farrant-new-partner',
      });
      expect(snapshot(tutor.dataDir)).not.toEqual(before);
    });
  });

  it('refuses an older or clashing version, as tutors’ templates are', async () => {
    const tutor = await person('Tutor', 'cz');
    offer(tutor, 'v2.caseworkcase', exampleText.replace('"version": 1,', '"version": 2,'));
    await tutor.call('importCase', {});
    offer(tutor, 'v1.caseworkcase', exampleText);
    const older = await refusal(tutor, 'importCase', {});
    expect(older.code).toBe('conflict');
    expect(older.lines[0]).toContain('older than version 2');
    offer(
      tutor,
      'v2b.caseworkcase',
      exampleText.replace('"version": 1,', '"version": 2,').replace('a theft and', 'a theft, and'),
    );
    const clash = await refusal(tutor, 'importCase', {});
    expect(clash.code).toBe('conflict');
    expect(clash.lines[0]).toContain('already here with different content');
  });

  it('a trainee’s attempt on a tutor’s case carries the case in the share package; the recipient may add it', async () => {
    const tutor = await person('Tutor', 'st');
    const trainee = await person('Trainee', 'sr');
    await tutor.call('saveCase', { practiceCase: exampleCase() });
    const file = path.join(filesDir(), 'jodie.caseworkcase');
    tutor.dialogs.save = file;
    await tutor.call('exportCase', { caseId: 'farrant-new-partner' });
    trainee.dialogs.open = file;
    await trainee.call('importCase', {});
    // The tutor edits the case after giving it out; the trainee's attempt stays on version 1.
    await tutor.call('saveCase', { practiceCase: { ...exampleCase(), title: 'Jodie Farrant, revised' } });

    const attempt = await trainee.call<Attempt>('createAttempt', {
      title: 'Jodie',
      caseId: 'farrant-new-partner',
      templateIds: ['rosh-analysis', 'reflective-log'],
      templateVersions: { 'rosh-analysis': 1, 'reflective-log': 1 },
      releasedDocumentIds: ['cps-summary'],
    });
    const third = await person('Second tutor', 'su');
    const shareFile = path.join(filesDir(), 'jodie.casework');
    const received = await sendReviewFile<{ carriedCase?: { inLibrary: boolean; version: number } }>(
      trainee,
      third,
      attempt.id,
      shareFile,
    );
    expect(received.carriedCase).toMatchObject({
      caseId: 'farrant-new-partner',
      version: 1,
      inLibrary: false,
    });
    const entry = (await listed(third)).find((c) => c.caseId === 'farrant-new-partner')!;
    expect(entry).toMatchObject({
      inLibrary: false,
      versions: [expect.objectContaining({ origin: 'share' })],
    });
    const seen = await third.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
      version: 1,
    });
    const sent = await trainee.call<{ practiceCase: PracticeCase }>('getCase', {
      caseId: 'farrant-new-partner',
      version: 1,
    });
    expect(seen.practiceCase).toStrictEqual(sent.practiceCase);
    await third.call('addCaseToLibrary', { caseId: 'farrant-new-partner' });
    expect((await listed(third)).find((c) => c.caseId === 'farrant-new-partner')!.inLibrary).toBe(true);

    // Back to the tutor, who has versions 1 and 2: the package's version 1 is the one already here.
    const back = await sendReviewFile<{ carriedCase?: { unchanged: boolean } }>(
      trainee,
      tutor,
      attempt.id,
      shareFile,
    );
    expect(back.carriedCase).toMatchObject({ version: 1, unchanged: true, inLibrary: true });
  });

  it('refuses a share package whose carried case is not its attempt’s, and writes nothing', async () => {
    const trainee = await person('Trainee', 'sm');
    const tutor = await person('Tutor', 'sn');
    offer(trainee, 'jodie.caseworkcase', exampleText);
    await trainee.call('importCase', {});
    const attempt = await trainee.call<Attempt>('createAttempt', {
      title: 'Jodie',
      caseId: 'farrant-new-partner',
      templateIds: ['rosh-analysis'],
      templateVersions: { 'rosh-analysis': 1 },
    });
    const shareFile = path.join(filesDir(), 'jodie.casework');
    trainee.dialogs.save = shareFile;
    await trainee.call('exportReviewFile', { attemptId: attempt.id });
    const pkg = JSON.parse(fs.readFileSync(shareFile, 'utf8')) as { casePack: { case: { version: number } } };
    pkg.casePack.case.version = 7;
    fs.writeFileSync(shareFile, JSON.stringify(pkg, null, 2));
    const before = snapshot(tutor.dataDir);
    tutor.dialogs.open = shareFile;
    const refused = await refusal(tutor, 'importReviewFile', {});
    expect(refused.code).toBe('invalid-file');
    expect(refused.lines[0]).toContain('is not the one its attempt was started on');
    expect(snapshot(tutor.dataDir)).toEqual(before);
  });
});
