import { useState } from 'react';
import { describedBy, Field } from '@renderer/components/form';
import { DateInput } from '@renderer/components/DateInput';
import type { DateParts } from '@shared/dates/format';
import { datePartsOf, readDateParts } from '@shared/dates/format';
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

export function DateField({ item, scope, id, error, required }: FieldProps<DateItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  // What the trainee typed that is not yet a date: kept on screen, never saved, explained once they leave it.
  const [draft, setDraft] = useState<DateParts | null>(null);
  const [touched, setTouched] = useState(false);
  const parts = draft ?? datePartsOf(answer);
  const reading = readDateParts(parts);
  const typedWrong = draft !== null && touched && reading.kind === 'problem' ? reading : null;
  const hint = 'For example, 23 11 2026';
  return (
    <DateInput
      id={id}
      legend={`${item.prompt}${optionalSuffix(required)}`}
      legendClassName="fieldset__legend--s"
      hint={hint}
      error={typedWrong?.message ?? error}
      errorParts={typedWrong?.parts}
      extra={<GuidanceDetails guidance={item.guidance} />}
      value={parts}
      onChange={(typed) => {
        setDraft(typed);
        const now = readDateParts(typed);
        // Saved is what the screen shows: a date while it is one, nothing while it is not (the field says
        // why), so a half-typed change never leaves an older date behind to reappear later.
        actions.setAnswer(scope, item.id, now.kind === 'date' ? now.iso : null);
      }}
      onBlur={() => {
        setTouched(true);
        // Once it is a real date (or cleared), show it as stored: 03 becomes 3, as the boxes are read.
        if (draft !== null && readDateParts(draft).kind !== 'problem') setDraft(null);
        void actions.flush();
      }}
    />
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
