import { z } from 'zod';
import { answerableBase, plainReference } from './base';
import { valueDiff } from './diff';
import type { KindSpec } from './spec';
import { textAnswer, textWords } from './text-answer';

export const shortTextItemSchema = z.strictObject({
  kind: z.literal('shortText'),
  ...answerableBase,
  maxLength: z.number().int().min(1).max(2000).optional(),
});

export const shortTextKind: KindSpec<'shortText'> = {
  kind: 'shortText',
  schema: shortTextItemSchema,
  answer: {
    ...textAnswer(),
    // The field never cuts text off (a paste would lose words unseen): a long answer is kept and explained.
    check: (item, value) =>
      item.maxLength !== undefined && typeof value === 'string' && value.length > item.maxLength
        ? `Answer must be ${item.maxLength} characters or fewer.`
        : null,
    requiredMessage: () => 'Enter an answer.',
  },
  reference: plainReference,
  checkDefinition: () => {},
  words: (_item, value) => textWords(value),
  diff: (_item, before, after, ctx) => valueDiff(ctx, before, after, textWords),
  // Short answers get a narrower column than long ones, and very short ones narrower still.
  print: (item) => ({ form: 'text', columnWeight: (item.maxLength ?? 300) <= 120 ? 1.3 : 1.8 }),
  examples: {
    item: { kind: 'shortText', id: 'example-short', prompt: 'Name of the offence', maxLength: 120 },
    answers: ['Theft from a shop', 'Assault by beating'],
    words: 'Theft from a shop',
  },
};
