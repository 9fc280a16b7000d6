import fs from 'node:fs';
import path from 'node:path';
import { HostError } from '../../../shared/contract';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema, emptyTiming } from '../../../shared/model/attempt';
import type { Attempt, AttemptStatus } from '../../../shared/model/attempt';
import { idPattern } from '../../../shared/model/ids';
import { LIBRARY_SCHEMA_VERSION, libraryEntryFor } from '../../../shared/model/library';
import type { LibraryEntry, LibraryIndex } from '../../../shared/model/library';
import type { Notice } from '../../../shared/model/notices';
import { defaultSettings, settingsSchema } from '../../../shared/model/settings';
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import type { DocumentKind } from '../../../shared/model/migrations';
import type { CreateJsonStore, StorageOptions } from '../ports';
import { Backups } from './backups';
import type { SnapshotReason } from './backups';
import { compactStamp } from './dates';
import { decodeDocument } from './documents';
import type { DocumentTypes } from './documents';
import { DocumentFiles } from './files';
import { KeyedQueue } from './keyed-queue';
import { makeNotice, noticeText } from './notices';
import type { NoticeLevel } from './notices';

export type { StorageOptions };

export const defaultStorageOptions: StorageOptions = {
  backupsToKeep: 10,
  snapshotIntervalMs: 5 * 60_000,
  indexWriteDelayMs: 1500,
  deletedRetentionMs: 30 * 24 * 60 * 60_000,
  fsyncFolders: true,
};

export interface StorageDeps {
  dataDir: string;
  createStore: CreateJsonStore;
  now: () => Date;
  newId: () => string;
  log?: (message: string, error?: unknown) => void;
}

export interface NewAttempt {
  title: string;
  caseId: string | null;
  templateIds: string[];
  templateVersions: Record<string, number>;
  releasedDocumentIds: string[];
}

export interface SaveAcknowledgement {
  revision: number;
  savedAt: string;
}

/** Where everything lives under the data folder. */
export interface StorageLayout {
  dataDir: string;
  attemptsDir: string;
  backupsDir: string;
  quarantineDir: string;
}

export const SETTINGS_FILE = 'settings';
export const LIBRARY_FILE = 'library';
export const SETTINGS_BACKUP_KEY = '_settings';
export const LIBRARY_BACKUP_KEY = '_library';

export function layoutFor(dataDir: string): StorageLayout {
  return {
    dataDir,
    attemptsDir: path.join(dataDir, 'attempts'),
    backupsDir: path.join(dataDir, 'backups'),
    quarantineDir: path.join(dataDir, 'quarantine'),
  };
}

interface KnownAttempt {
  revision: number;
  createdAt: string;
  status: AttemptStatus;
}

/** Fields the home screen lists that change rarely; a change to one is written to the index at once. */
function listingChanged(before: LibraryEntry | undefined, after: LibraryEntry): boolean {
  if (!before) return true;
  return (
    before.title !== after.title ||
    before.status !== after.status ||
    before.caseId !== after.caseId ||
    before.createdAt !== after.createdAt ||
    before.templateIds.join('\n') !== after.templateIds.join('\n')
  );
}

function assertId(id: string): void {
  // Ids become file names: refuse anything that could climb out of the attempts folder.
  if (!idPattern.test(id)) throw new HostError('invalid-request', 'That is not a valid attempt id.');
}

const notFound = () =>
  new HostError(
    'not-found',
    'This attempt is no longer in your library (it may have been deleted). Your list has been refreshed.',
  );

/**
 * The saved data of the app: settings, the library index, one file per attempt, rolling backups and
 * quarantine. Open it with `openStorage`, which repairs what it can and records notices for the trainee.
 * See docs/decisions/0001-storage-layout.md for when backups are taken and how saves are made durable.
 */
