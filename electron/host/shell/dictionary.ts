import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The spelling dictionaries the app ships, by the file name Chromium's Hunspell loader looks for in the
 * profile's `Dictionaries` folder (language, then the dictionary's version). A name Chromium does not expect
 * is never loaded, and Chromium would download its own.
 */
export const bundledDictionaries: Readonly<Record<string, string>> = { 'en-GB': 'en-GB-10-1.bdic' };

/** Where the shipped dictionaries are: a resource of the installed app, assets/ when run from source. */
export function bundledDictionariesDir(options: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'dictionaries')
    : join(options.appPath, 'assets', 'dictionaries');
}

export interface DictionaryInstall {
  /** Copied into the profile now (missing, or a different size: a torn or older copy). */
  installed: string[];
  /** Already in the profile, the same size as the shipped one. */
  present: string[];
  /** Asked for, but the app has no such dictionary or it is missing from the install. */
  missing: string[];
}

const sizeOf = async (path: string): Promise<number | null> => {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
};

/**
 * Puts the shipped dictionary for each language into the profile's `Dictionaries` folder before the session
 * is given its languages, so Chromium finds it there and never fetches one (on Windows and macOS the
 * operating system's checker is used, and the copy is simply unused). Copies through a temporary name and
 * renames, so a crash mid-copy leaves no half file under the real name.
 */
export async function installBundledDictionaries(options: {
  bundledDir: string;
  profileDictionariesDir: string;
  languages: readonly string[];
}): Promise<DictionaryInstall> {
  const result: DictionaryInstall = { installed: [], present: [], missing: [] };
  for (const language of options.languages) {
    const name = Object.hasOwn(bundledDictionaries, language) ? bundledDictionaries[language] : undefined;
    const from = name ? join(options.bundledDir, name) : null;
    const size = from ? await sizeOf(from) : null;
    if (!name || !from || size === null) {
      result.missing.push(language);
      continue;
    }
    const to = join(options.profileDictionariesDir, name);
    if ((await sizeOf(to)) === size) {
      result.present.push(name);
      continue;
    }
    await mkdir(options.profileDictionariesDir, { recursive: true });
    const temporary = `${to}.${process.pid}.partial`;
    try {
      await copyFile(from, temporary);
      await rename(temporary, to);
    } finally {
      await rm(temporary, { force: true });
    }
    result.installed.push(name);
  }
  return result;
}
