import { describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT,
  MAX_EXCHANGE_BYTES,
  parseExchange,
  serialiseExchange,
  toExchangeFile,
} from './exchange';
import { sampleAttempt } from './__fixtures__/sample-attempt';

const problemOf = (text: string) => {
  const result = parseExchange(text);
  return result.ok ? 'ok' : result.problem;
};

describe('exchange file', () => {
  it('reads back exactly the attempt it wrote', () => {
    const attempt = sampleAttempt({ longAnswerWords: 200 });
    const result = parseExchange(serialiseExchange(attempt));
    expect(result).toEqual({ ok: true, attempt });
  });

  it('writes the same text for the same attempt', () => {
    expect(serialiseExchange(sampleAttempt())).toBe(serialiseExchange(sampleAttempt()));
  });

  it('accepts a byte-order mark and surrounding spaces', () => {
    expect(problemOf(`\uFEFF  ${serialiseExchange(sampleAttempt())}  `)).toBe('ok');
  });

  it('refuses files that are not ours', () => {
    expect(problemOf('%PDF-1.7 something')).toBe('not-ours');
    expect(problemOf('{"hello": "world"}')).toBe('not-ours');
    expect(problemOf(JSON.stringify({ ...toExchangeFile(sampleAttempt()), format: 'other/thing' }))).toBe(
      'not-ours',
    );
  });

  it('refuses truncated files', () => {
    const text = serialiseExchange(sampleAttempt());
    const result = parseExchange(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('damaged');
      expect(result.message).toMatch(/damaged or incomplete/);
    }
  });

  it('refuses newer and older versions with a message that says so', () => {
    const newerFormat = { ...toExchangeFile(sampleAttempt()), formatVersion: 2 };
    expect(problemOf(JSON.stringify(newerFormat))).toBe('newer-version');
    const newerAttempt = toExchangeFile({ ...sampleAttempt(), schemaVersion: 7 as 1 });
    expect(problemOf(JSON.stringify(newerAttempt))).toBe('newer-version');
    const olderAttempt = toExchangeFile({ ...sampleAttempt(), schemaVersion: 0 as 1 });
    expect(problemOf(JSON.stringify(olderAttempt))).toBe('older-version');
  });

  it('refuses oversized files before parsing them', () => {
    expect(problemOf(`{"a":"${'x'.repeat(MAX_EXCHANGE_BYTES)}"}`)).toBe('too-large');
  });

  it('refuses crafted JSON: __proto__ keys, deep nesting, control characters', () => {
    const text = serialiseExchange(sampleAttempt());
    const withProto = text.replace('"answers": {', '"answers": {"__proto__": {"polluted": true},');
    const proto = parseExchange(withProto);
    expect(proto.ok).toBe(false);
    if (!proto.ok) expect(proto.message).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const deep = `{"format":"${EXCHANGE_FORMAT}","formatVersion":1,"attempt":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(problemOf(deep)).toBe('invalid');

    const attempt = sampleAttempt();
    attempt.answers['rosh-analysis']!['motivation'] = 'fine text\u0000with a NUL';
    const control = parseExchange(serialiseExchange(attempt));
    expect(control.ok).toBe(false);
    if (!control.ok) expect(control.message).toContain('attempt.answers.rosh-analysis.motivation');
  });

  it('refuses attempts that do not match the schema, naming where', () => {
    const attempt = { ...sampleAttempt(), id: '../../etc/passwd' };
    const result = parseExchange(JSON.stringify(toExchangeFile(attempt)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('id');
  });
});
