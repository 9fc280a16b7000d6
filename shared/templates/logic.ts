import { LogicEngine } from 'json-logic-engine';
import type { JsonValue } from '../model/json';
import { hasContent } from './answers';
import type { JsonLogic } from './logic-schema';

/**
 * The one JSON Logic engine every condition, computed value and rule runs on.
 *
 * Only `LogicEngine.run` is used: it interprets (with closures it caches per expression object), so it
 * works under the renderer's CSP. `build` compiles with eval and must never be called.
 *
 * Custom operators (all take an array of arguments):
 *   answered   [value]                       true when the value has content: text that is not only spaces,
 *                                            a non-empty list, a number, any rated grid cell
 *   max_level  [value, [levelIds...]]        the highest of the listed levels found anywhere in the value
 *                                            (a grid, a row of it, a list), or null
 *   count      [value]                       length of a list (0 for null), number of keys of an object
 *   row_linked [rowId, rows, childItemId]    true when some row of `rows` (a repeating group answer) chose
 *                                            `rowId` in `childItemId` (a single or multiple choice)
 */

export const customOperators = ['answered', 'max_level', 'count', 'row_linked'] as const;

/** Standard JSON Logic operators templates may use. Others the library offers are refused by validation. */
export const standardOperators = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '??',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'in',
  'cat',
  'substr',
  'merge',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
] as const;

export const allowedOperators: ReadonlySet<string> = new Set<string>([
  ...standardOperators,
  ...customOperators,
]);

/** Operators whose later arguments run once per element, with `var` reading the element. */
export const iteratingOperators: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
]);

function asArgs(args: unknown): unknown[] {
  return Array.isArray(args) ? args : [args];
}

function collectLevels(value: unknown, levels: readonly string[], found: Set<string>, depth: number): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (levels.includes(value)) found.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const child of value) collectLevels(child, levels, found, depth + 1);
    return;
  }
  if (typeof value === 'object') {
    for (const child of Object.values(value)) collectLevels(child, levels, found, depth + 1);
  }
}

export function maxLevel(value: unknown, levels: readonly string[]): string | null {
  const found = new Set<string>();
  collectLevels(value, levels, found, 0);
  for (let index = levels.length - 1; index >= 0; index -= 1) {
    const level = levels[index]!;
    if (found.has(level)) return level;
  }
  return null;
}

export function rowLinked(rowId: unknown, rows: unknown, childItemId: unknown): boolean {
  if (typeof rowId !== 'string' || !Array.isArray(rows) || typeof childItemId !== 'string') return false;
  return rows.some((row: unknown) => {
    if (typeof row !== 'object' || row === null) return false;
    const values = (row as { values?: unknown }).values;
    if (typeof values !== 'object' || values === null) return false;
    const chosen = (values as Record<string, unknown>)[childItemId];
    return chosen === rowId || (Array.isArray(chosen) && chosen.includes(rowId));
  });
}

/**
 * The most list items, object keys and characters one result may hold, counted through nested values. Far
 * above anything a real template works out (the longest answer is about 130,000 characters), low enough that
 * a template doubling a list at each step stops long before memory runs out.
 */
export const MAX_LOGIC_RESULT_SIZE = 1_000_000;

const tooLargeMessage = `the value is too large to work out (more than ${MAX_LOGIC_RESULT_SIZE.toLocaleString('en-GB')} list items or characters)`;

/** The size of a value, counting only until `limit` is passed so a huge shared structure costs little. */
export function boundedSize(value: unknown, limit = MAX_LOGIC_RESULT_SIZE): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && size <= limit) {
    const next = pending.pop();
    if (typeof next === 'string') size += next.length;
    else if (Array.isArray(next)) {
      size += next.length;
      for (const child of next) pending.push(child);
    } else if (typeof next === 'object' && next !== null) {
      const children = Object.values(next);
      size += children.length;
      for (const child of children) pending.push(child);
    } else size += 1;
  }
  return size;
}

/**
 * The parts of an expression (each object, array and scalar counts one, unlike `boundedSize`, which weighs
 * text by its length): what the expression budget for case rules counts. Iterative, and stops once past
 * `stopAfter`, so a hostile expression costs at most that many steps to refuse.
 */
