import { asSentence, interviewSummary, TUTOR_NOTES_FRAMING } from '@shared/cases';
import type { InterviewState } from '@shared/model/attempt';
import type { PracticeCase, RoshRange } from '@shared/cases';
import type { AttemptTiming } from '@shared/model/attempt';
import { catalogueTemplate, gridCell } from '@shared/templates';
import type { AnswerValue, Template } from '@shared/templates';
import type { ReactNode } from 'react';
import { formatDuration, sectionTimes } from './timing';

// The framing's first sentence is its headline ("Points for discussion, not the answer."), set in bold.
const framingBreak = TUTOR_NOTES_FRAMING.indexOf('. ');
const framingLead = framingBreak < 0 ? TUTOR_NOTES_FRAMING : TUTOR_NOTES_FRAMING.slice(0, framingBreak + 1);
const framingRest = framingBreak < 0 ? '' : TUTOR_NOTES_FRAMING.slice(framingBreak + 2);

export interface TutorNotesPanelProps {
  practiceCase: PracticeCase;
  templates: readonly Template[];
  visibleAnswers: Readonly<Record<string, Readonly<Record<string, AnswerValue>> | undefined>>;
  releasedIds: readonly string[];
  timing: AttemptTiming;
  /** The interview as the trainee held it (absent: never opened). */
  interview?: InterviewState | undefined;
  onOpenDocument: (documentId: string) => void;
}

function gridLabels(templates: readonly Template[]) {
  const template = templates.find((candidate) => candidate.id === 'rosh-analysis');
  const item = template ? catalogueTemplate(template).items.get('rosh-grid')?.item : undefined;
  if (!item || item.kind !== 'ratingGrid') return null;
  return {
    row: (id: string) => item.rows.find((row) => row.id === id)?.label ?? id,
    column: (id: string) => item.columns.find((column) => column.id === id)?.label ?? id,
    level: (id: string | null) =>
      id === null ? null : (item.levels.find((level) => level.id === id)?.label ?? id),
  };
}

function sectionTitle(templates: readonly Template[], key: string): string {
  const [templateId, sectionId] = key.split('/');
  const template = templates.find((candidate) => candidate.id === templateId);
  const section = template?.sections.find((candidate) => candidate.id === sectionId);
  return section && template ? `${section.title} (${template.title})` : key;
}

/**
 * The case's tutor notes, shown only once the attempt is finished, beside the trainee's own answers: the
 * defensible RoSH ranges next to the ratings the trainee chose, the evidence a sound assessment would use,
 * and points for discussion. Framed throughout as a conversation starter, never as the answer.
 */
