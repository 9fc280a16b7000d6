import { z } from 'zod';
import type { GridCellDiff } from '../../compare/types';
import { localIdSchema } from '../logic-schema';
import { answerableBase, isPlainObject, isString, text } from './base';
import { changeOf } from './diff';
import type { ItemOf, KindSpec } from './spec';

export const gridRowSchema = z.strictObject({
  id: localIdSchema,
  label: text(300),
  description: text(2000).optional(),
  /** The columns this row is rated in; all columns when absent (e.g. other prisoners: custody only). */
  columns: z.array(localIdSchema).min(1).optional(),
});
export const gridColumnSchema = z.strictObject({ id: localIdSchema, label: text(300) });
export const gridLevelSchema = z.strictObject({
  id: localIdSchema,
  label: text(100),
  description: text(2000).optional(),
});

/** Rows x columns, each cell rated with one of the ordered levels (lowest first). */
export const ratingGridItemSchema = z.strictObject({
  kind: z.literal('ratingGrid'),
  ...answerableBase,
  rows: z.array(gridRowSchema).min(1).max(50),
  columns: z.array(gridColumnSchema).min(1).max(10),
  levels: z.array(gridLevelSchema).min(2).max(10),
});

type Grid = ItemOf<'ratingGrid'>;

export type RatingGridAnswer = Record<string, Record<string, string | null>>;

/** `{ [rowId]: { [columnId]: levelId | null } }` */
export const ratingGridAnswerSchema = z.record(
  z.string().max(120),
  z.record(z.string().max(120), z.string().max(120).nullable()),
);

/** The grid cells that are rated at all: a row limited to some columns has no cell in the others. */
export function gridCells(item: Grid): Array<{ rowId: string; columnId: string }> {
  const cells: Array<{ rowId: string; columnId: string }> = [];
  for (const row of item.rows) {
    for (const column of item.columns) {
      if (!row.columns || row.columns.includes(column.id)) cells.push({ rowId: row.id, columnId: column.id });
    }
  }
  return cells;
}

export function gridCell(value: unknown, rowId: string, columnId: string): string | null {
  if (!isPlainObject(value)) return null;
  const row = value[rowId];
  if (!isPlainObject(row)) return null;
  const cell = row[columnId];
  return typeof cell === 'string' ? cell : null;
}

const levelLabel = (item: Grid, id: string | null): string | null =>
  id === null ? null : (item.levels.find((level) => level.id === id)?.label ?? id);

