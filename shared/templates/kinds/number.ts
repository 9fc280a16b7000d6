import { z } from 'zod';
import { answerableBase, hasContent, plainReference, text } from './base';
import { valueDiff } from './diff';
import type { ItemOf, KindSpec } from './spec';

export const numberItemSchema = z.strictObject({
  kind: z.literal('number'),
  ...answerableBase,
  min: z.number().optional(),
  max: z.number().optional(),
  step: z.number().positive().optional(),
  /** Shown after the box, e.g. "months". */
  unit: text(40).optional(),
});

export const numberAnswerSchema = z.number().finite();

const words = (item: ItemOf<'number'>, value: unknown): string | null =>
  typeof value === 'number' ? `${value}${item.unit ? ` ${item.unit}` : ''}` : null;

export const numberKind: KindSpec<'number'> = {
  kind: 'number',
  schema: numberItemSchema,
  answer: {
    describe: 'a number',
    schema: numberAnswerSchema,
    hasShape: (value) => typeof value === 'number' && Number.isFinite(value),
    check: (item, value) => {
      const n = value as number;
      if (item.min !== undefined && n < item.min) return `Enter a number of ${item.min} or more.`;
      if (item.max !== undefined && n > item.max) return `Enter a number of ${item.max} or less.`;
      return null;
    },
    requiredMessage: () => 'Enter a number.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: plainReference,
  checkDefinition: (item, checks) => {
    if (item.min !== undefined && item.max !== undefined && item.min > item.max)
      checks.fail(`${checks.path}.min`, 'must not be more than max');
  },
  words: (item, value) => words(item, value),
  diff: (item, before, after, ctx) => valueDiff(ctx, before, after, (value) => words(item, value)),
  print: () => ({ form: 'text', columnWeight: 1 }),
  examples: {
    item: { kind: 'number', id: 'example-number', prompt: 'Length of the sentence', min: 0, unit: 'months' },
    answers: [18, 6],
    words: '18 months',
  },
};
