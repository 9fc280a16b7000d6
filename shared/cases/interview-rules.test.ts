import { describe, expect, it } from 'vitest';
import { builtinTemplates, evaluateAttempt } from '../templates';
import type { InterviewState } from '../model/attempt';
import {
  caseContextFor,
  endInterview,
  getCase,
  interviewReleasedDocumentIds,
  templatesForCase,
  type PracticeCase,
} from '.';
import { interviewAsking } from './__fixtures__/interview-attempts';
import { caseAnswerFixtures, withRating, type Answers } from './__fixtures__/sample-answers';

/**
 * The case rules that read the interview (issue 16): a question after finishing when a fact the ratings
 * rely on was never uncovered. Each attempt here is finished: the interview ended, every document that
 * sections and steps release in the file, and those the interview's own questions released.
 */
const cotter = getCase('cotter-domestic-abuse')!;

function finishedWith(practiceCase: PracticeCase, answers: Answers, asked: readonly string[] | null) {
  const interview: InterviewState | undefined =
    asked === null
      ? undefined
      : endInterview(interviewAsking(practiceCase.interview!, asked), new Date('2026-11-05T10:15:00Z'));
  const released = [
    ...practiceCase.documents.filter((doc) => doc.release.kind !== 'interview').map((doc) => doc.id),
    ...(interview ? interviewReleasedDocumentIds(practiceCase.interview!, interview) : []),
  ];
  const evaluation = evaluateAttempt({
    templates: templatesForCase(practiceCase, builtinTemplates),
    answers,
    caseContext: caseContextFor(practiceCase, released, interview),
  });
  expect(evaluation.evaluationProblems).toEqual([]);
  return evaluation.ruleResults.filter((result) => result.source.kind === 'case');
}

/** Leanne and the children rated medium, as a trainee might before the late documents. */
const ratedMedium = () =>
  withRating(
    withRating(caseAnswerFixtures['cotter-domestic-abuse']!.sound(), 'children', 'community', 'medium'),
    'known-adult',
    'community',
    'medium',
  );

const aboutTheOffenceOnly = ['order-understanding', 'own-words', 'neck', 'wound-up', 'drink-week'];
const returnHome = 'interview-return-home-not-uncovered';
const childrensDay = 'interview-children-routine-not-uncovered';

describe('Cotter: an interview that never asks about the household', () => {
  it('leaves a question on the ratings after finishing, pointing at the grid and the safeguarding reply', () => {
    const results = finishedWith(cotter, ratedMedium(), aboutTheOffenceOnly);
    const question = results.find((result) => result.ruleId === returnHome);
    expect(question).toBeDefined();
    expect(question!.itemRef).toEqual({ templateId: 'rosh-analysis', itemId: 'rosh-grid' });
    expect(question!.documentRef).toBe('childrens-social-care');
    expect(question!.message).toMatch(/where he has been sleeping/);
    expect(results.map((result) => result.ruleId)).toContain(childrensDay);
  });

  it('asks nothing once the interview asked where he has slept and about the children’s weekday', () => {
    const asked = [...aboutTheOffenceOnly, 'nights-this-week', 'ordinary-weekday'];
    const speaking = finishedWith(cotter, ratedMedium(), asked).map((result) => result.ruleId);
    expect(speaking).not.toContain(returnHome);
    expect(speaking).not.toContain(childrensDay);
  });

  it('each question answers to its own fact: asking only where he slept leaves the children’s day', () => {
    const speaking = finishedWith(cotter, ratedMedium(), [...aboutTheOffenceOnly, 'nights-this-week']).map(
      (result) => result.ruleId,
    );
    expect(speaking).not.toContain(returnHome);
    expect(speaking).toContain(childrensDay);
  });

  it('asking the closed question instead (“still at your mum’s?”) uncovers nothing, so the question stays', () => {
    const speaking = finishedWith(cotter, ratedMedium(), [...aboutTheOffenceOnly, 'still-at-mums']).map(
      (result) => result.ruleId,
    );
    expect(speaking).toContain(returnHome);
  });

  it('stays silent when the ratings do not rely on his absence (both high)', () => {
    const sound = caseAnswerFixtures['cotter-domestic-abuse']!.sound();
    const speaking = finishedWith(cotter, sound, aboutTheOffenceOnly).map((result) => result.ruleId);
    expect(speaking).not.toContain(returnHome);
    expect(speaking).not.toContain(childrensDay);
  });

  it('stays silent when no interview was held: the rule is about what was asked, not about the file', () => {
    const speaking = finishedWith(cotter, ratedMedium(), null).map((result) => result.ruleId);
    expect(speaking).not.toContain(returnHome);
    expect(speaking).not.toContain(childrensDay);
  });
});

describe('the other interviews’ rules after finishing', () => {
  it('Deverell: “just a friend” accepted, and the log records a friend', () => {
    const deverell = getCase('deverell-licence-recall')!;
    const answers = caseAnswerFixtures['deverell-licence-recall']!.sound();
    answers['enquiries-log']!['address-occupier'] = 'friend';
    const rule = 'interview-relationship-not-uncovered';
    expect(finishedWith(deverell, answers, ['just-a-friend']).map((r) => r.ruleId)).toContain(rule);
    expect(
      finishedWith(deverell, answers, ['how-you-met', 'what-you-are-now']).map((r) => r.ruleId),
    ).not.toContain(rule);
  });

  it('Whitcombe: “you live alone?” answered yes, and the children rated low', () => {
    const whitcombe = getCase('whitcombe-account-contradicted')!;
    const answers = withRating(
      caseAnswerFixtures['whitcombe-account-contradicted']!.sound(),
      'children',
      'community',
      'low',
    );
    const rule = 'interview-household-not-uncovered';
    expect(finishedWith(whitcombe, answers, ['live-alone']).map((r) => r.ruleId)).toContain(rule);
    expect(finishedWith(whitcombe, answers, ['nights']).map((r) => r.ruleId)).not.toContain(rule);
  });

  it('Pritchard: “do you understand?” answered yes, and never asked to say it back', () => {
    const pritchard = getCase('pritchard-autism-responsivity')!;
    const answers = caseAnswerFixtures['pritchard-autism-responsivity']!.sound();
    const rule = 'interview-understanding-not-checked';
    expect(finishedWith(pritchard, answers, ['understand-order']).map((r) => r.ruleId)).toContain(rule);
    expect(
      finishedWith(pritchard, answers, ['understand-order', 'say-it-back']).map((r) => r.ruleId),
    ).not.toContain(rule);
  });
});
