import { z } from 'zod';
import { answerableBase, hasContent, isString, plainReference } from './base';
import {
  checkChoiceDefinition,
  choiceLiterals,
  choiceOptionSchema,
  exampleOptions,
  optionsFromSchema,
} from './choice-options';
import { valueDiff } from './diff';
import type { KindSpec } from './spec';

export const singleChoiceItemSchema = z.strictObject({
  kind: z.literal('singleChoice'),
  ...answerableBase,
  options: z.array(choiceOptionSchema).min(1).max(100).optional(),
  optionsFrom: optionsFromSchema.optional(),
});

/** An option id (or a row id when the options come from a repeating group). */
export const singleChoiceAnswerSchema = z.string().max(120);

const words = (value: unknown, label: (id: string) => string): string | null =>
  typeof value === 'string' ? label(value) : null;

export const singleChoiceKind: KindSpec<'singleChoice'> = {
  kind: 'singleChoice',
  schema: singleChoiceItemSchema,
  answer: {
    describe: 'one choice',
    schema: singleChoiceAnswerSchema,
    hasShape: (value) => isString(value) && value.length <= 120,
    check: (_item, value, offered) =>
      offered && !offered.some((option) => option.id === value)
        ? 'The saved choice is no longer one of the options.'
        : null,
    requiredMessage: () => 'Choose an answer.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: { ...plainReference, literals: choiceLiterals },
  checkDefinition: checkChoiceDefinition,
  words: (_item, value, ctx) => words(value, ctx.optionLabel),
  diff: (_item, before, after, ctx) => valueDiff(ctx, before, after, words),
  print: () => ({ form: 'text', columnWeight: 1.4 }),
  examples: {
    item: { kind: 'singleChoice', id: 'example-single', prompt: 'The main need', options: exampleOptions },
    answers: ['accommodation', 'finance'],
    words: 'Accommodation',
  },
};
