/**
 * Reads the contract's zod schemas as data: a valid sample for any request schema, and the places in that
 * sample where one value can be swapped for a bad one. The fuzz test and the paths test both build on it,
 * so a channel added to the contract is covered without anyone listing it.
 */
import type { z } from 'zod';

type Schema = z.ZodType;

/** The zod 4 definition fields this walker reads (zod's own types for them are internal). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  catchall?: Schema;
  in?: Schema;
}

export function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** True when an object schema refuses keys it does not name (`.strict()`). */
export function isStrictObject(schema: Schema): boolean {
  const def = defOf(schema);
  return def.type === 'object' && def.catchall !== undefined && defOf(def.catchall).type === 'never';
}

const stringCandidates = [
  'abcdef-123456',
  'Sample text',
  '2026-11-23T14:02:00.000Z',
  '2026-11-23',
  'a',
  'abcdef',
];
const numberCandidates = [1, 0, 0.5, 5, 10, 100, 800, 1000];
const jsonCandidates: unknown[] = ['Sample answer', 1, true, null, {}];

function firstValid(schema: Schema, candidates: readonly unknown[]): unknown {
  for (const candidate of candidates) if (schema.safeParse(candidate).success) return candidate;
  return undefined;
}

/**
 * A value the schema accepts, built from its definition and checked against it. Arrays and records get
 * one element where allowed, so the sample reaches inside them. Answers undefined when it cannot find one.
 */
export function sampleFor(schema: Schema, depth = 0): unknown {
  if (depth > 20) return undefined;
  const def = defOf(schema);
  let candidates: unknown[] = [];
  switch (def.type) {
    case 'string':
      candidates = stringCandidates;
      break;
    case 'number':
    case 'int':
      candidates = numberCandidates;
      break;
    case 'boolean':
      candidates = [true];
      break;
    case 'enum':
      candidates = Object.values(def.entries ?? {});
      break;
    case 'literal':
      candidates = def.values ?? [];
      break;
    case 'null':
      candidates = [null];
      break;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      candidates = [sampleFor(def.innerType!, depth + 1)];
      break;
    case 'nullable':
      candidates = [sampleFor(def.innerType!, depth + 1), null];
      break;
    case 'object': {
      const sample: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const value = sampleFor(child, depth + 1);
        if (value !== undefined) sample[key] = value;
      }
      candidates = [sample];
      break;
    }
    case 'array': {
      const element = sampleFor(def.element!, depth + 1);
      candidates = element === undefined ? [[]] : [[element], []];
      break;
    }
    case 'record': {
      const key = sampleFor(def.keyType!, depth + 1);
      const value = sampleFor(def.valueType!, depth + 1);
      candidates = typeof key === 'string' && value !== undefined ? [{ [key]: value }, {}] : [{}];
      break;
    }
    case 'union':
      candidates = (def.options ?? []).map((option) => sampleFor(option, depth + 1));
      break;
    case 'pipe':
      candidates = [sampleFor(def.in!, depth + 1)];
      break;
    case 'custom':
    case 'unknown':
    case 'any':
      candidates = jsonCandidates;
      break;
    default:
      candidates = [];
  }
  return firstValid(schema, candidates);
}

export type PathKey = string | number;

/** A place in a sample where one value can be replaced, and the schema that value must satisfy. */
export interface Site {
  path: PathKey[];
  schema: Schema;
  /** Kind of the schema at this place, for reports ("string", "object", ...). */
  kind: string;
}

/**
 * Every place in `sample` that `schema` constrains, outermost first. Wrappers (optional, default, ...)
 * are looked through. Union members are not entered: a value bad for one member may suit another.
 */
export function sitesOf(schema: Schema, sample: unknown, path: PathKey[] = [], depth = 0): Site[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  const wrapped = ['optional', 'default', 'prefault', 'readonly', 'nonoptional', 'nullable', 'catch'];
  if (wrapped.includes(def.type)) {
    const inner = sitesOf(def.innerType!, sample, path, depth + 1);
    return [{ path, schema, kind: inner[0]?.kind ?? def.type }, ...inner.slice(1)];
  }
  if (def.type === 'pipe') return sitesOf(def.in!, sample, path, depth + 1);
  const sites: Site[] = [{ path, schema, kind: def.type }];
  if (def.type === 'object' && sample !== null && typeof sample === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      if (key in (sample as object))
        sites.push(...sitesOf(child, (sample as Record<string, unknown>)[key], [...path, key], depth + 1));
    }
  } else if (def.type === 'array' && Array.isArray(sample)) {
    sample.forEach((item, index) => sites.push(...sitesOf(def.element!, item, [...path, index], depth + 1)));
  } else if (def.type === 'record' && sample !== null && typeof sample === 'object') {
    for (const [key, value] of Object.entries(sample as object)) {
      sites.push(...sitesOf(def.valueType!, value, [...path, key], depth + 1));
    }
  }
  return sites;
}

/** Copies only the containers along `path`, so a large sample is shared rather than cloned per case. */
export function withValueAt(root: unknown, path: readonly PathKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [PathKey, ...PathKey[]];
  const container = root as Record<PathKey, unknown>;
  const copy: object = Array.isArray(root) ? [...(root as unknown[])] : { ...container };
  // An explicit `undefined` is kept (IPC's structured clone keeps it too); deleting the key instead
  // would turn "a bad value" into "no entry", which a record may rightly accept.
  defineOwn(copy, head, withValueAt(container[head], rest, value));
  return copy;
}

/** Sets an own, enumerable property, even for keys such as `__proto__` that plain assignment would not create. */
export function defineOwn(target: object, key: PathKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const key of path) current = (current as Record<PathKey, unknown> | undefined)?.[key];
  return current;
}
