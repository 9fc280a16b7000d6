import { describe, expect, it } from 'vitest';
import { caseContextFor, getCase } from '../cases';
import type { Attempt } from '../model/attempt';
import { evaluateAttempt } from '../templates';
import { builtinTemplates } from '../templates/builtin';
import { sampleSoundAnswers } from '../templates/builtin/__fixtures__/sample-answers';
import { cohortCaseFor } from './case';
import { decisionLabels } from './decisions';
import { cohortDigestFor } from './digest';
import { cohortDigestSchema, isCohortDigest } from './summary';

const practiceCase = getCase('cotter-domestic-abuse')!;
const templates = builtinTemplates.filter((t) => practiceCase.templateSet.includes(t.id));

function digestOf(answers: Attempt['answers'], extra: Partial<Attempt> = {}) {
  const releasedDocumentIds =
    extra.releasedDocumentIds ??
    practiceCase.documents.filter((d) => d.release.kind === 'start').map((d) => d.id);
  const evaluation = evaluateAttempt({
    templates,
    answers,
    caseContext: caseContextFor(practiceCase, releasedDocumentIds),
  });
  return cohortDigestFor({
    attempt: { answers, evidence: extra.evidence ?? [], releasedDocumentIds, interview: extra.interview },
    practiceCase,
    templates,
    ruleResults: evaluation.ruleResults,
    visible: (t, i) => evaluation.visible(t, i),
  });
}

describe('cohortDigestFor', () => {
  it('reads the grid, the questions raised, the decisions and the documents quoted', () => {
    const answers = sampleSoundAnswers();
    answers['rosh-analysis']!['rosh-grid'] = {
      'known-adult': { community: 'high', custody: 'medium' },
      children: { community: 'medium' },
    };
    answers['rosh-analysis']!['mappa-category'] = 'not-known';
    const digest = digestOf(answers, {
      evidence: [
        {
          id: 'ev-000001',
          templateId: 'rosh-analysis',
          itemId: 'offence-evidence',
          documentId: 'cps-summary',
          quote: 'a quote',
          addedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
    });
    expect(cohortDigestSchema.parse(digest)).toEqual(digest);
    expect(isCohortDigest(digest)).toBe(true);
    expect(digest.ratings).toEqual({
      'known-adult/community': 'high',
      'known-adult/custody': 'medium',
      'children/community': 'medium',
    });
    // The sample plans "review" and "breach" on its one contingency line; "not known yet" records no decision.
    expect(digest.decisions).toContain('contingency:breach');
    expect(digest.decisions).toContain('contingency:review-assessment');
    expect(digest.decisions.some((d) => d.startsWith('mappa-category'))).toBe(false);
    expect(digest.documentsCited).toEqual(['cps-summary']);
    answers['rosh-analysis']!['offence-evidence'] = [
      { documentId: 'police-da-callouts', quote: 'Two call-outs to the flat.', note: 'Pattern' },
    ];
    expect(digestOf(answers).documentsCited).toEqual(['police-da-callouts']);
    // Cotter has an interview this trainee never held: none of its key questions were asked.
    const keyQuestions = practiceCase.interview!.questions.filter((q) => q.key).length;
    expect(keyQuestions).toBeGreaterThan(0);
    expect(digest.interview).toEqual({ asked: 0, of: keyQuestions });
    expect(digest.released).toEqual([]);
    // Every question counted has words in the cohort's view of the case.
    const words = cohortCaseFor(practiceCase, builtinTemplates).questions;
    for (const id of digest.questions) expect(words[id], id).toBeTruthy();
  });

  it('counts key evidence referred to by the same test as the writing feedback', () => {
    const answers = sampleSoundAnswers();
    const without = digestOf(answers);
    answers['rosh-analysis']!['what-happened'] =
      'He put his hand on her throat and said she was not going anywhere; the CPS summary and a neighbour confirm it, and the police attended twice before at the same address after arguments.';
    const withIt = digestOf(answers);
    expect(without.evidence.referred).not.toContain('hand-on-throat');
    expect(withIt.evidence.referred).toContain('hand-on-throat');
    expect(withIt.evidence.judged).toBeGreaterThan(0);
  });

  it('leaves out a hidden item’s leftover answer: a MAPPA level without a category that needs one', () => {
    const answers = sampleSoundAnswers();
    answers['rosh-analysis']!['mappa-category'] = 'not-eligible';
    answers['rosh-analysis']!['mappa-level'] = 'level-2';
    expect(digestOf(answers).decisions).not.toContain('mappa-level:level-2');
    answers['rosh-analysis']!['mappa-category'] = 'category-2';
    expect(digestOf(answers).decisions).toContain('mappa-level:level-2');
  });

  it('counts the interview’s key questions asked against those the case has', () => {
    const withInterview = {
      ...practiceCase,
      interview: {
        title: 'Interview',
        setting: 'Office',
        topics: [{ id: 'home', label: 'Home' }],
        facts: [],
        questions: [
          {
            id: 'q1',
            topic: 'home',
            ask: 'Who lives with you?',
            style: 'open' as const,
            reply: 'Kai.',
            replyKind: 'full' as const,
            minutes: 2,
            key: { why: 'Children' },
          },
          {
            id: 'q2',
            topic: 'home',
            ask: 'Any visitors?',
            style: 'open' as const,
            reply: 'No.',
            replyKind: 'full' as const,
            minutes: 2,
            key: { why: 'Partner' },
          },
          {
            id: 'q3',
            topic: 'home',
            ask: 'Weather?',
            style: 'open' as const,
            reply: 'Cold.',
            replyKind: 'full' as const,
            minutes: 2,
          },
        ],
      },
    };
    const digest = cohortDigestFor({
      attempt: {
        answers: {},
        evidence: [],
        releasedDocumentIds: [],
        interview: {
          asked: [
            { questionId: 'q1', askedAt: '2026-11-01T10:00:00.000Z' },
            { questionId: 'q3', askedAt: '2026-11-01T10:01:00.000Z' },
          ],
          timed: false,
          endedAt: null,
        },
      },
      practiceCase: withInterview,
      templates,
      ruleResults: [],
    });
    expect(digest.interview).toEqual({ asked: 1, of: 2 });
    expect(cohortCaseFor(withInterview, builtinTemplates).interviewKeyQuestions).toBe(2);
  });

  it('names every decision option from the templates', () => {
    const labels = decisionLabels(builtinTemplates);
    expect(labels['contingency:recall-standard']).toBe('Standard recall');
    expect(labels['contingency:warning']).toBe('Enforcement warning');
    expect(labels['mappa-level:level-2']).toBe('Level 2');
    expect(labels['proposal:release']).toBeTruthy();
  });

  it('a shape check refuses what is not a digest', () => {
    expect(isCohortDigest(null)).toBe(false);
    expect(isCohortDigest({ ratings: {}, questions: 'x' })).toBe(false);
  });
});
