/**
 * One part of `npm run report:reliability`. Each area adds a file here exporting a `ReportSection`
 * and registers it in scripts/report-reliability.ts; the figures print as aligned lines and also as
 * JSON (`--json`), so they can be compared between versions.
 */
export interface ReportOptions {
  /** Crash cycles to run (at least 200, enough for a rare lost edit to show up). */
  cycles: number;
  lanes: number;
  seed: number | undefined;
}

export type Figure = string | number | boolean;

export interface SectionResult {
  /** Name, value and, when the value has a required level, what it must be. */
  figures: Array<{ name: string; value: Figure; mustBe?: Figure }>;
  /** Lines worth reading when something failed (or to show each case). */
  details: string[];
  ok: boolean;
}

export interface ReportSection {
  id: string;
  title: string;
  run(options: ReportOptions): Promise<SectionResult>;
}

export function figuresMet(figures: SectionResult['figures']): boolean {
  return figures.every((figure) => figure.mustBe === undefined || figure.value === figure.mustBe);
}
