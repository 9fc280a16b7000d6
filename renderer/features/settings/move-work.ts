import { createStore } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { HostClient } from '../../host';
import { flushAll } from '../../state/flush';

/** How the last "Export all my work" or its import went, shown in Settings. */
export type MoveWorkStatus =
  | { kind: 'idle' }
  | { kind: 'working'; what: 'export' | 'import' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export const moveWorkStore = createStore<{ status: MoveWorkStatus }>()(() => ({ status: { kind: 'idle' } }));

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const failure = (error: unknown, fallback: string) => (error instanceof HostError ? error.message : fallback);

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** The kinds besides one's own attempts, each named only when the file holds some. */
function others(counts: { copies: number; templates: number; cases: number; supervision: number }): string[] {
  return [
    counts.copies > 0 ? plural(counts.copies, 'copy of a trainee’s work', 'copies of trainees’ work') : null,
    counts.templates > 0 ? plural(counts.templates, 'template version', 'template versions') : null,
    counts.cases > 0 ? plural(counts.cases, 'case version', 'case versions') : null,
    counts.supervision > 0 ? plural(counts.supervision, 'supervision record', 'supervision records') : null,
  ].filter((part): part is string => part !== null);
}

/** Writes all of one's work (attempts with reviews, copies, supervision, templates, cases) to one file. */
export async function exportAllWork(client: Pick<HostClient, 'exportAllWork'>): Promise<MoveWorkStatus> {
  moveWorkStore.setState({ status: { kind: 'working', what: 'export' } });
  let status: MoveWorkStatus;
  try {
    // Whatever is still waiting to be saved goes to disk first: the export reads the saved work.
    await flushAll();
    const result = await client.exportAllWork({});
    status = result.saved
      ? {
          kind: 'done',
          message: `Saved ${listed([
            plural(result.attempts, 'piece of work', 'pieces of work'),
            ...others(result),
          ])} to “${result.fileName}”. Keep it somewhere safe: anyone with the file can read the work in it.`,
        }
      : { kind: 'idle' };
  } catch (error) {
    status = {
      kind: 'failed',
      message: failure(error, 'Your work could not be exported. Please try again.'),
    };
  }
  moveWorkStore.setState({ status });
  return status;
}

/** Brings in a file from "Export all my work": adds what is not here yet, never over what is. */
export async function importAllWork(
  client: Pick<HostClient, 'importAllWork'>,
  afterImport: () => void,
): Promise<MoveWorkStatus> {
  moveWorkStore.setState({ status: { kind: 'working', what: 'import' } });
  let status: MoveWorkStatus;
  try {
    const result = await client.importAllWork({});
    if (!result.imported) status = { kind: 'idle' };
    else {
      const work = plural(result.added, 'piece of work', 'pieces of work');
      const parts = [
        `Added ${listed([
          result.reviewsAdded > 0 ? `${work} with ${plural(result.reviewsAdded, 'review', 'reviews')}` : work,
          ...others({
            copies: result.copiesAdded,
            templates: result.templatesAdded,
            cases: result.casesAdded,
            supervision: result.supervisionAdded,
          }),
        ])}`,
      ];
      const already =
        result.alreadyHere > 0
          ? ` ${plural(result.alreadyHere, 'piece was', 'pieces were')} already here and left as they are.`
          : '';
      status = { kind: 'done', message: `${parts.join(' ')} from “${result.fileName}”.${already}` };
      afterImport();
    }
  } catch (error) {
    status = {
      kind: 'failed',
      message: failure(error, 'The file could not be imported. Nothing was changed.'),
    };
  }
  moveWorkStore.setState({ status });
  return status;
}