export function expressionNodes(value: unknown, stopAfter = Number.POSITIVE_INFINITY): number {
  const pending: unknown[] = [value];
  let count = 0;
  while (pending.length > 0 && count <= stopAfter) {
    const current = pending.pop();
    count += 1;
    if (Array.isArray(current)) for (const child of current) pending.push(child);
    else if (current !== null && typeof current === 'object')
      for (const child of Object.values(current)) pending.push(child);
  }
  return count;
}

function refuseTooLarge(value: unknown): void {
  if (boundedSize(value) > MAX_LOGIC_RESULT_SIZE) throw new Error(tooLargeMessage);
}

/**
 * `merge` and `cat` are how a value grows past the size of what it reads; a `reduce` that feeds one back
 * into itself doubles at each element. Each call is checked, so growth inside one expression stops at the
 * budget instead of exhausting memory. `cat` also refuses a huge list before turning it into text.
 */
function boundGrowingOperators(engine: LogicEngine): void {
  type Method = (...args: unknown[]) => unknown;
  // The library types its method table as `any`: an entry is a bare function or an object holding one.
  const methods = engine.methods as Record<string, Method | { method: Method }>;
  for (const name of ['merge', 'cat'] as const) {
    const original = methods[name]!;
    const call = typeof original === 'function' ? original : original.method;
    const bounded: Method = (...args) => {
      if (name === 'cat' && Array.isArray(args[0]))
        for (const piece of args[0]) if (typeof piece === 'object') refuseTooLarge(piece);
      const result = call(...args);
      refuseTooLarge(result);
      return result;
    };
    methods[name] = typeof original === 'function' ? bounded : { ...original, method: bounded };
  }
}

function createEngine(): LogicEngine {
  const engine = new LogicEngine();
  boundGrowingOperators(engine);
  engine.addMethod('answered', (args: unknown) => hasContent(asArgs(args)[0]), { deterministic: true });
  engine.addMethod(
    'max_level',
    (args: unknown) => {
      const [value, levels] = asArgs(args);
      if (!Array.isArray(levels)) return null;
      return maxLevel(
        value,
        levels.filter((level): level is string => typeof level === 'string'),
      );
    },
    { deterministic: true },
  );
  engine.addMethod(
    'count',
    (args: unknown) => {
      const value = asArgs(args)[0];
      if (Array.isArray(value)) return value.length;
      if (typeof value === 'object' && value !== null) return Object.keys(value).length;
      return 0;
    },
    { deterministic: true },
  );
  engine.addMethod(
    'row_linked',
    (args: unknown) => {
      const [rowId, rows, childItemId] = asArgs(args);
      return rowLinked(rowId, rows, childItemId);
    },
    { deterministic: true },
  );
  return engine;
}

let sharedEngine: LogicEngine | null = null;

function engine(): LogicEngine {
  sharedEngine ??= createEngine();
  return sharedEngine;
}

/** The outcome of one evaluation; the engine never throws at the caller. */
export type LogicOutcome = { ok: true; value: JsonValue } | { ok: false; error: string };

function describeThrown(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'type' in thrown) {
    const { type, key } = thrown as { type?: unknown; key?: unknown };
    return typeof key === 'string' ? `${String(type)}: ${key}` : String(type);
  }
  if (typeof thrown === 'number' && Number.isNaN(thrown)) return 'compared something that is not a number';
  if (thrown instanceof Error) return thrown.message;
  return 'could not be evaluated';
}

function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value as JsonValue;
}

/**
 * Runs an expression against data. Pass the same expression object every time (the engine caches its
 * plan by object identity), never a fresh copy.
 */
export function runLogic(expression: JsonLogic, data: object): LogicOutcome {
  try {
    const value = toJson(engine().run(expression, data));
    // Operators other than merge and cat cannot grow a value much, but the result is checked whole too.
    if (boundedSize(value) > MAX_LOGIC_RESULT_SIZE) return { ok: false, error: tooLargeMessage };
    return { ok: true, value };
  } catch (thrown) {
    return { ok: false, error: describeThrown(thrown) };
  }
}

/** JSON Logic truthiness as the engine sees it (empty lists and objects are false). */
export function isTruthy(value: unknown): boolean {
  return Boolean(engine().truthy(value));
}
