/**
 * Decides whether an Electronegativity scan passes. Electronegativity always exits 0, so this reads its
 * findings and fails on any HIGH or MEDIUM one that `docs/security.md` does not explain. The explanations
 * live in that document (a table between two markers), so the allow-list and its reasons are one thing.
 *
 * An entry names one exact finding: the check, the file, the line and how many findings the scanner reports
 * there. A second insecure window in an allowed file is a finding on another line, so it is not explained by
 * the first window's entry; moving the allowed code means updating the line, which is the point.
 */

export const gatedSeverities = ['HIGH', 'MEDIUM'] as const;

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  /** Path relative to the scanned folder, with forward slashes. */
  file: string;
  line: number;
  manualReview: boolean;
}

export interface AllowEntry {
  id: string;
  file: string;
  line: number;
  /** How many findings of this check the scanner reports on that line. */
  count: number;
  reason: string;
}

export const allowListStart = '<!-- electronegativity-allowlist:start -->';
export const allowListEnd = '<!-- electronegativity-allowlist:end -->';

/**
 * Reads `| CHECK_ID | file | line | count | reason |` rows between the markers. A row without a line, a count
 * or a reason is an error: an unexplained or open-ended exception is exactly what the gate exists to stop.
 */
export function parseAllowList(markdown: string): AllowEntry[] {
  const start = markdown.indexOf(allowListStart);
  const end = markdown.indexOf(allowListEnd);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`docs/security.md has no allow-list between ${allowListStart} and ${allowListEnd}`);
  }
  const entries: AllowEntry[] = [];
  for (const line of markdown.slice(start + allowListStart.length, end).split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) continue;
    const cells = trimmed
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    const [id = '', file = '', lineCell = '', countCell = '', reason = ''] = cells;
    if (/^-+$/.test(id.replace(/:/g, '')) || id.toLowerCase() === 'check') continue;
    if (!/^[A-Z_]+$/.test(id)) throw new Error(`Allow-list row has no check id: ${trimmed}`);
    if (!/^[1-9][0-9]*$/.test(lineCell) || !/^[1-9][0-9]*$/.test(countCell)) {
      throw new Error(`Allow-list row for ${id} needs a line number and a count of findings: ${trimmed}`);
    }
    if (file === '' || reason.length < 20) {
      throw new Error(
        `Allow-list row for ${id} needs a file and a reason of at least a sentence: ${trimmed}`,
      );
    }
    const lineNumber = Number(lineCell);
    if (entries.some((e) => e.id === id && e.file === file && e.line === lineNumber)) {
      throw new Error(`Allow-list has two rows for ${id} at ${file}:${lineNumber}; give one row its count`);
    }
    entries.push({ id, file, line: lineNumber, count: Number(countCell), reason });
  }
  return entries;
}

export interface GateResult {
  gated: Finding[];
  allowed: Array<{ finding: Finding; entry: AllowEntry }>;
  unexplained: Finding[];
  unusedEntries: AllowEntry[];
  passed: boolean;
}

export function isGated(finding: Finding): boolean {
  return (gatedSeverities as readonly string[]).includes(finding.severity.toUpperCase());
}

export function applyGate(findings: readonly Finding[], allowList: readonly AllowEntry[]): GateResult {
  const gated = findings.filter(isGated);
  const allowed: GateResult['allowed'] = [];
  const unexplained: Finding[] = [];
  const used = new Map<AllowEntry, number>();
  for (const finding of gated) {
    const entry = allowList.find(
      (e) => e.id === finding.id && e.file === finding.file && e.line === finding.line,
    );
    const usedSoFar = entry ? (used.get(entry) ?? 0) : 0;
    if (entry && usedSoFar < entry.count) {
      allowed.push({ finding, entry });
      used.set(entry, usedSoFar + 1);
    } else {
      unexplained.push(finding);
    }
  }
  return {
    gated,
    allowed,
    unexplained,
    unusedEntries: allowList.filter((entry) => (used.get(entry) ?? 0) < entry.count),
    passed: unexplained.length === 0,
  };
}
