import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HostError } from '@shared/contract';
import { MAX_FILES_PER_IMPORT, MAX_FOLDER_DEPTH } from '@shared/contract/channels/imports';
import { SHARE_FILE_EXTENSION } from '@shared/exchange';

/** A file in a chosen folder that an import will read. */
export interface FolderFile {
  path: string;
  /** Its path below the chosen folder, with `/` between parts: what its result line shows. */
  shown: string;
}

/** Entries looked at in one folder import (files and folders at every level): beyond it the folder is refused. */
export const MAX_FOLDER_ENTRIES = 20_000;

/** Whether a file name is one an import takes: a share package or a PDF the app may have exported. */
export function importableName(name: string, kinds: 'casework' | 'casework-or-pdf'): boolean {
  if (isIgnoredName(name)) return false;
  const lower = name.toLocaleLowerCase('en-GB');
  if (lower.endsWith(`.${SHARE_FILE_EXTENSION}`)) return true;
  return kinds === 'casework-or-pdf' && lower.endsWith('.pdf');
}

/**
 * Names no one means to import, so they are passed over without counting as "left alone": hidden files,
 * the lock and part files office suites and file-sharing clients leave while they work.
 */
export function isIgnoredName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    /\.(tmp|part|partial|crdownload|download)$/i.test(name) ||
    name === 'desktop.ini' ||
    name === 'Thumbs.db'
  );
}

/**
 * The .casework and PDF files in a folder the person chose and in the folders inside it, down to
 * MAX_FOLDER_DEPTH levels, in name order. Shortcuts (symbolic links) are never followed, so the import reads
 * only what is really in the folder. Other files are counted, not read.
 */
export async function filesInFolder(
  folder: string,
  kinds: 'casework' | 'casework-or-pdf' = 'casework-or-pdf',
): Promise<{ files: FolderFile[]; leftAlone: number }> {
  const files: FolderFile[] = [];
  let leftAlone = 0;
  let seen = 0;
  const visit = async (dir: string, prefix: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    seen += entries.length;
    if (seen > MAX_FOLDER_ENTRIES)
      throw new HostError(
        'too-large',
        `The folder holds too many files to look through (more than ${MAX_FOLDER_ENTRIES.toLocaleString('en-GB')}). Choose a folder with only your trainees’ files in it.`,
      );
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    for (const entry of entries) {
      const shown = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH && !isIgnoredName(entry.name))
          await visit(join(dir, entry.name), shown, depth + 1);
        continue;
      }
      if (isIgnoredName(entry.name)) continue;
      if (entry.isFile() && importableName(entry.name, kinds))
        files.push({ path: join(dir, entry.name), shown });
      else leftAlone += 1;
    }
  };
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new HostError('invalid-request', 'That is not a folder.');
    await visit(folder, '', 1);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(
      'not-found',
      'The folder could not be read. Check it is still there, then try again.',
    );
  }
  if (files.length > MAX_FILES_PER_IMPORT)
    throw new HostError(
      'too-large',
      `The folder holds ${files.length.toLocaleString('en-GB')} Casework files; one import takes at most ${MAX_FILES_PER_IMPORT}. Split them into smaller folders and import each.`,
    );
  return { files, leftAlone };
}
