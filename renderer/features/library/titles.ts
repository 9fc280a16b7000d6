/**
 * Titles for another go at the same practice: "Ryan Cotter: an assault at home (try 2)", then 3, and so
 * on, counting the tries already in the library so two copies never share a title.
 */

const trySuffix = / \(try (\d+)\)$/;

export function baseTitle(title: string): string {
  return title.replace(trySuffix, '');
}

export function nextTryTitle(title: string, existingTitles: readonly string[]): string {
  const base = baseTitle(title);
  let highest = 1;
  for (const existing of [title, ...existingTitles]) {
    if (baseTitle(existing) !== base) continue;
    const match = trySuffix.exec(existing);
    highest = Math.max(highest, match ? Number(match[1]) : 1);
  }
  const suffix = ` (try ${highest + 1})`;
  // Titles are at most 200 characters; the suffix must survive, so the base gives way.
  return `${base.slice(0, 200 - suffix.length).trimEnd()}${suffix}`;
}
