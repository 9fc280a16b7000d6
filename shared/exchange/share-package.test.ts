import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attemptSchema } from '../model/attempt';
import { serialiseExchange } from '../pdf/exchange';
import {
  buildSharePackage,
  MAX_SHARE_BYTES,
  maxNesting,
  parseSharePackage,
  serialiseSharePackage,
  type ShareParse,
  type ShareProblem,
} from './share-package';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixturesDir, name)));

type Expectation =
  | {
      ok: true;
      source?: 'share-package' | 'attempt-file';
      reviews?: number;
      check?: (parse: Extract<ShareParse, { ok: true }>) => void;
    }
  | { ok: false; problem: ShareProblem; says: RegExp };

/** Every file in fixtures/ with what the reader must make of it. A file missing from this list fails the suite. */
const corpus: Record<string, Expectation> = {
  'valid-attempt.casework': { ok: true, source: 'share-package', reviews: 0 },
  'valid-with-review.casework': { ok: true, reviews: 1 },
  'valid-markup-kept-as-text.casework': {
    ok: true,
    check: (parse) => {
      expect(parse.package.attempt.answers['rosh-analysis']!['victims']).toBe(
        '<script>alert("x")</script> <b>His partner</b> & <img src=x onerror=alert(1)> javascript:void(0)',
      );
      expect(parse.package.attempt.title).toBe('<i>Cotter</i> & co');
    },
  },
  'valid-pdf-attempt-file.casework': { ok: true, source: 'attempt-file', reviews: 0 },
  'valid-bom-crlf.casework': { ok: true },
  'valid-welsh-and-emoji.casework': {
    ok: true,
    check: (parse) =>
      expect(parse.package.attempt.answers['rosh-analysis']!['victims']).toContain(
        'Nhŷ Gwyn, ger y ŵyl — “quoted”, 😀',
      ),
  },
  'empty.casework': { ok: false, problem: 'empty', says: /is empty/ },
  'whitespace-only.casework': { ok: false, problem: 'empty', says: /is empty/ },
  'not-ours-package-json.casework': { ok: false, problem: 'not-ours', says: /no Casework Practice marker/ },
  'not-ours-other-format.casework': { ok: false, problem: 'not-ours', says: /marked as “other-app\/notes”/ },
  'not-ours-png.casework': { ok: false, problem: 'not-ours', says: /not a text file/ },
  'not-ours-latin1.casework': { ok: false, problem: 'not-ours', says: /not text the app can read/ },
  'not-ours-csv.casework': { ok: false, problem: 'not-ours', says: /does not hold Casework Practice data/ },
  'not-ours-array.casework': { ok: false, problem: 'not-ours', says: /does not hold Casework Practice data/ },
  'pdf-renamed.casework': { ok: false, problem: 'pdf', says: /This is a PDF/ },
  'truncated.casework': { ok: false, problem: 'damaged', says: /incomplete: it ends part-way through/ },
  'invalid-json.casework': { ok: false, problem: 'damaged', says: /not well-formed/ },
  'newer-format-version.casework': {
    ok: false,
    problem: 'newer-version',
    says: /file format 2.*Update the app/,
  },
  'newer-attempt-version.casework': { ok: false, problem: 'newer-version', says: /attempt version 2/ },
  'newer-review-version.casework': { ok: false, problem: 'newer-version', says: /review version 3/ },
  'missing-format-version.casework': { ok: false, problem: 'invalid', says: /does not say which version/ },
  'wrong-types.casework': { ok: false, problem: 'invalid', says: /attempt\.revision: should be a number/ },
  'path-in-attempt-id.casework': { ok: false, problem: 'invalid', says: /attempt\.id/ },
  'extra-top-level-field.casework': {
    ok: false,
    problem: 'invalid',
    says: /a field the app does not know \(“onOpen”\)/,
  },
  'review-without-reason.casework': {
    ok: false,
    problem: 'invalid',
    says: /reviews\.0\.judgements\.0\.reason/,
  },
  'review-for-other-attempt.casework': {
    ok: false,
    problem: 'mismatch',
    says: /by Dana Whitcombe.*different attempt/,
  },
  'proto-key.casework': {
    ok: false,
    problem: 'unsafe-data',
    says: /rosh-analysis\.__proto__: this key is not allowed/,
  },
  'constructor-key.casework': {
    ok: false,
    problem: 'unsafe-data',
    says: /timing\.constructor: this key is not allowed/,
  },
  'proto-key-top-level.casework': {
    ok: false,
    problem: 'unsafe-data',
    says: /__proto__: this key is not allowed/,
  },
  'deeply-nested.casework': { ok: false, problem: 'too-deep', says: /nested \d+ levels deep/ },
  'control-character-in-answer.casework': {
    ok: false,
    problem: 'control-characters',
    says: /hidden control characters \(at attempt\.answers\.rosh-analysis\.victims\)/,
  },
  'escape-sequence-in-title.casework': {
    ok: false,
    problem: 'control-characters',
    says: /at attempt\.title/,
  },
  'nul-in-key.casework': {
    ok: false,
    problem: 'control-characters',
    says: /a name inside attempt\.answers\.rosh-analysis\.rosh-grid/,
  },
  'lone-surrogate.casework': { ok: false, problem: 'control-characters', says: /broken characters/ },
  'infinite-number.casework': {
    ok: false,
    problem: 'unsafe-data',
    says: /attempt\.revision: numbers must be finite/,
  },
};

