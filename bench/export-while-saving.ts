/**
 * Saves acknowledged while a 200-page PDF export runs. The storage is the real host Storage (file and
 * folder fsync) and the export is the host's PDF service rendering the stress document; autosaves of
 * another attempt are sent every 25 ms for as long as the export runs, and each one's time to its
 * acknowledgement is recorded. Measured with the export in the PDF worker as the app runs it (bundled, in
 * a child process at the lowest priority) and, for comparison, in a worker thread at low priority (the app's way
 * until 02/12/2026) and on the same thread as the storage (before that). Plus the same saves with no export
 * running. The order of the three is turned round each round, so a change in the machine's load falls on
 * each alike. Prints figures; asserts nothing.
 *
 * Run: npx tsx bench/export-while-saving.ts
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createInProcessPdfRunner, createWorkerPdfRunner, pdfWorkerEntry } from '@host/pdf/pdf-runner';
import type { PdfRunner } from '@host/pdf/pdf-runner';
import { createPdfService } from '@host/pdf/service';
import { openStorage } from '@host/storage/storage';
import type { Attempt } from '@shared/model/attempt';
import { sampleAttempt, sampleCaseInfo } from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { copyDataDir, preparedLibrary, storageDeps } from './lib/attempts';
import { bundledPdfWorkerDir } from './lib/pdf-worker-bundle';
import { msSince, summarise } from './lib/stats';
import type { Summary } from './lib/stats';

export interface ExportWhileSaving {
  pages: number;
  /** Save to acknowledgement while the export runs in the PDF worker process (as the app does it). */
  worker: Summary & { exportMs: number; workerRssMb: number | null };
  /** The same with the export in a worker thread of this process at low priority. */
  thread: Summary & { exportMs: number };
  /** The same, rendered on the storage's own thread (the old way). */
  sameThread: Summary & { exportMs: number };
  /** The same saves with no export running. */
  idle: Summary;
}

const SAVE_EVERY_MS = 25;

export async function measureExportWhileSaving(rounds = 2): Promise<ExportWhileSaving> {
  const library = await preparedLibrary(1);
  const dataDir = copyDataDir(library.dataDir, 'exportsave');
  const storage = await openStorage(storageDeps(dataDir));
  let attempt: Attempt = await storage.getAttempt(library.ids[0]!);
  let n = 0;
  const save = async () => {
    n += 1;
    const next: Attempt = { ...attempt, title: `Bench: saved while exporting ${n}` };
    const ack = await storage.saveAttempt({ attempt: next, progress: 1 });
    attempt = { ...next, revision: ack.revision };
  };
  const stress = sampleAttempt({ longAnswerWords: 3700, rows: 12 });
  const serviceWith = (runner: PdfRunner) =>
    createPdfService({
      runner,
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      now: () => new Date('2026-11-23T10:00:00Z'),
      storage: { getAttempt: async () => stress, getSettings: () => ({ traineeName: 'Siân Ellis' }) },
      saveImportedAttempt: async (imported) => imported,
      templates: () => builtinTemplates,
      caseInfo: () => sampleCaseInfo(),
    });

  /** Saves every 25 ms (each waits for the one before, as the renderer's queue does) until `until` settles. */
  async function savesDuring(until: Promise<unknown>): Promise<number[]> {
    let done = false;
    void until.finally(() => (done = true));
    const times: number[] = [];
    while (!done) {
      const started = process.hrtime.bigint();
      await save();
      times.push(msSince(started));
      await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
    }
    return times;
  }

  async function during(
    runner: PdfRunner,
  ): Promise<{ samples: number[]; exportMs: number; pages: number; workerRssMb: number | null }> {
    const service = serviceWith(runner);
    await service.renderAttemptPdf(sampleAttempt()); // warm: worker started, fonts parsed
    for (let i = 0; i < 3; i += 1) await save();
    const started = process.hrtime.bigint();
    const exporting = service.renderAttemptPdf(stress);
    const times = await savesDuring(exporting);
    const { pages, usage } = await exporting;
    const exportMs = msSince(started);
    await runner.close();
    return { samples: times, exportMs, pages, workerRssMb: usage?.maxRssMb ?? null };
  }

  const ways = {
    worker: () => during(createWorkerPdfRunner({ entry: pdfWorkerEntry(bundledPdfWorkerDir()) })),
    thread: () =>
      during(createWorkerPdfRunner({ entry: pdfWorkerEntry(bundledPdfWorkerDir()), isolation: 'thread' })),
    sameThread: () => during(createInProcessPdfRunner()),
  };
  type Way = keyof typeof ways;
  const order: Way[] = ['worker', 'thread', 'sameThread'];
  try {
    const times: Record<Way, number[]> = { worker: [], thread: [], sameThread: [] };
    const exportMs: Record<Way, number[]> = { worker: [], thread: [], sameThread: [] };
    let pages = 0;
    let workerRssMb: number | null = null;
    for (let round = 0; round < rounds; round += 1) {
      for (const way of round % 2 ? [...order].reverse() : order) {
        const measured = await ways[way]();
        times[way].push(...measured.samples);
        exportMs[way].push(measured.exportMs);
        pages = measured.pages;
        if (way === 'worker' && measured.workerRssMb !== null)
          workerRssMb = Math.max(workerRssMb ?? 0, measured.workerRssMb);
      }
    }
    const idleTimes: number[] = [];
    for (let i = 0; i < 60 * rounds; i += 1) {
      const started = process.hrtime.bigint();
      await save();
      idleTimes.push(msSince(started));
      await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
    }
    const of = (way: Way) => ({
      ...summarise(times[way]),
      exportMs: Math.round(summarise(exportMs[way]).median),
    });
    return {
      pages,
      worker: { ...of('worker'), workerRssMb },
      thread: of('thread'),
      sameThread: of('sameThread'),
      idle: summarise(idleTimes),
    };
  } finally {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureExportWhileSaving(Number(process.argv[2] ?? 2));
  console.log(JSON.stringify(figures, null, 2));
  const { removePreparedLibraries } = await import('./lib/attempts');
  await removePreparedLibraries();
}
