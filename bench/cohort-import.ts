/**
 * A tutor importing a cohort: 200 trainees' .casework files (each about the size a finished four-template
 * attempt exports at) in one folder, brought in with "Import a folder" (`imports:folder`) through the host's
 * handler table as the renderer calls it, on a fresh data folder each run, with the app's own storage
 * settings (every file fsync'd). Timed from the call to its answer: listing the folder, reading and checking
 * every file, saving each attempt with its imported-copy record and index entry. Also timed: the same folder
 * again, when every file is already here (the repeat a tutor makes when a few files are added).
 * The target: importing 200 trainees' files takes under 10 s on this machine.
 *
 * Run: npx tsx bench/cohort-import.ts (or npx tsx bench/run.ts --only import)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFileStore } from '@host/storage/file-store';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { writeCohortFolder } from '@host/imports/__fixtures__/cohort-files';
import type { ResponseOf } from '@shared/contract';
import { call } from './lib/host';
import { storageDeps } from './lib/attempts';
import { msSince, summarise } from './lib/stats';
import type { Summary } from './lib/stats';

export interface CohortImportCosts {
  trainees: number;
  /** Bytes of the folder's files together. */
  folderBytes: number;
  importAll: Summary;
  again: Summary;
}

export const COHORT_TRAINEES = 200;

type Batch = Extract<ResponseOf<'importFolder'>, { chosen: true }>;

function tutorHost(dataDir: string, folder: string): Promise<Host> {
  const deps = storageDeps(dataDir);
  return createHost({
    ...deps,
    createStore: createFileStore,
    dialogs: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseFolder: async () => folder,
    },
  });
}

export async function measureCohortImport(runs = 3): Promise<CohortImportCosts> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-bench-cohort-'));
  try {
    const folder = path.join(root, 'Cohort');
    const paths = writeCohortFolder(folder, COHORT_TRAINEES);
    const folderBytes = paths.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    const first: number[] = [];
    const again: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const dataDir = path.join(root, `data-${run}`);
      const host = await tutorHost(dataDir, folder);
      try {
        let started = process.hrtime.bigint();
        const batch = await call<Batch>(host, 'importFolder', {});
        first.push(msSince(started));
        if (batch.counts.imported !== COHORT_TRAINEES)
          throw new Error(`expected ${COHORT_TRAINEES} imported, got ${JSON.stringify(batch.counts)}`);
        started = process.hrtime.bigint();
        const repeat = await call<Batch>(host, 'importFolder', {});
        again.push(msSince(started));
        if (repeat.counts.alreadyHere !== COHORT_TRAINEES)
          throw new Error(`expected every file already here, got ${JSON.stringify(repeat.counts)}`);
      } finally {
        await host.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
    return { trainees: COHORT_TRAINEES, folderBytes, importAll: summarise(first), again: summarise(again) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const costs = await measureCohortImport();
  console.log(JSON.stringify(costs, null, 2));
  console.log(
    `Importing ${costs.trainees} trainees’ files: median ${(costs.importAll.median / 1000).toFixed(2)} s (target < 10 s): ${costs.importAll.median < 10_000 ? 'met' : 'NOT met'}`,
  );
}
