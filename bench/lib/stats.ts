/**
 * Small helpers every bench shares: summaries of repeated timings, a peak-memory sampler, and how the
 * figures are printed. Benches print and record figures; nothing here asserts a timing.
 */

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  max: number;
  min: number;
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** Nearest-rank percentile of already sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    runs: sorted.length,
    median: round(median, 2),
    p95: round(percentile(sorted, 95), 2),
    max: round(sorted.at(-1) ?? Number.NaN, 2),
    min: round(sorted[0] ?? Number.NaN, 2),
  };
}

export const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Milliseconds since `from` (a `process.hrtime.bigint()` reading), to 0.01 ms. */
export function msSince(from: bigint): number {
  return round(Number(process.hrtime.bigint() - from) / 1e6, 2);
}

/** Peak resident memory of this Node process, sampled every few milliseconds while work runs. */
export function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/** One line of the results table and of latest.json. */
export interface Figure {
  /** Stable key, so a later run can be compared figure by figure. */
  id: string;
  label: string;
  unit: 'ms' | 'KiB' | 'ratio' | 'MiB' | 'pages';
  /** The figure the target is judged on (e.g. the p95 for typing, the median for most). */
  value: number | null;
  /** Which statistic `value` is. */
  statistic: string;
  summary?: Summary;
  peakMemoryMiB?: number | null;
  target?: string;
  /** Whether the target was met; null when there is no target or the figure could not be measured. */
  pass?: boolean | null;
  note?: string;
  /** What else the bench learnt about this figure (breakdowns, sizes), kept in latest.json only. */
  detail?: Record<string, unknown>;
}

function cell(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return unit === 'ratio' ? `${value.toFixed(2)}x` : `${value}`;
}

/** A Markdown table, so the same text reads on a terminal and pastes into docs/performance.md. */
export function table(figures: readonly Figure[]): string {
  const rows = [
    ['Figure', 'Value', 'Median', 'p95', 'Max', 'Runs', 'Peak mem (MiB)', 'Target', 'Met'],
    ...figures.map((figure) => [
      figure.label,
      figure.value === null
        ? 'not measured'
        : `${cell(figure.value, figure.unit)}${figure.unit === 'ratio' ? '' : ` ${figure.unit}`} (${figure.statistic})`,
      cell(figure.summary?.median, figure.unit),
      cell(figure.summary?.p95, figure.unit),
      cell(figure.summary?.max, figure.unit),
      figure.summary ? String(figure.summary.runs) : '–',
      cell(figure.peakMemoryMiB, 'MiB'),
      figure.target ?? '–',
      figure.pass === undefined || figure.pass === null ? '–' : figure.pass ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((text, i) => text.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
