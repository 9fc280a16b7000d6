import { z } from 'zod';
import { qualityRuleSchema } from '../rules/schema';
import { jsonLogicSchema, localIdSchema } from './logic-schema';
import { kinds } from './kinds';
import { computedItemSchema } from './kinds/computed';
import { guidanceItemSchema } from './kinds/guidance';
import { text } from './kinds/base';
import type {
  groupChildItemSchema,
  nestedChildItemSchema,
  nestedRepeatingGroupItemSchema,
} from './kinds/repeating-group';
import { leafItemSchemas, repeatingGroupItemSchema } from './kinds/repeating-group';
import type { choiceOptionSchema, optionsFromSchema } from './kinds/choice-options';
import type { shortTextItemSchema } from './kinds/short-text';
import type { longTextItemSchema } from './kinds/long-text';
import type { singleChoiceItemSchema } from './kinds/single-choice';
import type { multiChoiceItemSchema } from './kinds/multi-choice';
import type { yesNoUnknownItemSchema } from './kinds/yes-no-unknown';
import type { dateItemSchema } from './kinds/date';
import type { numberItemSchema } from './kinds/number';
import type { ratingGridItemSchema } from './kinds/rating-grid';
import type { evidenceReferenceItemSchema } from './kinds/evidence-reference';

/**
 * The template format. A template is data a tutor can write: sections of items, with conditions,
 * computed values and quality rules as JSON Logic. `validateTemplate` (validate.ts) checks this schema
 * and then everything a schema cannot: unique ids, variable references, option and level names, cycles.
 *
 * Objects are strict so a misspelt field (`showwhen`) is reported instead of silently ignored.
 */

export const TEMPLATE_FORMAT = 1;

/** Shown when a template gives no notice of its own. */
export const DEFAULT_PRACTICE_NOTICE =
  'For practice only. Every case is fictional, and this tool must not be used for real assessments or decisions about real people.';

// Each kind's item schema lives in its own file under kinds/; these re-exports keep the old import paths.
export { choiceOptionSchema, optionsFromSchema } from './kinds/choice-options';
export { guidanceItemSchema } from './kinds/guidance';
export { shortTextItemSchema } from './kinds/short-text';
export { longTextItemSchema } from './kinds/long-text';
export { singleChoiceItemSchema } from './kinds/single-choice';
export { multiChoiceItemSchema } from './kinds/multi-choice';
export { yesNoUnknownItemSchema, yesNoUnknownLabels, yesNoUnknownValues } from './kinds/yes-no-unknown';
export { dateItemSchema } from './kinds/date';
export { numberItemSchema } from './kinds/number';
export { gridColumnSchema, gridLevelSchema, gridRowSchema, ratingGridItemSchema } from './kinds/rating-grid';
export { evidenceReferenceItemSchema } from './kinds/evidence-reference';
export { computedItemSchema } from './kinds/computed';
export {
  groupChildItemSchema,
  nestedChildItemSchema,
  nestedRepeatingGroupItemSchema,
  repeatingGroupItemSchema,
} from './kinds/repeating-group';
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type OptionsFrom = z.infer<typeof optionsFromSchema>;

export const templateItemSchema = z.discriminatedUnion('kind', [
  guidanceItemSchema,
  ...leafItemSchemas,
  repeatingGroupItemSchema,
  computedItemSchema,
]);

export const sectionSchema = z.strictObject({
  id: localIdSchema,
  title: text(300),
  description: text(5000).optional(),
  /** A hidden section hides all its items (e.g. the stages of a reflective model not chosen). */
  showWhen: jsonLogicSchema.optional(),
  items: z.array(templateItemSchema).min(1).max(200),
});

export const templateSchema = z.strictObject({
  /** The format of this file; only 1 exists. */
  format: z.literal(TEMPLATE_FORMAT).optional(),
  id: localIdSchema,
  /** Raise when the questions change; attempts record the version their answers were written against. */
  version: z.number().int().min(1),
  title: text(300),
  description: text(5000),
  /** Shown at the top of the form and on every PDF; DEFAULT_PRACTICE_NOTICE when absent. */
  practiceNotice: text(1000).optional(),
  sections: z.array(sectionSchema).min(1).max(60),
  rules: z.array(qualityRuleSchema).max(200).optional(),
});

export type GuidanceItem = z.infer<typeof guidanceItemSchema>;
export type ShortTextItem = z.infer<typeof shortTextItemSchema>;
export type LongTextItem = z.infer<typeof longTextItemSchema>;
export type SingleChoiceItem = z.infer<typeof singleChoiceItemSchema>;
export type MultiChoiceItem = z.infer<typeof multiChoiceItemSchema>;
export type YesNoUnknownItem = z.infer<typeof yesNoUnknownItemSchema>;
export type DateItem = z.infer<typeof dateItemSchema>;
export type NumberItem = z.infer<typeof numberItemSchema>;
export type RatingGridItem = z.infer<typeof ratingGridItemSchema>;
export type EvidenceReferenceItem = z.infer<typeof evidenceReferenceItemSchema>;
export type ComputedItem = z.infer<typeof computedItemSchema>;
export type NestedRepeatingGroupItem = z.infer<typeof nestedRepeatingGroupItemSchema>;
export type RepeatingGroupItem = z.infer<typeof repeatingGroupItemSchema>;
export type NestedChildItem = z.infer<typeof nestedChildItemSchema>;
export type GroupChildItem = z.infer<typeof groupChildItemSchema>;
export type TemplateItem = z.infer<typeof templateItemSchema>;
/** Any item at any depth. */
export type AnyItem = TemplateItem | GroupChildItem;
export type AnyRepeatingGroupItem = RepeatingGroupItem | NestedRepeatingGroupItem;
export type ChoiceItem = SingleChoiceItem | MultiChoiceItem;
/** Items whose answer the trainee writes (everything except guidance and computed). */
export type AnswerableItem = Exclude<AnyItem, GuidanceItem | ComputedItem>;
export type ItemKind = TemplateItem['kind'];
export type Section = z.infer<typeof sectionSchema>;
export type Template = z.infer<typeof templateSchema>;

/** Whether an item takes an answer (everything except guidance and computed). */
export function isAnswerable(item: AnyItem): item is AnswerableItem {
  return kinds[item.kind].answer !== null;
}
