import { useState } from 'react';
import { describedBy, Field } from '@renderer/components/form';
import { formatIsoDate, isPlausibleYear, parseUkDate } from '@shared/dates/format';
import type { DateItem, NumberItem } from '@shared/templates';
import { useAnswer, useAttemptActions } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { GuidanceDetails } from './GuidanceText';

/** What the trainee typed that is not yet a date or a number: kept on screen, never saved, explained. */
function useDraft(stored: string) {
  const [draft, setDraft] = useState<string | null>(null);
  return { text: draft ?? stored, draft, setDraft };
}

export const dateFormatProblem = 'Enter a real date as day/month/year, for example 23/11/2026.';
export const dateYearProblem = 'Enter a year between 1900 and 2100, for example 23/11/2026.';

/** A typed date as ISO, or null while it is not a real date in a year a practice record could mean. */
function typedDate(text: string): string | null {
  const iso = parseUkDate(text);
  return iso !== null && isPlausibleYear(Number(iso.slice(0, 4))) ? iso : null;
}

export function DateField({ item, scope, id, error, required }: FieldProps<DateItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const { text, draft, setDraft } = useDraft(typeof answer === 'string' ? formatIsoDate(answer) : '');
  const [touched, setTouched] = useState(false);
  const typedWrong = draft !== null && draft.trim() !== '' && typedDate(draft) === null;
  const problem = draft !== null && parseUkDate(draft) !== null ? dateYearProblem : dateFormatProblem;
  const shownError = typedWrong && touched ? problem : error;
  const hint = 'For example, 23/11/2026';
  return (
    <Field
      id={id}
      label={`${item.prompt}${optionalSuffix(required)}`}
      labelClassName="label--s"
      hint={hint}
      error={shownError}
      extra={<GuidanceDetails guidance={item.guidance} />}
    >
      <input
        className={`input input--width-10${shownError ? ' input--error' : ''}`}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={describedBy(id, hint, shownError)}
        aria-invalid={shownError ? true : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setDraft(typed);
          // Saved is what the screen shows: a date while it is one, nothing while it is not (the field says
          // why), so a half-typed change never leaves an older date behind to reappear later.
          actions.setAnswer(scope, item.id, typedDate(typed));
        }}
        onBlur={() => {
          setTouched(true);
          // Once it is a real date, show it the standard way (3/1/2026 becomes 03/01/2026).
          if (draft !== null && (draft.trim() === '' || typedDate(draft) !== null)) setDraft(null);
          void actions.flush();
        }}
      />
    </Field>
  );
}

/** "12", "3.5", "-2", "1,200": a number as people type it, or null. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,(?=\d{3}\b)/g, '');
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export function NumberField({ item, scope, id, error, required }: FieldProps<NumberItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const { text, draft, setDraft } = useDraft(typeof answer === 'number' ? String(answer) : '');
  const [touched, setTouched] = useState(false);
  const typedWrong = draft !== null && draft.trim() !== '' && parseTypedNumber(draft) === null;
  const shownError = typedWrong && touched ? 'Enter a number, for example 12 or 3.5.' : error;
  const range =
    item.min !== undefined && item.max !== undefined
      ? `Between ${item.min} and ${item.max}.`
      : item.min !== undefined
        ? `${item.min} or more.`
        : item.max !== undefined
          ? `${item.max} or less.`
          : null;
  return (
    <Field
      id={id}
      label={`${item.prompt}${optionalSuffix(required)}`}
      labelClassName="label--s"
      hint={range}
      error={shownError}
      extra={<GuidanceDetails guidance={item.guidance} />}
    >
      <div className="input-wrapper">
        <input
          className={`input input--width-5${shownError ? ' input--error' : ''}`}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={describedBy(id, range, shownError)}
          aria-invalid={shownError ? true : undefined}
          onChange={(event) => {
            const typed = event.target.value;
            setDraft(typed);
            actions.setAnswer(scope, item.id, parseTypedNumber(typed));
          }}
          onBlur={() => {
            setTouched(true);
            void actions.flush();
          }}
        />
        {item.unit ? (
          <span className="input__suffix" aria-hidden="true">
            {item.unit}
          </span>
        ) : null}
      </div>
    </Field>
  );
}
