import { describe, expect, it } from 'vitest';
import { buildCohortTable, type CohortAttempt, type CohortCase } from '@shared/cohort/aggregate';
import type { CohortDigest } from '@shared/cohort/summary';
import { judgementsText, ratingText, visibleRows } from './present';

const practiceCase = (id: string): CohortCase => ({
  id,
  version: 1,
  title: id === 'a' ? 'Case A' : 'Case B',
  ranges: [{ group: 'known-adult', setting: 'community', from: 'medium', to: 'high', after: null }],
  questions: {},
  keyEvidence: [],
  documents: {},
  interviewKeyQuestions: null,
});

const digest = (level: string, questions: number): CohortDigest => ({
  ratings: { 'known-adult/community': level },
  questions: Array.from({ length: questions }, (_, n) => `q${n}`),
  evidence: { referred: [], judged: 0 },
  documentsCited: [],
  interview: null,
  decisions: [],
  released: [],
});

let n = 0;
const attempt = (
  name: string,
  caseId: string,
  d: CohortDigest,
  status: 'finished' | 'in-progress' = 'finished',
): CohortAttempt => ({
  attemptId: `att-${(n += 1)}`,
  caseId,
  caseVersion: 1,
  title: caseId,
  status,
  updatedAt: '2026-11-20T10:00:00.000Z',
  totalMs: 0,
  traineeName: name,
  fileName: `${name}.casework`,
  digest: d,
  reviews: null,
});

const table = buildCohortTable(
  [
    attempt('Ada', 'a', digest('medium', 0)),
    attempt('Bea', 'a', digest('low', 1), 'in-progress'),
    attempt('Cy', 'a', digest('very-high', 3)),
    attempt('Cy', 'b', digest('high', 0)),
  ],
  [practiceCase('a'), practiceCase('b')],
);
const all = { caseId: 'all', status: 'all', trainee: '' } as const;
const byName = { key: { column: 'trainee' }, direction: 'ascending' } as const;

describe('the cohort table’s filters and sorting', () => {
  it('sorts by name either way, and by a case with the work outside the range first', () => {
    expect(visibleRows(table, all, byName).trainees.map((t) => t.label)).toEqual(['Ada', 'Bea', 'Cy']);
    expect(
      visibleRows(table, all, { ...byName, direction: 'descending' }).trainees.map((t) => t.label),
    ).toEqual(['Cy', 'Bea', 'Ada']);
    const byCase = { key: { column: 'case', caseId: 'a' }, direction: 'descending' } as const;
    // Cy and Bea are outside the range; Cy has more questions.
    expect(visibleRows(table, all, byCase).trainees.map((t) => t.label)).toEqual(['Cy', 'Bea', 'Ada']);
  });

  it('filters by case, status and part of a name', () => {
    expect(visibleRows(table, { ...all, caseId: 'b' }, byName)).toMatchObject({
      cases: [{ id: 'b' }],
      trainees: [{ label: 'Cy' }],
    });
    expect(
      visibleRows(table, { ...all, status: 'in-progress' }, byName).trainees.map((t) => t.label),
    ).toEqual(['Bea']);
    expect(visibleRows(table, { ...all, trainee: 'a' }, byName).trainees.map((t) => t.label)).toEqual([
      'Ada',
      'Bea',
    ]);
  });

  it('says each rating and the judgements in words', () => {
    const cell = table.cells['name:bea']!.a!;
    expect(ratingText(cell.ratings[0]!)).toBe('Known adult: low, below the range (medium to high)');
    expect(judgementsText(cell.judgements)).toBe('Not reviewed yet');
    expect(judgementsText({ reviews: 1, 'not-yet': 1, developing: 0, secure: 2 })).toBe(
      'Judged: 2 secure, 1 not yet',
    );
  });
});
