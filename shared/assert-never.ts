/**
 * The end of a switch over a union: the compiler reports a member with no case, and a value from outside
 * the union (an old file, a hand-edited one) fails loudly instead of falling through silently.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