export const ratingGridKind: KindSpec<'ratingGrid'> = {
  kind: 'ratingGrid',
  schema: ratingGridItemSchema,
  answer: {
    describe: 'a grid of ratings',
    schema: ratingGridAnswerSchema,
    hasShape: (value) =>
      isPlainObject(value) &&
      Object.values(value).every(
        (row) => isPlainObject(row) && Object.values(row).every((cell) => cell === null || isString(cell)),
      ),
    check: (item, value) => {
      const levelIds = new Set(item.levels.map((level) => level.id));
      for (const { rowId, columnId } of gridCells(item)) {
        const cell = gridCell(value, rowId, columnId);
        if (cell !== null && !levelIds.has(cell)) return 'A saved rating is not one of the levels.';
      }
      return null;
    },
    requiredMessage: () => 'Choose a level for every row and column.',
    // A grid needs every cell it rates, not just any.
    isAnswered: (item, value) =>
      gridCells(item).every(({ rowId, columnId }) => gridCell(value, rowId, columnId) !== null),
  },
  reference: {
    parts: (item, rest, named) => {
      const [rowId, columnId, ...more] = rest;
      const row = item.rows.find((r) => r.id === rowId);
      if (!row) return { error: `unknown row '${rowId}' of grid ${named}` };
      if (columnId === undefined) return { depth: 1 };
      if (!item.columns.some((c) => c.id === columnId))
        return { error: `unknown column '${columnId}' of grid ${named}` };
      if (row.columns && !row.columns.includes(columnId))
        return { error: `row '${rowId}' of grid ${named} is not rated in column '${columnId}'` };
      if (more.length > 0) return { error: `a grid cell of ${named} has no parts to read` };
      return { depth: 2 };
    },
    // A grid's parts are rated with its levels, whichever part is read.
    literals: (item) => ({ allowed: item.levels.map((level) => level.id), noun: 'level' }),
  },
  checkDefinition: (item, checks) => {
    const { path } = checks;
    checks.unique(item.rows, `${path}.rows`, 'row');
    checks.unique(item.columns, `${path}.columns`, 'column');
    checks.unique(item.levels, `${path}.levels`, 'level');
    const columnIds = new Set(item.columns.map((column) => column.id));
    item.rows.forEach((row, rowIndex) =>
      row.columns?.forEach((columnId, columnIndex) => {
        if (!columnIds.has(columnId))
          checks.fail(`${path}.rows[${rowIndex}].columns[${columnIndex}]`, `unknown column '${columnId}'`);
      }),
    );
    if (gridCells(item).length === 0) checks.fail(`${path}.rows`, 'no row is rated in any column');
  },
  words: (item, value) => {
    const rated = gridCells(item).flatMap(({ rowId, columnId }) => {
      const level = levelLabel(item, gridCell(value, rowId, columnId));
      if (level === null) return [];
      const row = item.rows.find((candidate) => candidate.id === rowId)?.label ?? rowId;
      const column = item.columns.find((candidate) => candidate.id === columnId)?.label ?? columnId;
      return [`${row}, ${column}: ${level}`];
    });
    return rated.length > 0 ? rated.join('; ') : null;
  },
  // Every cell, with raised and lowered ratings flagged (the RoSH headline reads them).
  diff: (item, before, after, ctx) => {
    const levelIds = item.levels.map((level) => level.id);
    const cells = gridCells(item).map(({ rowId, columnId }): GridCellDiff => {
      const beforeId = gridCell(before, rowId, columnId);
      const afterId = gridCell(after, rowId, columnId);
      let change: GridCellDiff['change'] = 'unchanged';
      if (beforeId === null && afterId !== null) change = 'set';
      else if (beforeId !== null && afterId === null) change = 'cleared';
      else if (beforeId !== null && afterId !== null && beforeId !== afterId)
        change = levelIds.indexOf(afterId) > levelIds.indexOf(beforeId) ? 'raised' : 'lowered';
      return {
        rowId,
        rowLabel: item.rows.find((row) => row.id === rowId)?.label ?? rowId,
        columnId,
        columnLabel: item.columns.find((column) => column.id === columnId)?.label ?? columnId,
        beforeId,
        afterId,
        before: levelLabel(item, beforeId),
        after: levelLabel(item, afterId),
        change,
      };
    });
    const anyBefore = cells.some((cell) => cell.beforeId !== null);
    const anyAfter = cells.some((cell) => cell.afterId !== null);
    return {
      ...ctx.base,
      kind: 'grid',
      change: changeOf(
        anyBefore,
        anyAfter,
        cells.every((cell) => cell.change === 'unchanged'),
      ),
      cells,
      raised: cells.filter((cell) => cell.change === 'raised').length,
      lowered: cells.filter((cell) => cell.change === 'lowered').length,
    };
  },
  print: (item) => ({ form: 'grid', item }),
  examples: {
    item: {
      kind: 'ratingGrid',
      id: 'example-grid',
      prompt: 'Risk of serious harm',
      rows: [
        { id: 'public', label: 'Public' },
        { id: 'prisoners', label: 'Other prisoners', columns: ['custody'] },
      ],
      columns: [
        { id: 'community', label: 'Community' },
        { id: 'custody', label: 'Custody' },
      ],
      levels: [
        { id: 'low', label: 'Low' },
        { id: 'medium', label: 'Medium' },
        { id: 'high', label: 'High' },
      ],
    },
    answers: [
      { public: { community: 'medium', custody: 'low' }, prisoners: { custody: 'low' } },
      { public: { community: 'high', custody: 'low' }, prisoners: { custody: 'medium' } },
    ],
    words: 'Public, Community: Medium; Public, Custody: Low; Other prisoners, Custody: Low',
  },
};
