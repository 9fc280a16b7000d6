// Runs the Electronegativity scanner over a copy of the shell, offline, and returns its findings in the gate's
// shape. `npm run lint:security` scans the repository's shell; the gate's test scans a copy it has changed.
//
// What is scanned: the shell's own source (electron/, without tests) and the renderer's index.html (for the
// CSP), copied to one folder so paths in the report are stable. The TypeScript source is scanned rather than
// the bundle because the scanner's parser stops at modern syntax (private class fields) in the bundle, and a
// file it cannot parse is a file it did not check.
//
// Offline: the network check (AvailableSecurityFixesGlobalCheck) is excluded, and the scanner's start-up
// download of translations is replaced by its bundled English ones.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Finding } from './electronegativity-gate';

const require = createRequire(import.meta.url);

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

export interface ScanResult {
  electronVersion: string;
  fileChecks: number;
  globalChecks: number;
  findings: Finding[];
  /** Files the scanner could not parse, so did not check. */
  parseFailures: Array<{ file: string; message: string }>;
}

function stageInput(sourceRoot: string, stagingDir: string): void {
  cpSync(join(sourceRoot, 'electron'), join(stagingDir, 'electron'), {
    recursive: true,
    filter: (source) => !/\.test\.ts$/.test(source) && !source.split(sep).includes('fixtures'),
  });
  mkdirSync(join(stagingDir, 'renderer'), { recursive: true });
  cpSync(join(sourceRoot, 'renderer', 'index.html'), join(stagingDir, 'renderer', 'index.html'));
}

let translationsOffline = false;

/** Swaps the scanner's i18n loader (which fetches translations from the web) for an offline one. */
function useOfflineTranslations(): void {
  if (translationsOffline) return;
  translationsOffline = true;
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

/**
 * Scans `sourceRoot`'s electron/ and renderer/index.html. `sarifPath`, when given, receives the scanner's
 * SARIF report.
 */
export async function scanShell(sourceRoot: string, sarifPath?: string): Promise<ScanResult> {
  // Outside the repo, so eslint and prettier never meet the copies.
  const stagingDir = mkdtempSync(join(tmpdir(), 'casework-electronegativity-'));
  const reportDir = mkdtempSync(join(tmpdir(), 'casework-electronegativity-report-'));
  try {
    stageInput(sourceRoot, stagingDir);
    useOfflineTranslations();
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const run = require('@doyensec/electronegativity') as (options: ScannerOptions) => Promise<ScannerResult>;
    const result = await run({
      input: stagingDir,
      // Never inside the scanned folder: the scanner would meet its own report.
      output: sarifPath ?? join(reportDir, 'report.sarif'),
      isSarif: true,
      isRelative: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
    return {
      electronVersion,
      fileChecks: result.atomicChecks,
      globalChecks: result.globalChecks,
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file:
          issue.file === 'N/A'
            ? 'N/A'
            : relative(stagingDir, join(stagingDir, issue.file)).split(sep).join('/'),
        line: issue.location.line,
        manualReview: issue.manualReview,
      })),
      parseFailures: result.errors
        .filter((error) => error.tolerable !== true)
        .map((error) => ({ file: relative(stagingDir, error.file), message: error.message })),
    };
  } finally {
    // The scanner may still be closing files it wrote; retry rather than fail the scan on cleaning up.
    for (const dir of [stagingDir, reportDir])
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
