// `npm run lint:security`: scans the shell with Electronegativity and fails on any HIGH or MEDIUM finding
// that docs/security.md does not explain. Electronegativity always exits 0, so its findings are read here.
//
// What is scanned: the shell's own source (electron/, without tests) and the renderer's index.html (for the
// CSP), copied to one folder so paths in the report are stable. The TypeScript source is scanned rather than
// the bundle because the scanner's parser stops at modern syntax (private class fields) in the bundle, and a
// file it cannot parse is a file it did not check.
//
// Offline: the network check (AvailableSecurityFixesGlobalCheck) is excluded, and the scanner's start-up
// download of translations is replaced by its bundled English ones.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyGate, parseAllowList } from './electronegativity-gate';
import type { Finding } from './electronegativity-gate';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// Outside the repo, so eslint and prettier never meet the copies.
const stagingDir = mkdtempSync(join(tmpdir(), 'casework-electronegativity-'));
const reportDir = join(repoRoot, 'test-results', 'electronegativity');

interface ScannerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  manualReview: boolean;
}

interface ScannerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable?: boolean }>;
  issues: ScannerIssue[];
}

type ScannerOptions = Record<string, unknown>;

function stageInput(): void {
  cpSync(join(repoRoot, 'electron'), join(stagingDir, 'electron'), {
    recursive: true,
    filter: (source) => !/\.test\.ts$/.test(source) && !source.split(sep).includes('fixtures'),
  });
  mkdirSync(join(stagingDir, 'renderer'), { recursive: true });
  cpSync(join(repoRoot, 'renderer', 'index.html'), join(stagingDir, 'renderer', 'index.html'));
}

/** Swaps the scanner's i18n loader (which fetches translations from the web) for an offline one. */
function useOfflineTranslations(): void {
  const scannerMain = require.resolve('@doyensec/electronegativity');
  const i18nModule = join(dirname(scannerMain), 'locales', 'i18n.js');
  const scannerRequire = createRequire(i18nModule);
  const i18n = scannerRequire('i18n') as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  const offline = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(i18nModule),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  // A cache entry is all `require` consults; the scanner's runner then gets this module instead.
  require.cache[i18nModule] = {
    id: i18nModule,
    filename: i18nModule,
    loaded: true,
    exports: Object.assign(offline, { default: offline }),
  } as NodeJS.Module;
}

async function main(): Promise<void> {
  const allowList = parseAllowList(readFileSync(join(repoRoot, 'docs', 'security.md'), 'utf8'));
  stageInput();
  useOfflineTranslations();
  mkdirSync(reportDir, { recursive: true });
  const sarifPath = join(reportDir, 'report.sarif');
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const run = require('@doyensec/electronegativity') as (options: ScannerOptions) => Promise<ScannerResult>;
  const result = await run({
    input: stagingDir,
    output: sarifPath,
    isSarif: true,
    isRelative: true,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });

  const findings: Finding[] = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file:
      issue.file === 'N/A' ? 'N/A' : relative(stagingDir, join(stagingDir, issue.file)).split(sep).join('/'),
    line: issue.location.line,
    manualReview: issue.manualReview,
  }));
  writeFileSync(join(reportDir, 'findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
  const gate = applyGate(findings, allowList);
  const parseFailures = result.errors.filter((error) => error.tolerable !== true);

  console.log(
    `Electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}ran ${result.atomicChecks} file checks and ${result.globalChecks} global checks.`,
  );
  for (const finding of findings) {
    const allowedBy = gate.allowed.find((a) => a.finding === finding);
    const verdict = !gate.gated.includes(finding) ? 'not gated' : allowedBy ? 'explained' : 'NOT EXPLAINED';
    console.log(
      `  ${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line} (${verdict}${finding.manualReview ? ', review' : ''})`,
    );
  }
  for (const error of parseFailures)
    console.log(`  PARSE ERROR ${relative(stagingDir, error.file)}: ${error.message}`);
  for (const entry of gate.unusedEntries) {
    console.log(
      `  note: docs/security.md explains ${entry.id} in ${entry.file}, which the scan no longer reports`,
    );
  }
  console.log(
    `Electronegativity: ${findings.length} findings, ${gate.gated.length} high or medium, ${gate.allowed.length} explained in docs/security.md, ${gate.unexplained.length} not explained, ${parseFailures.length} files not parsed. Report: ${relative(repoRoot, sarifPath)}`,
  );
  if (!gate.passed || parseFailures.length > 0) {
    console.error(
      'Fix the finding, or explain it in the allow-list in docs/security.md (check id, file, and why it is safe).',
    );
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error('Electronegativity could not run:', error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(stagingDir, { recursive: true, force: true }));
