import { z } from 'zod';
import type { RowDiff, ItemChange, ItemDiff } from '../../compare/types';
import { idPattern, idSchema } from '../../model/ids';
import type { AnswerValue } from '../answers';
import type { AnyItem } from '../schema';
import { answerableBase, hasContent, isPlainObject, isString, listReference, text } from './base';
import { changeOf } from './diff';
import { dateItemSchema } from './date';
import { evidenceReferenceItemSchema } from './evidence-reference';
import { guidanceItemSchema } from './guidance';
import { longTextItemSchema } from './long-text';
import { multiChoiceItemSchema } from './multi-choice';
import { numberItemSchema } from './number';
import { ratingGridItemSchema } from './rating-grid';
import { shortTextItemSchema } from './short-text';
import { singleChoiceItemSchema } from './single-choice';
import type { ItemOf, KindSpec } from './spec';
import { yesNoUnknownItemSchema } from './yes-no-unknown';

/** The kinds a row may hold besides guidance and one level of nested group. */
export const leafItemSchemas = [
  shortTextItemSchema,
  longTextItemSchema,
  singleChoiceItemSchema,
  multiChoiceItemSchema,
  yesNoUnknownItemSchema,
  dateItemSchema,
  numberItemSchema,
  ratingGridItemSchema,
  evidenceReferenceItemSchema,
] as const;

const repeatingGroupFields = {
  ...answerableBase,
  minRows: z.number().int().min(0).max(200).optional(),
  maxRows: z.number().int().min(1).max(200).optional(),
  /** What one row is called, e.g. "Objective"; rows are shown as "Objective 1", "Objective 2". */
  rowLabel: text(100),
};

/** Child items of a nested group: no further nesting and no computed items. */
export const nestedChildItemSchema = z.discriminatedUnion('kind', [guidanceItemSchema, ...leafItemSchemas]);

/** A repeating group inside a repeating group (e.g. the actions of one plan objective). One level only. */
export const nestedRepeatingGroupItemSchema = z.strictObject({
  kind: z.literal('repeatingGroup'),
  ...repeatingGroupFields,
  items: z.array(nestedChildItemSchema).min(1).max(40),
});

export const groupChildItemSchema = z.discriminatedUnion('kind', [
  guidanceItemSchema,
  ...leafItemSchemas,
  nestedRepeatingGroupItemSchema,
]);

export const repeatingGroupItemSchema = z.strictObject({
  kind: z.literal('repeatingGroup'),
  ...repeatingGroupFields,
  items: z.array(groupChildItemSchema).min(1).max(40),
});

type Group = ItemOf<'repeatingGroup'>;

export interface RepeatingGroupRow {
  /** Made by the renderer when a row is added (`randomId`), so a row keeps its id when others are removed. */
  rowId: string;
  values: Record<string, AnswerValue>;
}
export type RepeatingGroupAnswer = RepeatingGroupRow[];

/** Values inside a row are checked item by item by `checkAnswer`, so here they are only plain JSON. */
export const repeatingGroupAnswerSchema = z
  .array(z.strictObject({ rowId: idSchema, values: z.record(z.string().max(120), z.unknown()) }))
  .max(200);

/** Rows with generated ids and a values object each; the values are checked item by item by the engine. */
export function isRepeatingGroupAnswer(value: unknown): value is RepeatingGroupAnswer {
  return (
    Array.isArray(value) &&
    value.length <= 200 &&
    value.every(
      (row) =>
        isPlainObject(row) &&
        Object.keys(row).length === 2 &&
        isString(row.rowId) &&
        idPattern.test(row.rowId) &&
        isPlainObject(row.values),
    )
  );
}

const rowsOf = (value: unknown): RepeatingGroupRow[] => (isRepeatingGroupAnswer(value) ? value : []);

/**
 * Rows are matched by their ids, which survive reordering and the removal of other rows. Two different
 * attempts share no row ids at all; then rows are paired in order, which is what a reader expects.
 */
function pairRows(
  before: RepeatingGroupRow[],
  after: RepeatingGroupRow[],
): Array<{ before: RepeatingGroupRow | null; after: RepeatingGroupRow | null }> {
  const beforeIndex = new Map(before.map((row, index) => [row.rowId, index]));
  const shareIds = after.some((row) => beforeIndex.has(row.rowId));
  if (!shareIds && before.length > 0 && after.length > 0) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => ({
      before: before[index] ?? null,
      after: after[index] ?? null,
    }));
  }
  const afterIds = new Set(after.map((row) => row.rowId));
  const pairs: Array<{ before: RepeatingGroupRow | null; after: RepeatingGroupRow | null }> = [];
  // Walk the new order, slotting each removed row in where it used to sit.
  let next = 0;
  const removedUpTo = (end: number) => {
    for (; next < end; next += 1) {
      const row = before[next]!;
      if (!afterIds.has(row.rowId)) pairs.push({ before: row, after: null });
    }
  };
  for (const row of after) {
    const twin = beforeIndex.get(row.rowId);
    if (twin === undefined) {
      pairs.push({ before: null, after: row });
      continue;
    }
    removedUpTo(twin);
    next = Math.max(next, twin + 1);
    pairs.push({ before: before[twin]!, after: row });
  }
  removedUpTo(before.length);
  return pairs;
}

