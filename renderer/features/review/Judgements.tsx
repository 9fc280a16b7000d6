import { useState } from 'react';
import { judgementRows, reviewTitle } from '@shared/review/present';
import { criterionLevelLabels, criterionLevels } from '@shared/review/schema';
import type { CriterionLevel, Review } from '@shared/review/schema';
import { clearJudgement, judgementProblem, setJudgement, threadSummary } from '@shared/review/threads';
import type { Template } from '@shared/templates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ErrorMessage, Radios } from '../../components/form';
import type { EditReview } from './CommentThread';
import { editContext } from './session';

interface Draft {
  level: CriterionLevel | null;
  reason: string;
}

/**
 * The tutor's judgement of one section against each criterion: a level and a reason. A level without a
 * reason (or a reason without a level) is refused with the problem beside the field and in a summary.
 * Criteria left blank are simply not judged.
 */
export function SectionJudgements({
  review,
  templateId,
  sectionId,
  sectionTitle,
  onEdit,
}: {
  review: Review;
  templateId: string;
  sectionId: string;
  sectionTitle: string;
  onEdit: EditReview;
}) {
  const saved = (criterionId: string) =>
    review.judgements.find(
      (j) => j.templateId === templateId && j.sectionId === sectionId && j.criterionId === criterionId,
    );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      review.criteria.map((criterion) => {
        const existing = saved(criterion.id);
        return [criterion.id, { level: existing?.level ?? null, reason: existing?.reason ?? '' }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const idBase = `judge-${templateId}-${sectionId}`;
  const judged = review.criteria.filter((criterion) => saved(criterion.id)).length;

  const submit = () => {
    const problems: Record<string, string> = {};
    for (const criterion of review.criteria) {
      const draft = drafts[criterion.id] ?? { level: null, reason: '' };
      if (draft.level === null && !draft.reason.trim()) continue;
      const problem = judgementProblem(review, { criterionId: criterion.id, ...draft });
      if (problem) problems[criterion.id] = problem;
    }
    setErrors(problems);
    setAttempts((n) => n + 1);
    setDone(null);
    if (Object.keys(problems).length > 0) return;
    const problem = onEdit(review.id, (current) => {
      let next = current ?? review;
      for (const criterion of review.criteria) {
        const draft = drafts[criterion.id] ?? { level: null, reason: '' };
        next =
          draft.level === null
            ? clearJudgement(next, { templateId, sectionId, criterionId: criterion.id }, editContext)
            : setJudgement(
                next,
                {
                  templateId,
                  sectionId,
                  criterionId: criterion.id,
                  level: draft.level,
                  reason: draft.reason,
                },
                editContext,
              );
      }
      return next;
    });
    if (problem) setErrors({ form: problem });
    else setDone(`Judgements for ${sectionTitle} saved.`);
  };

  return (
    <details className="review-judge" data-testid="section-judgements">
      <summary className="review-judge__summary">
        Judge “{sectionTitle}” against the criteria{' '}
        <span className="secondary-text">
          ({judged} of {review.criteria.length} judged)
        </span>
      </summary>
      <form
        className="review-judge__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <ErrorSummary
          key={attempts}
          focusOnShow
          errors={Object.entries(errors).map(([criterionId, text]) => ({
            fieldId: `${idBase}-${criterionId}${text.startsWith('Choose') ? '' : '-reason'}`,
            text: `${review.criteria.find((c) => c.id === criterionId)?.label ?? 'This section'}: ${text}`,
          }))}
        />
        {review.criteria.map((criterion) => {
          const draft = drafts[criterion.id] ?? { level: null, reason: '' };
          const error = errors[criterion.id] ?? null;
          const fieldId = `${idBase}-${criterion.id}`;
          const update = (change: Partial<Draft>) =>
            setDrafts((all) => ({ ...all, [criterion.id]: { ...draft, ...change } }));
          return (
            <div key={criterion.id} className="review-judge__criterion">
              <Radios
                id={fieldId}
                legend={criterion.label}
                legendClassName="fieldset__legend--s"
                hint={criterion.description}
                error={error?.startsWith('Choose') ? error : null}
                inline
                options={criterionLevels.map((level) => ({
                  value: level,
                  label: criterionLevelLabels[level],
                }))}
                value={draft.level}
                onChange={(level) => update({ level: level as CriterionLevel })}
              />
              <div
                className={`form-group${error && !error.startsWith('Choose') ? ' form-group--error' : ''}`}
              >
                <label className="label" htmlFor={`${fieldId}-reason`}>
                  Reason for this level
                </label>
                <ErrorMessage
                  id={`${fieldId}-reason`}
                  error={error && !error.startsWith('Choose') ? error : null}
                />
                <textarea
                  id={`${fieldId}-reason`}
                  className={`textarea${error && !error.startsWith('Choose') ? ' textarea--error' : ''}`}
                  rows={2}
                  value={draft.reason}
                  aria-invalid={error && !error.startsWith('Choose') ? true : undefined}
                  aria-describedby={
                    error && !error.startsWith('Choose') ? `${fieldId}-reason-error` : undefined
                  }
                  onChange={(event) => update({ reason: event.target.value })}
                />
              </div>
            </div>
          );
        })}
        <button type="submit" className="button button--small">
          Save judgements for this section
        </button>
        {done ? (
          <p className="body review-judge__done" role="status">
            {done}
          </p>
        ) : null}
      </form>
    </details>
  );
}

/** The review's overall note and judgements as a table, for reading (the trainee's view, and the tutor's). */
export function ReviewSummary({ review, templates }: { review: Review; templates: readonly Template[] }) {
  const rows = judgementRows(review, templates);
  const counts = threadSummary(review);
  return (
    <section className="review-summary" aria-labelledby={`summary-${review.id}`} data-testid="review-summary">
      <h2 className="heading-l" id={`summary-${review.id}`}>
        {reviewTitle(review)}
      </h2>
      <p className="body">
        {counts.comments} {counts.comments === 1 ? 'comment' : 'comments'}, {counts.addressed} marked as
        addressed, {counts.replied} with replies.
      </p>
      <h3 className="heading-m">Overall feedback</h3>
      {review.overallFeedback.trim() ? (
        <p className="review-summary__overall">{review.overallFeedback}</p>
      ) : (
        <p className="body secondary-text">No overall note yet.</p>
      )}
      <h3 className="heading-m">Judgements against the criteria</h3>
      {rows.length === 0 ? (
        <p className="body secondary-text">No section has been judged yet.</p>
      ) : (
        <table className="table" data-testid="judgements">
          <caption className="visually-hidden">Judgements against the criteria</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Criterion</th>
              <th scope="col">Level</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>
                  {row.templateTitle}: {row.sectionTitle}
                </td>
                <td>{row.criterionLabel}</td>
                <td>
                  <strong className={`tag ${levelTag[row.level]}`}>{row.levelLabel}</strong>
                </td>
                <td className="review-summary__reason">{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const levelTag: Record<CriterionLevel, string> = {
  'not-yet': 'tag--grey',
  developing: 'tag--yellow',
  secure: 'tag--green',
};
