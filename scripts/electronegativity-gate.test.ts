import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { allowListEnd, allowListStart, applyGate, parseAllowList } from './electronegativity-gate';
import { scanShell } from './electronegativity-scan';
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
        '| `SANDBOX_JS_CHECK` | `electron/shell/window.ts` | 9 | 1 | The value comes from a function the scanner cannot follow. |',
      ),
    );
    expect(entries).toEqual([
      {
        id: 'SANDBOX_JS_CHECK',
        file: 'electron/shell/window.ts',
        line: 9,
        count: 1,
        reason: 'The value comes from a function the scanner cannot follow.',
      },
    ]);
  });

  it('refuses a row without a reason, a line or a count, and a document without the markers', () => {
    expect(() => parseAllowList(doc('| SANDBOX_JS_CHECK | electron/shell/window.ts | 9 | 1 | ok |'))).toThrow(
      /reason/,
    );
    const reason = 'The value comes from a function the scanner cannot follow.';
    expect(() => parseAllowList(doc(`| SANDBOX_JS_CHECK | electron/shell/window.ts | ${reason} |`))).toThrow(
      /line number and a count/,
    );
    expect(() =>
      parseAllowList(doc(`| SANDBOX_JS_CHECK | electron/shell/window.ts | 9 | any | ${reason} |`)),
    ).toThrow(/line number and a count/);
    expect(() => parseAllowList('# Security\n')).toThrow(/allow-list/);
  });

  it('parses the real docs/security.md', () => {
    const entries = parseAllowList(readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8'));
    for (const entry of entries) expect(entry.reason.length).toBeGreaterThan(20);
  });
});

describe('applyGate', () => {
  const allowList = [
    {
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      file: 'electron/shell/window.ts',
      line: 9,
      count: 1,
      reason: 'x'.repeat(30),
    },
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

  it('fails on the same check in the same file on another line, or one more time on the same line', () => {
    expect(applyGate([finding({}), finding({ line: 40 })], allowList).unexplained).toEqual([
      finding({ line: 40 }),
    ]);
    expect(applyGate([finding({}), finding({})], allowList).passed).toBe(false);
  });

  it('reports allow-list entries nothing matched', () => {
    expect(applyGate([], allowList).unusedEntries).toEqual(allowList);
  });
});

describe('the gate over a real scan', () => {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const allowList = parseAllowList(readFileSync(join(repoRoot, 'docs', 'security.md'), 'utf8'));
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  function copyOfShell(): string {
    const copy = mkdtempSync(join(tmpdir(), 'casework-gate-'));
    copies.push(copy);
    cpSync(join(repoRoot, 'electron'), join(copy, 'electron'), { recursive: true });
    mkdirSync(join(copy, 'renderer'));
    cpSync(join(repoRoot, 'renderer', 'index.html'), join(copy, 'renderer', 'index.html'));
    return copy;
  }

  it('passes the shell as it is', async () => {
    const scan = await scanShell(copyOfShell());
    expect(scan.parseFailures).toEqual([]);
    expect(applyGate(scan.findings, allowList).unexplained).toEqual([]);
  }, 60_000);

  it('fails when a second insecure window is added to a file the allow-list already names', async () => {
    const copy = copyOfShell();
    appendFileSync(
      join(copy, 'electron', 'shell', 'window.ts'),
      [
        '',
        'export function createHelpWindow(): BrowserWindow {',
        '  return new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });',
        '}',
        '',
      ].join('\n'),
    );
    const gate = applyGate((await scanShell(copy)).findings, allowList);
    expect(gate.passed).toBe(false);
    expect(gate.unexplained.map((f) => `${f.id} ${f.file}`)).toContain(
      'CONTEXT_ISOLATION_JS_CHECK electron/shell/window.ts',
    );
  }, 60_000);
});
