import { useEffect, useState } from 'react';
import { describedBy, Field } from '@renderer/components/form';
import type { LongTextItem, ShortTextItem } from '@shared/templates';
import { useAnswer, useAttemptActions } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { GuidanceDetails } from './GuidanceText';

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/**
 * The GOV.UK character count message: how many are left, or how many too many. Words in a long answer are a
 * guide; characters in a short one are a limit the checks enforce, but the field never cuts text off.
 */
export function countMessage(count: number, limit: number, unit: 'character' | 'word'): string {
  const left = limit - count;
  const plural = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return left >= 0 ? `You have ${plural(left)} remaining` : `You have ${plural(-left)} too many`;
}

/**
 * A suggested length is a guide, not a limit (a trainee's analysis may need more), so its count says what has
 * been written and where that sits against the guide, never that there are words "too many".
 */
export function suggestedLengthMessage(words: number, suggested: { min: number; max: number }): string {
  const written = `You have written ${words} ${words === 1 ? 'word' : 'words'}`;
  if (words > suggested.max) return `${written}, more than the suggested ${suggested.max}.`;
  return `${written}.`;
}

/**
 * The count under the field, and a quieter copy for screen readers that only changes once typing pauses, as
 * GOV.UK's component does, so each keystroke is not read out.
 */
function CountMessage({ id, message, over }: { id: string; message: string; over: boolean }) {
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <p
        className={`hint character-count__message${over ? ' character-count__message--over' : ''}`}
        id={`${id}-count`}
      >
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="count-announcement">
        {spoken}
      </p>
    </>
  );
}

const withCount = (ids: string | undefined, countFor: string | null): string | undefined =>
  [ids, countFor ? `${countFor}-count` : null].filter(Boolean).join(' ') || undefined;

export function ShortTextField({ item, scope, id, error, required }: FieldProps<ShortTextItem>) {
  const value = textOf(useAnswer(scope, item.id));
  const actions = useAttemptActions();
  const limit = item.maxLength;
  return (
    <Field
      id={id}
      label={`${item.prompt}${optionalSuffix(required)}`}
      labelClassName="label--s"
      error={error}
      extra={<GuidanceDetails guidance={item.guidance} />}
    >
      <input
        className={`input${error || (limit !== undefined && value.length > limit) ? ' input--error' : ''}`}
        id={id}
        type="text"
        value={value}
        spellCheck
        aria-describedby={withCount(describedBy(id, null, error), limit !== undefined ? id : null)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => actions.setAnswer(scope, item.id, event.target.value || null)}
        onBlur={() => void actions.flush()}
      />
      {limit !== undefined ? (
        <CountMessage
          id={id}
          message={countMessage(value.length, limit, 'character')}
          over={value.length > limit}
        />
      ) : null}
    </Field>
  );
}

export function LongTextField({ item, scope, id, error, required }: FieldProps<LongTextItem>) {
  const value = textOf(useAnswer(scope, item.id));
  const actions = useAttemptActions();
  const words = countWords(value);
  const suggested = item.suggestedWords;
  const hint = suggested ? (
    <>
      A suggested length is {suggested.min} to {suggested.max} words; it is a guide, not a limit.
    </>
  ) : null;
  return (
    <Field
      id={id}
      label={`${item.prompt}${optionalSuffix(required)}`}
      labelClassName="label--s"
      hint={hint}
      error={error}
      extra={<GuidanceDetails guidance={item.guidance} />}
    >
      <textarea
        className={`textarea${error ? ' textarea--error' : ''}`}
        id={id}
        rows={6}
        value={value}
        spellCheck
        aria-describedby={withCount(describedBy(id, hint, error), suggested ? id : null)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => actions.setAnswer(scope, item.id, event.target.value || null)}
        onBlur={() => void actions.flush()}
      />
      {suggested ? (
        <CountMessage id={id} message={suggestedLengthMessage(words, suggested)} over={false} />
      ) : null}
    </Field>
  );
}
