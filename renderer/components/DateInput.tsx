import type { FocusEvent, ReactNode } from 'react';
import type { DatePart, DateParts } from '@shared/dates/format';
import { describedBy, ErrorMessage, Hint } from './form';

const partLabels: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' };

/** The id of one box: the day carries `id` itself, so an error link lands on the first box. */
export function datePartId(id: string, part: DatePart): string {
  return part === 'day' ? id : `${id}-${part}`;
}

interface DateInputProps {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | null;
  /** The boxes the error is about; all three when the error is about the date as a whole. */
  errorParts?: readonly DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Called when focus leaves all three boxes (not when it moves between them). */
  onBlur?: () => void;
  /** Shown between the hint and the error, e.g. guidance the trainee can open. */
  extra?: ReactNode;
}

/**
 * The GOV.UK date input: day, month and year boxes in one fieldset. Not the browser's date control, which
 * shows the computer's locale (month first on many); the app always means 23/11/2026.
 */
export function DateInput({
  id,
  legend,
  legendClassName,
  hint,
  error,
  errorParts,
  value,
  onChange,
  onBlur,
  extra,
}: DateInputProps) {
  const marked = new Set<DatePart>(error ? (errorParts ?? ['day', 'month', 'year']) : []);
  return (
    <div
      className={`form-group${error ? ' form-group--error' : ''}`}
      onBlur={
        onBlur
          ? (event: FocusEvent<HTMLElement>) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur();
            }
          : undefined
      }
    >
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`fieldset__legend ${legendClassName ?? ''}`}>{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        {extra}
        <ErrorMessage id={id} error={error} />
        <div className="date-input">
          {(['day', 'month', 'year'] as const).map((part) => {
            const partId = datePartId(id, part);
            return (
              <div className="date-input__item" key={part}>
                <label className="label date-input__label" htmlFor={partId}>
                  {partLabels[part]}
                </label>
                <input
                  className={`input date-input__input input--width-${part === 'year' ? '4' : '2'}${
                    marked.has(part) ? ' input--error' : ''
                  }`}
                  id={partId}
                  name={partId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  value={value[part]}
                  aria-invalid={marked.has(part) ? true : undefined}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
