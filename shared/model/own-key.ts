/**
 * A label looked up by a value someone typed or a file carried. A plain `record[key]` also finds what every
 * object inherits (`constructor` is a function, `__proto__` an object), which would be shown as a label or
 * crash the view; only the record's own entries count.
 */
export function ownLabel<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
