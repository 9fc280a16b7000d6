/**
 * Converts the built-in cases from TypeScript modules (the format before decision 0016) into the case data
 * files the app loads, and writes the fingerprints the library test compares the loaded data against.
 *
 *   npx tsx scripts/cases-to-data.ts            convert every shared/cases/library/*.ts case module
 *   npx tsx scripts/cases-to-data.ts --check    only say whether the data files match the modules
 *
 * The TypeScript modules are gone from the tree once converted. To convert a later edit of them (a branch
 * that still changes the TypeScript), bring the modules back beside the data, run this, then remove them:
 *
 *   git checkout <branch> -- shared/cases/library/   # the *.ts modules and their blocks.ts
 *   npx tsx scripts/cases-to-data.ts
 *   git rm -q shared/cases/library/*.ts
 *
 * For each case it writes `shared/cases/library/<id>.json`: the case as the schema parses it, with the
 * standard practice notice and the derived re-checks left out (loading supplies both). It then loads that file back through the
 * app's own path (`parseCase`, as `loadBuiltinCase` does) and stops, writing nothing more, unless the result is deep-equal to
 * what the module produced. Last it writes `shared/cases/__fixtures__/ts-era-fingerprints.json`: the SHA-256
 * of each module's parsed case, which `library-data.test.ts` checks the loaded data against once the
 * modules are gone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { CASE_PRACTICE_NOTICE, caseSchema, type PracticeCase } from '@shared/cases/schema';
// Not from '@shared/cases': its index loads the data files being rewritten, which may not load yet.
import { parseCase } from '@shared/cases/pack';
import { authoredCase, withRangeRechecks } from '@shared/cases/range-rechecks';
import { builtinTemplates } from '@shared/templates/builtin';
import { caseFingerprint } from './case-fingerprint';

const root = new URL('../', import.meta.url);
const libraryDir = new URL('shared/cases/library/', root);
const fingerprintsFile = new URL('shared/cases/__fixtures__/ts-era-fingerprints.json', root);
const checkOnly = process.argv.includes('--check');

/** The case as its data file holds it: what the format would fill in is left out. */
export function authoredForm(practiceCase: PracticeCase): Record<string, unknown> {
  const { practiceNotice, ...rest } = authoredCase(practiceCase);
  return practiceNotice === CASE_PRACTICE_NOTICE ? rest : practiceCase;
}

function looksLikeCase(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'format' in value && 'documents' in value;
}

async function main(): Promise<void> {
  const modules = readdirSync(libraryDir).filter((name) => name.endsWith('.ts') && name !== 'blocks.ts');
  if (modules.length === 0) {
    console.log(
      'No case modules in shared/cases/library/: nothing to convert (see the header for how to bring them back).',
    );
    return;
  }
  const fingerprints: Record<string, string> = {};
  let mismatches = 0;
  for (const name of modules.sort()) {
    const loaded = (await import(pathToFileURL(new URL(name, libraryDir).pathname).href)) as Record<
      string,
      unknown
    >;
    const sources = Object.values(loaded).filter(looksLikeCase);
    if (sources.length !== 1) throw new Error(`${name}: expected one exported case, found ${sources.length}`);
    // What the app made of the module: parsed, with the re-checks derived from its tutor notes.
    const fromModule = withRangeRechecks(caseSchema.parse(sources[0]));
    const dataFile = new URL(`${fromModule.id}.json`, libraryDir);
    // Formatted as the repository's Prettier check expects, so converting never leaves a lint failure.
    const text = await format(JSON.stringify(authoredForm(fromModule), null, 2), {
      ...(await resolveConfig(dataFile.pathname)),
      filepath: dataFile.pathname,
    });
    if (checkOnly) {
      let current = '';
      try {
        current = readFileSync(dataFile, 'utf8');
      } catch {
        // A missing data file is a mismatch like any other.
      }
      if (current !== text) {
        mismatches += 1;
        console.log(`${fromModule.id}: the data file differs from ${name}`);
      }
      continue;
    }
    writeFileSync(dataFile, text);
    const fromData = parseCase(JSON.parse(readFileSync(dataFile, 'utf8')), builtinTemplates);
    if (!fromData.ok)
      throw new Error(`${fromModule.id}: the data file does not load:\n${fromData.errors.join('\n')}`);
    if (!isDeepStrictEqual(fromData.practiceCase, fromModule))
      throw new Error(`${fromModule.id}: the data file does not load back to what ${name} produced`);
    fingerprints[fromModule.id] = caseFingerprint(fromModule);
    console.log(
      `${name} -> library/${fromModule.id}.json (${text.length.toLocaleString('en-GB')} characters)`,
    );
  }
  if (checkOnly) {
    console.log(
      mismatches === 0 ? 'Every data file matches its module.' : `${mismatches} data file(s) differ.`,
    );
    process.exitCode = mismatches === 0 ? 0 : 1;
    return;
  }
  writeFileSync(
    fingerprintsFile,
    await format(JSON.stringify(fingerprints, null, 2), { filepath: fingerprintsFile.pathname }),
  );
  console.log(
    `Fingerprints of ${Object.keys(fingerprints).length} cases -> __fixtures__/ts-era-fingerprints.json`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
