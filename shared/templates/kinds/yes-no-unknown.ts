import { ownLabel } from '../../model/own-key';
import { z } from 'zod';
import { answerableBase, hasContent, plainReference } from './base';
import { valueDiff } from './diff';
import type { KindSpec } from './spec';

export const yesNoUnknownItemSchema = z.strictObject({
  kind: z.literal('yesNoUnknown'),
  ...answerableBase,
});

export const yesNoUnknownValues = ['yes', 'no', 'unknown'] as const;
export const yesNoUnknownLabels: Record<(typeof yesNoUnknownValues)[number], string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};
export const yesNoUnknownAnswerSchema = z.enum(yesNoUnknownValues);

// An own-key lookup: a stored answer such as 'constructor' must print as itself, not find Object's members.
const words = (value: unknown): string | null =>
  typeof value === 'string' ? (ownLabel(yesNoUnknownLabels, value) ?? value) : null;

export const yesNoUnknownKind: KindSpec<'yesNoUnknown'> = {
  kind: 'yesNoUnknown',
  schema: yesNoUnknownItemSchema,
  answer: {
    describe: 'yes, no or not known',
    schema: yesNoUnknownAnswerSchema,
    hasShape: (value) => value === 'yes' || value === 'no' || value === 'unknown',
    check: () => null,
    requiredMessage: () => 'Choose yes, no or not known.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: { ...plainReference, literals: () => ({ allowed: yesNoUnknownValues, noun: 'option' }) },
  checkDefinition: () => {},
  words: (_item, value) => words(value),
  diff: (_item, before, after, ctx) => valueDiff(ctx, before, after, words),
  print: () => ({ form: 'text', columnWeight: 1 }),
  examples: {
    item: { kind: 'yesNoUnknown', id: 'example-yes-no', prompt: 'Is there a history of domestic abuse?' },
    answers: ['yes', 'unknown'],
    words: 'Yes',
  },
};
