import type { z } from 'zod';
import type { JsonValue } from '../model/json';
import { kindOf } from './kinds';
import type { RatingGridAnswer as GridAnswer } from './kinds/rating-grid';
import type { EvidenceReferenceAnswer } from './kinds/evidence-reference';
import type { RepeatingGroupAnswer } from './kinds/repeating-group';
import type { AnswerableItem, ChoiceOption } from './schema';
import type { yesNoUnknownValues } from './kinds/yes-no-unknown';

/**
 * Answer values, one shape per item kind (each kind's file under kinds/ holds its shape and checks).
 * Attempts store `answers[templateId][itemId]`; every shape here is plain JSON so it passes
 * `safeJsonValue`. An unanswered item is absent or null.
 *
 *   shortText, longText   string
 *   singleChoice          option id (or row id when the options come from a repeating group)
 *   multiChoice           option ids, in the order ticked
 *   yesNoUnknown          'yes' | 'no' | 'unknown'
 *   date                  'yyyy-mm-dd'
 *   number                number
 *   ratingGrid            { [rowId]: { [columnId]: levelId | null } }
 *   repeatingGroup        [{ rowId, values: { [childItemId]: AnswerValue } }]
 *   evidenceReference     [{ documentId, quote, note? }]
 *   guidance, computed    nothing is stored (computed values come from the engine)
 */

export type TextAnswer = string;
export type SingleChoiceAnswer = string;
export type MultiChoiceAnswer = string[];
export type YesNoUnknownAnswer = (typeof yesNoUnknownValues)[number];
export type DateAnswer = string;
export type NumberAnswer = number;
export type RatingGridAnswer = GridAnswer;
export type { EvidenceReference, EvidenceReferenceAnswer } from './kinds/evidence-reference';
export type { RepeatingGroupAnswer, RepeatingGroupRow } from './kinds/repeating-group';

export type AnswerValue =
  string | number | string[] | RatingGridAnswer | EvidenceReferenceAnswer | RepeatingGroupAnswer | null;

/** answers[itemId] for one template. */
export type TemplateAnswers = Record<string, AnswerValue | JsonValue | undefined>;
/** answers[templateId][itemId], as stored in an attempt. */
export type AttemptAnswers = Record<string, TemplateAnswers | undefined>;

export { textAnswerSchema } from './kinds/text-answer';
export { singleChoiceAnswerSchema } from './kinds/single-choice';
export { multiChoiceAnswerSchema } from './kinds/multi-choice';
export { yesNoUnknownAnswerSchema } from './kinds/yes-no-unknown';
export { dateAnswerSchema } from './kinds/date';
export { numberAnswerSchema } from './kinds/number';
export { gridCell, gridCells, ratingGridAnswerSchema } from './kinds/rating-grid';
export { evidenceReferenceAnswerSchema, evidenceReferenceSchema } from './kinds/evidence-reference';
export { isRepeatingGroupAnswer, repeatingGroupAnswerSchema } from './kinds/repeating-group';
export { hasContent } from './kinds/base';

/** The answer part of an answerable item's kind (answerable items always have one). */
function answerOf(item: AnswerableItem) {
  const answer = kindOf(item).answer;
  if (!answer) throw new Error(`Item '${item.id}' takes no answer.`);
  return answer;
}

/** The zod schema of the stored answer of one item kind, for the renderer and importers. */
export function answerSchemaFor(item: AnswerableItem): z.ZodType {
  return answerOf(item).schema;
}

/**
 * Whether a stored value has the shape of its item kind: the same test as `answerSchemaFor(item)`, written
 * out by hand because the engine asks it for every answer on every keystroke.
 */
export function hasAnswerShape(item: AnswerableItem, value: unknown): boolean {
  return answerOf(item).hasShape(value);
}

/** Whether a required item is satisfied. A grid needs every cell it rates; other kinds need any content. */
export function isAnswered(item: AnswerableItem, value: unknown): boolean {
  return answerOf(item).isAnswered(item, value);
}

/** What to say when a required item has no answer. */
export function requiredMessage(item: AnswerableItem): string {
  return answerOf(item).requiredMessage(item);
}

/**
 * Checks a stored answer against its item: shape, option and level ids, number range, row counts.
 * `options` are the choices on offer (needed for options taken from another group's rows).
 * Returns a plain-words problem, or null when the value is fine or empty. Row children are checked by the engine.
 */
export function checkAnswer(
  item: AnswerableItem,
  value: unknown,
  options?: readonly ChoiceOption[],
): string | null {
  if (value === null || value === undefined) return null;
  const answer = answerOf(item);
  if (!answer.schema.safeParse(value).success)
    return `The saved answer is not in the form this question expects (${answer.describe}).`;
  const offered = options ?? ('options' in item ? item.options : undefined);
  return answer.check(item, value, offered);
}
