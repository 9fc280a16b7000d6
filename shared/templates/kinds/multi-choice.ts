import { z } from 'zod';
import { answerableBase, hasContent, isString, listReference } from './base';
import {
  checkChoiceDefinition,
  choiceLiterals,
  choiceOptionSchema,
  exampleOptions,
  optionsFromSchema,
} from './choice-options';
import { changeOf } from './diff';
import type { KindSpec } from './spec';

export const multiChoiceItemSchema = z.strictObject({
  kind: z.literal('multiChoice'),
  ...answerableBase,
  options: z.array(choiceOptionSchema).min(1).max(100).optional(),
  optionsFrom: optionsFromSchema.optional(),
  maxSelected: z.number().int().min(1).optional(),
});

/** Option ids, in the order ticked. */
export const multiChoiceAnswerSchema = z.array(z.string().max(120)).max(100);

const ids = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

export const multiChoiceKind: KindSpec<'multiChoice'> = {
  kind: 'multiChoice',
  schema: multiChoiceItemSchema,
  answer: {
    describe: 'a list of choices',
    schema: multiChoiceAnswerSchema,
    hasShape: (value) =>
      Array.isArray(value) && value.length <= 100 && value.every((id) => isString(id) && id.length <= 120),
    check: (item, value, offered) => {
      const chosen = value as string[];
      if (offered && chosen.some((id) => !offered.some((option) => option.id === id)))
        return 'One of the saved choices is no longer one of the options.';
      if (item.maxSelected !== undefined && chosen.length > item.maxSelected)
        return `Choose no more than ${item.maxSelected}.`;
      return null;
    },
    requiredMessage: () => 'Choose at least one.',
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: { ...listReference, literals: choiceLiterals },
  checkDefinition: (item, checks) => {
    checkChoiceDefinition(item, checks);
    if (item.maxSelected !== undefined && item.options && item.maxSelected > item.options.length)
      checks.fail(`${checks.path}.maxSelected`, 'must not be more than the number of options');
  },
  words: (_item, value, ctx) =>
    Array.isArray(value)
      ? ids(value)
          .map((id) => ctx.optionLabel(id))
          .join('; ')
      : null,
  diff: (_item, before, after, ctx) => {
    const beforeIds = ids(before);
    const afterIds = ids(after);
    const added = afterIds.filter((id) => !beforeIds.includes(id));
    const removed = beforeIds.filter((id) => !afterIds.includes(id));
    return {
      ...ctx.base,
      kind: 'choices',
      change: changeOf(beforeIds.length > 0, afterIds.length > 0, added.length === 0 && removed.length === 0),
      before: beforeIds.map((id) => ctx.labelBefore(id)),
      after: afterIds.map((id) => ctx.labelAfter(id)),
      added: added.map((id) => ctx.labelAfter(id)),
      removed: removed.map((id) => ctx.labelBefore(id)),
    };
  },
  print: () => ({
    form: 'list',
    columnWeight: 1.6,
    entries: (value, ctx) => ids(value).map((id) => ctx.optionLabel(id)),
  }),
  examples: {
    item: {
      kind: 'multiChoice',
      id: 'example-multi',
      prompt: 'Needs linked to offending',
      options: exampleOptions,
      maxSelected: 2,
    },
    answers: [['accommodation', 'finance'], ['employment']],
    words: 'Accommodation; Finance',
  },
};
