import { HostError } from '@shared/contract';
import type { DeletedAttemptEntry } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import type { LibraryEntry, SummaryCounts } from '@shared/model/library';
import type { Notice } from '@shared/model/notices';
import { defaultSettings, settingsSchema } from '@shared/model/settings';
import type { Settings, SettingsPatch } from '@shared/model/settings';
import type { StorageOptions } from '../ports';
import * as attempts from './attempts';
import type { NewAttempt, SaveAcknowledgement } from './attempts';
import { Backups } from './backups';
import type { SnapshotReason } from './backups';
import {
  LIBRARY_BACKUP_KEY,
  LIBRARY_FILE,
  LIBRARY_HEAD_FILE,
  layoutFor,
  SETTINGS_BACKUP_KEY,
  SETTINGS_FILE,
} from './core';
import type { KnownAttempt, StorageCore, StorageDeps, StorageLayout } from './core';
import { DocumentFiles } from './files';
import { KeyedQueue } from './keyed-queue';
import { LibraryIndexFile } from './library-index';
import { makeNotice } from './notices';
import type { NoticeLevel } from './notices';
import { checkUnopenedAttempts, readWholeLibrary, startUp } from './startup-repair';

export type { NewAttempt, SaveAcknowledgement, StorageDeps, StorageLayout, StorageOptions };
export { LIBRARY_BACKUP_KEY, LIBRARY_FILE, layoutFor, SETTINGS_BACKUP_KEY, SETTINGS_FILE };

export const defaultStorageOptions: StorageOptions = {
  backupsToKeep: 10,
  snapshotIntervalMs: 5 * 60_000,
  indexWriteDelayMs: 1500,
  deletedRetentionMs: 30 * 24 * 60 * 60_000,
  fsyncFolders: true,
};

/**
 * The saved data of the app: settings, the library index, one file per attempt, rolling backups and
 * quarantine. Open it with `openStorage`, which repairs what it can and records notices for the trainee.
 * See docs/decisions/0001-storage-layout.md for when backups are taken and how saves are made durable.
 * Start-up repair, the index and the attempt operations are their own modules; this composes them around
 * the state they share and answers settings.
 */
export class Storage {
  readonly layout: StorageLayout;
  readonly #core: StorageCore;
  readonly #notices: Notice[] = [];
  #settings: Settings = defaultSettings;
  #closed = false;
  /** The whole index being read after a start from its head; null when not started (or it failed). */
  #wholeLibrary: Promise<void> | null = null;
  /** What reading the whole index raised (a rebuilt index, attempts added back), until a check answers them. */
  #wholeReadNotices: Notice[] = [];

