import { z } from 'zod';
import { findJsonProblem, type JsonLimits, type JsonValue } from '../model/json';

/**
 * Ids inside templates (template, section, item, option, row, column and level ids). A strict subset of
 * `authoredIdSchema`: no dots, so a variable path such as `answers.rosh-analysis.rosh-grid.children.community`
 * splits into its parts without ambiguity.
 */
export const localIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, starting with a letter')
  .max(80);

/** Templates nest deeper than answers (sections, items, child items, then the expressions themselves). */
export const templateJsonLimits: JsonLimits = {
  maxDepth: 40,
  maxStringLength: 100_000,
  maxKeys: 200_000,
};

/** A JSON Logic expression: any plain JSON value; operators and variables are checked by `validateTemplate`. */
export type JsonLogic = JsonValue;

export const jsonLogicSchema = z.custom<JsonLogic>(
  (value) => value !== undefined && findJsonProblem(value, templateJsonLimits) === null,
  { error: (issue) => findJsonProblem(issue.input, templateJsonLimits) ?? 'must be a JSON Logic expression' },
);
