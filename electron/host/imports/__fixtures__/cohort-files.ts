import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSharePackage, serialiseSharePackage } from '@shared/exchange';
import type { Attempt } from '@shared/model/attempt';
import { sampleAttempt, sampleProse } from '@shared/pdf/__fixtures__/sample-attempt';

/**
 * Trainees' .casework files as their own copies of the app would export them, for the batch import tests, its
 * benchmark and journeys: one attempt per trainee on the same fictional case, each in the trainee's own
 * words. Every name is invented.
 */

const firstNames = [
  'Amara',
  'Bryn',
  'Cerys',
  'Dev',
  'Efa',
  'Femi',
  'Gethin',
  'Hana',
  'Idris',
  'Jude',
  'Kit',
  'Lowri',
];
const lastNames = [
  'Ashdown',
  'Bevan',
  'Carrow',
  'Dunmore',
  'Ellery',
  'Fenwick',
  'Garside',
  'Hollins',
  'Ivel',
  'Jessop',
];

export function traineeName(n: number): string {
  const first = firstNames[n % firstNames.length]!;
  const last = lastNames[Math.floor(n / firstNames.length) % lastNames.length]!;
  const round = Math.floor(n / (firstNames.length * lastNames.length));
  return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
}

/** Trainee n's attempt at `revision`: a later revision has more words in the person's account. */
export function traineeAttempt(n: number, revision = 7): Attempt {
  const base = sampleAttempt();
  const id = `trainee-${String(n).padStart(4, '0')}-attempt`;
  return {
    ...base,
    id,
    revision,
    updatedAt: new Date(Date.parse('2026-11-20T10:00:00.000Z') + revision * 60_000).toISOString(),
    answers: {
      ...base.answers,
      'rosh-analysis': {
        ...base.answers['rosh-analysis'],
        'persons-account': `${traineeName(n)}, draft ${revision}: ${sampleProse(40 + revision * 10, n)}`,
      },
    },
  };
}

/** Trainee n's file, as their app exports it. */
export function traineeFile(n: number, revision = 7): { fileName: string; text: string } {
  const name = traineeName(n);
  const pkg = buildSharePackage({
    attempt: traineeAttempt(n, revision),
    exportedAt: new Date('2026-11-21T09:00:00.000Z'),
    appVersion: '0.1.0',
    traineeName: name,
  });
  return { fileName: `${name} - Rhys Pennant.casework`, text: serialiseSharePackage(pkg) };
}

/** Writes `count` trainees' files into `dir` (made if needed); answers their paths in trainee order. */
export function writeCohortFolder(dir: string, count: number, first = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let n = first; n < first + count; n += 1) {
    const file = traineeFile(n);
    const path = join(dir, file.fileName);
    writeFileSync(path, file.text);
    paths.push(path);
  }
  return paths;
}
