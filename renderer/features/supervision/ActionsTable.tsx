import { randomId } from '@shared/model/ids';
import { formatIsoDate } from '@shared/dates/format';
import { emptyDateParts } from '@shared/dates/format';
import { DateInput } from '../../components/DateInput';
import { describedBy, ErrorMessage } from '../../components/form';
import { fieldIds } from './form';
import type { ActionRow, FormProblems, SupervisionForm } from './form';

export function ActionsTable({
  form,
  problems,
  onChange,
  onAdded,
}: {
  form: SupervisionForm;
  problems: FormProblems;
  onChange: (rows: ActionRow[]) => void;
  onAdded: (key: string) => void;
}) {
  const change = (key: string, patch: Partial<ActionRow>) =>
    onChange(form.actions.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const previousDate = form.followUp ? formatIsoDate(form.followUp.previousDate) : null;
  const cellInput = (row: ActionRow, index: number, field: 'text' | 'owner', label: string) => {
    const id = field === 'text' ? fieldIds.actionText(row.key) : fieldIds.actionOwner(row.key);
    const error = problems.byField[id];
    return (
      <div className={error ? 'form-group--error supervision-cell' : 'supervision-cell'}>
        <label className="visually-hidden" htmlFor={id}>
          Action {index + 1}: {label}
        </label>
        <ErrorMessage id={id} error={error} />
        <input
          className={`input${error ? ' input--error' : ''}`}
          id={id}
          type="text"
          value={row[field]}
          aria-describedby={describedBy(id, null, error)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => change(row.key, { [field]: event.target.value })}
        />
      </div>
    );
  };
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="heading-l" id="actions-heading">
        Actions agreed
      </h2>
      <p className="body" id="actions-hint">
        What will be done, by whom, and by when (day, month and year, for example 23 11 2026; leave the date
        blank if there is none).
      </p>
      {form.actions.length === 0 ? (
        <p className="body">No actions yet.</p>
      ) : (
        <table className="table supervision-table supervision-actions" aria-describedby="actions-hint">
          <caption className="visually-hidden">Actions agreed in this session</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Who</th>
              <th scope="col">Due by</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.actions.map((row, index) => (
              <tr key={row.key}>
                <td>
                  {cellInput(row, index, 'text', 'what will be done')}
                  {row.carriedFrom ? (
                    <p className="hint">Carried on from the session on {previousDate ?? 'an earlier date'}</p>
                  ) : null}
                </td>
                <td>{cellInput(row, index, 'owner', 'who will do it')}</td>
                <td className="supervision-due">
                  <div className="supervision-cell">
                    <DateInput
                      id={fieldIds.actionDue(row.key)}
                      legend={`Action ${index + 1}: due by`}
                      legendClassName="visually-hidden"
                      error={problems.byField[fieldIds.actionDue(row.key)]}
                      errorParts={problems.dateParts[fieldIds.actionDue(row.key)]}
                      value={row.due}
                      onChange={(due) => change(row.key, { due })}
                    />
                  </div>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onChange(form.actions.filter((other) => other.key !== row.key))}
                  >
                    Remove<span className="visually-hidden"> action {index + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const key = randomId();
          onChange([...form.actions, { key, text: '', owner: '', due: emptyDateParts }]);
          onAdded(key);
        }}
      >
        Add an action
      </button>
    </section>
  );
}
