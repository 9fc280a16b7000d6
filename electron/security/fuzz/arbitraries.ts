/**
 * fast-check arbitraries for VALID but hostile requests, built from the contract's zod schemas: every value
 * generated passes the schema at its place, so the handler behind the channel runs. Hostility comes from
 * the values chosen where the schema allows them: ids of data that already exists (another attempt, a review,
 * a record), path-like and prototype-like strings, strings at the length limit, extreme numbers, `__proto__`
 * keys in records and in free JSON. A channel added to the contract is covered without anyone listing it.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { defOf, sampleFor } from './schema-walk';

type Schema = z.ZodType;
type Arb = fc.Arbitrary<unknown>;

/** What the generator should aim at: ids and names that exist in the data folder under test. */
export interface HostilePools {
  /** Ids of attempts, reviews, records and templates that exist, so payloads hit real data. */
  knownIds: readonly string[];
}

interface Bag {
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  patterns?: Set<RegExp>;
}

function bagOf(schema: Schema): Bag {
  return (schema as unknown as { _zod: { bag?: Bag } })._zod.bag ?? {};
}

const hostileStrings = [
  '../../outside/escaped',
  '..\\..\\outside\\escaped',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'con',
  'NUL',
  'aux.json',
  'settings',
  'library',
  'library-head',
  '_settings',
  '_library',
  'x.json.tmp-1234567890abcdef',
  '',
  ' ',
  'a',
  'null',
  '{"__proto__":{"polluted":true}}',
  '<script>alert(1)</script>',
  'Zoë Ápplewhite 😀 𝒜',
  '\u202Egnp.exe',
  'Sam\u200BOkafor',
  '\uFEFFBOM first',
  '2026-11-23T14:02:00.000Z',
  '2099-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00.000Z',
  '2026-11-23T14:02:00+01:00',
  '2026-11-23',
  'rosh',
  'rosh.section',
  'missing-attempt-000',
];

const hostileNumbers = [
  0,
  1,
  2,
  3,
  -1,
  0.5,
  -0,
  1e9,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
];

function hostileJson(): Arb {
  const polluted = JSON.parse(
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
  ) as unknown;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 60; i += 1) deep = { d: deep };
  return fc.oneof(
    { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(polluted, deep, 'x'.repeat(20_000), [], {}, null) },
  );
}

function valid(schema: Schema): (value: unknown) => boolean {
  return (value) => schema.safeParse(value).success;
}

/**
 * Keeps only candidate arbitraries that answer valid values often enough to filter cheaply, and filters
 * them to exactly the valid ones; the finite pool is filtered up front. Nothing valid: the schema's own sample.
 */
function validOnly(schema: Schema, pool: readonly unknown[], generators: Arb[], seed: number): Arb {
  const ok = valid(schema);
  const branches: Array<fc.WeightedArbitrary<unknown>> = [];
  const goodPool = [...new Set(pool)].filter(ok);
  if (goodPool.length > 0) branches.push({ weight: 3, arbitrary: fc.constantFrom(...goodPool) });
  for (const generator of generators) {
    const tried = fc.sample(generator, { numRuns: 40, seed });
    if (tried.filter(ok).length >= 8) branches.push({ weight: 2, arbitrary: generator.filter(ok) });
  }
  if (branches.length === 0) {
    const sample = sampleFor(schema);
    if (sample === undefined && !ok(undefined))
      throw new Error(`No valid value found for a ${defOf(schema).type} schema`);
    return fc.constant(sample);
  }
  return branches.length === 1 ? branches[0]!.arbitrary : fc.oneof(...branches);
}

/** An arbitrary whose every value `schema` accepts (checked again by the fuzz before sending). */
export function arbitraryFor(schema: Schema, pools: HostilePools, depth = 0): Arb {
  const def = defOf(schema);
  const bag = bagOf(schema);
  const seed = 1000 + depth;
  if (depth > 24) return fc.constant(sampleFor(schema));
  switch (def.type) {
    case 'string': {
      const max = Math.min(bag.maxLength ?? 400, 100_000);
      const min = bag.minLength ?? 0;
      const atLimit = bag.maxLength !== undefined ? ['x'.repeat(max), 'Ω'.repeat(max)] : ['x'.repeat(5000)];
      const generators: Arb[] = [
        fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: 'grapheme' }),
      ];
      for (const pattern of bag.patterns ?? []) generators.push(fc.stringMatching(pattern));
      generators.push(
        fc
          .date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      );
      return validOnly(
        schema,
        [...pools.knownIds, ...pools.knownIds, ...hostileStrings, ...atLimit],
        generators,
        seed,
      );
    }
    case 'number':
    case 'int': {
      const min = bag.minimum ?? -Number.MAX_SAFE_INTEGER;
      const max = bag.maximum ?? Number.MAX_SAFE_INTEGER;
      const edges = [min, max, ...hostileNumbers].filter((n) => Number.isFinite(n));
      return validOnly(
        schema,
        edges,
        [
          fc.integer({ min: 0, max: 6 }),
          fc.integer({
            min: Math.max(min, -Number.MAX_SAFE_INTEGER),
            max: Math.min(max, Number.MAX_SAFE_INTEGER),
          }),
          fc.double({ min: Math.max(min, -1e308), max: Math.min(max, 1e308), noNaN: true }),
        ],
        seed,
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!, pools, depth + 1), { nil: undefined, freq: 4 });
    case 'default':
    case 'prefault':
      return fc.option(arbitraryFor(def.innerType!, pools, depth + 1), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, pools, depth + 1), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType!, pools, depth + 1);
    case 'pipe':
      return arbitraryFor(def.in!, pools, depth + 1);
    case 'object': {
      const shape = def.shape ?? {};
      const model: Record<string, Arb> = {};
      const requiredKeys: string[] = [];
      for (const [key, child] of Object.entries(shape)) {
        model[key] = arbitraryFor(child, pools, depth + 1);
        if (!child.safeParse(undefined).success) requiredKeys.push(key);
      }
      const record = fc.record(model, { requiredKeys });
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      if (strict) return record;
      // zod strips unknown keys; a `__proto__` key must still not reach a handler as a prototype.
      return fc.tuple(record, fc.boolean()).map(([value, pollute]) => {
        if (!pollute) return value;
        const copy: Record<string, unknown> = { ...value };
        Object.defineProperty(copy, '__proto__', {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
        });
        return copy;
      });
    }
    case 'array': {
      const min = bag.minLength ?? 0;
      const max = Math.max(min, Math.min(bag.maxLength ?? 6, 6));
      return fc.array(arbitraryFor(def.element!, pools, depth + 1), { minLength: min, maxLength: max });
    }
    case 'record': {
      const keys = arbitraryFor(def.keyType!, pools, depth + 1).filter(
        (k): k is string => typeof k === 'string',
      );
      return fc.dictionary(keys, arbitraryFor(def.valueType!, pools, depth + 1), { maxKeys: 5 });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryFor(option, pools, depth + 1)));
    case 'unknown':
    case 'any':
    case 'custom':
      return hostileJson().filter(valid(schema));
    default:
      return fc.constant(sampleFor(schema));
  }
}
