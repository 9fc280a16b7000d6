import { libraryHeadFor, LIBRARY_SCHEMA_VERSION } from '@shared/model/library';
import type { LibraryEntry, LibraryHead, LibraryIndex } from '@shared/model/library';
import type { SnapshotReason } from './backups';
import type { DocumentFiles } from './files';
import type { KeyedQueue } from './keyed-queue';

/** What the index needs from the storage it belongs to. */
export interface LibraryIndexDeps {
  dataDir: string;
  fileName: string;
  /** The head file written after each write of the index (the newest entries, for the first paint). */
  headFileName: string;
  /** The queue key index writes run under, so they never overlap whichever attempt asked. */
  queueKey: string;
  files: DocumentFiles;
  queue: KeyedQueue;
  /** When a save changes only the last-saved time or progress, the index is written this long after. */
  writeDelayMs: number;
  snapshot: (key: string, value: object, reason: SnapshotReason, always: boolean) => Promise<void>;
  assertOpen: () => void;
  log: (message: string, error?: unknown) => void;
}

/**
 * `library.json`: the list of attempts the home screen shows, kept in memory and written to disk at once
 * when a listed field changes, or a little later (on a timer) when only the save time or progress did.
 * Each write is followed by `library-head.json`, its newest entries, which start-up reads instead of the
 * whole index when it can (decision 0028). Until the whole index has been read (`complete`), `entries`
 * holds only the head's, and the index is never written: it would lose every entry the head leaves out.
 */
export class LibraryIndexFile {
  readonly entries = new Map<string, LibraryEntry>();
  readonly #deps: LibraryIndexDeps;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #complete = true;
  #headTotal = 0;
  /** The head file as last read or written (JSON), so start-up knows whether it is in step with the index. */
  #headOnDisk: string | null = null;

  constructor(deps: LibraryIndexDeps) {
    this.#deps = deps;
  }

  /** Whether `entries` is the whole index rather than the head start-up began from. */
  get complete(): boolean {
    return this.#complete;
  }

  /** How many attempts there are in all: the head's count until the whole index is read. */
  get total(): number {
    return this.#complete ? this.entries.size : this.#headTotal;
  }

  /** Start-up from the head: its entries are listed until the whole index is read. */
  startFromHead(head: LibraryHead): void {
    this.entries.clear();
    for (const entry of head.entries) this.entries.set(entry.id, entry);
    this.#headTotal = head.total;
    this.#complete = false;
    this.#headOnDisk = JSON.stringify(head);
  }

  /** Before the whole index is put in place of the head's entries. */
  beginWholeRead(): void {
    this.entries.clear();
  }

  markComplete(): void {
    this.#complete = true;
  }

  /** Writes the head alone when it is missing or behind the index (which is right on disk). */
  putHeadInStep(): Promise<void> {
    return this.#deps.queue.run(this.#deps.queueKey, async () => {
      const head = libraryHeadFor(this.list());
      if (this.#headOnDisk !== JSON.stringify(head)) await this.#writeHeadNow(head);
    });
  }

  async #writeHeadNow(head: LibraryHead): Promise<void> {
    try {
      await this.#deps.files.write(
        this.#deps.dataDir,
        this.#deps.headFileName,
        head,
        'your list of attempts',
      );
      this.#headOnDisk = JSON.stringify(head);
    } catch (error) {
      // The head only speeds up the next start: one that cannot be written is logged, never a failed save.
      this.#headOnDisk = null;
      this.#deps.log('Could not write the head of the library index', error);
    }
  }

  /** Whether the index on disk is behind the one in memory. */
  get dirty(): boolean {
    return this.#dirty;
  }

  markDirty(): void {
    this.#dirty = true;
  }

  /** Newest first; ties in id order so the list never reshuffles. */
  list(): LibraryEntry[] {
    return [...this.entries.values()].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id),
    );
  }

  document(): LibraryIndex {
    this.#deps.assertOpen();
    return { schemaVersion: LIBRARY_SCHEMA_VERSION, entries: this.list() };
  }

  scheduleWrite(): void {
    this.#dirty = true;
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.writeNow().catch((error: unknown) => this.#deps.log('Could not write the library index', error));
    }, this.#deps.writeDelayMs);
    this.#timer.unref?.();
  }

  /** Writes the index if anything changed; index writes never overlap, whichever attempt asked. */
  writeNow(): Promise<void> {
    return this.#deps.queue.run(this.#deps.queueKey, async () => {
      this.stopTimer();
      if (!this.#dirty) return;
      if (!this.#complete)
        throw new Error('The library index was to be written before it had been read whole');
      this.#dirty = false;
      const document = this.document();
      try {
        await this.#deps.files.write(
          this.#deps.dataDir,
          this.#deps.fileName,
          document,
          'your list of attempts',
        );
      } catch (error) {
        this.#dirty = true;
        throw error;
      }
      // After the index, so a crash between the two leaves a head that is behind, which start-up
      // tolerates (the whole index is read straight after the first paint and the head put right).
      await this.#writeHeadNow(libraryHeadFor(document.entries));
      await this.#deps.snapshot(this.#deps.queueKey, document, 'index', false);
    });
  }

  /** Marks the index changed and writes it now; a failed write is logged and retried later. */
  async writeSoon(): Promise<void> {
    this.#dirty = true;
    await this.writeNow().catch((error: unknown) =>
      this.#deps.log('Could not write the library index', error),
    );
  }

  stopTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
