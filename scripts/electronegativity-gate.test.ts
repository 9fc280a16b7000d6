import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowListEnd, allowListStart, applyGate, parseAllowList } from './electronegativity-gate';
import type { Finding } from './electronegativity-gate';

const doc = (rows: string) =>
  `# Security\n\n${allowListStart}\n| Check | File | Why |\n| --- | --- | --- |\n${rows}\n${allowListEnd}\n`;

const finding = (over: Partial<Finding>): Finding => ({
  id: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'FIRM',
  file: 'electron/shell/window.ts',
  line: 9,
  manualReview: false,
  ...over,
});

describe('parseAllowList', () => {
  it('reads check, file and reason from the table', () => {
    const entries = parseAllowList(
      doc(
        '| `SANDBOX_JS_CHECK` | `electron/shell/window.ts` | The value comes from a function the scanner cannot follow. |',
      ),
    );
    expect(entries).toEqual([
      {
        id: 'SANDBOX_JS_CHECK',
        file: 'electron/shell/window.ts',
        reason: 'The value comes from a function the scanner cannot follow.',
      },
    ]);
  });

  it('refuses a row without a reason, and a document without the markers', () => {
    expect(() => parseAllowList(doc('| SANDBOX_JS_CHECK | electron/shell/window.ts | ok |'))).toThrow(
      /reason/,
    );
    expect(() => parseAllowList('# Security\n')).toThrow(/allow-list/);
  });

  it('parses the real docs/security.md', () => {
    const entries = parseAllowList(readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8'));
    for (const entry of entries) expect(entry.reason.length).toBeGreaterThan(20);
  });
});

describe('applyGate', () => {
  const allowList = [
    { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/shell/window.ts', reason: 'x'.repeat(30) },
  ];

  it('passes an explained finding and ignores low and informational ones', () => {
    const result = applyGate(
      [finding({}), finding({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html' })],
      allowList,
    );
    expect(result.passed).toBe(true);
    expect(result.allowed).toHaveLength(1);
    expect(result.gated).toHaveLength(1);
  });

  it('fails on the same check in another file, or another check in the same file', () => {
    expect(applyGate([finding({ file: 'electron/main.ts' })], allowList).passed).toBe(false);
    expect(applyGate([finding({ id: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' })], allowList).passed).toBe(
      false,
    );
  });

  it('reports allow-list entries nothing matched', () => {
    expect(applyGate([], allowList).unusedEntries).toEqual(allowList);
  });
});
