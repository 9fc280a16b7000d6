import { z } from 'zod';
import { jsonLogicSchema, localIdSchema } from '../logic-schema';
import { plainReference, text } from './base';
import type { KindSpec } from './spec';

export const guidanceItemSchema = z.strictObject({
  kind: z.literal('guidance'),
  id: localIdSchema,
  title: text(300).optional(),
  /** Paragraphs separated by a blank line; lines starting with "- " are shown as a list. */
  text: text(20_000),
  showWhen: jsonLogicSchema.optional(),
});

/** Text for the trainee to read: no answer, nothing to print or compare. */
export const guidanceKind: KindSpec<'guidance'> = {
  kind: 'guidance',
  schema: guidanceItemSchema,
  answer: null,
  reference: plainReference,
  checkDefinition: () => {},
  words: () => null,
  diff: () => null,
  print: () => ({ form: 'none' }),
  examples: {
    item: {
      kind: 'guidance',
      id: 'example-guidance',
      title: 'Before you start',
      text: 'Read the police summary first.\n\n- Note who was there\n- Note what was said',
    },
    answers: [],
  },
};
