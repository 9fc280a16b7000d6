/**
 * Counts renders per field in tests only (each `ItemField`, each component reading an answer, and the workspace
 * around the form), to pin "typing into one field re-renders that field only".
 * `import.meta.env.MODE` is 'test' under Vitest; in the app build this is dead code and is removed.
 */
export const renderCounts = new Map<string, number>();

export function noteRender(key: string): void {
  if (import.meta.env.MODE === 'test') renderCounts.set(key, (renderCounts.get(key) ?? 0) + 1);
}
