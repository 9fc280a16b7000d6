import { createStore } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import type { ImportCounts, ImportFileResult } from '@shared/contract/channels/imports';
import {
  importCountsOf,
  MAX_DROPPED_BASE64_CHARS,
  MAX_FILES_PER_IMPORT,
} from '@shared/contract/channels/imports';
import type { HostClient } from '../../host';
import { fileToBase64 } from './open-shared-file';

/**
 * Bringing many trainees' files in at once: several chosen in the host's dialog (`imports:files`), a folder
 * (`imports:folder`), or several dropped on the window (`imports:files` with their bytes, in as many calls
 * as their size needs). The host answers one result per file; this keeps the last batch's results for the
 * results list.
 */

export type BatchSource = 'files' | 'folder' | 'dropped';

export type BatchImportState =
  | { kind: 'idle' }
  | { kind: 'working'; source: BatchSource; files: number | null }
  | {
      kind: 'done';
      source: BatchSource;
      results: ImportFileResult[];
      counts: ImportCounts;
      leftAlone: number;
      folderName: string | null;
    }
  | { kind: 'failed'; source: BatchSource; message: string };

export const batchImportStore = createStore<{ state: BatchImportState }>()(() => ({
  state: { kind: 'idle' },
}));

type Client = Pick<HostClient, 'importFiles' | 'importFolder'>;
type Batch = Extract<ResponseOf<'importFiles'>, { chosen: true }>;

/** "11 imported, 1 refused": the counts that are not zero, in the order a tutor reads them. */
export function summaryText(counts: ImportCounts): string {
  const parts = [
    counts.imported > 0 ? `${counts.imported} imported` : null,
    counts.updated > 0 ? `${counts.updated} updated` : null,
    counts.alreadyHere > 0 ? `${counts.alreadyHere} already here` : null,
    counts.refused > 0 ? `${counts.refused} refused` : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'No files were imported' : parts.join(', ');
}

/** The words on a result line's tag. */
export const outcomeLabels: Record<ImportFileResult['outcome'], string> = {
  imported: 'Imported',
  updated: 'Updated',
  'already-here': 'Already here',
  refused: 'Not imported',
};

/** Largest file read in the window: a little over the host's limit, so the host still names the problem. */
const MAX_READ_BYTES = 21 * 1024 * 1024;

function refusedHere(name: string, message: string): ImportFileResult {
  return { outcome: 'refused', name, message, error: { code: 'too-large', message } };
}

function failureMessage(error: unknown): string {
  return error instanceof HostError
    ? error.message
    : 'The files could not be imported. Nothing was changed. Please try again.';
}

async function run(
  source: BatchSource,
  files: number | null,
  work: () => Promise<Batch | { chosen: false }>,
): Promise<BatchImportState> {
  const set = (state: BatchImportState) => {
    batchImportStore.setState({ state });
    return state;
  };
  set({ kind: 'working', source, files });
  try {
    const answer = await work();
    if (!answer.chosen) return set({ kind: 'idle' });
    return set({
      kind: 'done',
      source,
      results: answer.results,
      counts: answer.counts,
      leftAlone: answer.leftAlone,
      folderName: answer.folderName ?? null,
    });
  } catch (error) {
    return set({ kind: 'failed', source, message: failureMessage(error) });
  }
}

/** Asks the host to show its open dialog, where several files can be chosen. */
export function importChosenFiles(client: Client): Promise<BatchImportState> {
  return run('files', null, () => client.importFiles({}));
}

/** Asks the host to show its folder chooser and import the folder. */
export function importFolder(client: Client): Promise<BatchImportState> {
  return run('folder', null, () => client.importFolder({}));
}

/**
 * Files dropped on the window, read here and sent in groups that each fit one request; the results come
 * back in the order the files were dropped. A file too large to be one of ours is refused without sending it.
 */
export function importDropped(client: Client, files: readonly File[]): Promise<BatchImportState> {
  return run('dropped', files.length, async () => {
    if (files.length > MAX_FILES_PER_IMPORT)
      throw new HostError(
        'too-large',
        `You dropped ${files.length} files; one import takes at most ${MAX_FILES_PER_IMPORT}. Drop fewer at a time, or import their folder.`,
      );
    const results: ImportFileResult[] = [];
    let group: Array<{ displayName: string; contentBase64: string }> = [];
    let groupChars = 0;
    const send = async () => {
      if (group.length === 0) return;
      const answer = await client.importFiles({ dropped: group });
      if (answer.chosen) results.push(...answer.results);
      group = [];
      groupChars = 0;
    };
    // A file refused here waits for the files before it to be sent, so the lines keep the dropped order.
    const refuse = async (result: ImportFileResult) => {
      await send();
      results.push(result);
    };
    for (const file of files) {
      const name = file.name || 'The file';
      if (file.size > MAX_READ_BYTES) {
        await refuse(
          refusedHere(name, `“${name}” is too large to be a Casework Practice file, so it was not opened.`),
        );
        continue;
      }
      const contentBase64 = await fileToBase64(file);
      if (contentBase64.length > MAX_DROPPED_BASE64_CHARS) {
        await refuse(
          refusedHere(name, `“${name}” is too large to be a Casework Practice file, so it was not opened.`),
        );
        continue;
      }
      if (contentBase64.length === 0) {
        await refuse({
          outcome: 'refused',
          name,
          message: `“${name}” is empty, so it was not opened.`,
          error: { code: 'invalid-file', message: `“${name}” is empty, so it was not opened.` },
        });
        continue;
      }
      if (groupChars + contentBase64.length > MAX_DROPPED_BASE64_CHARS) await send();
      group.push({ displayName: name, contentBase64 });
      groupChars += contentBase64.length;
    }
    await send();
    return { chosen: true, results, counts: importCountsOf(results), leftAlone: 0 };
  });
}

export function dismissBatch(): void {
  batchImportStore.setState({ state: { kind: 'idle' } });
}
