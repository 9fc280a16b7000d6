import type { AnswerValue, RepeatingGroupRow } from '@shared/templates';

/**
 * Where an item's answer lives: a template, and for items inside repeating groups the chain of
 * (group, row) pairs from the top-level group down. Item ids are unique within a template, so the item id
 * plus this chain names exactly one stored value.
 */
export interface AnswerScope {
  templateId: string;
  rows: ReadonlyArray<{ groupId: string; rowId: string }>;
}

export type StoredAnswers = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

export const topLevel = (templateId: string): AnswerScope => ({ templateId, rows: [] });

export function rowPathOf(scope: AnswerScope): string[] {
  return scope.rows.map((row) => row.rowId);
}

/** The same key the engine uses for an item in a row: `template/item#row/row`. */
export function itemKey(scope: AnswerScope, itemId: string): string {
  const rowPath = rowPathOf(scope);
  return rowPath.length === 0
    ? `${scope.templateId}/${itemId}`
    : `${scope.templateId}/${itemId}#${rowPath.join('/')}`;
}

/** A DOM id for an item's control: stable, unique on the page, and safe in `#` links. */
export function fieldId(scope: AnswerScope, itemId: string, suffix?: string): string {
  const parts = ['f', scope.templateId, ...rowPathOf(scope), itemId];
  if (suffix) parts.push(suffix);
  return parts.join('--');
}

function isRows(value: unknown): value is RepeatingGroupRow[] {
  return Array.isArray(value);
}

function valuesAt(answers: StoredAnswers, scope: AnswerScope): Readonly<Record<string, unknown>> | undefined {
  let values: Readonly<Record<string, unknown>> | undefined = answers[scope.templateId];
  for (const { groupId, rowId } of scope.rows) {
    const rows = values?.[groupId];
    if (!isRows(rows)) return undefined;
    values = rows.find((row) => row.rowId === rowId)?.values;
  }
  return values;
}

export function readAnswer(answers: StoredAnswers, scope: AnswerScope, itemId: string): unknown {
  return valuesAt(answers, scope)?.[itemId];
}

/** Returns `values` with one key set, or removed when the answer is cleared (null). */
function withValue(
  values: Readonly<Record<string, unknown>> | undefined,
  itemId: string,
  value: unknown,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...values };
  if (value === null || value === undefined) delete next[itemId];
  else next[itemId] = value;
  return next;
}

/**
 * Applies `change` to the values object at `scope`, copying only the objects on the way down, so every
 * other answer keeps its identity and the fields showing it do not re-render.
 */
function updateValuesAt(
  values: Readonly<Record<string, unknown>> | undefined,
  rows: AnswerScope['rows'],
  change: (values: Readonly<Record<string, unknown>> | undefined) => Record<string, unknown>,
): Record<string, unknown> | null {
  if (rows.length === 0) return change(values);
  const [{ groupId, rowId }, ...rest] = rows as [{ groupId: string; rowId: string }, ...AnswerScope['rows']];
  const groupRows = values?.[groupId];
  if (!isRows(groupRows)) return null;
  const index = groupRows.findIndex((row) => row.rowId === rowId);
  if (index < 0) return null;
  const row = groupRows[index]!;
  const updated = updateValuesAt(row.values, rest, change);
  if (updated === null) return null;
  const nextRows = groupRows.slice();
  nextRows[index] = { rowId: row.rowId, values: updated as RepeatingGroupRow['values'] };
  return { ...values, [groupId]: nextRows };
}

function updateTemplate<A extends StoredAnswers>(
  answers: A,
  scope: AnswerScope,
  change: (values: Readonly<Record<string, unknown>> | undefined) => Record<string, unknown>,
): A {
  const updated = updateValuesAt(answers[scope.templateId], scope.rows, change);
  // The row was removed while its field was still being edited: nothing to write to.
  if (updated === null) return answers;
  return { ...answers, [scope.templateId]: updated };
}

export function setAnswer<A extends StoredAnswers>(
  answers: A,
  scope: AnswerScope,
  itemId: string,
  value: AnswerValue | unknown,
): A {
  return updateTemplate(answers, scope, (values) => withValue(values, itemId, value));
}

export function addRow<A extends StoredAnswers>(
  answers: A,
  scope: AnswerScope,
  groupId: string,
  rowId: string,
): A {
  return updateTemplate(answers, scope, (values) => {
    const existing = values?.[groupId];
    const rows = isRows(existing) ? existing : [];
    return { ...values, [groupId]: [...rows, { rowId, values: {} }] };
  });
}

export function removeRow<A extends StoredAnswers>(
  answers: A,
  scope: AnswerScope,
  groupId: string,
  rowId: string,
): A {
  return updateTemplate(answers, scope, (values) => {
    const existing = values?.[groupId];
    const rows = isRows(existing) ? existing.filter((row) => row.rowId !== rowId) : [];
    return withValue(values, groupId, rows.length > 0 ? rows : null);
  });
}

export function rowsOf(answers: StoredAnswers, scope: AnswerScope, groupId: string): RepeatingGroupRow[] {
  const rows = readAnswer(answers, scope, groupId);
  return isRows(rows) ? rows : [];
}
