import type { FocusEvent, ReactNode } from 'react';

/** ids of the hint and error that describe a control, in the order a screen reader should read them. */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | null | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, error }: { id: string; error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  /** Headings for page-level questions; plain labels otherwise. */
  labelClassName?: string;
  /** Shown between the hint and the error, e.g. guidance the trainee can open. */
  extra?: ReactNode;
}

/** A labelled control with hint and error, as the GOV.UK form group: label above, hint, error, control. */
export function Field({ id, label, hint, error, children, labelClassName, extra }: FieldProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className={`label ${labelClassName ?? ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      {extra}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceGroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: ChoiceOption[];
  legendClassName?: string;
  inline?: boolean;
  /** Shown between the hint and the error, e.g. guidance the trainee can open. */
  extra?: ReactNode;
  /** Called when focus leaves the whole group (not when it moves between its options). */
  onBlur?: () => void;
}

function leavesGroup(event: FocusEvent<HTMLElement>): boolean {
  return !event.currentTarget.contains(event.relatedTarget as Node | null);
}

/** Radios in a fieldset: one choice. The first radio carries `id` so an error link can focus the group. */
export function Radios({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  name,
  legendClassName,
  inline,
  extra,
  onBlur,
}: ChoiceGroupProps & { value: string | null; onChange: (value: string) => void; name?: string }) {
  return (
    <div
      className={`form-group${error ? ' form-group--error' : ''}`}
      onBlur={onBlur ? (event) => leavesGroup(event) && onBlur() : undefined}
    >
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`fieldset__legend ${legendClassName ?? ''}`}>{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        {extra}
        <ErrorMessage id={id} error={error} />
        <div className={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={optionId}
                  name={name ?? id}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="hint radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Checkboxes in a fieldset: any number of choices. */
export function Checkboxes({
  id,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
  legendClassName,
  extra,
  onBlur,
}: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) {
  return (
    <div
      className={`form-group${error ? ' form-group--error' : ''}`}
      onBlur={onBlur ? (event) => leavesGroup(event) && onBlur() : undefined}
    >
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`fieldset__legend ${legendClassName ?? ''}`}>{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        {extra}
        <ErrorMessage id={id} error={error} />
        <div className="checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            const checked = values.includes(option.value);
            return (
              <div className="checkboxes__item" key={option.value}>
                <input
                  className="checkboxes__input"
                  type="checkbox"
                  id={optionId}
                  value={option.value}
                  checked={checked}
                  onChange={() =>
                    onChange(
                      checked
                        ? values.filter((v) => v !== option.value)
                        : options.map((o) => o.value).filter((v) => v === option.value || values.includes(v)),
                    )
                  }
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="hint checkboxes__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A single checkbox that stands on its own (a yes/no setting), labelled by its own text. */
export function SingleCheckbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="form-group">
      <div className="checkboxes">
        <div className="checkboxes__item">
          <input
            className="checkboxes__input"
            type="checkbox"
            id={id}
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={hint ? `${id}-item-hint` : undefined}
          />
          <label className="checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div className="hint checkboxes__hint" id={`${id}-item-hint`}>
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
