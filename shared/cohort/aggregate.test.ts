import { describe, expect, it } from 'vitest';
import {
  anonymousLabel,
  buildCaseDebrief,
  buildCohortTable,
  positionOf,
  traineeOf,
  type CohortAttempt,
  type CohortCase,
} from './aggregate';
import type { CohortDigest } from './summary';

const practiceCase: CohortCase = {
  id: 'cotter',
  version: 1,
  title: 'Cotter',
  ranges: [
    { group: 'known-adult', setting: 'community', from: 'medium', to: 'high', after: null },
    {
      group: 'children',
      setting: 'community',
      from: 'low',
      to: 'medium',
      after: { documentId: 'late', documentTitle: 'Late letter', from: 'medium', to: 'high' },
    },
  ],
  questions: { 'no-home-visit': 'Why no home visit?', 'da-reply': 'Where is the reply?' },
  keyEvidence: [
    { id: 'throat', label: 'the hand on the throat' },
    { id: 'kai', label: 'what Kai saw' },
  ],
  documents: { 'cps-summary': 'CPS summary' },
  interviewKeyQuestions: 3,
};

function digest(overrides: Partial<CohortDigest> = {}): CohortDigest {
  return {
    ratings: {},
    questions: [],
    evidence: { referred: [], judged: 2 },
    documentsCited: [],
    interview: { asked: 0, of: 3 },
    decisions: [],
    released: [],
    ...overrides,
  };
}

let n = 0;
function attempt(
  name: string | null,
  d: CohortDigest | null,
  overrides: Partial<CohortAttempt> = {},
): CohortAttempt {
  n += 1;
  return {
    attemptId: `att-${String(n).padStart(4, '0')}`,
    caseId: 'cotter',
    caseVersion: 1,
    title: 'Cotter',
    status: 'finished',
    updatedAt: `2026-11-${String(10 + (n % 10)).padStart(2, '0')}T10:00:00.000Z`,
    totalMs: 60_000 * n,
    traineeName: name,
    fileName: `${name ?? 'unnamed'}-${n}.casework`,
    digest: d,
    reviews: null,
    ...overrides,
  };
}

describe('positionOf', () => {
  it('places a level below, within or above a range, and a missing level as not rated', () => {
    expect(positionOf('low', 'medium', 'high')).toBe('below');
    expect(positionOf('medium', 'medium', 'high')).toBe('within');
    expect(positionOf('high', 'medium', 'high')).toBe('within');
    expect(positionOf('very-high', 'medium', 'high')).toBe('above');
    expect(positionOf(undefined, 'medium', 'high')).toBe('not-rated');
    expect(positionOf('nonsense', 'medium', 'high')).toBe('not-rated');
  });
});

describe('anonymousLabel', () => {
  it('runs A to Z, then AA, AB... like spreadsheet columns', () => {
    expect(anonymousLabel(0)).toBe('Trainee A');
    expect(anonymousLabel(25)).toBe('Trainee Z');
    expect(anonymousLabel(26)).toBe('Trainee AA');
    expect(anonymousLabel(27)).toBe('Trainee AB');
    expect(anonymousLabel(26 * 27)).toBe('Trainee AAA');
  });
});

describe('traineeOf', () => {
  it('treats the same name, case and spacing aside, as one trainee, and each unnamed file as its own', () => {
    expect(traineeOf({ traineeName: ' Priya  Shah', fileName: 'a' }).key).toBe(
      traineeOf({ traineeName: 'priya shah', fileName: 'b' }).key,
    );
    expect(traineeOf({ traineeName: null, fileName: 'a.casework' }).key).not.toBe(
      traineeOf({ traineeName: '', fileName: 'b.casework' }).key,
    );
    expect(traineeOf({ traineeName: null, fileName: 'a.casework' }).label).toBe('No name given (a.casework)');
  });
});

describe('buildCohortTable', () => {
  it('gives each trainee one cell per case, the latest attempt, with ratings against the range', () => {
    const older = attempt('Priya Shah', digest({ ratings: { 'known-adult/community': 'low' } }), {
      updatedAt: '2026-10-01T10:00:00.000Z',
    });
    const newer = attempt(
      'priya shah',
      digest({
        ratings: { 'known-adult/community': 'high', 'children/community': 'low' },
        questions: ['no-home-visit', 'da-reply'],
        evidence: { referred: ['kai'], judged: 2 },
      }),
      {
        updatedAt: '2026-11-01T10:00:00.000Z',
        reviews: {
          reviews: 1,
          comments: 2,
          reviewers: ['Tutor'],
          criteria: { evidence: { label: 'Evidence', 'not-yet': 1, developing: 2, secure: 0 } },
        },
      },
    );
    const other = attempt('Ben Okafor', null, { status: 'in-progress' });
    const own = attempt(null, digest(), { caseId: null });
    const table = buildCohortTable([older, newer, other, own], [practiceCase]);
    expect(table.trainees.map((t) => t.label)).toEqual(['Ben Okafor', 'Priya Shah']);
    expect(table.cases).toEqual([{ id: 'cotter', title: 'Cotter' }]);
    const priya = table.cells['name:priya shah']!.cotter!;
    expect(priya.attemptId).toBe(newer.attemptId);
    expect(priya.attempts).toBe(2);
    expect(priya.ratings.map((r) => [r.group, r.level, r.position])).toEqual([
      ['known-adult', 'high', 'within'],
      ['children', 'low', 'within'],
    ]);
    expect(priya.questions).toBe(2);
    expect(priya.evidence).toEqual({ referred: 1, of: 2 });
    expect(priya.interview).toEqual({ asked: 0, of: 3 });
    expect(priya.judgements).toEqual({ reviews: 1, 'not-yet': 1, developing: 2, secure: 0 });
    const ben = table.cells['name:ben okafor']!.cotter!;
    expect(ben.status).toBe('in-progress');
    expect(ben.questions).toBeNull();
    expect(ben.ratings.every((r) => r.position === 'not-rated')).toBe(true);
  });

  it('judges a rating against the moved range once the late document is in that trainee’s file', () => {
    const before = attempt('A', digest({ ratings: { 'children/community': 'low' } }));
    const after = attempt('B', digest({ ratings: { 'children/community': 'low' }, released: ['late'] }));
    const table = buildCohortTable([before, after], [practiceCase]);
    expect(table.cells['name:a']!.cotter!.ratings[1]!.position).toBe('within');
    expect(table.cells['name:b']!.cotter!.ratings[1]).toMatchObject({ position: 'below', from: 'medium' });
  });
});

