import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '@shared/contract';
import { pdfText } from '../pdf/poppler-for-tests';
import { shareFileText, traineeSpecs } from '../../../e2e/__fixtures__/cohort-files';
import { hosts, person } from './__fixtures__/two-hosts';
import type { Person } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Cohort = ResponseOf<'listCohort'>;

/** A tutor's copy of the app with `count` trainees' files on one case imported, as dropped files. */
async function tutorWith(count: number): Promise<{ tutor: Person; names: string[] }> {
  const tutor = await person('Dana Whitcombe', 'tutor');
  const specs = traineeSpecs().slice(0, count);
  for (const [n, spec] of specs.entries())
    await tutor.call('importReviewFile', {
      given: {
        displayName: `${spec.name}.casework`,
        contentBase64: Buffer.from(shareFileText(spec, new Date(Date.UTC(2026, 10, 20, 9, n)))).toString(
          'base64',
        ),
      },
    });
  return { tutor, names: specs.map((s) => s.name) };
}

function indexOnDisk(dataDir: string) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')) as {
    entries: Array<{ id: string; summary?: { cohort?: unknown } }>;
  };
}

describe('the cohort channel', () => {
  it('lists the imported copies with their digests, and keeps the digests in the index', async () => {
    const { tutor, names } = await tutorWith(3);
    const cohort = await tutor.call<Cohort>('listCohort', {});
    expect(cohort.attempts.map((a) => a.traineeName).sort()).toEqual([...names].sort());
    expect(cohort.attempts.every((a) => a.digest !== null)).toBe(true);
    expect(cohort.cases.map((c) => c.id)).toEqual(['cotter-domestic-abuse']);
    expect(cohort.decisionLabels['contingency:recall-standard']).toBe('Standard recall');
    // Written with the next deferred index write: a fresh host on the same folder reads them back.
    await hosts.splice(0)[0]!.close();
    const index = indexOnDisk(tutor.dataDir);
    expect(index.entries.every((entry) => entry.summary?.cohort)).toBe(true);
  });

  it('reads no attempt file once the digests are kept (and opens the one whose digest is not)', async () => {
    const { tutor } = await tutorWith(3);
    const first = await tutor.call<Cohort>('listCohort', {});
    await hosts.splice(0)[0]!.close();
    // Every attempt file replaced by something that would not open, and no backup to restore it from:
    // reading any of them would set it aside, and it would drop out of the list.
    fs.rmSync(path.join(tutor.dataDir, 'backups'), { recursive: true, force: true });
    const attemptsDir = path.join(tutor.dataDir, 'attempts');
    for (const file of fs.readdirSync(attemptsDir))
      fs.writeFileSync(path.join(attemptsDir, file), 'not json');
    // Negative control: one entry's digest taken out of the index, so that attempt must be opened.
    const index = indexOnDisk(tutor.dataDir);
    const opened = index.entries[0]!;
    delete opened.summary!.cohort;
    fs.writeFileSync(path.join(tutor.dataDir, 'library.json'), JSON.stringify(index));
    const again = await person('Dana Whitcombe', 'again', tutor.dataDir);
    const second = await again.call<Cohort>('listCohort', {});
    const kept = first.attempts.filter((a) => a.attemptId !== opened.id);
    expect(second.attempts.filter((a) => a.attemptId !== opened.id)).toEqual(kept);
    // The opened one was unreadable, so it was set aside and is no longer listed with a digest.
    expect(second.attempts.find((a) => a.attemptId === opened.id)?.digest ?? null).toBeNull();
  });

  it('writes the anonymised debrief PDF with labels and counts and without a single name', async () => {
    const { tutor, names } = await tutorWith(4);
    const file = path.join(tutor.dataDir, 'debrief.pdf');
    tutor.dialogs.save = file;
    const result = await tutor.call<{ saved: boolean; pages: number }>('exportDebriefPdf', {
      caseId: 'cotter-domestic-abuse',
      showNames: false,
    });
    expect(result.saved).toBe(true);
    const text = pdfText(fs.readFileSync(file)).replace(/\s+/g, ' ');
    for (const name of names) for (const part of name.split(' ')) expect(text).not.toContain(part);
    for (const label of ['Trainee A', 'Trainee B', 'Trainee C', 'Trainee D']) expect(text).toContain(label);
    expect(text).toContain('4 trainees, anonymised');
    expect(text).toMatch(/Below the range: \d+\. Within it: \d+\. Above it: \d+\./);
    // The same check sees names when they are asked for, so its silence above means something.
    const named = path.join(tutor.dataDir, 'named.pdf');
    tutor.dialogs.save = named;
    await tutor.call('exportDebriefPdf', { caseId: 'cotter-domestic-abuse', showNames: true });
    const namedText = pdfText(fs.readFileSync(named)).replace(/\s+/g, ' ');
    for (const name of names) expect(namedText).toContain(name);
  });

  it('says so in plain words when no one’s work is on the case', async () => {
    const { tutor } = await tutorWith(1);
    const envelope = await tutor.attempt('exportDebriefPdf', {
      caseId: 'hale-indecent-images',
      showNames: false,
    });
    expect(envelope.ok).toBe(false);
  });
});
