import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ordinaryText } from '../text/testing';
import { parseSharePackage } from './share-package';

const valid = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'valid-attempt.casework'),
  'utf8',
);

function withChange(change: (pkg: { attempt: Record<string, unknown> }) => void): string {
  const pkg = JSON.parse(valid) as { attempt: Record<string, unknown> };
  change(pkg);
  return JSON.stringify(pkg);
}

describe('hidden directional and invisible characters in a share package', () => {
  it('refuses them in a title, naming where and what, in plain words', () => {
    const parsed = parseSharePackage(withChange((pkg) => (pkg.attempt.title = 'Rhys\u202E lanif')));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe('hidden-characters');
    expect(parsed.message).toMatch(/a right-to-left override \(U\+202E\)/);
    expect(parsed.message).toMatch(/at attempt\.title/);
    expect(parsed.message).toMatch(/so it was not opened/);
  });

  it('refuses them in an id or a name inside the answers', () => {
    const inId = parseSharePackage(withChange((pkg) => (pkg.attempt.caseId = 'rhys\u200Bpennant')));
    expect(inId.ok || inId.problem).toBe('hidden-characters');
    const inKey = parseSharePackage(
      withChange((pkg) => {
        const answers = pkg.attempt.answers as Record<string, Record<string, unknown>>;
        const [templateId] = Object.keys(answers);
        answers[templateId!]!['odd\u2060item'] = 'x';
      }),
    );
    expect(inKey.ok || inKey.problem).toBe('hidden-characters');
  });

  it('keeps them as sent in an answer (shown marked wherever it is read)', () => {
    let answerPath: string[] = [];
    const text = withChange((pkg) => {
      const answers = pkg.attempt.answers as Record<string, Record<string, unknown>>;
      for (const [templateId, items] of Object.entries(answers))
        for (const [itemId, value] of Object.entries(items))
          if (typeof value === 'string' && answerPath.length === 0) {
            items[itemId] = `${value} and\u202E then`;
            answerPath = [templateId, itemId];
          }
    });
    expect(answerPath).toHaveLength(2);
    const parsed = parseSharePackage(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const answers = parsed.package.attempt.answers as Record<string, Record<string, unknown>>;
    expect(answers[answerPath[0]!]![answerPath[1]!]).toMatch(/and\u202E then$/);
  });

  it('opens a title in ordinary multilingual text', () => {
    for (const title of ordinaryText) {
      const parsed = parseSharePackage(withChange((pkg) => (pkg.attempt.title = title)));
      expect(parsed.ok, title).toBe(true);
    }
  });
});
