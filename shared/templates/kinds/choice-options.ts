import { z } from 'zod';
import { jsonLogicSchema, localIdSchema } from '../logic-schema';
import { text } from './base';
import type { DefinitionChecks } from './spec';

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

/** The definition checks single and multiple choices share. */
export function checkChoiceDefinition(
  item: { options?: ChoiceOption[] | undefined; optionsFrom?: OptionsFrom | undefined },
  checks: DefinitionChecks,
): void {
  const { path } = checks;
  if (!item.options && !item.optionsFrom) checks.fail(path, 'give options or optionsFrom');
  if (item.options && item.optionsFrom)
    checks.fail(`${path}.optionsFrom`, 'give options or optionsFrom, not both');
  checks.unique(item.options ?? [], `${path}.options`, 'option');
  item.options?.forEach((option, index) => {
    checks.expression(option.suggestedWhen, `${path}.options[${index}].suggestedWhen`);
    checks.expression(option.hint, `${path}.options[${index}].hint`);
  });
  if (item.optionsFrom) checks.optionsFrom(item.optionsFrom, `${path}.optionsFrom`);
}

export const exampleOptions: ChoiceOption[] = [
  { id: 'accommodation', label: 'Accommodation' },
  { id: 'employment', label: 'Employment, training and education' },
  { id: 'finance', label: 'Finance' },
];

/** A condition compares a choice with the ids of the options written in the item (not with rows' ids). */
export function choiceLiterals(
  item: { options?: ChoiceOption[] | undefined },
  depth: number,
): { allowed: readonly string[]; noun: string } | null {
  return depth === 0 && item.options
    ? { allowed: item.options.map((option) => option.id), noun: 'option' }
    : null;
}
