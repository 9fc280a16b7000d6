import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  caseContextFor,
  documentsWithTranscript,
  initialReleasedDocumentIds,
  INTERVIEW_TRANSCRIPT_ID,
  interviewStateOf,
  releasedDocuments,
  templatesForCase,
  validateCase,
} from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { attemptSchema, type Attempt } from '@shared/model/attempt';
import { builtinTemplates } from '@shared/templates';
import { interviewFixtureCase, relationshipsRuleId } from '@shared/cases/__fixtures__/interview-case';
import { createAttemptStore } from '../attempt/attempt-store';
import { blankAttempt } from '../attempt/testing';
import { askInterviewQuestion, endTheInterview, setWorkToTime } from './interview-actions';

const parsed = validateCase(interviewFixtureCase(), builtinTemplates);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const practiceCase: PracticeCase = parsed.practiceCase;
const interview = practiceCase.interview!;
const templates = templatesForCase(practiceCase, builtinTemplates);

function setup(over: Partial<Attempt> = {}) {
  let revision = 0;
  const saved: Attempt[] = [];
  const attempt = blankAttempt(templates, {
    caseId: practiceCase.id,
    releasedDocumentIds: initialReleasedDocumentIds(practiceCase),
    answers: { 'rosh-analysis': { 'rosh-grid': { children: { community: 'high' } } } } as never,
    ...over,
  });
  const contextFor = (current: Attempt) =>
    caseContextFor(practiceCase, current.releasedDocumentIds, interviewStateOf(current));
  const store = createAttemptStore({
    attempt,
    templates,
    caseContext: contextFor(attempt),
    caseContextFor: contextFor,
    documentsFor: (current) =>
      documentsWithTranscript(
        practiceCase,
        releasedDocuments(practiceCase, current.releasedDocumentIds),
        interviewStateOf(current),
      ).map((doc) => ({ id: doc.id, title: doc.title })),
    client: {
      saveAttempt: vi.fn(async ({ attempt: sent }: { attempt: Attempt; progress: number }) => {
        if (sent.revision !== revision) throw new Error('stale revision');
        revision += 1;
        saved.push(sent);
        return { revision, savedAt: new Date().toISOString() };
      }),
    },
    report: () => {},
    delayMs: () => 800,
    evaluationDelayMs: 0,
  });
  return { store, saved };
}

const partnerQuestion = (store: ReturnType<typeof setup>['store']) =>
  store.getState().evaluation.ruleResults.filter((result) => result.ruleId === relationshipsRuleId);

describe('the interview in the open attempt', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves each question asked through the attempt’s autosave, like an answer', async () => {
    const { store, saved } = setup();
    askInterviewQuestion(store, interview, 'who-at-home', new Date('2026-03-02T10:00:00Z'));
    await vi.advanceTimersByTimeAsync(800);
    setWorkToTime(store, true);
    await vi.advanceTimersByTimeAsync(800);
    expect(saved).toHaveLength(2);
    expect(saved[1]!.revision).toBe(1);
    expect(saved[1]!.interview).toEqual({
      asked: [{ questionId: 'who-at-home', askedAt: '2026-03-02T10:00:00.000Z' }],
      timed: true,
      endedAt: null,
    });
    // What the host checks every save against.
    expect(attemptSchema.safeParse(saved[1]).success).toBe(true);
  });

  it('releases what a question releases, once, and makes the transcript quotable', () => {
    const { store } = setup();
    expect(store.getState().documents.some((doc) => doc.id === INTERVIEW_TRANSCRIPT_ID)).toBe(false);
    askInterviewQuestion(store, interview, 'who-at-home');
    const before = store.getState().attempt.releasedDocumentIds;
    expect(before).not.toContain('police-check-jade');
    expect(store.getState().documents[0]?.id).toBe(INTERVIEW_TRANSCRIPT_ID);
    askInterviewQuestion(store, interview, 'about-jade');
    expect(store.getState().attempt.releasedDocumentIds).toEqual([...before, 'police-check-jade']);
    const again = askInterviewQuestion(store, interview, 'about-jade');
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(store.getState().attempt.releasedDocumentIds).toEqual([...before, 'police-check-jade']);
  });

  it('lets the case rule speak until the partner is uncovered', () => {
    const { store } = setup();
    expect(partnerQuestion(store)).toHaveLength(1);
    askInterviewQuestion(store, interview, 'who-at-home');
    expect(partnerQuestion(store)).toHaveLength(0);
  });

  it('refuses questions after the end, and opens an older attempt without an interview', () => {
    const { store } = setup();
    endTheInterview(store);
    expect(askInterviewQuestion(store, interview, 'who-at-home')).toMatchObject({
      ok: false,
      reason: 'ended',
    });
    const older = setup();
    expect(older.store.getState().attempt.interview).toBeUndefined();
    expect(attemptSchema.safeParse(older.store.getState().attempt).success).toBe(true);
    expect(partnerQuestion(older.store)).toHaveLength(1);
  });
});
