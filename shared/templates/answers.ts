import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';
import { idPattern, idSchema } from '../model/ids';
import type { JsonValue } from '../model/json';
import { isIsoDate } from './dates';
import type { AnswerableItem, AnyItem, ChoiceOption, RatingGridItem } from './schema';
import { yesNoUnknownValues } from './schema';

/**
 * Answer values, one shape per item kind. Attempts store `answers[templateId][itemId]`; every shape here is
 * plain JSON so it passes `safeJsonValue`. An unanswered item is absent or null.
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
export type RatingGridAnswer = Record<string, Record<string, string | null>>;
export interface EvidenceReference {
  documentId: string;
  quote: string;
  note?: string;
}
export type EvidenceReferenceAnswer = EvidenceReference[];
export interface RepeatingGroupRow {
  /** Made by the renderer when a row is added (`randomId`), so a row keeps its id when others are removed. */
  rowId: string;
  values: Record<string, AnswerValue>;
}
export type RepeatingGroupAnswer = RepeatingGroupRow[];

export type AnswerValue =
  string | number | string[] | RatingGridAnswer | EvidenceReferenceAnswer | RepeatingGroupAnswer | null;

/** answers[itemId] for one template. */
export type TemplateAnswers = Record<string, AnswerValue | JsonValue | undefined>;
/** answers[templateId][itemId], as stored in an attempt. */
export type AttemptAnswers = Record<string, TemplateAnswers | undefined>;

export const textAnswerSchema = z.string().max(400_000);
export const singleChoiceAnswerSchema = z.string().max(120);
export const multiChoiceAnswerSchema = z.array(z.string().max(120)).max(100);
export const yesNoUnknownAnswerSchema = z.enum(yesNoUnknownValues);
export const dateAnswerSchema = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');
export const numberAnswerSchema = z.number().finite();
export const ratingGridAnswerSchema = z.record(
  z.string().max(120),
  z.record(z.string().max(120), z.string().max(120).nullable()),
);
export const evidenceReferenceSchema = z.strictObject({
  documentId: authoredIdSchema,
  quote: z.string().min(1).max(5000),
  note: z.string().max(5000).optional(),
});
export const evidenceReferenceAnswerSchema = z.array(evidenceReferenceSchema).max(100);
/** Values inside a row are checked item by item by `checkAnswer`, so here they are only plain JSON. */
export const repeatingGroupAnswerSchema = z
  .array(z.strictObject({ rowId: idSchema, values: z.record(z.string().max(120), z.unknown()) }))
  .max(200);