export class Storage {
  readonly layout: StorageLayout;
  readonly #deps: Required<StorageDeps>;
  readonly #options: StorageOptions;
  readonly #files: DocumentFiles;
  readonly #backups: Backups;
  readonly #queue = new KeyedQueue();
  readonly #notices: Notice[] = [];
  readonly #entries = new Map<string, LibraryEntry>();
  readonly #known = new Map<string, KnownAttempt>();
  /** Entries of attempts deleted this session, so an undo brings back their progress too. */
  readonly #deletedEntries = new Map<string, LibraryEntry>();
  #settings: Settings = defaultSettings;
  #indexDirty = false;
  #indexTimer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;

  /** Use `openStorage`; the constructor does no I/O. */
  constructor(deps: StorageDeps, options: Partial<StorageOptions> = {}) {
    this.#deps = { log: (message, error) => console.warn(message, error ?? ''), ...deps };
    this.#options = { ...defaultStorageOptions, ...options };
    this.layout = layoutFor(deps.dataDir);
    this.#files = new DocumentFiles(deps.createStore, {
      fsyncFolders: this.#options.fsyncFolders,
      log: this.#deps.log,
    });
    this.#backups = new Backups(this.#files, this.layout.backupsDir, this.#options.backupsToKeep, deps.now);
  }

  // ---------------------------------------------------------------- notices

  /** What the host repaired or restored, oldest first: at start-up, and later if a file turns out damaged. */
  get notices(): readonly Notice[] {
    return this.#notices;
  }

  #notify(level: NoticeLevel, message: string): void {
    this.#notices.push(makeNotice(this.#deps.newId(), level, message, this.#deps.now()));
  }

  // ---------------------------------------------------------------- start-up

  /** Runs once from `openStorage`: tidy, load and repair, in an order where each step can trust the last. */
  async start(): Promise<void> {
    const { dataDir, attemptsDir, backupsDir, quarantineDir } = this.layout;
    for (const dir of [dataDir, attemptsDir, backupsDir, quarantineDir])
      fs.mkdirSync(dir, { recursive: true });
    this.#files.removeLeftovers(dataDir);
    this.#files.removeLeftovers(attemptsDir);
    for (const key of this.#backups.keys()) this.#files.removeLeftovers(this.#backups.folderFor(key));
    await this.#loadSettings();
    await this.#loadLibrary();
    this.#pruneDeleted();
  }

  /**
   * Moves a damaged file into quarantine under a name that says where it came from and when. Answers
   * false when it could not be moved (a read-only folder): the caller must then not write over it.
   */
  #quarantine(dir: string, name: string): boolean {
    const from = DocumentFiles.fileFor(dir, name);
    const relative = path.relative(this.layout.dataDir, from).split(path.sep).join('_');
    const stamp = compactStamp(this.#deps.now());
    let target = path.join(this.layout.quarantineDir, `${stamp}_${relative}`);
    for (let n = 2; fs.existsSync(target); n += 1)
      target = path.join(this.layout.quarantineDir, `${stamp}-${n}_${relative}`);
    try {
      this.#files.move(from, target);
    } catch (error) {
      this.#deps.log(`Could not move ${from} into quarantine; leaving it where it is`, error);
      return false;
    }
    this.#deps.log(`Quarantined ${from} as ${target}`);
    return true;
  }

  /**
   * Reads a file, upgrading it if it is older (after snapshotting it as it was). Damaged or unreadable
   * files come back as `damaged` for the caller to quarantine and recover; I/O failures throw.
   */
  async #load<K extends DocumentKind>(
    kind: K,
    dir: string,
    name: string,
    backupKey: string,
    what: string,
  ): Promise<
    | { state: 'missing' }
    | { state: 'ok'; value: DocumentTypes[K] }
    | { state: 'damaged'; reason: string; tooNew: boolean }
  > {
    const read = this.#files.read(dir, name, what);
    if (read.state === 'missing') return read;
    if (read.state === 'unparseable') return { state: 'damaged', reason: read.reason, tooNew: false };
    const decoded = decodeDocument(kind, read.value);
    if (!decoded.ok)
      return { state: 'damaged', reason: decoded.reason, tooNew: decoded.writtenByNewerVersion };
    if (decoded.migratedFrom !== null || decoded.answersMigrated.length > 0) {
      try {
        // The old file is copied as it is before the upgraded one replaces it; without that copy the
        // upgrade is used in memory only and the file is left alone until the next start.
        await this.#backups.take(backupKey, read.value as object, 'before-migration');
        await this.#files.write(dir, name, decoded.value, what);
      } catch (error) {
        this.#deps.log(`Could not upgrade ${what} on disk; using the upgraded copy in memory`, error);
      }
    }
    return { state: 'ok', value: decoded.value };
  }

  async #loadSettings(): Promise<void> {
    const { dataDir } = this.layout;
    const loaded = await this.#load('settings', dataDir, SETTINGS_FILE, SETTINGS_BACKUP_KEY, 'your settings');
    if (loaded.state === 'missing') return;
    if (loaded.state === 'ok') {
      this.#settings = loaded.value;
      return;
    }
    this.#deps.log(`Settings file damaged: ${loaded.reason}`);
    const moved = this.#quarantine(dataDir, SETTINGS_FILE);
    const backup = this.#backups.latestGood(SETTINGS_BACKUP_KEY, 'settings');
    if (!backup) {
      this.#settings = defaultSettings;
      this.#notify('warning', loaded.tooNew ? noticeText.settingsTooNewReset() : noticeText.settingsReset());
      return;
    }
    this.#settings = backup.value;
    if (moved)
      await this.#files
        .write(dataDir, SETTINGS_FILE, backup.value, 'your settings')
        .catch((error: unknown) => this.#deps.log('Could not write restored settings', error));
    this.#notify(
      'warning',
      loaded.tooNew
        ? noticeText.settingsTooNewRestored(backup.takenAt)
        : noticeText.settingsRestored(backup.takenAt),
    );
  }

  async #loadLibrary(): Promise<void> {
    const { dataDir, attemptsDir } = this.layout;
    const index = await this.#load(
      'library',
      dataDir,
      LIBRARY_FILE,
      LIBRARY_BACKUP_KEY,
      'your list of attempts',
    );
    let indexEntries: Map<string, LibraryEntry> | null = null;
    if (index.state === 'ok') indexEntries = new Map(index.value.entries.map((e) => [e.id, e]));
    else if (index.state === 'damaged') {
      this.#deps.log(`Library index damaged: ${index.reason}`);
      this.#quarantine(dataDir, LIBRARY_FILE);
    }

    // Every attempt file is opened once at start-up: it is the only way to find a damaged one before the
    // trainee does, and it refreshes listed fields the index may have missed (see indexWriteDelayMs).
    const loaded = new Map<string, Attempt>();
    const attemptFiles = new Set(this.#files.list(attemptsDir).filter((name) => idPattern.test(name)));
    for (const id of attemptFiles) {
      const attempt = await this.#openAttemptFile(id, indexEntries?.get(id)?.title ?? null);
      if (attempt) loaded.set(id, attempt);
    }

    // Progress is not in the attempt file; when the index is lost, take it from its newest good copy.
    const progressSource =
      indexEntries ??
      new Map(
        (this.#backups.latestGood(LIBRARY_BACKUP_KEY, 'library')?.value.entries ?? []).map((e) => [e.id, e]),
      );

    if (indexEntries) {
      for (const [id, entry] of indexEntries) {
        // Files that were there but damaged beyond repair have had their notice already.
        if (attemptFiles.has(id) || this.#files.exists(attemptsDir, id)) continue;
        // An entry without its file: the file was lost (deleting removes the entry first). Bring back the
        // newest copy if there is one.
        const backup = this.#backups.latestGood(id, 'attempt');
        if (backup && backup.value.id === id) {
          try {
            await this.#files.write(attemptsDir, id, backup.value, 'your work');
            loaded.set(id, backup.value);
            this.#notify(
              'warning',
              noticeText.attemptFileMissingRestored(backup.value.title, backup.takenAt),
            );
            continue;
          } catch (error) {
            this.#deps.log(`Could not restore ${id} from its backup`, error);
          }
        }
        this.#notify('warning', noticeText.attemptFileMissingRemoved(entry.title));
      }
    }

    for (const [id, attempt] of loaded) {
      const previous = indexEntries?.get(id);
      const progress = progressSource.get(id)?.progress ?? 0;
      this.#entries.set(id, libraryEntryFor(attempt, previous?.progress ?? progress));
      this.#known.set(id, {
        revision: attempt.revision,
        createdAt: attempt.createdAt,
        status: attempt.status,
      });
      if (indexEntries && !previous) this.#notify('info', noticeText.attemptAddedBack(attempt.title));
    }
    if (index.state === 'damaged')
      this.#notify('warning', noticeText.libraryRebuilt(loaded.size, index.tooNew ? 'newer' : 'damaged'));
    if (index.state === 'missing' && loaded.size > 0)
      this.#notify('info', noticeText.libraryMissing(loaded.size));

    const onDisk = index.state === 'ok' ? JSON.stringify(index.value) : null;
    if (JSON.stringify(this.#indexDocument()) !== onDisk) {
      this.#indexDirty = true;
      await this.#writeIndexNow().catch((error: unknown) =>
        this.#deps.log('Could not write the repaired library index', error),
      );
    }
  }

  /** Opens an attempt file at start-up or on demand, recovering from damage; null when nothing could be saved. */
  async #openAttemptFile(id: string, titleHint: string | null): Promise<Attempt | null> {
    const { attemptsDir } = this.layout;
    const loaded = await this.#load('attempt', attemptsDir, id, id, 'your work');
    if (loaded.state === 'missing') return null;
    if (loaded.state === 'ok') {
      if (loaded.value.id === id) return loaded.value;
      // A file whose content names another attempt was copied or renamed by hand: treat it as damaged
      // rather than let two files claim one id.
      this.#deps.log(`Attempt file ${id} holds attempt ${loaded.value.id}`);
    } else this.#deps.log(`Attempt file ${id} damaged: ${loaded.reason}`);
    if (loaded.state === 'damaged' && loaded.tooNew) {
      // Not damaged, just newer than this app: leave it where it is for the newer version to open, and
      // keep it out of the list so nothing here can write over it.
      this.#notify('warning', noticeText.attemptTooNew(titleHint));
      return null;
    }
    const moved = this.#quarantine(attemptsDir, id);
    const backup = this.#backups.latestGood(id, 'attempt');
    if (backup && backup.value.id === id) {
      // If the file could not be written back, the restored copy still opens from memory this session
      // and the next save writes it.
      if (moved)
        await this.#files
          .write(attemptsDir, id, backup.value, 'your work')
          .catch((error: unknown) => this.#deps.log(`Could not write the restored copy of ${id}`, error));
      this.#notify('warning', noticeText.attemptRestored(backup.value.title, backup.takenAt));
      return backup.value;
    }
    this.#notify('error', noticeText.attemptLost(titleHint));
    return null;
  }

  #pruneDeleted(): void {
    const cutoff = this.#deps.now().getTime() - this.#options.deletedRetentionMs;
    for (const key of this.#backups.keys()) {
      if (key.startsWith('_') || !idPattern.test(key) || this.#entries.has(key)) continue;
      if (this.#files.exists(this.layout.attemptsDir, key)) continue;
      const newest = this.#backups.lastTakenAt(key);
      if (newest && newest.getTime() < cutoff) this.#backups.removeAll(key);
    }
  }

  // ---------------------------------------------------------------- settings

  getSettings(): Settings {
    this.#assertOpen();
    return { ...this.#settings };
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.#queue.run(SETTINGS_BACKUP_KEY, async () => {
      this.#assertOpen();
      const parsed = settingsSchema.safeParse({
        ...this.#settings,
        ...patch,
        schemaVersion: defaultSettings.schemaVersion,
      });
      if (!parsed.success)
        throw new HostError('invalid-request', 'Those settings are not in the expected form.');
      await this.#files.write(this.layout.dataDir, SETTINGS_FILE, parsed.data, 'your settings');
      this.#settings = parsed.data;
      await this.#maybeSnapshot(SETTINGS_BACKUP_KEY, parsed.data, 'settings', false);
      return parsed.data;
    });
  }

  // ---------------------------------------------------------------- library index

  listAttempts(): LibraryEntry[] {
    this.#assertOpen();
    return [...this.#entries.values()].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id),
    );
  }

  #indexDocument(): LibraryIndex {
    return { schemaVersion: LIBRARY_SCHEMA_VERSION, entries: this.listAttempts() };
  }

  #scheduleIndexWrite(): void {
    this.#indexDirty = true;
    if (this.#indexTimer) return;
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null;
      this.#writeIndexNow().catch((error: unknown) =>
        this.#deps.log('Could not write the library index', error),
      );
    }, this.#options.indexWriteDelayMs);
    this.#indexTimer.unref?.();
  }

  /** Writes the index if anything changed; index writes never overlap, whichever attempt asked. */
  #writeIndexNow(): Promise<void> {
    return this.#queue.run(LIBRARY_BACKUP_KEY, async () => {
      if (this.#indexTimer) {
        clearTimeout(this.#indexTimer);
        this.#indexTimer = null;
      }
      if (!this.#indexDirty) return;
      this.#indexDirty = false;
      const document = this.#indexDocument();
      try {
        await this.#files.write(this.layout.dataDir, LIBRARY_FILE, document, 'your list of attempts');
      } catch (error) {
        this.#indexDirty = true;
        throw error;
      }
      await this.#maybeSnapshot(LIBRARY_BACKUP_KEY, document, 'index', false);
    });
  }

  // ---------------------------------------------------------------- attempts

  async createAttempt(input: NewAttempt): Promise<Attempt> {
    this.#assertOpen();
    const at = this.#deps.now().toISOString();
    const attempt = attemptSchema.parse({
      schemaVersion: ATTEMPT_SCHEMA_VERSION,
      id: this.#deps.newId(),
      title: input.title,
      caseId: input.caseId,
      templateIds: input.templateIds,
      templateVersions: input.templateVersions,
      status: 'in-progress',
      createdAt: at,
      updatedAt: at,
      finishedAt: null,
      revision: 0,
      answers: {},
      evidence: [],
      releasedDocumentIds: input.releasedDocumentIds,
      timing: emptyTiming,
    } satisfies Attempt);
    assertId(attempt.id);
    return this.#queue.run(attempt.id, async () => {
      if (this.#files.exists(this.layout.attemptsDir, attempt.id))
        throw new HostError(
          'conflict',
          'Could not start the attempt: its new id is already in use. Please try again.',
        );
      await this.#files.write(this.layout.attemptsDir, attempt.id, attempt, 'the new attempt');
      this.#known.set(attempt.id, { revision: 0, createdAt: at, status: attempt.status });
      this.#entries.set(attempt.id, libraryEntryFor(attempt, 0));
      this.#indexDirty = true;
      // The attempt is saved either way; a failed index write is retried and repaired at the next start.
      await this.#writeIndexNow().catch((error: unknown) =>
        this.#deps.log('Could not write the library index', error),
      );
      await this.#maybeSnapshot(attempt.id, attempt, 'save', false);
      return attempt;
    });
  }

  /**
   * Adds an attempt that came from outside (an exchange file) as a new one: a fresh id so it can never
   * replace an attempt already here, everything else as it was made (answers, dates, status).
   */
  async importAttempt(attempt: Attempt, progress: number): Promise<Attempt> {
    this.#assertOpen();
    const parsed = attemptSchema.safeParse({ ...attempt, id: this.#deps.newId() });
    if (!parsed.success)
      throw new HostError('invalid-file', 'The attempt in that file is not in the form this app saves.');
    const imported = parsed.data;
    assertId(imported.id);
    const share = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
    return this.#queue.run(imported.id, async () => {
      if (this.#files.exists(this.layout.attemptsDir, imported.id))
        throw new HostError(
          'conflict',
          'Could not add the attempt: its new id is already in use. Please try again.',
        );
      await this.#files.write(this.layout.attemptsDir, imported.id, imported, 'the imported attempt');
      this.#known.set(imported.id, {
        revision: imported.revision,
        createdAt: imported.createdAt,
        status: imported.status,
      });
      this.#entries.set(imported.id, libraryEntryFor(imported, share));
      await this.#writeIndexSoon();
      await this.#maybeSnapshot(imported.id, imported, 'save', true);
      return imported;
    });
  }

  getAttempt(id: string): Promise<Attempt> {
    assertId(id);
    return this.#queue.run(id, async () => {
      this.#assertOpen();
      const attempt = await this.#openAttemptFile(id, this.#entries.get(id)?.title ?? null);
      if (!attempt) {
        if (this.#entries.delete(id)) await this.#writeIndexSoon();
        this.#known.delete(id);
        throw notFound();
      }
      this.#known.set(id, {
        revision: attempt.revision,
        createdAt: attempt.createdAt,
        status: attempt.status,
      });
      if (!this.#entries.has(id)) {
        this.#entries.set(id, libraryEntryFor(attempt, 0));
        await this.#writeIndexSoon();
      }
      return attempt;
    });
  }

  async #writeIndexSoon(): Promise<void> {
    this.#indexDirty = true;
    await this.#writeIndexNow().catch((error: unknown) =>
      this.#deps.log('Could not write the library index', error),
    );
  }

  async #knownAttempt(id: string): Promise<KnownAttempt> {
    const known = this.#known.get(id);
    if (known) return known;
    if (!this.#files.exists(this.layout.attemptsDir, id)) throw notFound();
    const attempt = await this.#openAttemptFile(id, this.#entries.get(id)?.title ?? null);
    if (!attempt) throw notFound();
    const fresh = { revision: attempt.revision, createdAt: attempt.createdAt, status: attempt.status };
    this.#known.set(id, fresh);
    return fresh;
  }

  /**
   * Saves a whole attempt. Answers only once the file and its folder entry are flushed to disk: that
   * answer is the acknowledgement the renderer relies on. Refused with `conflict` when the attempt was
   * saved since the revision the caller holds; on any failure the file on disk is left as it was.
   */
  saveAttempt(request: { attempt: Attempt; progress: number }): Promise<SaveAcknowledgement> {
    const parsed = attemptSchema.safeParse(request.attempt);
    if (!parsed.success)
      return Promise.reject(new HostError('invalid-request', 'The attempt is not in the expected form.'));
    const incoming = parsed.data;
    assertId(incoming.id);
    const progress = Math.min(1, Math.max(0, Number.isFinite(request.progress) ? request.progress : 0));
    return this.#queue.run(incoming.id, async () => {
      this.#assertOpen();
      const known = await this.#knownAttempt(incoming.id);
      if (incoming.revision !== known.revision)
        throw new HostError(
          'conflict',
          'Your changes were not saved because this attempt was saved from somewhere else since you opened it. Copy anything you need, then reopen the attempt.',
        );
      const savedAt = this.#deps.now().toISOString();
      const next: Attempt = {
        ...incoming,
        createdAt: known.createdAt,
        revision: known.revision + 1,
        updatedAt: savedAt,
      };
      await this.#files.write(this.layout.attemptsDir, next.id, next, 'your work');
      this.#known.set(next.id, { revision: next.revision, createdAt: next.createdAt, status: next.status });

      const before = this.#entries.get(next.id);
      const entry = libraryEntryFor(next, progress);
      this.#entries.set(next.id, entry);
      if (listingChanged(before, entry)) await this.#writeIndexSoon();
      else this.#scheduleIndexWrite();

      await this.#maybeSnapshot(
        next.id,
        next,
        known.status !== next.status ? 'status' : 'save',
        known.status !== next.status,
      );
      return { revision: next.revision, savedAt };
    });
  }

  async #maybeSnapshot(key: string, value: object, reason: SnapshotReason, always: boolean): Promise<void> {
    const last = this.#backups.lastTakenAt(key);
    const due =
      always || !last || this.#deps.now().getTime() - last.getTime() >= this.#options.snapshotIntervalMs;
    if (!due) return;
    // The save itself has succeeded; a snapshot that cannot be written is logged, not reported as a failure.
    await this.#backups
      .take(key, value, reason)
      .catch((error: unknown) => this.#deps.log(`Could not snapshot ${key}`, error));
  }

  /** Takes a snapshot of an attempt as it is on disk now; for risky operations (imports, restores). */
  backupAttempt(id: string, reason: SnapshotReason): Promise<void> {
    assertId(id);
    return this.#queue.run(id, async () => {
      this.#assertOpen();
      const read = this.#files.read(this.layout.attemptsDir, id, 'your work');
      if (read.state !== 'parsed') throw notFound();
      await this.#backups.take(id, read.value as object, reason);
    });
  }

  /**
   * Removes an attempt from the library. A snapshot is taken first (deleting fails if it cannot be),
   * then the index entry goes, then the file: a crash part-way leaves the attempt listed again, never lost.
   */
  deleteAttempt(id: string): Promise<void> {
    assertId(id);
    return this.#queue.run(id, async () => {
      this.#assertOpen();
      const read = this.#files.read(this.layout.attemptsDir, id, 'your work');
      const good = read.state === 'parsed' && decodeDocument('attempt', read.value).ok;
      if (read.state === 'missing' && !this.#entries.has(id)) throw notFound();
      if (read.state === 'parsed' && good)
        await this.#backups.take(id, read.value as object, 'before-delete');
      const entry = this.#entries.get(id);
      this.#entries.delete(id);
      this.#indexDirty = true;
      try {
        await this.#writeIndexNow();
      } catch (error) {
        if (entry) this.#entries.set(id, entry);
        throw error;
      }
      if (entry) this.#deletedEntries.set(id, entry);
      this.#known.delete(id);
      // A damaged file has no snapshot to undo from, so it goes to quarantine rather than away.
      if (read.state !== 'missing' && !good) this.#quarantine(this.layout.attemptsDir, id);
      else this.#files.remove(this.layout.attemptsDir, id);
    });
  }

  /** Brings back a deleted attempt from its newest snapshot (kept for `deletedRetentionMs`). */
  restoreDeletedAttempt(id: string): Promise<LibraryEntry> {
    assertId(id);
    return this.#queue.run(id, async () => {
      this.#assertOpen();
      if (this.#entries.has(id) || this.#files.exists(this.layout.attemptsDir, id))
        throw new HostError('conflict', 'This attempt is already in your library.');
      const backup = this.#backups.latestGood(id, 'attempt');
      if (!backup || backup.value.id !== id)
        throw new HostError('not-found', 'No copy of this attempt was found, so it cannot be restored.');
      await this.#files.write(this.layout.attemptsDir, id, backup.value, 'the restored attempt');
      const attempt = backup.value;
      const entry = libraryEntryFor(attempt, this.#deletedEntries.get(id)?.progress ?? 0);
      this.#entries.set(id, entry);
      this.#deletedEntries.delete(id);
      this.#known.set(id, {
        revision: attempt.revision,
        createdAt: attempt.createdAt,
        status: attempt.status,
      });
      await this.#writeIndexSoon();
      return entry;
    });
  }

  // ---------------------------------------------------------------- lifetime

  #assertOpen(): void {
    if (this.#closed) throw new HostError('internal', 'The app is closing; please try again in a moment.');
  }

  /** Waits for queued saves and writes a pending index update. */
  async flush(): Promise<void> {
    await this.#queue.drain();
    if (this.#indexDirty) await this.#writeIndexNow();
    await this.#queue.drain();
  }

  /** Flushes, then refuses further work. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.flush();
    } finally {
      this.#closed = true;
      if (this.#indexTimer) clearTimeout(this.#indexTimer);
      this.#indexTimer = null;
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
