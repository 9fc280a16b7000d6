import type { ResponseOf } from '@shared/contract';
import { IMPORTED_COPY_SCHEMA_VERSION, importedCopySchema } from '@shared/exchange';
import type { ImportedCopy } from '@shared/exchange';
import { RecordStore } from './record-store';
import type { RecordStoreCommon } from './record-store';

/**
 * Where each imported attempt came from (its id in the sender's app, the trainee's name, the file), one
 * record per local copy under `imported/`, so feedback goes back under the id the sender knows.
 */
export function createImportedCopyStore(common: RecordStoreCommon): RecordStore<ImportedCopy> {
  return new RecordStore<ImportedCopy>({
    ...common,
    folder: 'imported',
    schema: importedCopySchema,
    currentVersion: IMPORTED_COPY_SCHEMA_VERSION,
    what: 'a record of where an imported attempt came from',
    describe: (copy) => `the record of where “${copy.fileName}” came from`,
  });
}

export type ImportedCopiesService = ReturnType<typeof createImportedCopiesService>;

export function createImportedCopiesService(copies: RecordStore<ImportedCopy>) {
  async function listImportedCopies(): Promise<ResponseOf<'listImportedCopies'>> {
    return { copies: await copies.list() };
  }
  return { listImportedCopies };
}
