import { computedLabel } from '@shared/templates';
import type { ComputedItem } from '@shared/templates';
import type { JsonValue } from '@shared/model/json';
import type { AnswerScope } from '../answer-paths';
import { useAttempt } from '../context';

// Selectors run on every keystroke, evaluations far less often: an evaluated value is serialised once.
const serialisedValues = new WeakMap<object, string>();
function serialised(value: JsonValue | undefined): string {
  if (value === null || value === undefined || typeof value !== 'object')
    return JSON.stringify(value ?? null);
  let text = serialisedValues.get(value);
  if (text === undefined) serialisedValues.set(value, (text = JSON.stringify(value)));
  return text;
}

/** A value the template works out from other answers: shown, never typed. */
export function ComputedValue({ item, scope, id }: { item: ComputedItem; scope: AnswerScope; id: string }) {
  // Serialised so an equal array or object from a later evaluation does not re-render.
  const text = useAttempt((state) => serialised(state.evaluation.computed[scope.templateId]?.[item.id]));
  const value = JSON.parse(text) as JsonValue;
  const labelId = `${id}-label`;
  return (
    <div className="computed" role="group" aria-labelledby={labelId}>
      <p className="computed__label" id={labelId}>
        {item.prompt}
      </p>
      <p className="computed__value" id={id} aria-live="polite">
        {computedLabel(item, value)}
      </p>
      <p className="hint computed__hint">Worked out from your answers; it changes as they do.</p>
    </div>
  );
}
