import { z } from 'zod';
import { formatIsoDate, isIsoDate } from '../../dates/format';
import { answerableBase, hasContent, isString, plainReference } from './base';
import { valueDiff } from './diff';
import type { KindSpec } from './spec';

/** Stored as ISO yyyy-mm-dd, shown as dd/mm/yyyy. */
export const dateItemSchema = z.strictObject({
  kind: z.literal('date'),
  ...answerableBase,
});

export const dateAnswerSchema = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');

const words = (value: unknown): string | null => (typeof value === 'string' ? formatIsoDate(value) : null);

export const dateKind: KindSpec<'date'> = {
  kind: 'date',
  schema: dateItemSchema,
  answer: {
    describe: 'a date',
    schema: dateAnswerSchema,
    hasShape: (value) => isString(value) && isIsoDate(value),
    check: () => null,
    requiredMessage: () => 'Enter a date.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: plainReference,
  checkDefinition: () => {},
  words: (_item, value) => words(value),
  diff: (_item, before, after, ctx) => valueDiff(ctx, before, after, words),
  print: () => ({ form: 'text', columnWeight: 1 }),
  examples: {
    item: { kind: 'date', id: 'example-date', prompt: 'Date of the offence' },
    answers: ['2026-03-14', '2025-11-02'],
    words: '14/03/2026',
  },
};
