import { basename } from 'node:path';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { ImportFileResult } from '@shared/contract/channels/imports';
import { importCountsOf, MAX_FILES_PER_IMPORT } from '@shared/contract/channels/imports';
import { SHARE_FILE_EXTENSION } from '@shared/exchange';
import type { SharePackage } from '@shared/exchange';
import type { CreateJsonStore, Dialogs, FolderWatchPort, TimerPort } from '../ports';
import type { ImportedFile, ReviewService } from '../review/service';
import { shownName, traineeKey } from '../review/service';
import { filesInFolder } from './folder';
import { FolderWatcher } from './watcher';
import type { WatchedFile } from './watcher';
import { nodeFolderWatch, realTimers } from './node-watch';

export interface ImportServiceDeps {
  dialogs: Dialogs;
  now: () => Date;
  /** The one import every file goes through. */
  reviews: Pick<
    ReviewService,
    'checkFile' | 'importChecked' | 'finishBatch' | 'readImportFile' | 'droppedBytes'
  >;
  /** Where the watched folder is remembered (the encryption-at-rest wrapper, like every other store). */
  createStore: CreateJsonStore;
  dataDir: string;
  folderWatch?: FolderWatchPort;
  timers?: TimerPort;
  log?: (message: string, error?: unknown) => void;
  /** Waits for the watcher; defaults suit a folder kept in sync by file sharing. */
  watchTiming?: { settleMs?: number; pollMs?: number };
}

const openFilters = [
  { name: 'Casework Practice files (.casework or exported PDF)', extensions: [SHARE_FILE_EXTENSION, 'pdf'] },
];

/**
 * Files a batch has in hand at once (read and checked, or being saved): enough to keep the disk busy while
 * the next file is checked, few enough that a batch of large files never holds much memory.
 */
const FILES_AT_ONCE = 4;

/** Arrivals kept for the page to fetch; older ones are dropped (the page has long since shown them). */
const ARRIVALS_KEPT = 200;

export type ImportService = ReturnType<typeof createImportService>;

