import { memo } from 'react';
import type { AnyItem } from '../../../../shared/templates';
import { fieldId, itemKey } from '../answer-paths';
import type { AnswerScope } from '../answer-paths';
import { useAttempt, useItemView } from '../context';
import { noteRender } from '../render-probe';
import { RuleNotes } from '../RuleFeedback';
import { ChoiceField, MultiChoiceField, YesNoUnknownField } from './ChoiceFields';
import { ComputedValue } from './ComputedValue';
import { DateField, NumberField } from './DateNumberFields';
import { EvidenceField } from './EvidenceField';
import { GuidanceText } from './GuidanceText';
import { RatingGridField } from './RatingGridField';
import { RepeatingGroupField } from './RepeatingGroupField';
import { LongTextField, ShortTextField } from './TextFields';

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

  let field;
  switch (item.kind) {
    case 'guidance':
      field = (
        <div className="guidance-item" id={id}>
          {item.title ? <h3 className="heading-s">{item.title}</h3> : null}
          <GuidanceText text={item.text} />
        </div>
      );
      break;
    case 'shortText':
      field = <ShortTextField item={item} {...common} />;
      break;
    case 'longText':
      field = <LongTextField item={item} {...common} />;
      break;
    case 'singleChoice':
      field = <ChoiceField item={item} {...common} />;
      break;
    case 'multiChoice':
      field = <MultiChoiceField item={item} {...common} />;
      break;
    case 'yesNoUnknown':
      field = <YesNoUnknownField item={item} {...common} />;
      break;
    case 'date':
      field = <DateField item={item} {...common} />;
      break;
    case 'number':
      field = <NumberField item={item} {...common} />;
      break;
    case 'ratingGrid':
      field = <RatingGridField item={item} {...common} />;
      break;
    case 'repeatingGroup':
      field = <RepeatingGroupField item={item} {...common} sectionKey={sectionKey} />;
      break;
    case 'evidenceReference':
      field = <EvidenceField item={item} {...common} />;
      break;
    case 'computed':
      field = <ComputedValue item={item} scope={scope} id={id} />;
      break;
  }
  return (
    <div className="item" data-item={item.id}>
      {field}
      {topLevel ? <RuleNotes templateId={scope.templateId} itemId={item.id} /> : null}
    </div>
  );
});