describe('buildCaseDebrief', () => {
  const class_ = () => [
    attempt(
      'Priya Shah',
      digest({
        ratings: { 'known-adult/community': 'high' },
        questions: ['no-home-visit'],
        evidence: { referred: ['throat', 'kai'], judged: 2 },
        documentsCited: ['cps-summary'],
        decisions: ['contingency:recall-standard', 'mappa-category:not-eligible'],
        interview: { asked: 2, of: 3 },
      }),
    ),
    attempt(
      'Ben Okafor',
      digest({
        ratings: { 'known-adult/community': 'low' },
        questions: ['no-home-visit', 'da-reply'],
        evidence: { referred: ['throat'], judged: 2 },
        decisions: ['contingency:recall-standard', 'contingency:warning'],
      }),
    ),
    attempt(
      'Cara Lund',
      digest({ ratings: { 'known-adult/community': 'very-high' }, decisions: ['contingency:warning'] }),
    ),
    attempt('Dev Patel', digest({})),
    attempt('Eve Unread', null),
    attempt('Fay Othercase', digest({ ratings: { 'known-adult/community': 'low' } }), { caseId: 'other' }),
  ];
  const labels = {
    'contingency:recall-standard': 'Standard recall',
    'contingency:warning': 'Enforcement warning',
    'mappa-category:not-eligible': 'Not eligible',
  };

  it('counts each level against the range, the questions most raised first, evidence and decisions', () => {
    const debrief = buildCaseDebrief(class_(), practiceCase, { anonymise: true, decisionLabels: labels });
    expect(debrief.participants).toHaveLength(5);
    expect(debrief.pending).toBe(1);
    const knownAdult = debrief.ratings[0]!;
    expect(knownAdult.levels.map((l) => [l.level, l.count, l.inRange])).toEqual([
      ['low', 1, false],
      ['medium', 0, true],
      ['high', 1, true],
      ['very-high', 1, false],
    ]);
    expect([knownAdult.below, knownAdult.within, knownAdult.above]).toEqual([1, 1, 1]);
    expect(knownAdult.notRated).toHaveLength(1);
    expect(debrief.questions.map((q) => [q.message, q.count])).toEqual([
      ['Why no home visit?', 2],
      ['Where is the reply?', 1],
    ]);
    expect(debrief.keyEvidence.map((e) => [e.label, e.count])).toEqual([
      ['the hand on the throat', 2],
      ['what Kai saw', 1],
    ]);
    expect(debrief.documentsCited).toEqual([{ id: 'cps-summary', title: 'CPS summary', count: 1 }]);
    expect(debrief.decisions.map((d) => [d.id, d.options.map((o) => [o.label, o.count])])).toEqual([
      [
        'contingency',
        [
          ['Enforcement warning', 2],
          ['Standard recall', 2],
        ],
      ],
      ['mappa-category', [['Not eligible', 1]]],
    ]);
    expect(debrief.interview?.asked.map((a) => a.asked).sort()).toEqual([0, 0, 0, 2]);
  });

  it('anonymised, holds no name or file name anywhere, and labels are stable for the same attempts', () => {
    const attempts = class_();
    const debrief = buildCaseDebrief(attempts, practiceCase, { anonymise: true, decisionLabels: labels });
    const text = JSON.stringify(debrief);
    for (const a of attempts) {
      expect(text).not.toContain(a.traineeName!);
      expect(text).not.toContain(a.fileName);
    }
    expect(debrief.participants.map((p) => p.label)).toEqual([
      'Trainee A',
      'Trainee B',
      'Trainee C',
      'Trainee D',
      'Trainee E',
    ]);
    const again = buildCaseDebrief([...attempts].reverse(), practiceCase, {
      anonymise: true,
      decisionLabels: labels,
    });
    expect(again.participants).toEqual(debrief.participants);
    expect(again.ratings).toEqual(debrief.ratings);
  });

  it('with names asked for, says who chose what by name', () => {
    const debrief = buildCaseDebrief(class_(), practiceCase, { anonymise: false, decisionLabels: labels });
    expect(debrief.ratings[0]!.levels[0]!.who).toEqual(['Ben Okafor']);
    expect(debrief.anonymised).toBe(false);
  });
});
