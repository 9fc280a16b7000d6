import { askedQuestions, interviewStateOf, interviewSummary, personSpeaker } from '@shared/cases';
import { caseVersionOf } from '@shared/model/attempt';
import type { Attempt } from '@shared/model/attempt';
import { resolveCase } from '../cases/cases-store';
import { TranscriptList } from '../workspace/InterviewPanel';
import '../workspace/workspace.css';

/**
 * The interview in the tutor's review: the transcript the trainee's questions produced, in the order asked,
 * and, for a finished attempt, which of the key questions they asked, so the tutor can talk about what was
 * not explored.
 */
export function InterviewRecord({ attempt }: { attempt: Attempt }) {
  const practiceCase = attempt.caseId ? resolveCase(attempt.caseId, caseVersionOf(attempt)) : undefined;
  const interview = practiceCase?.interview;
  if (!practiceCase || !interview) return null;
  const state = interviewStateOf(attempt);
  const asked = askedQuestions(interview, state);
  const summary = interviewSummary(practiceCase, state)!;
  const missed = summary.keyQuestions.filter((key) => !key.asked);
  return (
    <section
      className="review-interview panel"
      aria-labelledby="review-interview-title"
      data-testid="review-interview"
    >
      <h2 className="heading-m" id="review-interview-title">
        The interview
      </h2>
      <p className="body">{interview.title}</p>
      {asked.length === 0 ? (
        <p className="body">The trainee did not ask anything in the interview.</p>
      ) : (
        <>
          <h3 className="heading-s" id="review-interview-transcript">
            Transcript ({asked.length === 1 ? 'one question' : `${asked.length} questions`}, in the order
            asked)
          </h3>
          <TranscriptList
            asked={asked}
            person={personSpeaker(practiceCase)}
            labelledBy="review-interview-transcript"
          />
        </>
      )}
      {/* The key questions are tutor notes: shown, as the notes are, only once the attempt is finished. */}
      {attempt.status === 'finished' && summary.keyQuestions.length > 0 ? (
        <>
          <h3 className="heading-s">Key questions</h3>
          <p className="body">
            Asked {summary.keyQuestions.length - missed.length} of {summary.keyQuestions.length}.
            {missed.length > 0 ? ' Not asked:' : ''}
          </p>
          {missed.length > 0 ? (
            <ul className="tutor-notes__list">
              {missed.map((key) => (
                <li key={key.question.id}>
                  “{key.question.ask}” <span className="secondary-text">{key.why}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