export function TutorNotesPanel({
  practiceCase,
  templates,
  visibleAnswers,
  releasedIds,
  timing,
  interview,
  onOpenDocument,
}: TutorNotesPanelProps) {
  const held = interviewSummary(practiceCase, interview ?? { asked: [], timed: false, endedAt: null });
  const notes = practiceCase.tutorNotes;
  const labels = gridLabels(templates);
  const grid = visibleAnswers['rosh-analysis']?.['rosh-grid'];
  const released = new Set(releasedIds);
  const documentLink = (id: string) => {
    const document = practiceCase.documents.find((candidate) => candidate.id === id);
    if (!document) return null;
    return released.has(id) ? (
      <button type="button" className="link-button" onClick={() => onOpenDocument(id)}>
        {document.title}
      </button>
    ) : (
      <span>
        {document.title} <span className="secondary-text">(not reached in your attempt)</span>
      </span>
    );
  };
  const documentLinks = (ids: readonly string[]) => (
    <ul className="tutor-notes__documents" aria-label="Documents">
      {ids.map((id) => (
        <li key={id}>{documentLink(id)}</li>
      ))}
    </ul>
  );
  const range = (r: Pick<RoshRange, 'from' | 'to'>) =>
    labels
      ? r.from === r.to
        ? labels.level(r.from)
        : `${labels.level(r.from)} to ${(labels.level(r.to) ?? '').toLowerCase()}`
      : `${r.from} to ${r.to}`;
  const times = sectionTimes(timing).filter((entry) => entry.ms >= 60_000);

  return (
    <section className="tutor-notes" aria-labelledby="tutor-notes-title" data-testid="tutor-notes">
      <h2 className="heading-m" id="tutor-notes-title">
        Tutor notes
      </h2>
      <div className="tutor-notes__framing" role="note">
        <p>
          <strong className="tutor-notes__framing-title">{framingLead}</strong> {framingRest}
        </p>
      </div>

      <h3 className="heading-s">What this case is for</h3>
      <p className="body">{notes.teachingFocus}</p>

      <h3 className="heading-s">Risk of serious harm: your ratings beside a defensible range</h3>
      <table className="table tutor-notes__ranges">
        <caption className="visually-hidden">
          Your ratings and the range a tutor would find defensible
        </caption>
        <thead>
          <tr>
            <th scope="col">Group and setting</th>
            <th scope="col">Your rating</th>
            <th scope="col">Defensible range</th>
          </tr>
        </thead>
        <tbody>
          {notes.roshRanges.map((r) => {
            const yours = labels?.level(gridCell(grid, r.group, r.setting)) ?? null;
            const later = r.afterNewInformation;
            const laterApplies = later && released.has(later.documentId);
            return (
              <tr key={`${r.group}/${r.setting}`}>
                <th scope="row">
                  {labels?.row(r.group) ?? r.group}, {(labels?.column(r.setting) ?? r.setting).toLowerCase()}
                </th>
                <td>{yours ?? <span className="secondary-text">Not rated</span>}</td>
                <td>
                  <p className="tutor-notes__range">{range(r)}</p>
                  <p className="tutor-notes__reasons">{r.reasons}</p>
                  {later ? (
                    <p className="tutor-notes__reasons">
                      <strong>
                        {laterApplies ? 'After the new information you received' : 'If the case had moved on'}
                        :
                      </strong>{' '}
                      {range(later)}. {later.reasons}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {held ? <InterviewNotes summary={held} documentLink={documentLink} /> : null}

      <h3 className="heading-s">Evidence a sound assessment would use</h3>
      <ul className="tutor-notes__evidence">
        {notes.keyEvidence.map((point) => (
          <li key={point.point}>
            <p className="body">{point.point}</p>
            {documentLinks(point.documentRefs)}
          </li>
        ))}
      </ul>

      {notes.riskToSelf ? (
        <>
          <h3 className="heading-s">Risk to the person and other risks</h3>
          <p className="body">{notes.riskToSelf}</p>
        </>
      ) : null}

      <h3 className="heading-s">MAPPA</h3>
      <p className="body">{notes.mappa}</p>

      <h3 className="heading-s">Points for discussion in supervision</h3>
      <ul className="tutor-notes__list">
        {notes.discussionPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>

      <h3 className="heading-s">Common pitfalls in this case</h3>
      <ul className="tutor-notes__list">
        {notes.pitfalls.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>

      {timing.totalMs >= 60_000 ? (
        <>
          <h3 className="heading-s">Where your time went</h3>
          <p className="body">In total: {formatDuration(timing.totalMs)} with the window open.</p>
          {times.length > 0 ? (
            <ul className="tutor-notes__list">
              {times.map((entry) => (
                <li key={entry.key}>
                  {sectionTitle(templates, entry.key)}: {formatDuration(entry.ms)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/**
 * The interview in the tutor notes: each key question and whether it was asked, and for each one missed
 * what it would have uncovered, released and opened, so the conversation can be about curiosity, not recall.
 */
function InterviewNotes({
  summary,
  documentLink,
}: {
  summary: NonNullable<ReturnType<typeof interviewSummary>>;
  documentLink: (id: string) => ReactNode;
}) {
  const missed = summary.keyQuestions.filter((key) => !key.asked);
  return (
    <div className="tutor-notes__interview" data-testid="tutor-notes-interview">
      <h3 className="heading-s">The interview: the questions that mattered</h3>
      <p className="body">
        {summary.askedCount === 0
          ? 'You did not ask anything in the interview.'
          : `You asked ${summary.askedCount === 1 ? 'one question' : `${summary.askedCount} questions`}. Of the ${summary.keyQuestions.length} key questions, you asked ${summary.keyQuestions.length - missed.length}.`}
      </p>
      {summary.keyQuestions.length > 0 ? (
        <ul className="tutor-notes__key-questions">
          {summary.keyQuestions.map((key) => (
            <li key={key.question.id} data-testid={`key-question-${key.question.id}`}>
              <p className="body">
                <strong className={`tag ${key.asked ? 'tag--green' : 'tag--yellow'}`}>
                  {key.asked ? 'Asked' : 'Not asked'}
                </strong>{' '}
                “{key.question.ask}”
              </p>
              <p className="body">{key.why}</p>
              {key.asked ? null : (
                <>
                  {key.wouldReveal.length > 0 ? (
                    <>
                      <p className="body tutor-notes__would">It would have uncovered:</p>
                      <ul className="tutor-notes__list">
                        {key.wouldReveal.map((fact) => (
                          <li key={fact.id}>
                            <strong>{asSentence(fact.label)}</strong> {fact.significance}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {key.wouldRelease.length > 0 ? (
                    <>
                      <p className="body tutor-notes__would">It would have brought into the case file:</p>
                      <ul className="tutor-notes__documents" aria-label="Documents">
                        {key.wouldRelease.map((doc) => (
                          <li key={doc.id}>{documentLink(doc.id)}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {key.wouldUnlock.length > 0 ? (
                    <>
                      <p className="body tutor-notes__would">It would have opened the follow-up:</p>
                      <ul className="tutor-notes__list">
                        {key.wouldUnlock.map((next) => (
                          <li key={next.id}>“{next.ask}”</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.answerNotes.length > 0 ? (
        <>
          <h4 className="tutor-notes__subheading">How your questions were put and answered</h4>
          <ul className="tutor-notes__list" data-testid="interview-answer-notes">
            {summary.answerNotes.map((note) => (
              <li key={note.question.id}>
                “{note.question.ask}”: {note.description}.
                {note.contradictedBy.length > 0 ? (
                  <>
                    {' '}
                    The records say otherwise:{' '}
                    {note.contradictedBy.map((doc, index) => (
                      <span key={doc.id}>
                        {index > 0 ? '; ' : ''}
                        {documentLink(doc.id)}
                      </span>
                    ))}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.tutorNote ? (
        <>
          <h4 className="tutor-notes__subheading">Why the questions were written as they were</h4>
          <p className="body">{summary.tutorNote}</p>
        </>
      ) : null}
    </div>
  );
}
