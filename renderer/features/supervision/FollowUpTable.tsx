import { followUpSummary } from '@shared/supervision/record';
import { actionOutcomeLabels, actionOutcomes } from '@shared/supervision/schema';
import type { ActionOutcome, SupervisionRecord } from '@shared/supervision/schema';
import { formatIsoDate } from '@shared/dates/format';
import { setOutcome } from './form';
import type { SupervisionForm } from './form';

export function FollowUpTable({
  form,
  onChange,
  onCarry,
}: {
  form: SupervisionForm;
  onChange: (next: SupervisionForm) => void;
  onCarry: () => void;
}) {
  const followUp = form.followUp!;
  const summary = followUpSummary({ followUp } as SupervisionRecord)!;
  const unfinished = followUp.actions.some(
    (entry) =>
      (entry.outcome === 'not-done' || entry.outcome === 'partly') &&
      !form.actions.some((row) => row.carriedFrom === entry.action.id),
  );
  return (
    <section aria-labelledby="follow-up-heading" data-testid="follow-up">
      <h2 className="heading-l" id="follow-up-heading">
        Follow-up of the session on {formatIsoDate(followUp.previousDate)}
      </h2>
      {followUp.actions.length === 0 ? (
        <p className="body">No actions were agreed at that session.</p>
      ) : (
        <>
          <p className="body" aria-live="polite">
            {summary.done} of {summary.total} done
            {summary.notYetReviewed > 0 ? `; ${summary.notYetReviewed} not yet followed up` : ''}.
          </p>
          <table className="table supervision-table">
            <caption className="visually-hidden">
              Actions agreed at the previous session and what happened
            </caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Who</th>
                <th scope="col">Was due</th>
                <th scope="col">What happened</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {followUp.actions.map((entry, index) => {
                const outcomeId = `follow-up-${index}-outcome`;
                const noteId = `follow-up-${index}-note`;
                return (
                  <tr key={entry.action.id}>
                    <th scope="row">{entry.action.text}</th>
                    <td>{entry.action.owner}</td>
                    <td>{entry.action.dueDate ? formatIsoDate(entry.action.dueDate) : 'No date set'}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={outcomeId}>
                        What happened to “{entry.action.text}”
                      </label>
                      <select
                        className="select"
                        id={outcomeId}
                        value={entry.outcome ?? ''}
                        onChange={(event) =>
                          onChange(
                            setOutcome(form, entry.action.id, {
                              outcome: (event.target.value || null) as ActionOutcome | null,
                            }),
                          )
                        }
                      >
                        <option value="">Not yet followed up</option>
                        {actionOutcomes.map((outcome) => (
                          <option key={outcome} value={outcome}>
                            {actionOutcomeLabels[outcome]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={noteId}>
                        Note on “{entry.action.text}”
                      </label>
                      <input
                        className="input"
                        id={noteId}
                        type="text"
                        value={entry.note}
                        onChange={(event) =>
                          onChange(setOutcome(form, entry.action.id, { note: event.target.value }))
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {unfinished ? (
            <button type="button" className="button button--secondary" onClick={onCarry}>
              Agree the unfinished actions again
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
