import {
  askQuestion,
  endInterview,
  interviewStateOf,
  setInterviewTimed,
  type AskOutcome,
  type CaseInterview,
} from '@shared/cases';
import type { AttemptStore } from '../attempt/attempt-store';
import { withReleased } from './new-information';
import { updateAttempt } from './session';

/**
 * The interview's changes to the open attempt. Each goes through the attempt's own store
 * (`updateAttempt`), so it is evaluated (case rules read what was asked) and saved by the same autosave,
 * with the same revision check, as an answer typed into the form.
 */

/**
 * Asks a question: the asked list grows, and any document it releases joins the released ids (never taken
 * away, as every release). Returns the engine's outcome; the caller announces the reply and the release.
 */
export function askInterviewQuestion(
  store: AttemptStore,
  interview: CaseInterview,
  questionId: string,
  now: Date = new Date(),
): AskOutcome {
  const outcome = askQuestion(interview, interviewStateOf(store.getState().attempt), questionId, now);
  if (!outcome.ok || !outcome.changed) return outcome;
  updateAttempt(store, (attempt) => ({
    ...attempt,
    interview: outcome.state,
    releasedDocumentIds:
      outcome.newDocumentIds.length === 0
        ? attempt.releasedDocumentIds
        : withReleased(
            attempt.releasedDocumentIds,
            outcome.newDocumentIds.map((id) => ({ id })),
          ),
  }));
  return outcome;
}

export function endTheInterview(store: AttemptStore, now: Date = new Date()): void {
  updateAttempt(store, (attempt) => {
    const state = interviewStateOf(attempt);
    const next = endInterview(state, now);
    return next === state ? attempt : { ...attempt, interview: next };
  });
}

/** The trainee's own choice to work to the appointment's time; nothing else changes. */
export function setWorkToTime(store: AttemptStore, timed: boolean): void {
  updateAttempt(store, (attempt) => {
    const state = interviewStateOf(attempt);
    const next = setInterviewTimed(state, timed);
    return next === state && attempt.interview ? attempt : { ...attempt, interview: next };
  });
}