/** The row's first short answer, to tell rows apart: "Find stable accommodation". */
function rowSummary(item: Group, row: RepeatingGroupRow | null): string | null {
  if (!row) return null;
  for (const child of item.items) {
    if (child.kind !== 'shortText' && child.kind !== 'longText') continue;
    const value = row.values[child.id];
    if (typeof value === 'string' && value.trim()) {
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
    }
  }
  return null;
}

export const repeatingGroupKind: KindSpec<'repeatingGroup'> = {
  kind: 'repeatingGroup',
  schema: repeatingGroupItemSchema,
  answer: {
    describe: 'a list of rows',
    schema: repeatingGroupAnswerSchema,
    hasShape: isRepeatingGroupAnswer,
    check: (item, value) =>
      item.maxRows !== undefined && (value as unknown[]).length > item.maxRows
        ? `Add no more than ${item.maxRows} (${item.rowLabel.toLowerCase()}).`
        : null,
    requiredMessage: (item) => `Add at least one ${item.rowLabel.toLowerCase()}.`,
    isAnswered: (_item, value) => hasContent(value),
  },
  reference: listReference,
  checkDefinition: (item, checks) => {
    if (item.minRows !== undefined && item.maxRows !== undefined && item.minRows > item.maxRows)
      checks.fail(`${checks.path}.minRows`, 'must not be more than maxRows');
  },
  words: (item, value) => {
    const rows = rowsOf(value);
    if (rows.length === 0) return null;
    return rows
      .map((row, index) => {
        const summary = rowSummary(item, row);
        return `${item.rowLabel} ${index + 1}${summary ? `: ${summary}` : ''}`;
      })
      .join('; ');
  },
  // Rows added, removed and changed, with a diff of each field.
  diff: (item, before, after, ctx) => {
    const beforeRows = rowsOf(before);
    const afterRows = rowsOf(after);
    const rows = pairRows(beforeRows, afterRows).map(({ before: rowBefore, after: rowAfter }): RowDiff => {
      const fields = (item.items as readonly AnyItem[])
        .map((child) =>
          ctx.child(
            child,
            (rowBefore?.values[child.id] as AnswerValue | undefined) ?? null,
            (rowAfter?.values[child.id] as AnswerValue | undefined) ?? null,
            rowBefore?.rowId ?? null,
            rowAfter?.rowId ?? null,
          ),
        )
        .filter((diff): diff is ItemDiff => diff !== null);
      const change: ItemChange = !rowBefore
        ? 'added'
        : !rowAfter
          ? 'removed'
          : fields.some((field) => field.change !== 'unchanged')
            ? 'changed'
            : 'unchanged';
      const position = rowAfter ? afterRows.indexOf(rowAfter) : beforeRows.indexOf(rowBefore!);
      return {
        beforeRowId: rowBefore?.rowId ?? null,
        afterRowId: rowAfter?.rowId ?? null,
        label: `${item.rowLabel} ${position + 1}`,
        summary: rowSummary(item, rowAfter ?? rowBefore),
        change,
        fields,
      };
    });
    return {
      ...ctx.base,
      kind: 'group',
      rowLabel: item.rowLabel,
      change: changeOf(
        beforeRows.length > 0,
        afterRows.length > 0,
        rows.every((row) => row.change === 'unchanged'),
      ),
      rows,
    };
  },
  print: (item) => ({ form: 'rows', item }),
  examples: {
    item: {
      kind: 'repeatingGroup',
      id: 'example-group',
      prompt: 'Previous convictions',
      rowLabel: 'Conviction',
      maxRows: 10,
      items: [
        { kind: 'shortText', id: 'offence', prompt: 'Offence' },
        { kind: 'date', id: 'sentenced', prompt: 'Date sentenced' },
      ],
    },
    answers: [
      [
        { rowId: 'row-aaaaaaaa', values: { offence: 'Theft', sentenced: '2024-05-01' } },
        { rowId: 'row-bbbbbbbb', values: { offence: 'Criminal damage' } },
      ],
      [{ rowId: 'row-aaaaaaaa', values: { offence: 'Theft from a shop', sentenced: '2024-05-01' } }],
    ],
    words: 'Conviction 1: Theft; Conviction 2: Criminal damage',
  },
};
