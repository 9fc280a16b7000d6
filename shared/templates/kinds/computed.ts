import { ownLabel } from '../../model/own-key';
import { z } from 'zod';
import type { ValueItemDiff } from '../../compare/types';
import type { JsonValue } from '../../model/json';
import { jsonLogicSchema } from '../logic-schema';
import { itemBase, plainReference, text } from './base';
import { changeOf } from './diff';
import type { ItemOf, KindSpec } from './spec';

/** A read-only value worked out from other answers, e.g. the overall RoSH level. */
export const computedItemSchema = z.strictObject({
  kind: z.literal('computed'),
  ...itemBase,
  expression: jsonLogicSchema,
  /** Labels for values, e.g. {"high": "High", "true": "Yes"}; other values are shown as they are. */
  valueLabels: z.record(z.string().max(200), text(300)).optional(),
  /** Shown while the value is null, e.g. "Not yet rated". */
  emptyLabel: text(300).optional(),
});

/** The label to show for a computed value (its valueLabels, else the value as text, else its emptyLabel). */
export function computedValueLabel(item: ItemOf<'computed'>, value: JsonValue | undefined): string {
  if (value === null || value === undefined || value === '') return item.emptyLabel ?? 'Not yet worked out';
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  return ownLabel(item.valueLabels, key) ?? (typeof value === 'string' ? value : key);
}

/** Raised or lowered when both values are levels of one ordered scale (a grid's levels, lowest first). */
function levelDirection(before: unknown, after: unknown, scales: readonly string[][]) {
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return undefined;
  const scale = scales.find((levels) => levels.includes(before) && levels.includes(after));
  if (!scale) return undefined;
  return scale.indexOf(after) > scale.indexOf(before) ? ('raised' as const) : ('lowered' as const);
}

export const computedKind: KindSpec<'computed'> = {
  kind: 'computed',
  schema: computedItemSchema,
  answer: null,
  reference: plainReference,
  checkDefinition: (item, checks) => checks.expression(item.expression, `${checks.path}.expression`),
  words: (item, value) => computedValueLabel(item, value as JsonValue),
  // Computed values are compared as worked out on each side, not as stored answers (there are none).
  diff: (item, _before, _after, ctx) => {
    const before = ctx.computedBefore;
    const after = ctx.computedAfter;
    const empty = (value: JsonValue) => value === null || value === '';
    const diff: ValueItemDiff = {
      ...ctx.base,
      kind: 'value',
      change: changeOf(!empty(before), !empty(after), JSON.stringify(before) === JSON.stringify(after)),
      before: empty(before) ? null : computedValueLabel(item, before),
      after: empty(after) ? null : computedValueLabel(item, after),
    };
    const direction = levelDirection(before, after, ctx.levelScales);
    return direction ? { ...diff, direction } : diff;
  },
  print: (item) => ({ form: 'computed', item }),
  examples: {
    item: {
      kind: 'computed',
      id: 'example-computed',
      prompt: 'Overall level',
      expression: {
        if: [
          { '==': [{ var: 'answers.example.example-yes-no' }, 'yes'] },
          'high',
          { '==': [{ var: 'answers.example.example-yes-no' }, 'unknown'] },
          'medium',
          null,
        ],
      },
      valueLabels: { high: 'High', medium: 'Medium' },
      emptyLabel: 'Not yet rated',
    },
    answers: [],
  },
};
