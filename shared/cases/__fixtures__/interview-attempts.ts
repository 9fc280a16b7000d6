import { askQuestion, emptyInterviewState } from '../interview';
import type { InterviewState } from '../../model/attempt';
import type { CaseInterview } from '../schema';

const askedAt = new Date('2026-11-05T09:30:00Z');

/**
 * An interview held by asking these questions in this order, through the engine, so a fixture cannot ask a
 * follow-up before a question that opens it (the fixture throws instead).
 */
export function interviewAsking(interview: CaseInterview, questionIds: readonly string[]): InterviewState {
  let state = emptyInterviewState;
  questionIds.forEach((questionId, index) => {
    const outcome = askQuestion(interview, state, questionId, new Date(askedAt.getTime() + index * 60_000));
    if (!outcome.ok) throw new Error(`fixture asks '${questionId}': ${outcome.message}`);
    state = outcome.state;
  });
  return state;
}
