import { computedLabel } from '@shared/templates';
import type { ComputedItem } from '@shared/templates';
import type { JsonValue } from '@shared/model/json';
import type { AnswerScope } from '../answer-paths';
import { useAttempt } from '../context';

/** A value the template works out from other answers: shown, never typed. */
export function ComputedValue({ item, scope, id }: { item: ComputedItem; scope: AnswerScope; id: string }) {
  // Serialised so an equal array or object from a later evaluation does not re-render.
  const serialised = useAttempt((state) =>
    JSON.stringify(state.evaluation.computed[scope.templateId]?.[item.id] ?? null),
  );
  const value = JSON.parse(serialised) as JsonValue;
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
