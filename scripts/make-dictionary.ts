// Regenerates assets/dictionaries/en-GB-10-1.bdic, the en-GB spelling dictionary the app ships so that
// Chromium never downloads one. Needs two Debian packages (the output is committed, so building the app
// does not):  apt-get install hunspell-en-gb qt6-webengine-dev-tools
//   npx tsx scripts/make-dictionary.ts
// qwebengine_convert_dict is Qt WebEngine's build of Chromium's own convert_dict, so the file is in the
// format and under the name Chromium's Hunspell loader expects.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const converter = '/usr/lib/qt6/libexec/qwebengine_convert_dict';
const source = '/usr/share/hunspell/en_GB.dic';
const output = fileURLToPath(new URL('../assets/dictionaries/en-GB-10-1.bdic', import.meta.url));

for (const [path, pkg] of [
  [converter, 'qt6-webengine-dev-tools'],
  [source, 'hunspell-en-gb'],
] as const) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: apt-get install ${pkg}`);
    process.exit(1);
  }
}
execFileSync(converter, [source, output], { stdio: 'inherit' });
const head = readFileSync(output).subarray(0, 4).toString('latin1');
if (head !== 'BDic') throw new Error(`${output} does not start with the BDic signature`);
console.log(`Wrote ${output}`);