/** The zod schema of the stored answer of one item kind, for the renderer and importers. */
export function answerSchemaFor(item: AnswerableItem): z.ZodType {
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return textAnswerSchema;
    case 'singleChoice':
      return singleChoiceAnswerSchema;
    case 'multiChoice':
      return multiChoiceAnswerSchema;
    case 'yesNoUnknown':
      return yesNoUnknownAnswerSchema;
    case 'date':
      return dateAnswerSchema;
    case 'number':
      return numberAnswerSchema;
    case 'ratingGrid':
      return ratingGridAnswerSchema;
    case 'evidenceReference':
      return evidenceReferenceAnswerSchema;
    case 'repeatingGroup':
      return repeatingGroupAnswerSchema;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Rows with generated ids and a values object each; the values are checked item by item by the engine. */
export function isRepeatingGroupAnswer(value: unknown): value is RepeatingGroupAnswer {
  return (
    Array.isArray(value) &&
    value.length <= 200 &&
    value.every(
      (row) =>
        isPlainObject(row) &&
        Object.keys(row).length === 2 &&
        isString(row.rowId) &&
        idPattern.test(row.rowId) &&
        isPlainObject(row.values),
    )
  );
}

/**
 * Whether a stored value has the shape of its item kind: the same test as `answerSchemaFor(item)`, written
 * out by hand because the engine asks it for every answer on every keystroke.
 */
export function hasAnswerShape(item: AnswerableItem, value: unknown): boolean {
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return isString(value) && value.length <= 400_000;
    case 'singleChoice':
      return isString(value) && value.length <= 120;
    case 'multiChoice':
      return (
        Array.isArray(value) && value.length <= 100 && value.every((id) => isString(id) && id.length <= 120)
      );
    case 'yesNoUnknown':
      return value === 'yes' || value === 'no' || value === 'unknown';
    case 'date':
      return isString(value) && isIsoDate(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'ratingGrid':
      return (
        isPlainObject(value) &&
        Object.values(value).every(
          (row) => isPlainObject(row) && Object.values(row).every((cell) => cell === null || isString(cell)),
        )
      );
    case 'evidenceReference':
      return evidenceReferenceAnswerSchema.safeParse(value).success;
    case 'repeatingGroup':
      return isRepeatingGroupAnswer(value);
  }
}

/** The grid cells that are rated at all: a row limited to some columns has no cell in the others. */
export function gridCells(item: RatingGridItem): Array<{ rowId: string; columnId: string }> {
  const cells: Array<{ rowId: string; columnId: string }> = [];
  for (const row of item.rows) {
    for (const column of item.columns) {
      if (!row.columns || row.columns.includes(column.id)) cells.push({ rowId: row.id, columnId: column.id });
    }
  }
  return cells;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function gridCell(value: unknown, rowId: string, columnId: string): string | null {
  if (!isPlainObject(value)) return null;
  const row = value[rowId];
  if (!isPlainObject(row)) return null;
  const cell = row[columnId];
  return typeof cell === 'string' ? cell : null;
}

/**
 * Whether a value counts as an answer: text with something other than spaces, a non-empty list, a number,
 * any grid cell rated. Used by the engine's `answered` operator as well as for required items, so a
 * rule and the progress bar agree on what "answered" means.
 */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.values(value).some(hasContent);
  return false;
}

/** Whether a required item is satisfied. A grid needs every cell it rates; other kinds need any content. */
export function isAnswered(item: AnswerableItem, value: unknown): boolean {
  if (item.kind === 'ratingGrid')
    return gridCells(item).every(({ rowId, columnId }) => gridCell(value, rowId, columnId) !== null);
  return hasContent(value);
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
  const parsed = answerSchemaFor(item).safeParse(value);
  if (!parsed.success)
    return `The saved answer is not in the form this question expects (${describeKind(item)}).`;
  const offered = options ?? ('options' in item ? item.options : undefined);
  switch (item.kind) {
    case 'singleChoice':
      if (offered && !offered.some((option) => option.id === value))
        return 'The saved choice is no longer one of the options.';
      return null;
    case 'multiChoice': {
      const chosen = value as string[];
      if (offered && chosen.some((id) => !offered.some((option) => option.id === id)))
        return 'One of the saved choices is no longer one of the options.';
      if (item.maxSelected !== undefined && chosen.length > item.maxSelected)
        return `Choose no more than ${item.maxSelected}.`;
      return null;
    }
    case 'number': {
      const n = value as number;
      if (item.min !== undefined && n < item.min) return `Enter a number of ${item.min} or more.`;
      if (item.max !== undefined && n > item.max) return `Enter a number of ${item.max} or less.`;
      return null;
    }
    case 'ratingGrid': {
      const levelIds = new Set(item.levels.map((level) => level.id));
      for (const { rowId, columnId } of gridCells(item)) {
        const cell = gridCell(value, rowId, columnId);
        if (cell !== null && !levelIds.has(cell)) return 'A saved rating is not one of the levels.';
      }
      return null;
    }
    case 'evidenceReference':
      if (item.maxReferences !== undefined && (value as unknown[]).length > item.maxReferences)
        return `Quote no more than ${item.maxReferences} passages here.`;
      return null;
    case 'repeatingGroup': {
      const rows = value as unknown[];
      if (item.maxRows !== undefined && rows.length > item.maxRows)
        return `Add no more than ${item.maxRows} (${item.rowLabel.toLowerCase()}).`;
      return null;
    }
    default:
      return null;
  }
}

function describeKind(item: AnyItem): string {
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return 'text';
    case 'singleChoice':
      return 'one choice';
    case 'multiChoice':
      return 'a list of choices';
    case 'yesNoUnknown':
      return 'yes, no or not known';
    case 'date':
      return 'a date';
    case 'number':
      return 'a number';
    case 'ratingGrid':
      return 'a grid of ratings';
    case 'repeatingGroup':
      return 'a list of rows';
    case 'evidenceReference':
      return 'quoted passages';
    default:
      return 'no answer';
  }
}
