// `npm run lint:security`: scans the shell with Electronegativity (see electronegativity-scan.ts) and fails on
// any HIGH or MEDIUM finding that docs/security.md does not explain. Electronegativity always exits 0, so its
// findings are read here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyGate, parseAllowList } from './electronegativity-gate';
import { scanShell } from './electronegativity-scan';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const reportDir = join(repoRoot, 'test-results', 'electronegativity');

async function main(): Promise<void> {
  const allowList = parseAllowList(readFileSync(join(repoRoot, 'docs', 'security.md'), 'utf8'));
  mkdirSync(reportDir, { recursive: true });
  const sarifPath = join(reportDir, 'report.sarif');
  const { electronVersion, fileChecks, globalChecks, findings, parseFailures } = await scanShell(
    repoRoot,
    sarifPath,
  );
  writeFileSync(join(reportDir, 'findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
  const gate = applyGate(findings, allowList);

  console.log(
    `Electronegativity (Electron ${electronVersion}) ran ${fileChecks} file checks and ${globalChecks} global checks.`,
  );
  for (const finding of findings) {
    const allowedBy = gate.allowed.find((a) => a.finding === finding);
    const verdict = !gate.gated.includes(finding) ? 'not gated' : allowedBy ? 'explained' : 'NOT EXPLAINED';
    console.log(
      `  ${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line} (${verdict}${finding.manualReview ? ', review' : ''})`,
    );
  }
  for (const error of parseFailures) console.log(`  PARSE ERROR ${error.file}: ${error.message}`);
  for (const entry of gate.unusedEntries) {
    console.log(
      `  note: docs/security.md explains ${entry.count} of ${entry.id} at ${entry.file}:${entry.line}, more than the scan reports there`,
    );
  }
  console.log(
    `Electronegativity: ${findings.length} findings, ${gate.gated.length} high or medium, ${gate.allowed.length} explained in docs/security.md, ${gate.unexplained.length} not explained, ${parseFailures.length} files not parsed. Report: ${relative(repoRoot, sarifPath)}`,
  );
  if (!gate.passed || parseFailures.length > 0) {
    console.error(
      'Fix the finding, or explain it in the allow-list in docs/security.md (check id, file, line, count, and why it is safe).',
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error('Electronegativity could not run:', error);
  process.exitCode = 1;
});
