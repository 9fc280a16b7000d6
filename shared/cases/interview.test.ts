import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import { evaluateAttempt } from '../templates/engine';
import type { InterviewState } from '../model/attempt';
import { fixtureInterview, interviewFixtureCase, relationshipsRuleId } from './__fixtures__/interview-case';
import { caseContextFor, templatesForCase } from '.';
import {
  askQuestion,
  availableQuestions,
  emptyInterviewState,
  endInterview,
  INTERVIEW_TRANSCRIPT_ID,
  interviewReflection,
  interviewReleasedDocumentIds,
  interviewRuleData,
  interviewStateOf,
  interviewSummary,
  interviewTime,
  interviewTranscript,
  reachableQuestionIds,
  setInterviewTimed,
  uncoveredFactIds,
} from './interview';
import { validateCase } from './validate';
import { blockPlainText, documentPlainText } from './text';
import type { PracticeCase } from './schema';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));
const parsed = (): PracticeCase => {
  const result = validateCase(interviewFixtureCase(), builtinTemplates);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.practiceCase;
};
const interview = parsed().interview!;

function ask(state: InterviewState, ...ids: string[]): InterviewState {
  return ids.reduce((current, id, index) => {
    const outcome = askQuestion(interview, current, id, at(index));
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.state;
  }, state);
}

describe('the interview engine', () => {
  it('opens every question no other question unlocks, and keeps follow-ups closed until unlocked', () => {
    expect(availableQuestions(interview, emptyInterviewState).map((q) => q.id)).toEqual([
      'who-at-home',
      'what-happened',
    ]);
    const refused = askQuestion(interview, emptyInterviewState, 'about-jade', at(0));
    expect(refused).toMatchObject({ ok: false, reason: 'not-available' });
    const after = ask(emptyInterviewState, 'who-at-home');
    expect(availableQuestions(interview, after).map((q) => q.id)).toEqual(['about-jade', 'what-happened']);
  });

  it('records the question asked with its time, and asks an asked question only once', () => {
    const outcome = askQuestion(interview, emptyInterviewState, 'who-at-home', at(5));
    expect(outcome).toMatchObject({ ok: true, changed: true, newFactIds: ['new-partner'] });
    if (!outcome.ok) return;
    expect(outcome.state.asked).toEqual([{ questionId: 'who-at-home', askedAt: at(5).toISOString() }]);
    const again = askQuestion(interview, outcome.state, 'who-at-home', at(9));
    expect(again).toMatchObject({ ok: true, changed: false, newFactIds: [] });
    expect(again.ok && again.state).toBe(outcome.state);
  });

  it('refuses unknown questions and any question after the interview has ended', () => {
    expect(askQuestion(interview, emptyInterviewState, 'no-such', at(0))).toMatchObject({
      ok: false,
      reason: 'unknown',
    });
    const ended = endInterview(ask(emptyInterviewState, 'who-at-home'), at(3));
    expect(askQuestion(interview, ended, 'what-happened', at(4))).toMatchObject({
      ok: false,
      reason: 'ended',
    });
    expect(availableQuestions(interview, ended)).toEqual([]);
    expect(endInterview(ended, at(30)).endedAt).toBe(at(3).toISOString());
  });

  it('uncovers facts and releases documents only by the questions asked', () => {
    const first = ask(emptyInterviewState, 'who-at-home');
    expect(uncoveredFactIds(interview, first)).toEqual(['new-partner']);
    expect(interviewReleasedDocumentIds(interview, first)).toEqual([]);
    const outcome = askQuestion(interview, first, 'about-jade', at(2));
    expect(outcome).toMatchObject({
      ok: true,
      newFactIds: ['child-with-partner'],
      newDocumentIds: ['police-check-jade'],
    });
    const both = outcome.ok ? outcome.state : first;
    expect(uncoveredFactIds(interview, both)).toEqual(['new-partner', 'child-with-partner']);
    expect(interviewReleasedDocumentIds(interview, both)).toEqual(['police-check-jade']);
  });

  it('counts minutes against the appointment’s length, and the choice to work to it is the trainee’s', () => {
    expect(interviewTime(interview, emptyInterviewState)).toEqual({
      used: 0,
      budget: 10,
      left: 10,
      over: false,
    });
    const three = ask(emptyInterviewState, 'who-at-home', 'about-jade', 'what-happened');
    expect(interviewTime(interview, three)).toEqual({ used: 9, budget: 10, left: 1, over: false });
    const tight = { ...interview, timeBudgetMinutes: 5 };
    expect(interviewTime(tight, three)).toEqual({ used: 9, budget: 5, left: 0, over: true });
    expect(interviewTime({ ...interview, timeBudgetMinutes: undefined }, three).left).toBeNull();
    expect(setInterviewTimed(emptyInterviewState, true).timed).toBe(true);
    expect(interviewStateOf({})).toEqual(emptyInterviewState);
  });

  it('writes the transcript as a case-file document, question then reply, in the order asked', () => {
    const practiceCase = parsed();
    expect(interviewTranscript(practiceCase, emptyInterviewState)).toBeNull();
    const state = ask(emptyInterviewState, 'what-happened', 'who-at-home');
    const transcript = interviewTranscript(practiceCase, state)!;
    expect(transcript.id).toBe(INTERVIEW_TRANSCRIPT_ID);
    expect(transcript.kind).toBe('interview-record');
    expect(transcript.date).toBe('2026-03-02');
    // Asked just after midnight in London in summer, still the previous day in UTC: the UK day.
    const summer = askQuestion(
      interview,
      emptyInterviewState,
      'what-happened',
      new Date('2026-07-01T23:30:00Z'),
    );
    expect(summer.ok && interviewTranscript(practiceCase, summer.state)!.date).toBe('2026-07-02');
    const dialogue = transcript.body.find((block) => block.kind === 'dialogue')!;
    expect(blockPlainText(dialogue).split('\n')).toEqual([
      'You: You lost your temper, didn’t you?',
      'Ryan: I suppose. She wound me up.',
      'You: Who is living at your mum’s with you at the moment?',
      'Ryan: Just me and Mum. My girlfriend Jade stops over most weekends.',
    ]);
    // The transcript never says how a question was put or met: only the tutor notes do.
    expect(documentPlainText(transcript)).not.toMatch(/evasive|leading/i);
    // A quote taken from it is found again when the attempt is reopened (the transcript is rebuilt).
    const reopened = interviewTranscript(practiceCase, structuredClone(state))!;
    expect(documentPlainText(reopened)).toContain('My girlfriend Jade stops over most weekends.');
  });

  it('sums up the key questions after finishing, with what each missed one would have revealed', () => {
    const practiceCase = parsed();
    const summary = interviewSummary(practiceCase, ask(emptyInterviewState, 'what-happened'))!;
    expect(summary.keyQuestions.map((k) => [k.question.id, k.asked])).toEqual([
      ['who-at-home', false],
      ['about-jade', false],
    ]);
    const missed = summary.keyQuestions[0]!;
    expect(missed.wouldReveal.map((fact) => fact.label)).toEqual([fixtureInterview.facts[0]!.label]);
    expect(missed.wouldUnlock.map((q) => q.id)).toEqual(['about-jade']);
    expect(summary.keyQuestions[1]!.wouldRelease).toEqual([
      { id: 'police-check-jade', title: 'Police check: Jade Ellery' },
    ]);
    expect(summary.missedFacts.map((fact) => fact.id)).toEqual(['new-partner', 'child-with-partner']);
    expect(summary.tutorNote).toBe(fixtureInterview.tutorNote);
    // The leading question got an evasive answer the prosecution summary contradicts: the notes say so.
    expect(summary.answerNotes).toEqual([
      {
        question: expect.objectContaining({ id: 'what-happened' }),
        style: 'Leading question',
        reply: 'An evasive answer',
        description: 'Leading question; an evasive answer',
        contradictedBy: [{ id: 'cps-summary', title: 'Prosecution case summary' }],
      },
    ]);
    const asked = interviewSummary(practiceCase, ask(emptyInterviewState, 'who-at-home'))!;
    expect(asked.keyQuestions[0]).toMatchObject({ asked: true, wouldReveal: [], wouldUnlock: [] });
  });

  it('writes a reflective-log line: what was asked first and the key questions not asked', () => {
    const practiceCase = parsed();
    const reflection = interviewReflection(
      practiceCase,
      ask(emptyInterviewState, 'what-happened', 'who-at-home'),
    )!;
    expect(reflection).toMatchObject({
      askedCount: 2,
      firstAsked: 'You lost your temper, didn’t you?',
      notAsked: ['Tell me about Jade. Does she have children?'],
    });
    expect(reflection.text).toBe(
      'Interview: I asked 2 questions, first “You lost your temper, didn’t you?”. Key questions I did not ask: “Tell me about Jade. Does she have children?”.',
    );
    expect(interviewReflection(practiceCase, emptyInterviewState)!.text).toMatch(
      /did not hold the interview/,
    );
  });

  it('follows unlocks to find every question that can be reached', () => {
    expect([...reachableQuestionIds(interview)].sort()).toEqual([
      'about-jade',
      'what-happened',
      'who-at-home',
    ]);
    const cycle = structuredClone(interview);
    cycle.questions.push(
      { ...cycle.questions[2]!, id: 'loop-a', unlocks: ['loop-b'] },
      { ...cycle.questions[2]!, id: 'loop-b', unlocks: ['loop-a'] },
    );
    expect(reachableQuestionIds(cycle).has('loop-a')).toBe(false);
  });
});

