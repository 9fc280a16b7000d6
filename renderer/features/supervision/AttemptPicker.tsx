import type { LibraryEntry } from '@shared/model/library';
import { formatIsoDate } from '@shared/dates/format';
import { describedBy, ErrorMessage, Hint } from '../../components/form';
import { fieldIds } from './form';
import type { SupervisionForm } from './form';

export function AttemptPicker({
  form,
  entries,
  error,
  onChange,
}: {
  form: SupervisionForm;
  entries: LibraryEntry[];
  error: string | undefined;
  onChange: (attempts: SupervisionForm['attempts']) => void;
}) {
  const id = fieldIds.attempts;
  const linked = new Set(form.attempts.map((attempt) => attempt.attemptId));
  // Attempts deleted since the record was made stay listed (by the title kept in the record).
  const gone = form.attempts.filter((attempt) => !entries.some((entry) => entry.id === attempt.attemptId));
  const options = [
    ...entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      hint: `Last saved ${formatIsoDate(entry.updatedAt.slice(0, 10))}`,
    })),
    ...gone.map((attempt) => ({
      id: attempt.attemptId,
      title: attempt.title,
      hint: 'No longer in your library',
    })),
  ];
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, 'hint', error)}>
        <legend className="fieldset__legend fieldset__legend--m">
          <h2 className="heading-m supervision-legend-heading">Attempts discussed</h2>
        </legend>
        <Hint id={id}>Choose one or more of your attempts.</Hint>
        <ErrorMessage id={id} error={error} />
        {options.length === 0 ? (
          <p className="body">You have no saved attempts yet. Start one from Your practice first.</p>
        ) : (
          <div className="checkboxes">
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${index}`;
              return (
                <div className="checkboxes__item" key={option.id}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={optionId}
                    checked={linked.has(option.id)}
                    aria-describedby={`${optionId}-item-hint`}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...form.attempts, { attemptId: option.id, title: option.title }]
                          : form.attempts.filter((attempt) => attempt.attemptId !== option.id),
                      )
                    }
                  />
                  <label className="checkboxes__label" htmlFor={optionId}>
                    {option.title}
                  </label>
                  <div className="hint checkboxes__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
    </div>
  );
}
