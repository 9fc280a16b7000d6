import { stat } from 'node:fs/promises';
import type { FolderWatchPort, TimerPort } from '../ports';
import { filesInFolder } from './folder';

/** A .casework file in the watched folder, as one look at the folder found it. */
export interface WatchedFile {
  path: string;
  shown: string;
  size: number;
  mtimeMs: number;
}

export interface FolderWatcherDeps {
  folder: string;
  watch: FolderWatchPort;
  timers: TimerPort;
  /** Milliseconds since some fixed point; must move with `timers` (a fake clock drives both in tests). */
  clock?: () => number;
  /**
   * How long a file's size and modified time must stay the same before it is taken: a file still being
   * written (or still being brought down by file sharing) keeps changing, so it is left until it stops.
   */
  settleMs?: number;
  /** How often the folder is looked at even without a change hint (sync clients do not always cause one). */
  pollMs?: number;
  /** How long after a change hint the folder is looked at, so a burst of hints makes one look. */
  debounceMs?: number;
  /** Lists the folder; `filesInFolder` and a stat of each file when absent. */
  list?: (folder: string) => Promise<WatchedFile[]>;
  /** Imports one settled file. The watcher waits for it before looking again. */
  take: (file: WatchedFile) => Promise<void>;
  log: (message: string, error?: unknown) => void;
}

async function listWithSizes(folder: string): Promise<WatchedFile[]> {
  const { files } = await filesInFolder(folder, 'casework');
  const found: WatchedFile[] = [];
  for (const file of files) {
    try {
      const info = await stat(file.path);
      if (info.isFile()) found.push({ ...file, size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      // Gone between the listing and the look (moved away by file sharing): nothing to take.
    }
  }
  return found;
}

const signatureOf = (file: WatchedFile) => `${file.size}:${file.mtimeMs}`;

/**
 * Watches one folder for .casework files that arrive, and hands each to `take` once it has stopped changing
 * for `settleMs`; never while it is still growing. A file is taken once per version of it (its size and
 * modified time): the import itself makes sure the same work is never added twice. Change hints only make
 * the next look sooner; the folder is also looked at every `pollMs`, so a missed hint delays, never loses.
 */
export class FolderWatcher {
  readonly #deps: Required<Omit<FolderWatcherDeps, 'list' | 'clock'>> &
    Pick<FolderWatcherDeps, 'list' | 'clock'>;
  readonly #clock: () => number;
  /** Files seen changing: the signature last seen and when it was first seen. */
  readonly #pending = new Map<string, { signature: string; since: number }>();
  /** Files taken, with the signature they had. */
  readonly #taken = new Map<string, string>();
  #scanTimer: { at: number; cancel: () => void } | null = null;
  #pollTimer: (() => void) | null = null;
  #unwatch: (() => void) | null = null;
  #scanning = false;
  #again = false;
  #stopped = false;

  constructor(deps: FolderWatcherDeps) {
    this.#deps = { settleMs: 2000, pollMs: 10_000, debounceMs: 300, ...deps };
    this.#clock = deps.clock ?? (() => Date.now());
  }

  start(): void {
    try {
      this.#unwatch = this.#deps.watch.watch(
        this.#deps.folder,
        () => this.#scanSoon(this.#deps.debounceMs),
        (error) =>
          this.#deps.log(
            'Watching the import folder for changes stopped; it is still looked at regularly',
            error,
          ),
      );
    } catch (error) {
      this.#deps.log(
        'The import folder cannot be watched for changes; it is looked at regularly instead',
        error,
      );
    }
    this.#scanSoon(0);
  }

  stop(): void {
    this.#stopped = true;
    this.#scanTimer?.cancel();
    this.#scanTimer = null;
    this.#pollTimer?.();
    this.#pollTimer = null;
    this.#unwatch?.();
    this.#unwatch = null;
  }

  /** Looks at the folder after `ms`, unless a look is already due sooner. */
  #scanSoon(ms: number): void {
    if (this.#stopped) return;
    const at = this.#clock() + ms;
    if (this.#scanTimer && this.#scanTimer.at <= at) return;
    this.#scanTimer?.cancel();
    const cancel = this.#deps.timers.after(ms, () => {
      this.#scanTimer = null;
      void this.#scan();
    });
    this.#scanTimer = { at, cancel };
  }

  async #scan(): Promise<void> {
    if (this.#stopped) return;
    if (this.#scanning) {
      this.#again = true;
      return;
    }
    this.#scanning = true;
    this.#pollTimer?.();
    this.#pollTimer = null;
    let unsettled = false;
    try {
      const files = await (this.#deps.list ?? listWithSizes)(this.#deps.folder);
      const present = new Set(files.map((file) => file.path));
      for (const path of [...this.#pending.keys()]) if (!present.has(path)) this.#pending.delete(path);
      // A file removed and put back is looked at again (the import says "already here" if it is).
      for (const path of [...this.#taken.keys()]) if (!present.has(path)) this.#taken.delete(path);
      for (const file of files) {
        if (this.#stopped) return;
        const signature = signatureOf(file);
        if (this.#taken.get(file.path) === signature) continue;
        const seen = this.#pending.get(file.path);
        const now = this.#clock();
        if (!seen || seen.signature !== signature) {
          this.#pending.set(file.path, { signature, since: now });
          unsettled = true;
          continue;
        }
        // An empty file is one whose writing has not started: left until it has content.
        if (now - seen.since < this.#deps.settleMs || file.size === 0) {
          unsettled = true;
          continue;
        }
        this.#pending.delete(file.path);
        this.#taken.set(file.path, signature);
        try {
          await this.#deps.take(file);
        } catch (error) {
          this.#deps.log(`Importing “${file.shown}” from the watched folder failed`, error);
        }
      }
    } catch (error) {
      this.#deps.log('The watched import folder could not be read', error);
    } finally {
      this.#scanning = false;
    }
    if (this.#stopped) return;
    if (this.#again) {
      this.#again = false;
      this.#scanSoon(0);
    } else if (unsettled) this.#scanSoon(this.#deps.settleMs);
    this.#pollTimer = this.#deps.timers.after(this.#deps.pollMs, () => {
      this.#pollTimer = null;
      this.#scanSoon(0);
    });
  }
}