describe('case rules reading the interview', () => {
  const practiceCase = parsed();
  const templates = templatesForCase(practiceCase, builtinTemplates);
  const rated = { 'rosh-analysis': { 'rosh-grid': { children: { community: 'high' } } } };
  const questionsFor = (state: InterviewState) =>
    evaluateAttempt({
      templates,
      answers: rated as never,
      caseContext: caseContextFor(practiceCase, [], state),
    }).ruleResults.filter((result) => result.ruleId === relationshipsRuleId);

  it('leaves a question when the ratings were written without asking about relationships', () => {
    expect(questionsFor(ask(emptyInterviewState, 'what-happened'))).toHaveLength(1);
    expect(questionsFor(emptyInterviewState)).toHaveLength(1);
  });

  it('is quiet once the new partner has been uncovered', () => {
    expect(questionsFor(ask(emptyInterviewState, 'who-at-home'))).toHaveLength(0);
  });

  it('exposes every question and fact as true or false, and whether the interview was held', () => {
    expect(interviewRuleData(interview, emptyInterviewState)).toEqual({
      asked: { 'who-at-home': false, 'about-jade': false, 'what-happened': false },
      uncovered: { 'new-partner': false, 'child-with-partner': false },
      held: false,
    });
    expect(interviewRuleData(interview, ask(emptyInterviewState, 'who-at-home'))).toMatchObject({
      asked: { 'who-at-home': true },
      uncovered: { 'new-partner': true },
      held: true,
    });
  });
});
