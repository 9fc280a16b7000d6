import { memo } from 'react';
import type { AnyItem } from '@shared/templates';
import { fieldId, itemKey } from '../answer-paths';
import type { AnswerScope } from '../answer-paths';
import { useAttempt, useItemView } from '../context';
import { noteRender } from '../render-probe';
import { RuleNotes } from '../RuleFeedback';
import { fieldFor } from './registry';

interface ItemFieldProps {
  item: AnyItem;
  scope: AnswerScope;
  /** `templateId/sectionId`: whether "answer this" errors are shown yet. */
  sectionKey: string;
}

/**
 * One item of a template, rendered by kind. It subscribes to its own view (visible, required, problems,
 * options) and each kind subscribes to its own answer, so a change elsewhere does not re-render it.
 */
export const ItemField = memo(function ItemField({ item, scope, sectionKey }: ItemFieldProps) {
  noteRender(itemKey(scope, item.id));
  const view = useItemView(scope, item.id);
  const revealed = useAttempt((state) => state.revealed[sectionKey] === true);
  if (!view?.visible) return null;

  const id = fieldId(scope, item.id);
  const shown = view.problems.filter((p) => p.problem === 'invalid' || revealed);
  const error = shown.length > 0 ? shown.map((p) => p.message).join(' ') : null;
  const common = { scope, id, error, required: view.required, options: view.options };
  const topLevel = scope.rows.length === 0;

  const Field = fieldFor(item);
  const field = <Field item={item} {...common} sectionKey={sectionKey} />;
  return (
    <div className="item" data-item={item.id}>
      {field}
      {topLevel ? <RuleNotes templateId={scope.templateId} itemId={item.id} /> : null}
    </div>
  );
});
