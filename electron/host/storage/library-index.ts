import { LIBRARY_SCHEMA_VERSION } from '@shared/model/library';
import type { LibraryEntry, LibraryIndex } from '@shared/model/library';
import type { SnapshotReason } from './backups';
import type { DocumentFiles } from './files';
import type { KeyedQueue } from './keyed-queue';

/** What the index needs from the storage it belongs to. */
export interface LibraryIndexDeps {
  dataDir: string;
  fileName: string;
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
 */
export class LibraryIndexFile {
  readonly entries = new Map<string, LibraryEntry>();
  readonly #deps: LibraryIndexDeps;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: LibraryIndexDeps) {
    this.#deps = deps;
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
