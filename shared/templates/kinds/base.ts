import { z } from 'zod';
import { jsonLogicSchema, localIdSchema } from '../logic-schema';

/** Schema pieces every kind's item schema is built from. */

export const text = (max: number) => z.string().trim().min(1).max(max);

/** Fields every item has. */
export const itemBase = {
  id: localIdSchema,
  /** The question or label, in plain British English. */
  prompt: text(1000),
  /** Help shown on demand ("What to consider"). Paragraphs are separated by a blank line. */
  guidance: text(20_000).optional(),
  /** Shown only when this expression is truthy. Hidden answers are kept but not validated or exported. */
  showWhen: jsonLogicSchema.optional(),
};

/** Fields of items that take an answer. Use `required: true` or `requiredWhen`, not both. */
export const answerableBase = {
  ...itemBase,
  required: z.boolean().optional(),
  requiredWhen: jsonLogicSchema.optional(),
};

export const isString = (value: unknown): value is string => typeof value === 'string';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** A reference to an answer read whole, compared with any value (text, dates, numbers). */
export const plainReference = {
  parts: () => null,
  literals: () => null,
};

/** A reference that may read into the answer to any depth (list entries, rows and their fields). */
export const listReference = {
  parts: (_item: unknown, rest: readonly string[]) => ({ depth: rest.length }),
  literals: () => null,
};
