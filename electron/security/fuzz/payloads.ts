/**
 * Bad payloads for a contract channel. Each one is a valid sample with ONE value replaced by something the
 * schema at that place refuses (checked against that place's own schema), or a wholly wrong payload. So
 * every generated payload is known to be invalid, and anything the host accepts is a mistake to report.
 */
import type { z } from 'zod';
import { defineOwn, defOf, isStrictObject, sampleFor, sitesOf, valueAt, withValueAt } from './schema-walk';
import type { PathKey, Site } from './schema-walk';

/** A small seeded generator (mulberry32), so a failing case can be found again from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings a hostile page might send where an id or a name is expected: paths, URLs, escapes, oddities. */
export const craftedPaths = [
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\server\\share\\file',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'attempts/../../settings',
  '../settings',
  'abcdef-123456/../../x',
  'abcdef\u0000.json',
  '~/.ssh/id_rsa',
];

function nestedArray(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function nestedObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** Fixed hostile values tried at every site (when the site refuses them). Built once: some are large. */
function fixedBadValues(): Array<{ label: string; value: unknown }> {
  const huge = 'A'.repeat(1_000_000);
  return [
    { label: 'undefined', value: undefined },
    { label: 'null', value: null },
    { label: 'true', value: true },
    { label: 'false', value: false },
    { label: 'zero', value: 0 },
    { label: 'negative', value: -1 },
    { label: 'fraction', value: 1.5 },
    { label: 'huge number', value: Number.MAX_SAFE_INTEGER * 4 },
    { label: 'NaN', value: Number.NaN },
    { label: 'Infinity', value: Number.POSITIVE_INFINITY },
    { label: '-Infinity', value: Number.NEGATIVE_INFINITY },
    { label: 'empty string', value: '' },
    { label: 'spaces', value: '   ' },
    { label: 'numeric string', value: '42' },
    { label: 'boolean string', value: 'true' },
    { label: 'huge string', value: huge },
    { label: 'NUL string', value: 'a\u0000b' },
    { label: 'right-to-left override', value: '\u202Egnp.exe' },
    { label: 'lone surrogate', value: '\uD800' },
    { label: '__proto__ string', value: '__proto__' },
    { label: 'empty array', value: [] },
    { label: 'array for object', value: [{ id: 'abcdef-123456' }] },
    { label: 'long array', value: Array.from({ length: 20_000 }, () => 'x') },
    { label: 'empty object', value: {} },
    { label: 'deep array', value: nestedArray(10_000) },
    { label: 'deep object', value: nestedObject(10_000) },
    { label: '__proto__ key', value: JSON.parse('{"__proto__": {"polluted": true}}') },
    { label: 'constructor key', value: { constructor: { prototype: { polluted: true } } } },
    { label: 'prototype key', value: { prototype: { polluted: true } } },
    { label: 'date object', value: new Date(0) },
    { label: 'map', value: new Map([['a', 1]]) },
    { label: 'typed array', value: new Uint8Array(8) },
    ...craftedPaths.map((path) => ({ label: `path ${path.slice(0, 24)}`, value: path })),
  ];
}

const keyAlphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.$/\\: ';
const textAlphabet = `${keyAlphabet}\u0000\u00e9\u0175\u202e\ud83d\ude00'"<>{}[]%&;`;

function randomString(random: () => number, alphabet: string, maxLength: number): string {
  const length = Math.floor(random() * maxLength);
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}

/** Random JSON-ish values of random shape: the bulk of the thousands of cases per channel. */
export function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (depth > 4 || roll < 0.35) {
    const leaf = random();
    if (leaf < 0.15) return null;
    if (leaf < 0.25) return random() < 0.5;
    if (leaf < 0.45) {
      const numbers = [0, -0, 1, -1, 1e308, -1e308, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2];
      return random() < 0.5
        ? numbers[Math.floor(random() * numbers.length)]
        : (random() - 0.5) * 10 ** (random() * 12);
    }
    if (leaf < 0.55) return craftedPaths[Math.floor(random() * craftedPaths.length)];
    if (leaf < 0.6) return 'x'.repeat(Math.floor(random() * 500_000));
    return randomString(random, textAlphabet, 40);
  }
  if (roll < 0.6) {
    return Array.from({ length: Math.floor(random() * 6) }, () => randomValue(random, depth + 1));
  }
  const object: Record<string, unknown> = {};
  const keys = Math.floor(random() * 6);
  for (let i = 0; i < keys; i += 1) {
    const special = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
    const key =
      random() < 0.15
        ? special[Math.floor(random() * special.length)]!
        : randomString(random, keyAlphabet, 12);
    defineOwn(object, key, randomValue(random, depth + 1));
  }
  return object;
}

