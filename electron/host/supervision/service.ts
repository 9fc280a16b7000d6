import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { Notice } from '@shared/model/notices';
import { SUPERVISION_SCHEMA_VERSION, supervisionRecordSchema } from '@shared/supervision/schema';
import type { SupervisionRecord } from '@shared/supervision/schema';
import { RecordStore } from '../review/record-store';
import type { RecordStoreCommon } from '../review/record-store';

export interface SupervisionServiceDeps extends RecordStoreCommon {
  now: () => Date;
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;

/** Supervision records, one file each under `supervision/`, read on first use. */
export function createSupervisionService(deps: SupervisionServiceDeps) {
  const supervision = new RecordStore<SupervisionRecord>({
    ...deps,
    folder: 'supervision',
    schema: supervisionRecordSchema,
    currentVersion: SUPERVISION_SCHEMA_VERSION,
    what: 'a supervision record',
    describe: (record) => `the supervision record of ${record.date.split('-').reverse().join('/')}`,
  });

  async function listSupervisionRecords(): Promise<ResponseOf<'listSupervisionRecords'>> {
    const records = await supervision.list();
    return {
      records: records.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
      notices: [...supervision.notices],
    };
  }

  async function saveSupervisionRecord(
    request: ParsedRequestOf<'saveSupervisionRecord'>,
  ): Promise<ResponseOf<'saveSupervisionRecord'>> {
    await supervision.save(request.record);
    return { savedAt: deps.now().toISOString() };
  }

  async function deleteSupervisionRecord(
    request: ParsedRequestOf<'deleteSupervisionRecord'>,
  ): Promise<ResponseOf<'deleteSupervisionRecord'>> {
    await supervision.remove(request.id);
    return { deleted: true };
  }

  function notices(): Notice[] {
    return [...supervision.notices];
  }

  return {
    listSupervisionRecords,
    saveSupervisionRecord,
    deleteSupervisionRecord,
    notices,
    flush: () => supervision.flush(),
    store: supervision,
  };
}
