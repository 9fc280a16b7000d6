import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spellCheckerLanguages } from '../../security/web-preferences';
import { bundledDictionaries, bundledDictionariesDir, installBundledDictionaries } from './dictionary';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'casework-dict-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const shipped = bundledDictionariesDir({
  isPackaged: false,
  resourcesPath: '/unused',
  appPath: process.cwd(),
});

describe('the shipped spelling dictionary', () => {
  it('ships a Chromium dictionary for every language the session checks', () => {
    for (const language of spellCheckerLanguages) {
      const name = bundledDictionaries[language];
      expect(name, language).toBeDefined();
      const bytes = readFileSync(join(shipped, name!));
      // Chromium's BDic signature; a plain Hunspell .dic would be ignored and the download would follow.
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('BDic');
      expect(bytes.length).toBeGreaterThan(100_000);
    }
  });

  it('copies it into the profile before Chromium looks, and leaves a good copy alone', async () => {
    const profile = join(scratch(), 'Dictionaries');
    const first = await installBundledDictionaries({
      bundledDir: shipped,
      profileDictionariesDir: profile,
      languages: spellCheckerLanguages,
    });
    expect(first).toEqual({ installed: ['en-GB-10-1.bdic'], present: [], missing: [] });
    expect(readdirSync(profile)).toEqual(['en-GB-10-1.bdic']);
    const again = await installBundledDictionaries({
      bundledDir: shipped,
      profileDictionariesDir: profile,
      languages: spellCheckerLanguages,
    });
    expect(again).toEqual({ installed: [], present: ['en-GB-10-1.bdic'], missing: [] });
  });

  it('replaces a torn copy, and names a language it has no dictionary for', async () => {
    const bundled = scratch();
    writeFileSync(join(bundled, 'en-GB-10-1.bdic'), 'BDic complete');
    const profile = scratch();
    writeFileSync(join(profile, 'en-GB-10-1.bdic'), 'BDic');
    const result = await installBundledDictionaries({
      bundledDir: bundled,
      profileDictionariesDir: profile,
      languages: ['en-GB', 'cy-GB', 'toString'],
    });
    expect(result).toEqual({ installed: ['en-GB-10-1.bdic'], present: [], missing: ['cy-GB', 'toString'] });
    expect(readFileSync(join(profile, 'en-GB-10-1.bdic'), 'utf8')).toBe('BDic complete');
    expect(readdirSync(profile)).toEqual(['en-GB-10-1.bdic']);
  });

  it('reports a dictionary missing from the install instead of throwing', async () => {
    const result = await installBundledDictionaries({
      bundledDir: scratch(),
      profileDictionariesDir: scratch(),
      languages: ['en-GB'],
    });
    expect(result.missing).toEqual(['en-GB']);
  });
});
