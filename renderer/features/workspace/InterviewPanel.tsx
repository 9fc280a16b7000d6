import { useEffect, useMemo, useRef, useState } from 'react';
import {
  askedQuestions,
  availableQuestions,
  followUpIds,
  interviewTime,
  PRACTITIONER_SPEAKER,
  personSpeaker,
} from '@shared/cases';
import type { AskOutcome, CaseInterview, InterviewQuestion, PracticeCase } from '@shared/cases';
import type { InterviewState } from '@shared/model/attempt';
import { SingleCheckbox } from '../../components/form';

export interface InterviewPanelProps {
  practiceCase: Pick<PracticeCase, 'person'> & { interview: CaseInterview };
  state: InterviewState;
  /** False once the attempt is finished: the transcript stays readable, nothing more can be asked. */
  canAsk: boolean;
  onAsk: (questionId: string) => AskOutcome;
  onEnd: () => void;
  onSetTimed: (timed: boolean) => void;
  /** Opens the transcript in the case file (to search it or quote it as evidence). */
  onOpenTranscript: () => void;
}

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

/**
 * The practice interview: the setting, the questions the trainee may ask grouped by topic, and the
 * transcript so far as an ordered list. Each answer is announced politely; focus stays where the trainee
 * was (on the next question in the list), so a keyboard user can ask one after another without hunting.
 * Working to the appointment's time is the trainee's choice and only ever shows minutes: there is no
 * countdown and nothing is refused for going over.
 */
