import { describe, expect, it } from 'vitest';
import { buildSharePackage, parseSharePackage, serialiseSharePackage } from './share-package';
import { sampleAttempt } from '../pdf/__fixtures__/sample-attempt';

/** A share package may carry a case pack (decision 0016); it is held to the case format's limits, not the attempt's. */
function packageWith(casePack: unknown): string {
  return serialiseSharePackage(
    buildSharePackage({
      attempt: sampleAttempt(),
      exportedAt: new Date('2026-12-02T09:00:00Z'),
      appVersion: '0.1.0',
      casePack,
    }),
  );
}

let deepWhen: unknown = true;
for (let i = 0; i < 12; i += 1) deepWhen = { '!': [deepWhen] };

describe('a case pack inside a share package', () => {
  it('may nest as deeply as a case rule may (deeper than an attempt may)', () => {
    const parsed = parseSharePackage(
      packageWith({ format: 'casework-case', case: { rules: [{ when: deepWhen }] } }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.package.casePack).toBeDefined();
  });

  it('is still refused with a prototype key, at its own path', () => {
    const text = packageWith({ format: 'casework-case', case: { id: 'x' } }).replace(
      '"id": "x"',
      '"__proto__": { "polluted": true }, "id": "x"',
    );
    const parsed = parseSharePackage(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toBe('unsafe-data');
      expect(parsed.message).toContain('casePack.case.__proto__: this key is not allowed');
    }
  });

  it('does not lift the limits on the rest of the package (control)', () => {
    const attempt = sampleAttempt();
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i += 1) deep = { a: deep };
    const text = serialiseSharePackage(
      buildSharePackage({
        attempt: { ...attempt, answers: { 'rosh-analysis': { deep: deep as never } } },
        exportedAt: new Date('2026-12-02T09:00:00Z'),
        appVersion: '0.1.0',
        casePack: { format: 'casework-case' },
      }),
    );
    const parsed = parseSharePackage(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toBe('unsafe-data');
  });
});
