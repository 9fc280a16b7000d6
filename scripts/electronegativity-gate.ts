/**
 * Decides whether an Electronegativity scan passes. Electronegativity always exits 0, so this reads its
 * findings and fails on any HIGH or MEDIUM one that `docs/security.md` does not explain. The explanations
 * live in that document (a table between two markers), so the allow-list and its reasons are one thing.
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
  reason: string;
}

export const allowListStart = '<!-- electronegativity-allowlist:start -->';
export const allowListEnd = '<!-- electronegativity-allowlist:end -->';

/**
 * Reads `| CHECK_ID | file | reason |` rows between the markers. A row without a reason is an error:
 * an unexplained exception is exactly what the gate exists to stop.
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
    const [id = '', file = '', reason = ''] = cells;
    if (/^-+$/.test(id.replace(/:/g, '')) || id.toLowerCase() === 'check') continue;
    if (!/^[A-Z_]+$/.test(id)) throw new Error(`Allow-list row has no check id: ${trimmed}`);
    if (file === '' || reason.length < 20) {
      throw new Error(
        `Allow-list row for ${id} needs a file and a reason of at least a sentence: ${trimmed}`,
      );
    }
    entries.push({ id, file, reason });
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
  const used = new Set<AllowEntry>();
  for (const finding of gated) {
    const entry = allowList.find((e) => e.id === finding.id && e.file === finding.file);
    if (entry) {
      allowed.push({ finding, entry });
      used.add(entry);
    } else {
      unexplained.push(finding);
    }
  }
  return {
    gated,
    allowed,
    unexplained,
    unusedEntries: allowList.filter((entry) => !used.has(entry)),
    passed: unexplained.length === 0,
  };
}
