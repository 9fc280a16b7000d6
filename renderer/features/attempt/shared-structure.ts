/**
 * Structural sharing for derived state: keep the previous object when the new one is equal, so zustand
 * selectors return the same reference and the components reading them do not re-render.
 */

export function sameArray<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index]!));
}

export function shareArray<T>(
  previous: readonly T[] | undefined,
  next: readonly T[],
  same: (x: T, y: T) => boolean,
): readonly T[] {
  return previous !== undefined && sameArray(previous, next, same) ? previous : next;
}

/** Keeps each value of `previous` that `same` finds equal; returns `previous` itself when nothing changed. */
export function shareRecord<T>(
  previous: Readonly<Record<string, T>> | undefined,
  next: Record<string, T>,
  same: (x: T, y: T) => boolean,
): Readonly<Record<string, T>> {
  if (!previous) return next;
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  for (const key of Object.keys(next)) {
    const before = previous[key];
    if (before !== undefined && same(before, next[key]!)) next[key] = before;
    else changed = true;
  }
  return changed ? next : previous;
}
