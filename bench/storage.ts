/**
 * What storage costs, through the real host Storage with its default options (file fsync, folder fsync,
 * deferred index writes):
 * - opening a library (listed from the index; attempt files are checked after the first paint);
 * - one autosave of an attempt (write, fsync, rename, folder fsync: the acknowledged save) when the library
 *   holds 1, 100 and 1,000 attempts, and the deferred index write that follows it a moment later.
 * - start-up (open and list, as the home screen waits for it) at 10, 1,000 and 10,000 attempts, and the
 *   check of every file that follows the first paint.
 * Prints figures; asserts nothing. Run: npx tsx bench/storage.ts [sizes=1,100,1000] [saves=40], or
 * npx tsx bench/storage.ts startup
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStorage } from '@host/storage/storage';
import type { Storage } from '@host/storage/storage';
import type { Attempt } from '@shared/model/attempt';
import { copyDataDir, preparedLibrary, removePreparedLibraries, storageDeps } from './lib/attempts';
import { mib, msSince, rssSampler, summarise } from './lib/stats';
import type { Summary } from './lib/stats';

export interface SaveCost {
  librarySize: number;
  attemptKiB: number;
  /** The acknowledged save the renderer waits for. */
  save: Summary;
  /** The index write a save schedules (1.5 s later in the app), forced here with `flush()`. */
  indexWrite: Summary;
  /** Opening the library: every attempt read and checked. */
  open: Summary;
  /** Peak RSS of the whole run (every library open at once). */
  peakRssMiB: number;
}

interface OpenLibrary {
  librarySize: number;
  dataDir: string;
  storage: Storage;
  autosave(n: number): Promise<void>;
  attemptKiB(): number;
}

async function openLibrary(librarySize: number, openRuns: number[]): Promise<OpenLibrary> {
  const library = await preparedLibrary(librarySize);
  const dataDir = copyDataDir(library.dataDir, `save${librarySize}`);
  for (let run = 0; run < 3; run += 1) {
    const started = process.hrtime.bigint();
    const opened = await openStorage(storageDeps(dataDir));
    openRuns.push(msSince(started));
    await opened.close();
  }
  const storage = await openStorage(storageDeps(dataDir));
  let attempt: Attempt = await storage.getAttempt(library.ids[0]!);
  const answers = attempt.answers;
  const analysis = answers['rosh-analysis']!;
  const base = String(analysis['motivation'] ?? '');
  return {
    librarySize,
    dataDir,
    storage,
    /** One autosave: the whole attempt with one long answer a few characters longer, as the store sends it. */
    async autosave(n) {
      const next: Attempt = {
        ...attempt,
        answers: {
          ...answers,
          'rosh-analysis': { ...analysis, motivation: `${base} ${'x'.repeat(n % 50)}` },
        },
      };
      const ack = await storage.saveAttempt({ attempt: next, progress: 1 });
      attempt = { ...next, revision: ack.revision };
    },
    attemptKiB: () => Math.round(JSON.stringify(attempt).length / 1024),
  };
}

/**
 * Saves to the libraries in turn (1, 100, 1,000, 1, 100, ...) so a change in the machine's load during
 * the run falls on every size alike; the ratio between sizes is the figure that matters.
 */
export async function measureSaveScaling(sizes = [1, 100, 1000], saves = 40): Promise<SaveCost[]> {
  const memory = rssSampler();
  const opens = sizes.map(() => [] as number[]);
  const libraries: OpenLibrary[] = [];
  try {
    for (const [i, size] of sizes.entries()) libraries.push(await openLibrary(size, opens[i]!));
    // Warm-up: the first save takes the attempt's first snapshot of this session.
    for (const library of libraries) {
      for (let n = 0; n < 3; n += 1) await library.autosave(n);
      await library.storage.flush();
    }
    const saveRuns = sizes.map(() => [] as number[]);
    const indexRuns = sizes.map(() => [] as number[]);
    for (let n = 0; n < saves; n += 1) {
      for (const [i, library] of libraries.entries()) {
        const started = process.hrtime.bigint();
        await library.autosave(n);
        saveRuns[i]!.push(msSince(started));
      }
    }
    for (let n = 0; n < Math.min(saves, 15); n += 1) {
      for (const [i, library] of libraries.entries()) {
        await library.autosave(n);
        const started = process.hrtime.bigint();
        await library.storage.flush();
        indexRuns[i]!.push(msSince(started));
      }
    }
    const peak = mib(memory.stop());
    return libraries.map((library, i) => ({
      librarySize: library.librarySize,
      attemptKiB: library.attemptKiB(),
      save: summarise(saveRuns[i]!),
      indexWrite: summarise(indexRuns[i]!),
      open: summarise(opens[i]!),
      peakRssMiB: peak,
    }));
  } finally {
    memory.stop();
    for (const library of libraries) {
      await library.storage.close();
      fs.rmSync(library.dataDir, { recursive: true, force: true });
    }
  }
}

