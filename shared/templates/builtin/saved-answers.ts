import type { JsonValue } from '../../model/json';

/**
 * Reading saved answers of an older template version, for the answer migrations. Saved files may hold anything,
 * so each reader checks the shape before trusting it.
 */

export type Answers = Record<string, JsonValue>;
export type Row = { rowId: string; values: Record<string, JsonValue> };

/** One repeating-group row as saved: a row id and an object of values. */
export const isRow = (row: JsonValue | undefined): row is Row =>
  typeof row === 'object' &&
  row !== null &&
  !Array.isArray(row) &&
  typeof row.rowId === 'string' &&
  typeof row.values === 'object' &&
  row.values !== null &&
  !Array.isArray(row.values);

export const isRows = (value: JsonValue | undefined): value is Row[] =>
  Array.isArray(value) && value.every(isRow);

/** Trimmed text, or null for anything that is not text with something in it. */
export const text = (value: JsonValue | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
