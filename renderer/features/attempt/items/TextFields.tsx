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

export function ShortTextField({ item, scope, id, error, required }: FieldProps<ShortTextItem>) {
  const value = textOf(useAnswer(scope, item.id));
  const actions = useAttemptActions();
  return (
    <Field
      id={id}
      label={`${item.prompt}${optionalSuffix(required)}`}
      labelClassName="label--s"
      error={error}
      extra={<GuidanceDetails guidance={item.guidance} />}
    >
      <input
        className={`input${error ? ' input--error' : ''}`}
        id={id}
        type="text"
        value={value}
        maxLength={item.maxLength}
        spellCheck
        aria-describedby={describedBy(id, null, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => actions.setAnswer(scope, item.id, event.target.value || null)}
        onBlur={() => void actions.flush()}
      />
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
      A suggested length is {suggested.min} to {suggested.max} words; it is a guide, not a limit. You have
      written {words} {words === 1 ? 'word' : 'words'}.
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
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => actions.setAnswer(scope, item.id, event.target.value || null)}
        onBlur={() => void actions.flush()}
      />
    </Field>
  );
}