export interface StartupCost {
  librarySize: number;
  /** Opening storage and listing the attempts: what the home screen waits for (from the index's head). */
  open: Summary;
  /** Reading the whole index after the first paint, which the rest of the app waits for (not the home screen). */
  wholeIndex: Summary;
  /** The check of every attempt file the renderer asks for after the first paint (not waited for). */
  backgroundCheck: Summary;
}

/**
 * A library `factor` times the size of a prepared one: each attempt file is copied under new ids and the
 * index gains their entries, written the way storage writes them. Seeding 10,000 through Storage would
 * write the growing index 10,000 times; the files and index are the same either way.
 */
export async function grownLibrary(size: number, factor: number): Promise<string> {
  const base = await preparedLibrary(size);
  const dataDir = copyDataDir(base.dataDir, `grown${size * factor}`);
  const attemptsDir = path.join(dataDir, 'attempts');
  const indexFile = path.join(dataDir, 'library.json');
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { entries: Array<Record<string, unknown>> };
  const entries = [...index.entries];
  for (const entry of index.entries) {
    const file = fs.readFileSync(path.join(attemptsDir, `${String(entry['id'])}.json`), 'utf8');
    for (let copy = 1; copy < factor; copy += 1) {
      const id = `${String(entry['id'])}-c${copy}`;
      const attempt = { ...(JSON.parse(file) as Record<string, unknown>), id };
      fs.writeFileSync(path.join(attemptsDir, `${id}.json`), JSON.stringify(attempt, null, '\t'));
      entries.push({ ...entry, id });
    }
  }
  fs.writeFileSync(indexFile, JSON.stringify({ ...index, entries }, null, '\t'));
  return dataDir;
}

/** Start-up (open and list) at each library size, and the background check that follows the first paint. */
export async function measureStartupScaling(sizes = [10, 1000, 10000], runs = 5): Promise<StartupCost[]> {
  const costs: StartupCost[] = [];
  for (const size of sizes) {
    const dataDir =
      size > 1000
        ? await grownLibrary(1000, Math.round(size / 1000))
        : copyDataDir((await preparedLibrary(size)).dataDir, `startup${size}`);
    try {
      // The grown library's index was written by hand; one start as the app makes it puts its head in step.
      const first = await openStorage(storageDeps(dataDir));
      await first.whenLibraryRead();
      await first.close();
      const opens: number[] = [];
      const wholes: number[] = [];
      const checks: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const started = process.hrtime.bigint();
        const storage = await openStorage(storageDeps(dataDir));
        const listed = storage.listForFirstPaint();
        opens.push(msSince(started));
        if (listed.total !== size) throw new Error(`listed ${listed.total} of ${size} attempts`);
        const wholeStarted = process.hrtime.bigint();
        await storage.whenLibraryRead();
        wholes.push(msSince(wholeStarted));
        if (storage.listAttempts().length !== size) throw new Error(`read ${size} attempts whole`);
        if (run < 2) {
          const checkStarted = process.hrtime.bigint();
          await storage.checkAttemptFiles();
          checks.push(msSince(checkStarted));
        }
        await storage.close();
      }
      costs.push({
        librarySize: size,
        open: summarise(opens),
        wholeIndex: summarise(wholes),
        backgroundCheck: summarise(checks),
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return costs;
}

if (
  process.argv[1] &&
  process.argv[2] === 'startup' &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  for (const cost of await measureStartupScaling())
    console.log(
      `library of ${cost.librarySize}: open and list median ${cost.open.median} ms (max ${cost.open.max}); whole index after the first paint median ${cost.wholeIndex.median} ms; background check median ${cost.backgroundCheck.median} ms`,
    );
  await removePreparedLibraries();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = (process.argv[2] ?? '1,100,1000').split(',').map(Number);
  const saves = Number(process.argv[3] ?? 40);
  const costs = await measureSaveScaling(sizes, saves);
  await removePreparedLibraries();
  for (const cost of costs) {
    console.log(`library of ${cost.librarySize} (saved attempt ${cost.attemptKiB} KiB):`);
    console.log(
      `  open (read and check every attempt): median ${cost.open.median} ms, max ${cost.open.max} ms`,
    );
    console.log(
      `  acknowledged autosave, ${cost.save.runs} runs: median ${cost.save.median} ms, p95 ${cost.save.p95} ms, max ${cost.save.max} ms`,
    );
    console.log(
      `  deferred index write: median ${cost.indexWrite.median} ms, max ${cost.indexWrite.max} ms; peak RSS ${cost.peakRssMiB} MiB`,
    );
  }
}
