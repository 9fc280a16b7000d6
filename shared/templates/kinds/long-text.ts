import { z } from 'zod';
import { diffWords } from '../../compare/text-diff';
import { answerableBase, plainReference } from './base';
import { changeOf } from './diff';
import type { KindSpec } from './spec';
import { textAnswer, textWords } from './text-answer';

export const longTextItemSchema = z.strictObject({
  kind: z.literal('longText'),
  ...answerableBase,
  /** A gentle hint about length, never a limit. */
  suggestedWords: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1) }).optional(),
});

export const longTextKind: KindSpec<'longText'> = {
  kind: 'longText',
  schema: longTextItemSchema,
  answer: { ...textAnswer(), requiredMessage: () => 'Enter an answer.' },
  reference: plainReference,
  checkDefinition: (item, checks) => {
    if (item.suggestedWords && item.suggestedWords.min > item.suggestedWords.max)
      checks.fail(`${checks.path}.suggestedWords.min`, 'must not be more than suggestedWords.max');
  },
  words: (_item, value) => textWords(value),
  // Long answers are read as a word-level diff rather than before and after.
  diff: (_item, before, after, ctx) => {
    const beforeText = typeof before === 'string' ? before : '';
    const afterText = typeof after === 'string' ? after : '';
    return {
      ...ctx.base,
      kind: 'text',
      change: changeOf(beforeText.trim() !== '', afterText.trim() !== '', beforeText === afterText),
      ...diffWords(beforeText, afterText),
    };
  },
  print: () => ({ form: 'text', columnWeight: 3 }),
  examples: {
    item: {
      kind: 'longText',
      id: 'example-long',
      prompt: 'What happened, in your own words',
      suggestedWords: { min: 50, max: 300 },
    },
    answers: ['He took two bottles of spirits.\n\nHe says he meant to sell them.', 'He took one bottle.'],
    words: 'He took two bottles of spirits.\n\nHe says he meant to sell them.',
  },
};
