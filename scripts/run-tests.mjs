#!/usr/bin/env node
// Runs every check `npm test` promises, in order, and ends with one summary line CI can read.
// Steps keep going after a failure so one run shows everything that is wrong; the exit code is still non-zero.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join(process.cwd(), 'test-results', 'summary');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const vitestJson = join(reportDir, 'vitest.json');
const playwrightJson = join(reportDir, 'playwright.json');

const steps = [
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  {
    name: 'unit',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build:renderer'] },
  {
    name: 'e2e',
    command: 'npx',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  // On Windows npm and npx are .cmd scripts, which only a shell can start; the report paths may hold spaces
  // (a user folder), so each argument is quoted for that shell.
  const onWindows = process.platform === 'win32';
  const args = onWindows ? step.args.map((arg) => (/[\s&|<>^]/.test(arg) ? `"${arg}"` : arg)) : step.args;
  const run = spawnSync(step.command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
    shell: onWindows,
  });
  if (run.error) console.error(`${step.name}: could not start ${step.command}: ${run.error.message}`);
  results.push({ name: step.name, ok: run.status === 0 });
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const vitest = readJson(vitestJson);
if (vitest) {
  const skipped = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  console.log(`\nUnit: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${skipped} skipped`);
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += skipped;
}
const playwright = readJson(playwrightJson);
if (playwright?.stats) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats;
  console.log(`E2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
}
const failedSteps = results.filter((r) => !r.ok).map((r) => r.name);
console.log(`Steps: ${results.map((r) => `${r.name} ${r.ok ? 'ok' : 'FAILED'}`).join(', ')}`);
// A step that failed without a failing test to show for it (lint, type-check, a runner that crashed) still
// counts once, so the summary line never reads as green when the exit code is not.
const countedFailures = { unit: vitest?.numFailedTests ?? 0, e2e: playwright?.stats?.unexpected ?? 0 };
const failed = totals.failed + failedSteps.filter((name) => !(countedFailures[name] > 0)).length;
console.log(`Total: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
