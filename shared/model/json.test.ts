import { describe, expect, it } from 'vitest';
import { findJsonProblem, safeJsonValue } from './json';

describe('safe JSON values', () => {
  it('accepts ordinary answers', () => {
    expect(
      findJsonProblem({ a: ['x', 1, true, null], grid: { children: { community: 'high' } } }),
    ).toBeNull();
  });

  it('refuses prototype-pollution keys wherever they appear', () => {
    const hostile = JSON.parse('{"rows":[{"__proto__":{"polluted":true}}]}');
    expect(findJsonProblem(hostile)).toBe('rows[0].__proto__: this key is not allowed');
    expect(safeJsonValue.safeParse(hostile).success).toBe(false);
  });

  it('refuses very deep nesting without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findJsonProblem(deep)).toMatch(/nested more than 12 levels deep/);
  });

  it('refuses huge strings, non-finite numbers and non-JSON types', () => {
    expect(findJsonProblem('x'.repeat(400_001))).toMatch(/longer than/);
    expect(findJsonProblem({ n: Number.NaN })).toBe('n: numbers must be finite');
    expect(findJsonProblem({ when: new Date() })).toBe('when: not a plain object');
    expect(findJsonProblem({ f: () => 1 })).toBe('f: function is not allowed in saved data');
  });
});