/** "Sam Okafor’s “RoSH practice”", or just the title when the file named no trainee. */
function whose(traineeName: string | null, title: string): string {
  return traineeName ? `${traineeName}’s “${title}”` : `“${title}”`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One file's result line, from what the single import did with it. */
export function resultOf(name: string, done: ImportedFile): ImportFileResult {
  const { response } = done;
  const work = {
    name,
    attemptId: response.attempt.id,
    title: response.attempt.title,
    traineeName: response.traineeName,
  };
  const what = whose(response.traineeName, response.attempt.title);
  switch (done.why) {
    case 'new':
      return { outcome: 'imported', ...work, message: `Imported ${what}.` };
    case 'newer-version': {
      const moved = done.reviewsCarried
        ? ` Your ${plural(done.reviewsCarried, 'review', 'reviews')} moved onto it.`
        : '';
      return {
        outcome: 'updated',
        ...work,
        message: `A newer version of ${what} replaced the earlier one here.${moved}`,
      };
    }
    case 'feedback-added': {
      const added = response.reviewsAdded + response.reviewsUpdated;
      return {
        outcome: 'updated',
        ...work,
        message:
          `${what} was already here; the file added to ${plural(added, 'review', 'reviews')} of it.`.replace(
            /^./,
            (c) => c.toLocaleUpperCase('en-GB'),
          ),
      };
    }
    case 'same-work':
      return {
        outcome: 'already-here',
        ...work,
        message: `Already here: ${what} is the same work as before, so nothing was added.`,
      };
    case 'older-version':
      return {
        outcome: 'already-here',
        ...work,
        message: `Already here: a newer version of ${what} is here, so this older one was not imported.`,
      };
  }
}

function refusedResult(name: string, error: unknown): ImportFileResult {
  const shape =
    error instanceof HostError
      ? error.toShape()
      : { code: 'internal' as const, message: `“${name}” could not be imported. Nothing was changed.` };
  return { outcome: 'refused', name, message: shape.message, error: shape };
}

/**
 * Many files at once (chosen, dropped, a folder) and the watched folder. Each file goes through the review
 * area's one import (`importBytes`) on its own, one after another, so one refused file changes nothing and
 * stops nothing, and a file met twice (in one batch or across batches) is "already here" the second time.
 */
export function createImportService(deps: ImportServiceDeps) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.warn(message, error));
  // Opened when first needed, so a damaged setting file costs the watching, never the app's start-up.
  let settingsStore: ReturnType<CreateJsonStore> | null = null;
  const settings = () =>
    (settingsStore ??= deps.createStore({ cwd: deps.dataDir, configName: 'import-watch' }));
  // One import at a time across the batch channels and the watcher: two files of one trainee arriving together
  // must meet each other's copy, not both miss it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * Imports files in order, a few at a time: while one file's writes wait on the disk, the next files are read
   * and checked. Files of the same trainee (as the files name them) are saved one after another in the order
   * given, so a trainee's two files always meet each other's copy; different trainees' work never matches
   * (the identity rules in the review area), so it may be saved side by side. One result per file, in order.
   */
  async function importAll(
    files: ReadonlyArray<{ name: string; read: () => Promise<Buffer> | Buffer }>,
  ): Promise<ImportFileResult[]> {
    return serial(async () => {
      const results: ImportFileResult[] = new Array<ImportFileResult>(files.length);
      const lanes = new Map<string, Promise<void>>();
      // A file joins its trainee's lane only after every earlier file has joined its own, so a lane keeps the
      // order the files were given in, whichever finished its checks first.
      const joined = files.map(() => {
        let done = () => {};
        const promise = new Promise<void>((resolve) => (done = resolve));
        return { promise, done };
      });
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < files.length) {
          const index = next;
          next += 1;
          const file = files[index]!;
          let pkg: SharePackage;
          try {
            pkg = await deps.reviews.checkFile(await file.read(), file.name);
          } catch (error) {
            results[index] = refused(file.name, error);
            joined[index]!.done();
            continue;
          }
          if (index > 0) await joined[index - 1]!.promise;
          const lane = traineeKey(pkg.traineeName);
          const saving = (lanes.get(lane) ?? Promise.resolve()).then(async () => {
            try {
              const done = await deps.reviews.importChecked(pkg, file.name, {
                updateHeldCopy: true,
                batch: true,
              });
              results[index] = resultOf(file.name, done);
            } catch (error) {
              results[index] = refused(file.name, error);
            }
          });
          lanes.set(lane, saving);
          joined[index]!.done();
          // Waited for before this worker takes another file, so no more than a few files are held at once.
          await saving;
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, files.length) }, worker));
      } finally {
        // The library index once for the whole batch, before the answer lists what came in.
        await deps.reviews.finishBatch();
      }
      return results;
    });
  }

  function refused(name: string, error: unknown): ImportFileResult {
    if (!(error instanceof HostError)) log(`Importing “${name}” failed`, error);
    return refusedResult(name, error);
  }

  async function importFiles(request: ParsedRequestOf<'importFiles'>): Promise<ResponseOf<'importFiles'>> {
    let files: Array<{ name: string; read: () => Promise<Buffer> | Buffer }>;
    if (request.dropped) {
      files = request.dropped.map((given) => {
        const name = shownName(given.displayName);
        return { name, read: () => deps.reviews.droppedBytes(given, name) };
      });
    } else {
      const title = 'Import trainees’ files';
      const paths = deps.dialogs.chooseOpenPaths
        ? await deps.dialogs.chooseOpenPaths({ title, filters: openFilters })
        : [await deps.dialogs.chooseOpenPath({ title, filters: openFilters })].filter(
            (path): path is string => path !== null,
          );
      if (paths.length === 0) return { chosen: false };
      if (paths.length > MAX_FILES_PER_IMPORT)
        throw new HostError(
          'too-large',
          `You chose ${paths.length} files; one import takes at most ${MAX_FILES_PER_IMPORT}. Choose fewer, or import a folder at a time.`,
        );
      files = paths.map((path) => ({ name: basename(path), read: () => deps.reviews.readImportFile(path) }));
    }
    const results = await importAll(files);
    return { chosen: true, results, counts: importCountsOf(results), leftAlone: 0 };
  }

  async function importFolder(): Promise<ResponseOf<'importFolder'>> {
    const folder = await chooseFolder('Import a folder of trainees’ files');
    if (folder === null) return { chosen: false };
    const { files, leftAlone } = await filesInFolder(folder);
    const results = await importAll(
      files.map((file) => ({ name: file.shown, read: () => deps.reviews.readImportFile(file.path) })),
    );
    return {
      chosen: true,
      results,
      counts: importCountsOf(results),
      leftAlone,
      folderName: shownName(basename(folder) || folder),
    };
  }

  async function chooseFolder(title: string): Promise<string | null> {
    if (!deps.dialogs.chooseFolder)
      throw new HostError('invalid-request', 'Choosing a folder is not available here.');
    return deps.dialogs.chooseFolder({ title });
  }

  // The watched folder.
  const arrivals: Array<{ seq: number; at: string; result: ImportFileResult }> = [];
  let latest = 0;
  let watcher: FolderWatcher | null = null;
  let watchedFolder: string | null = null;

  function startWatching(folder: string): void {
    watcher?.stop();
    watchedFolder = folder;
    watcher = new FolderWatcher({
      folder,
      watch: deps.folderWatch ?? nodeFolderWatch,
      timers: deps.timers ?? realTimers,
      ...deps.watchTiming,
      take: (file: WatchedFile) =>
        importAll([{ name: file.shown, read: () => deps.reviews.readImportFile(file.path) }]).then(
          ([result]) => {
            // Work already here is not news: a file copied twice into the folder, or the folder's files met
            // again when watching resumes at start-up, say nothing.
            if (!result || result.outcome === 'already-here') return;
            latest += 1;
            arrivals.push({ seq: latest, at: deps.now().toISOString(), result });
            if (arrivals.length > ARRIVALS_KEPT) arrivals.splice(0, arrivals.length - ARRIVALS_KEPT);
          },
        ),
      log,
    });
    watcher.start();
  }

  function watchState(): { watching: boolean; folderName: string | null } {
    return {
      watching: watcher !== null,
      folderName: watchedFolder === null ? null : shownName(basename(watchedFolder) || watchedFolder),
    };
  }

  async function watchFolder(): Promise<ResponseOf<'watchFolder'>> {
    const folder = await chooseFolder('Choose a folder to watch for trainees’ files');
    if (folder === null) return { chosen: false, ...watchState() };
    // Checked now, so a folder that cannot be read is refused in words rather than watched in silence.
    await filesInFolder(folder, 'casework');
    settings().store = { folder };
    startWatching(folder);
    return { chosen: true, ...watchState() };
  }

  async function stopWatchingFolder(): Promise<ResponseOf<'stopWatchingFolder'>> {
    const wasWatching = watcher !== null;
    watcher?.stop();
    watcher = null;
    watchedFolder = null;
    if (wasWatching) settings().store = {};
    return watchState();
  }

  async function watchStatus(request: ParsedRequestOf<'watchStatus'>): Promise<ResponseOf<'watchStatus'>> {
    return {
      ...watchState(),
      arrivals: arrivals.filter((arrival) => arrival.seq > request.after),
      latest,
    };
  }

  /** Takes up watching the folder remembered from last time (the setting stays on until the tutor stops it). */
  function resume(): void {
    let folder: unknown;
    try {
      folder = settings().store.folder;
    } catch (error) {
      log('The watched folder setting could not be read; watching is off', error);
      return;
    }
    if (typeof folder === 'string' && folder.length > 0) startWatching(folder);
  }

  /** Stops the watcher and waits for an import it started. */
  async function close(): Promise<void> {
    watcher?.stop();
    watcher = null;
    await queue;
  }

  return { importFiles, importFolder, watchFolder, stopWatchingFolder, watchStatus, resume, close };
}
