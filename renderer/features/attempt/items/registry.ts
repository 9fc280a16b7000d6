import type { ComponentType } from 'react';
import type { AnyItem, ItemKind } from '@shared/templates';
import type { ItemOf } from '@shared/templates/kinds';
import type { AnswerViewProps } from '../../review/answer-views';
import {
  ChoicesAnswerView,
  ComputedAnswer,
  GridAnswerView,
  NoAnswerView,
  QuotesAnswerView,
  RowsAnswerView,
  TextAnswerView,
  WordsAnswerView,
} from '../../review/answer-views';
import { ChoiceField, MultiChoiceField, YesNoUnknownField } from './ChoiceFields';
import type { FieldProps } from './common';
import { ComputedValue } from './ComputedValue';
import { DateField, NumberField } from './DateNumberFields';
import { EvidenceField } from './EvidenceField';
import { GuidanceField } from './GuidanceText';
import { RatingGridField } from './RatingGridField';
import { RepeatingGroupField } from './RepeatingGroupField';
import { LongTextField, ShortTextField } from './TextFields';

/**
 * The renderer's side of each item kind: the field the trainee fills in, and the read-only view a tutor
 * reviews. Keyed by kind like the shared registry, so a kind without a field or a view does not compile.
 */

/** `sectionKey` is `templateId/sectionId`: a repeating group passes it on to its rows' fields. */
export type FieldComponent<I> = ComponentType<FieldProps<I> & { sectionKey: string }>;

export const fields: { [K in ItemKind]: FieldComponent<ItemOf<K>> } = {
  guidance: GuidanceField,
  shortText: ShortTextField,
  longText: LongTextField,
  singleChoice: ChoiceField,
  multiChoice: MultiChoiceField,
  yesNoUnknown: YesNoUnknownField,
  date: DateField,
  number: NumberField,
  ratingGrid: RatingGridField,
  repeatingGroup: RepeatingGroupField,
  evidenceReference: EvidenceField,
  computed: ComputedValue,
};

export interface AnswerViewComponent<I> {
  View: ComponentType<AnswerViewProps<I>>;
  /** Shown even with no answer (a grid lists its unrated cells); otherwise "Not answered" is shown. */
  showsEmpty: boolean;
  /** The answer is text a tutor can select passages of to comment on. */
  selectableText?: true;
}

export const answerViews: { [K in ItemKind]: AnswerViewComponent<ItemOf<K>> } = {
  guidance: { View: NoAnswerView, showsEmpty: true },
  shortText: { View: TextAnswerView, showsEmpty: false, selectableText: true },
  longText: { View: TextAnswerView, showsEmpty: false, selectableText: true },
  singleChoice: { View: WordsAnswerView, showsEmpty: false },
  multiChoice: { View: ChoicesAnswerView, showsEmpty: false },
  yesNoUnknown: { View: WordsAnswerView, showsEmpty: false },
  date: { View: WordsAnswerView, showsEmpty: false },
  number: { View: WordsAnswerView, showsEmpty: false },
  ratingGrid: { View: GridAnswerView, showsEmpty: true },
  repeatingGroup: { View: RowsAnswerView, showsEmpty: false },
  evidenceReference: { View: QuotesAnswerView, showsEmpty: false },
  computed: { View: ComputedAnswer, showsEmpty: true },
};

/*
 * Both tables are keyed by kind, so the entry found is the one for this item; TypeScript cannot follow that
 * link through a union, hence the widening casts.
 */

export function fieldFor(item: AnyItem): FieldComponent<AnyItem> {
  return fields[item.kind] as unknown as FieldComponent<AnyItem>;
}

export function answerViewFor(item: AnyItem): AnswerViewComponent<AnyItem> {
  return answerViews[item.kind] as unknown as AnswerViewComponent<AnyItem>;
}