export interface BadPayload {
  payload: unknown;
  /** Where and how the valid sample was broken, e.g. `attempt.answers: deep object`. */
  description: string;
}

function describePath(path: readonly PathKey[]): string {
  return path.length === 0 ? 'payload' : path.map(String).join('.');
}

function refuses(schema: z.ZodType, value: unknown): boolean {
  try {
    return !schema.safeParse(value).success;
  } catch {
    // A schema that throws on a value still refuses it; dispatch catches the same way.
    return true;
  }
}

/** Mutations of an object's keys: an unknown key on a strict object, a required key removed. */
function keyMutations(site: Site, sample: unknown): BadPayload[] {
  const here = valueAt(sample, site.path);
  if (here === null || typeof here !== 'object' || Array.isArray(here)) return [];
  const out: BadPayload[] = [];
  const def = defOf(site.schema);
  if (isStrictObject(site.schema)) {
    for (const key of ['__proto__', 'constructor', 'prototype', 'path', 'filePath', 'extra']) {
      const changed = { ...(here as object) };
      defineOwn(changed, key, key === '__proto__' ? { polluted: true } : '../../etc/passwd');
      if (refuses(site.schema, changed))
        out.push({
          payload: withValueAt(sample, site.path, changed),
          description: `${describePath(site.path)}: extra key ${key}`,
        });
    }
  }
  if (def.type === 'record') {
    for (const key of ['__proto__', '', 'UPPER', '../escape', 'a'.repeat(300)]) {
      const changed = { ...(here as object) };
      defineOwn(changed, key, valueAt(sample, [...site.path, Object.keys(here)[0] ?? '']) ?? 1);
      if (refuses(site.schema, changed))
        out.push({
          payload: withValueAt(sample, site.path, changed),
          description: `${describePath(site.path)}: record key ${JSON.stringify(key.slice(0, 20))}`,
        });
    }
  }
  for (const key of Object.keys(here)) {
    const changed = { ...(here as Record<string, unknown>) };
    delete changed[key];
    if (refuses(site.schema, changed))
      out.push({
        payload: withValueAt(sample, site.path, changed),
        description: `${describePath(site.path)}: without ${key}`,
      });
  }
  return out;
}

export interface ChannelPayloads {
  /** The valid sample the bad payloads are made from (null when none could be built). */
  sample: unknown;
  sites: number;
  payloads: BadPayload[];
}

/**
 * `count` bad payloads for one request schema: first every fixed hostile value at every place and every
 * key mutation, then seeded random values at random places, each kept only if that place refuses it.
 */
export function badPayloadsFor(schema: z.ZodType, options: { count: number; seed: number }): ChannelPayloads {
  const sample = sampleFor(schema);
  if (sample === undefined || !schema.safeParse(sample).success) {
    throw new Error('Could not build a valid sample for this request schema; add a case to schema-walk.ts.');
  }
  const sites = sitesOf(schema, sample);
  const payloads: BadPayload[] = [];
  const fixed = fixedBadValues();
  for (const site of sites) {
    for (const { label, value } of fixed) {
      if (payloads.length >= options.count) break;
      if (refuses(site.schema, value))
        payloads.push({
          payload: withValueAt(sample, site.path, value),
          description: `${describePath(site.path)}: ${label}`,
        });
    }
    for (const mutation of keyMutations(site, sample))
      if (payloads.length < options.count) payloads.push(mutation);
  }
  const random = seededRandom(options.seed);
  let tries = 0;
  while (payloads.length < options.count && tries < options.count * 50) {
    tries += 1;
    const site = sites[Math.floor(random() * sites.length)]!;
    const value = randomValue(random);
    if (refuses(site.schema, value))
      payloads.push({
        payload: withValueAt(sample, site.path, value),
        description: `${describePath(site.path)}: random #${tries}`,
      });
  }
  return { sample, sites: sites.length, payloads };
}
