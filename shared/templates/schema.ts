import { z } from 'zod';
import { qualityRuleSchema } from '../rules/schema';
import { jsonLogicSchema, localIdSchema } from './logic-schema';

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

const text = (max: number) => z.string().trim().min(1).max(max);

/** Fields every item has. */
const itemBase = {
  id: localIdSchema,
  /** The question or label, in plain British English. */
  prompt: text(1000),
  /** Help shown on demand ("What to consider"). Paragraphs are separated by a blank line. */
  guidance: text(20_000).optional(),
  /** Shown only when this expression is truthy. Hidden answers are kept but not validated or exported. */
  showWhen: jsonLogicSchema.optional(),
};

/** Fields of items that take an answer. Use `required: true` or `requiredWhen`, not both. */
const answerableBase = {
  ...itemBase,
  required: z.boolean().optional(),
  requiredWhen: jsonLogicSchema.optional(),
};

export const choiceOptionSchema = z.strictObject({
  id: localIdSchema,
  label: text(300),
  description: text(2000).optional(),
  /** When truthy, the renderer marks the option as suggested (e.g. a need area flagged elsewhere). */
  suggestedWhen: jsonLogicSchema.optional(),
  /**
   * Text worked out from the answers and shown under the option's label (e.g. the person's own view of a
   * need area, from the needs assessment). A result that is not text, or is empty, shows nothing.
   */
  hint: jsonLogicSchema.optional(),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/**
 * Options taken from the rows of a repeating group (in this template or another): each row is an option,
 * its id is the row id and its label is the row's answer to `labelItemId`.
 */
export const optionsFromSchema = z.strictObject({
  templateId: localIdSchema.optional(),
  itemId: localIdSchema,
  labelItemId: localIdSchema,
});
export type OptionsFrom = z.infer<typeof optionsFromSchema>;

export const guidanceItemSchema = z.strictObject({
  kind: z.literal('guidance'),
  id: localIdSchema,
  title: text(300).optional(),
  /** Paragraphs separated by a blank line; lines starting with "- " are shown as a list. */
  text: text(20_000),
  showWhen: jsonLogicSchema.optional(),
});

export const shortTextItemSchema = z.strictObject({
  kind: z.literal('shortText'),
  ...answerableBase,
  maxLength: z.number().int().min(1).max(2000).optional(),
});

export const longTextItemSchema = z.strictObject({
  kind: z.literal('longText'),
  ...answerableBase,
  /** A gentle hint about length, never a limit. */
  suggestedWords: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1) }).optional(),
});

export const singleChoiceItemSchema = z.strictObject({
  kind: z.literal('singleChoice'),
  ...answerableBase,
  options: z.array(choiceOptionSchema).min(1).max(100).optional(),
  optionsFrom: optionsFromSchema.optional(),
});

export const multiChoiceItemSchema = z.strictObject({
  kind: z.literal('multiChoice'),
  ...answerableBase,
  options: z.array(choiceOptionSchema).min(1).max(100).optional(),
  optionsFrom: optionsFromSchema.optional(),
  maxSelected: z.number().int().min(1).optional(),
});

export const yesNoUnknownItemSchema = z.strictObject({
  kind: z.literal('yesNoUnknown'),
  ...answerableBase,
});

/** Stored as ISO yyyy-mm-dd, shown as dd/mm/yyyy. */
export const dateItemSchema = z.strictObject({
  kind: z.literal('date'),
  ...answerableBase,
});

export const numberItemSchema = z.strictObject({
  kind: z.literal('number'),
  ...answerableBase,
  min: z.number().optional(),
  max: z.number().optional(),
  step: z.number().positive().optional(),
  /** Shown after the box, e.g. "months". */
  unit: text(40).optional(),
});

export const gridRowSchema = z.strictObject({
  id: localIdSchema,
  label: text(300),
  description: text(2000).optional(),
  /** The columns this row is rated in; all columns when absent (e.g. other prisoners: custody only). */
  columns: z.array(localIdSchema).min(1).optional(),
});
export const gridColumnSchema = z.strictObject({ id: localIdSchema, label: text(300) });
export const gridLevelSchema = z.strictObject({
  id: localIdSchema,
  label: text(100),
  description: text(2000).optional(),
});

/** Rows x columns, each cell rated with one of the ordered levels (lowest first). */
export const ratingGridItemSchema = z.strictObject({
  kind: z.literal('ratingGrid'),
  ...answerableBase,
  rows: z.array(gridRowSchema).min(1).max(50),
  columns: z.array(gridColumnSchema).min(1).max(10),
  levels: z.array(gridLevelSchema).min(2).max(10),
});

/** Quote a passage of a case-file document, with an optional note. */
export const evidenceReferenceItemSchema = z.strictObject({
  kind: z.literal('evidenceReference'),
  ...answerableBase,
  maxReferences: z.number().int().min(1).max(100).optional(),
});

/** A read-only value worked out from other answers, e.g. the overall RoSH level. */
export const computedItemSchema = z.strictObject({
  kind: z.literal('computed'),
  ...itemBase,
  expression: jsonLogicSchema,
  /** Labels for values, e.g. {"high": "High", "true": "Yes"}; other values are shown as they are. */
  valueLabels: z.record(z.string().max(200), text(300)).optional(),
  /** Shown while the value is null, e.g. "Not yet rated". */
  emptyLabel: text(300).optional(),
});

const leafItemSchemas = [
  shortTextItemSchema,
  longTextItemSchema,
  singleChoiceItemSchema,
  multiChoiceItemSchema,
  yesNoUnknownItemSchema,
  dateItemSchema,
  numberItemSchema,
  ratingGridItemSchema,
  evidenceReferenceItemSchema,
] as const;

const repeatingGroupFields = {
  ...answerableBase,
  minRows: z.number().int().min(0).max(200).optional(),
  maxRows: z.number().int().min(1).max(200).optional(),
  /** What one row is called, e.g. "Objective"; rows are shown as "Objective 1", "Objective 2". */
  rowLabel: text(100),
};

/** Child items of a nested group: no further nesting and no computed items. */
export const nestedChildItemSchema = z.discriminatedUnion('kind', [guidanceItemSchema, ...leafItemSchemas]);

/** A repeating group inside a repeating group (e.g. the actions of one plan objective). One level only. */
export const nestedRepeatingGroupItemSchema = z.strictObject({
  kind: z.literal('repeatingGroup'),
  ...repeatingGroupFields,
  items: z.array(nestedChildItemSchema).min(1).max(40),
});

export const groupChildItemSchema = z.discriminatedUnion('kind', [
  guidanceItemSchema,
  ...leafItemSchemas,
  nestedRepeatingGroupItemSchema,
]);

export const repeatingGroupItemSchema = z.strictObject({
  kind: z.literal('repeatingGroup'),
  ...repeatingGroupFields,
  items: z.array(groupChildItemSchema).min(1).max(40),
});

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

export const itemKinds = [
  'guidance',
  'shortText',
  'longText',
  'singleChoice',
  'multiChoice',
  'yesNoUnknown',
  'date',
  'number',
  'ratingGrid',
  'repeatingGroup',
  'evidenceReference',
  'computed',
] as const satisfies readonly ItemKind[];

export function isAnswerable(item: AnyItem): item is AnswerableItem {
  return item.kind !== 'guidance' && item.kind !== 'computed';
}

export const yesNoUnknownValues = ['yes', 'no', 'unknown'] as const;
export const yesNoUnknownLabels: Record<(typeof yesNoUnknownValues)[number], string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};
