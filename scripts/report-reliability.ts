/**
 * `npm run report:reliability [-- --cycles 300 --lanes 2 --seed 42 --json]`
 * Prints the storage and security reliability figures so they can be compared between versions; exits 1 when any
 * figure misses what it must be.
 */
import os from 'node:os';
import { corruptionSection } from './reliability/corruption';
import { crashSection } from './reliability/crash';
import { byteFaultSection } from './reliability/byte-faults';
import { handlerFuzzSection } from './reliability/handler-fuzz';
import { hostileFilesSection } from './reliability/hostile-files';
import { powerLossSection } from './reliability/power-loss';
import type { ReportOptions, ReportSection, SectionResult } from './reliability/section';
import { upgradeSection } from './reliability/upgrades';

/**
 * Sections in the order they print. Another area adds its figures by writing
 * scripts/reliability/<area>.ts (a ReportSection) and adding it here, e.g. the contract fuzzer's
 * figures: cases per channel, rejected, accepted by mistake.
 */
const sections: ReportSection[] = [
  crashSection,
  corruptionSection,
  byteFaultSection,
  powerLossSection,
  upgradeSection,
  handlerFuzzSection,
  hostileFilesSection,
];

function parseOptions(argv: string[]): ReportOptions & { json: boolean; only: string[] } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const cycles = Number(value('--cycles') ?? 300);
  const lanes = Number(value('--lanes') ?? Math.max(1, Math.min(2, os.availableParallelism())));
  const seedText = value('--seed');
  return {
    cycles: Number.isInteger(cycles) && cycles > 0 ? cycles : 300,
    lanes: Number.isInteger(lanes) && lanes > 0 ? lanes : 1,
    seed: seedText === undefined ? undefined : Number(seedText),
    json: argv.includes('--json'),
    only: (value('--only') ?? '').split(',').filter(Boolean),
  };
}

function printSection(section: ReportSection, result: SectionResult): void {
  const width = Math.max(...result.figures.map((f) => f.name.length), 10) + 2;
  console.log(`\n${section.title}`);
  for (const figure of result.figures) {
    const required =
      figure.mustBe === undefined
        ? ''
        : figure.value === figure.mustBe
          ? `   (must be ${figure.mustBe})`
          : `   MUST BE ${figure.mustBe}`;
    console.log(`  ${figure.name.padEnd(width)}${String(figure.value)}${required}`);
  }
  for (const line of result.details) console.log(`    ${line}`);
  console.log(`  => ${result.ok ? 'pass' : 'FAIL'}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const chosen = options.only.length > 0 ? sections.filter((s) => options.only.includes(s.id)) : sections;
  const results: Array<{ section: ReportSection; result: SectionResult }> = [];
  if (!options.json)
    console.log(
      `Casework Practice reliability report: ${new Date().toISOString()}, Node ${process.versions.node}, ${os.availableParallelism()} cores`,
    );
  for (const section of chosen) {
    let result: SectionResult;
    try {
      result = await section.run(options);
    } catch (error) {
      result = {
        figures: [],
        details: [error instanceof Error ? (error.stack ?? error.message) : String(error)],
        ok: false,
      };
    }
    results.push({ section, result });
    if (!options.json) printSection(section, result);
  }
  const ok = results.every(({ result }) => result.ok);
  if (options.json)
    console.log(
      JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.versions.node,
          ok,
          sections: Object.fromEntries(
            results.map(({ section, result }) => [
              section.id,
              { ok: result.ok, figures: Object.fromEntries(result.figures.map((f) => [f.name, f.value])) },
            ]),
          ),
        },
        null,
        2,
      ),
    );
  else console.log(`\nReliability: ${ok ? 'all figures as required' : 'SOME FIGURES MISSED'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
