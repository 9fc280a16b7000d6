import type { ItemChange, ValueItemDiff } from '../../compare/types';
import type { DiffContext } from './spec';

/** Diff pieces more than one kind uses. */

export function changeOf(hadBefore: boolean, hasAfter: boolean, same: boolean): ItemChange {
  if (!hadBefore && !hasAfter) return 'unchanged';
  if (!hadBefore) return 'added';
  if (!hasAfter) return 'removed';
  return same ? 'unchanged' : 'changed';
}

/**
 * Before and after as words, for answers read in one line. An empty value has no words; a value the kind
 * has no words for is shown as it is stored.
 */
export function valueDiff(
  ctx: DiffContext,
  before: unknown,
  after: unknown,
  words: (value: unknown, label: (id: string) => string) => string | null,
): ValueItemDiff {
  const b = before ?? null;
  const a = after ?? null;
  const show = (value: unknown, label: (id: string) => string): string | null => {
    if (value === null || value === '') return null;
    return words(value, label) ?? (typeof value === 'string' ? value : JSON.stringify(value));
  };
  const beforeLabel = show(b, ctx.labelBefore);
  const afterLabel = show(a, ctx.labelAfter);
  return {
    ...ctx.base,
    kind: 'value',
    change: changeOf(beforeLabel !== null, afterLabel !== null, JSON.stringify(b) === JSON.stringify(a)),
    before: beforeLabel,
    after: afterLabel,
  };
}