  /** Use `openStorage`; the constructor does no I/O. */
  constructor(deps: StorageDeps, options: Partial<StorageOptions> = {}) {
    const fullDeps: Required<StorageDeps> = {
      log: (message, error) => console.warn(message, error ?? ''),
      ...deps,
    };
    const fullOptions = { ...defaultStorageOptions, ...options };
    this.layout = layoutFor(deps.dataDir);
    const files = new DocumentFiles(deps.createStore, {
      fsyncFolders: fullOptions.fsyncFolders,
      log: fullDeps.log,
    });
    const backups = new Backups(files, this.layout.backupsDir, fullOptions.backupsToKeep, deps.now);
    const queue = new KeyedQueue();
    const maybeSnapshot = (key: string, value: object, reason: SnapshotReason, always: boolean) =>
      this.#maybeSnapshot(key, value, reason, always);
    const assertOpen = () => this.#assertOpen();
    this.#core = {
      layout: this.layout,
      deps: fullDeps,
      options: fullOptions,
      files,
      backups,
      queue,
      index: new LibraryIndexFile({
        dataDir: this.layout.dataDir,
        fileName: LIBRARY_FILE,
        headFileName: LIBRARY_HEAD_FILE,
        queueKey: LIBRARY_BACKUP_KEY,
        files,
        queue,
        writeDelayMs: fullOptions.indexWriteDelayMs,
        snapshot: maybeSnapshot,
        assertOpen,
        log: fullDeps.log,
      }),
      known: new Map<string, KnownAttempt>(),
      unchecked: new Set<string>(),
      backupsSwept: false,
      deletedEntries: new Map<string, LibraryEntry>(),
      notify: (level, message) => this.#notify(level, message),
      maybeSnapshot,
      assertOpen,
    };
  }

  // ---------------------------------------------------------------- notices

  /** What the host repaired or restored, oldest first: at start-up, and later if a file turns out damaged. */
  get notices(): readonly Notice[] {
    return this.#notices;
  }

  #notify(level: NoticeLevel, message: string): void {
    this.#notices.push(makeNotice(this.#core.deps.newId(), level, message, this.#core.deps.now()));
  }

  // ---------------------------------------------------------------- start-up

  /** Runs once from `openStorage`: tidy, load and repair, in an order where each step can trust the last. */
  async start(): Promise<void> {
    this.#settings = await startUp(this.#core);
  }

  /**
   * Resolves once the whole index has been read, checked and repaired. Start-up lists the attempts from the
   * index's head when it can (decision 0028); every method that needs the whole list waits for this first,
   * and the first to ask starts it. A read that fails (the disk, not damage) is tried again by the next.
   */
  whenLibraryRead(): Promise<void> {
    if (this.#core.index.complete) return Promise.resolve();
    this.#wholeLibrary ??= (async () => {
      const before = this.#notices.length;
      try {
        await readWholeLibrary(this.#core);
      } catch (error) {
        this.#wholeLibrary = null;
        throw error;
      } finally {
        this.#wholeReadNotices.push(...this.#notices.slice(before));
      }
    })();
    return this.#wholeLibrary;
  }

  /** Whether the whole index has been read (until then, only `listForFirstPaint` and settings answer). */
  get libraryRead(): boolean {
    return this.#core.index.complete;
  }

  #assertLibraryRead(): void {
    // A programming error, not the trainee's: a caller that lists must wait for `whenLibraryRead`, or it
    // would act on the newest page as if it were the whole library.
    if (!this.#core.index.complete)
      throw new Error('The list of attempts was used before the whole index had been read');
  }

  // ---------------------------------------------------------------- settings

  getSettings(): Settings {
    this.#assertOpen();
    return { ...this.#settings };
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.#core.queue.run(SETTINGS_BACKUP_KEY, async () => {
      this.#assertOpen();
      const parsed = settingsSchema.safeParse({
        ...this.#settings,
        ...patch,
        schemaVersion: defaultSettings.schemaVersion,
      });
      if (!parsed.success)
        throw new HostError('invalid-request', 'Those settings are not in the expected form.');
      await this.#core.files.write(this.layout.dataDir, SETTINGS_FILE, parsed.data, 'your settings');
      this.#settings = parsed.data;
      await this.#maybeSnapshot(SETTINGS_BACKUP_KEY, parsed.data, 'settings', false);
      return parsed.data;
    });
  }

  // ---------------------------------------------------------------- library index

  /** Every attempt, newest first; only once `whenLibraryRead` has resolved. */
  listAttempts(): LibraryEntry[] {
    this.#assertOpen();
    this.#assertLibraryRead();
    return this.#core.index.list();
  }

  /**
   * What the home screen draws first: the whole list when it has been read, or else the head's newest
   * entries with the number there are in all (`complete` false: ask for the whole list after painting).
   */
  listForFirstPaint(): { entries: LibraryEntry[]; complete: boolean; total: number } {
    this.#assertOpen();
    const { index } = this.#core;
    return { entries: index.list(), complete: index.complete, total: index.total };
  }

  // ---------------------------------------------------------------- attempts

  async createAttempt(input: NewAttempt): Promise<Attempt> {
    await this.whenLibraryRead();
    return attempts.createAttempt(this.#core, input);
  }

  /**
   * Adds an attempt that came from outside (an exchange file) as a new one: a fresh id so it can never
   * replace an attempt already here, everything else as it was made (answers, dates, status).
   */
  async importAttempt(
    attempt: Attempt,
    progress: number,
    options?: { indexLater?: boolean },
  ): Promise<Attempt> {
    await this.whenLibraryRead();
    return attempts.importAttempt(this.#core, attempt, progress, options);
  }

  async getAttempt(id: string): Promise<Attempt> {
    await this.whenLibraryRead();
    return attempts.getAttempt(this.#core, id);
  }

  /** Keeps counts the progress service worked out (or a review changed) in the attempt's index entry. */
  updateSummary(id: string, counts: Partial<SummaryCounts>, attempt?: Attempt): void {
    this.#assertLibraryRead();
    attempts.updateSummary(this.#core, id, counts, attempt);
  }

  /**
   * Saves a whole attempt. Answers only once the file and its folder entry are flushed to disk: that
   * answer is the acknowledgement the renderer relies on. Refused with `conflict` when the attempt was
   * saved since the revision the caller holds; on any failure the file on disk is left as it was.
   */
  async saveAttempt(request: {
    attempt: Attempt;
    progress: number;
    questions?: number;
    warnings?: number;
  }): Promise<SaveAcknowledgement> {
    await this.whenLibraryRead();
    return attempts.saveAttempt(this.#core, request);
  }

  /** Takes a snapshot of an attempt as it is on disk now; for risky operations (imports, restores). */
  async backupAttempt(id: string, reason: SnapshotReason): Promise<void> {
    await this.whenLibraryRead();
    return attempts.backupAttempt(this.#core, id, reason);
  }

  /**
   * Removes an attempt from the library. A snapshot is taken first (deleting fails if it cannot be),
   * then the index entry goes, then the file: a crash part-way leaves the attempt listed again, never lost.
   */
  async deleteAttempt(id: string): Promise<void> {
    await this.whenLibraryRead();
    return attempts.deleteAttempt(this.#core, id);
  }

  /** Attempts deleted within the last `deletedRetentionMs` that can still be restored, newest first. */
  listDeletedAttempts(): DeletedAttemptEntry[] {
    this.#assertLibraryRead();
    return attempts.listDeletedAttempts(this.#core);
  }

  /** Brings back a deleted attempt from its newest snapshot (kept for `deletedRetentionMs`). */
  async restoreDeletedAttempt(id: string): Promise<LibraryEntry> {
    await this.whenLibraryRead();
    return attempts.restoreDeletedAttempt(this.#core, id);
  }

  // ---------------------------------------------------------------- snapshots

  async #maybeSnapshot(key: string, value: object, reason: SnapshotReason, always: boolean): Promise<void> {
    const { backups, deps, options } = this.#core;
    const last = backups.lastTakenAt(key);
    const due = always || !last || deps.now().getTime() - last.getTime() >= options.snapshotIntervalMs;
    if (!due) return;
    // The save itself has succeeded; a snapshot that cannot be written is logged, not reported as a failure.
    await backups
      .take(key, value, reason)
      .catch((error: unknown) => deps.log(`Could not snapshot ${key}`, error));
  }

  // ---------------------------------------------------------------- lifetime

  #assertOpen(): void {
    if (this.#closed) throw new HostError('internal', 'The app is closing; please try again in a moment.');
  }

  /**
   * Opens and checks every attempt file start-up listed from the index without opening, one at a time so
   * saves go between them: a damaged file is quarantined and restored from its newest good copy, and the
   * trainee told, as at start-up before. The renderer asks for this once the home screen has painted.
   * Reads the whole index first if start-up began from its head. Answers the notices this check raised,
   * after those reading the whole index raised (once): they are on `notices` too, so a caller that also
   * asked `notices` after the whole read may see one twice, by the same id.
   */
  async checkAttemptFiles(): Promise<Notice[]> {
    await this.whenLibraryRead();
    const before = this.#notices.length;
    await checkUnopenedAttempts(this.#core);
    return [...this.#wholeReadNotices.splice(0), ...this.#notices.slice(before)];
  }

  /** Waits for queued saves and writes a pending index update. */
  async flush(): Promise<void> {
    const { queue, index } = this.#core;
    await queue.drain();
    if (index.dirty) await index.writeNow();
    await queue.drain();
  }

  /** Flushes, then refuses further work. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    // A read of the whole index under way may still repair and write it: let it finish first.
    await this.#wholeLibrary?.catch(() => undefined);
    try {
      await this.flush();
    } finally {
      this.#closed = true;
      this.#core.index.stopTimer();
    }
  }
}

/** Opens (and if need be repairs) the saved data under `deps.dataDir`. Notices are on `storage.notices`. */
export async function openStorage(
  deps: StorageDeps,
  options: Partial<StorageOptions> = {},
): Promise<Storage> {
  const storage = new Storage(deps, options);
  await storage.start();
  return storage;
}