describe('the corpus of good, malformed and hostile files', () => {
  it('has an expectation for every file in fixtures/', () => {
    expect(fs.readdirSync(fixturesDir).sort()).toEqual(Object.keys(corpus).sort());
  });

  for (const [name, expected] of Object.entries(corpus)) {
    it(`${name}: ${expected.ok ? 'opens' : `is refused as ${expected.problem}`}`, () => {
      const parse = parseSharePackage(read(name));
      if (expected.ok) {
        if (!parse.ok) throw new Error(`expected ${name} to open, got: ${parse.message}`);
        if (expected.source) expect(parse.source).toBe(expected.source);
        if (expected.reviews !== undefined)
          expect(parse.package.reviews ?? []).toHaveLength(expected.reviews);
        expect(attemptSchema.safeParse(parse.package.attempt).success).toBe(true);
        expected.check?.(parse);
      } else {
        if (parse.ok) throw new Error(`expected ${name} to be refused`);
        expect(parse.problem).toBe(expected.problem);
        expect(parse.message).toMatch(expected.says);
        // Messages are for people: whole sentences, no stack traces or raw JSON.
        expect(parse.message).toMatch(/[.]$/);
        expect(parse.message).not.toMatch(/SyntaxError|at JSON\.parse|\{"/);
      }
    });
  }

  it('reads text the same way as bytes', () => {
    for (const name of ['valid-attempt.casework', 'truncated.casework', 'proto-key.casework']) {
      const bytes = read(name);
      const fromText = parseSharePackage(new TextDecoder().decode(bytes));
      expect(fromText.ok ? 'ok' : fromText.problem).toBe(
        (() => {
          const fromBytes = parseSharePackage(bytes);
          return fromBytes.ok ? 'ok' : fromBytes.problem;
        })(),
      );
    }
  });
});

describe('limits that would make fixtures too big to keep', () => {
  it('refuses an oversized file before reading it, naming the size and the limit', () => {
    const big = new Uint8Array(MAX_SHARE_BYTES + 1).fill(0x20);
    const parse = parseSharePackage(big);
    expect(parse).toMatchObject({ ok: false, problem: 'too-large' });
    if (!parse.ok) expect(parse.message).toMatch(/20 MB/);
  });

  it('refuses one answer longer than any real answer', () => {
    const good = parseSharePackage(read('valid-attempt.casework'));
    if (!good.ok) throw new Error(good.message);
    const pkg = structuredClone(good.package);
    pkg.attempt.answers['rosh-analysis']!['victims'] = 'x'.repeat(400_001);
    const parse = parseSharePackage(serialiseSharePackage(pkg));
    expect(parse).toMatchObject({ ok: false, problem: 'unsafe-data' });
    if (!parse.ok) expect(parse.message).toMatch(/victims: text is longer than 400000 characters/);
  });
});

describe('writing and reading back', () => {
  it('round-trips a package exactly, and the same package gives the same bytes', () => {
    const good = parseSharePackage(read('valid-with-review.casework'));
    if (!good.ok) throw new Error(good.message);
    const text = serialiseSharePackage(good.package);
    expect(serialiseSharePackage(good.package)).toBe(text);
    const again = parseSharePackage(text);
    expect(again.ok && again.package).toEqual(good.package);
    expect(new TextDecoder().decode(read('valid-with-review.casework'))).toBe(text);
  });

  it('builds a package with reviews only when there are some', () => {
    const good = parseSharePackage(read('valid-attempt.casework'));
    if (!good.ok) throw new Error(good.message);
    const built = buildSharePackage({
      attempt: good.package.attempt,
      reviews: [],
      exportedAt: new Date('2026-11-23T10:00:00Z'),
      appVersion: '0.1.0',
    });
    expect('reviews' in built).toBe(false);
    expect('traineeName' in built).toBe(false);
    expect(built.exportedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('reads the attempt file a PDF export attaches, keeping the attempt as it was', () => {
    const good = parseSharePackage(read('valid-attempt.casework'));
    if (!good.ok) throw new Error(good.message);
    const parse = parseSharePackage(serialiseExchange(good.package.attempt));
    expect(parse.ok && parse.source).toBe('attempt-file');
    expect(parse.ok && parse.package.attempt).toEqual(good.package.attempt);
  });
});

describe('maxNesting', () => {
  it('ignores brackets inside strings and notices brackets left open', () => {
    expect(maxNesting('{"a": "[[[[{{{{", "b": [1, [2]]}')).toBe(3);
    expect(maxNesting('{"a": "\\"[[["}')).toBe(1);
    expect(maxNesting('{"a": [1, 2')).toBe(-1);
    expect(maxNesting('{"a": "open')).toBe(-1);
  });
});