export function InterviewPanel({
  practiceCase,
  state,
  canAsk,
  onAsk,
  onEnd,
  onSetTimed,
  onOpenTranscript,
}: InterviewPanelProps) {
  const { interview } = practiceCase;
  const person = personSpeaker(practiceCase);
  const asked = useMemo(() => askedQuestions(interview, state), [interview, state]);
  const open = useMemo(
    () => (canAsk ? availableQuestions(interview, state) : []),
    [interview, state, canAsk],
  );
  const followUps = useMemo(() => followUpIds(interview), [interview]);
  const time = interviewTime(interview, state);
  const ended = state.endedAt !== null;
  const [announcement, setAnnouncement] = useState('');
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // After a question is asked its button goes; focus moves to the one that took its place.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const element = rootRef.current?.querySelector<HTMLElement>(target);
    element?.focus();
  });

  const ask = (question: InterviewQuestion) => {
    const index = open.findIndex((q) => q.id === question.id);
    const outcome = onAsk(question.id);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    setError(null);
    const next = open[index + 1] ?? open[index - 1];
    pendingFocus.current = next ? `[data-question="${next.id}"]` : '#interview-end';
    const unlocked = (question.unlocks ?? []).length;
    setAnnouncement(
      `${person}: ${question.reply}${unlocked > 0 ? ` ${unlocked === 1 ? 'A follow-up question is' : 'Follow-up questions are'} now open.` : ''}`,
    );
  };

  const byTopic = interview.topics
    .map((topic) => ({ topic, questions: open.filter((q) => q.topic === topic.id) }))
    .filter((group) => group.questions.length > 0);

  return (
    <section className="interview" aria-labelledby="interview-title" data-testid="interview" ref={rootRef}>
      <h2 className="heading-m" id="interview-title">
        {interview.title}
      </h2>
      <p className="body interview__setting">{interview.setting}</p>

      {interview.timeBudgetMinutes !== undefined ? (
        <div className="interview__time-choice">
          {canAsk && !ended ? (
            <SingleCheckbox
              id="interview-timed"
              label={`Work to the appointment’s time (${minutes(interview.timeBudgetMinutes)})`}
              hint="Each question and its answer then shows the minutes it would take. Nothing stops you going over: it is there to practise choosing what to ask first."
              checked={state.timed}
              onChange={onSetTimed}
            />
          ) : null}
          {state.timed ? (
            <p className="interview__time" data-testid="interview-time">
              <strong>{minutes(time.used)} used</strong>
              {time.over
                ? `, ${minutes(time.used - (time.budget ?? 0))} over the appointment’s ${minutes(time.budget ?? 0)}`
                : `, ${minutes(time.left ?? 0)} left of ${minutes(time.budget ?? 0)}`}
            </p>
          ) : null}
        </div>
      ) : null}

      <h3 className="heading-s" id="interview-transcript-title">
        Transcript
      </h3>
      {asked.length === 0 ? (
        <p className="body secondary-text">You have not asked anything yet. Choose a question below.</p>
      ) : (
        <>
          <TranscriptList
            asked={asked}
            person={person}
            showMinutes={state.timed}
            labelledBy="interview-transcript-title"
          />
          <p className="body">
            <button type="button" className="link-button" onClick={onOpenTranscript}>
              Open the transcript in the case file to search it or quote it as evidence
            </button>
          </p>
        </>
      )}
      {/* Announced politely, and shown where the questions are, so the answer is in view of the next choice. */}
      <div
        className={announcement ? 'interview__latest' : 'visually-hidden'}
        role="status"
        aria-live="polite"
        data-testid="interview-announcer"
      >
        {announcement}
      </div>

      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}

      {!canAsk ? (
        <p className="body secondary-text">The attempt is finished, so the interview is closed.</p>
      ) : ended ? (
        <p className="body" tabIndex={-1} id="interview-ended" data-testid="interview-ended">
          You ended the interview after {asked.length === 1 ? 'one question' : `${asked.length} questions`}.
        </p>
      ) : (
        <>
          <h3 className="heading-s">Questions you could ask</h3>
          {byTopic.length === 0 ? (
            <p className="body secondary-text">You have asked every question there is.</p>
          ) : null}
          {byTopic.map(({ topic, questions }) => (
            <section
              key={topic.id}
              className="interview__topic"
              aria-labelledby={`interview-topic-${topic.id}`}
            >
              <h4 className="interview__topic-title" id={`interview-topic-${topic.id}`}>
                {topic.label}
              </h4>
              <ul className="interview__questions">
                {questions.map((question) => (
                  <li key={question.id}>
                    <button
                      type="button"
                      className="interview__question"
                      data-question={question.id}
                      onClick={() => ask(question)}
                    >
                      {followUps.has(question.id) ? (
                        <span className="tag tag--light-blue interview__follow-up">Follow-up</span>
                      ) : null}
                      <span>{question.ask}</span>
                      {state.timed ? (
                        <span className="interview__cost secondary-text">{minutes(question.minutes)}</span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {confirmingEnd ? (
            <div className="interview__confirm" role="group" aria-labelledby="interview-confirm-text">
              <p className="body" id="interview-confirm-text">
                End the interview? You will not be able to ask anything more. The transcript stays in the case
                file.
              </p>
              <div className="button-group">
                <button
                  type="button"
                  className="button button--warning"
                  id="interview-end-confirm"
                  onClick={() => {
                    setConfirmingEnd(false);
                    onEnd();
                    pendingFocus.current = '#interview-ended';
                  }}
                >
                  Yes, end the interview
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setConfirmingEnd(false);
                    pendingFocus.current = '#interview-end';
                  }}
                >
                  Keep asking
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              id="interview-end"
              onClick={() => {
                setConfirmingEnd(true);
                pendingFocus.current = '#interview-end-confirm';
              }}
            >
              End the interview
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The transcript as an ordered list: each question asked, then the reply. Shared with the tutor's review. */
export function TranscriptList({
  asked,
  person,
  showMinutes = false,
  labelledBy,
}: {
  asked: readonly InterviewQuestion[];
  person: string;
  showMinutes?: boolean;
  labelledBy: string;
}) {
  return (
    <ol className="interview__transcript" aria-labelledby={labelledBy} data-testid="interview-transcript">
      {asked.map((question) => (
        <li key={question.id} className="interview__turn">
          <p className="interview__ask">
            <strong>{PRACTITIONER_SPEAKER}:</strong> {question.ask}
          </p>
          <p className="interview__reply">
            <strong>{person}:</strong> {question.reply}
          </p>
          {showMinutes ? (
            <p className="interview__minutes secondary-text">{minutes(question.minutes)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
