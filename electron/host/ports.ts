/**
 * What the host services need from the outside world, passed in so they never import Electron:
 * the shell fills these with Electron's pieces, tests and the harness with temp folders and fakes.
 * This module imports nothing from the host, so any service can name a port without a cycle.
 */
import type { Settings } from '@shared/model/settings';

/** The part of `conf` / `electron-store` the host uses. Both libraries satisfy it. */
export interface JsonStore {
  readonly path: string;
  /** Reading returns the whole file's contents; assigning replaces the file atomically. */
  store: Record<string, unknown>;
}

export interface JsonStoreOptions {
  /** Folder the file lives in. */
  cwd: string;
  /** File name without the `.json` extension. */
  configName: string;
}

export interface CreateJsonStore {
  (options: JsonStoreOptions): JsonStore;
  /**
   * Moves a file aside (into quarantine) in the form files are kept in: encrypted while encryption is on,
   * whatever the file held. Answers false when it leaves the move to the caller (a plain rename), as it does
   * when there is no such method. The target must not exist yet.
   */
  moveAside?: (from: string, to: string) => boolean;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs: the only way a path the host reads or writes can come from the user. */
export interface Dialogs {
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /**
   * An open dialog where several files can be chosen; an empty list when cancelled. Absent (older fakes):
   * the host falls back to `chooseOpenPath`, one file.
   */
  chooseOpenPaths?(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** A folder chooser; null when cancelled. Absent: folder imports and watching say they are not available. */
  chooseFolder?(options: { title: string }): Promise<string | null>;
}

/**
 * Being told that something in a folder may have changed (Node's `fs.watch` in the app; a fake in tests).
 * A hint only: the watcher lists the folder itself, so a missed or doubled event changes nothing.
 */
export interface FolderWatchPort {
  /** Starts watching; answers the function that stops. `changed` may be called often and for any reason. */
  watch(folder: string, changed: () => void, failed: (error: unknown) => void): () => void;
}

/** Timers, injected so the watcher's waits can be driven by a fake clock in tests. */
export interface TimerPort {
  /** Runs `run` after `ms`; answers the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

/**
 * What protects the data key on disk. In the shell this is Electron's `safeStorage` (Keychain, DPAPI,
 * Secret Service/kwallet); tests pass a fake. The key itself never leaves the main process.
 */
export interface KeyProtector {
  isAvailable(): boolean;
  /** Linux only: Chromium's name for the backend; 'basic_text' means a hard-coded password, so no protection. */
  backend?(): string;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface StorageOptions {
  /** Snapshots kept per attempt (and for settings and the index). */
  backupsToKeep: number;
  /** Ordinary saves snapshot an attempt at most this often; status changes and risky operations always do. */
  snapshotIntervalMs: number;
  /** When a save changes only the last-saved time or progress, the index is written this long after. */
  indexWriteDelayMs: number;
  /** How long a deleted attempt's backups are kept so the deletion can be undone. */
  deletedRetentionMs: number;
  /** fsync the folder after each write (the file itself is always fsync'd). */
  fsyncFolders: boolean;
}

/** Bounds on the worker thread PDFs are made in (electron/host/pdf/pdf-runner.ts has the defaults). */
export interface PdfWorkerLimits {
  /** The worker's V8 old-generation heap, in MB: past it the worker is stopped, not the app. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** An export still running after this long is stopped. */
  timeoutMs: number;
  /** A worker left idle this long is stopped, so its heap is given back; the next export starts another. */
  idleMs: number;
}

export interface PdfWorkerSettings {
  /**
   * The worker's entry file: the bundled `pdf-worker.js` in the built app, or the TypeScript source, which
   * is started through tsx (development, tests, the harness without a build). See `pdfWorkerEntry`.
   */
  entry: string;
  limits?: Partial<PdfWorkerLimits>;
}

export interface HostDeps {
  /** The app's userData folder (Electron) or a temp folder (tests, harness). */
  dataDir: string;
  createStore: CreateJsonStore;
  dialogs: Dialogs;
  now: () => Date;
  newId: () => string;
  /** Tuning for storage (backups kept, snapshot interval, ...); defaults suit the app. */
  storage?: Partial<StorageOptions>;
  /**
   * Protects the encryption-at-rest key (Electron's safeStorage in the shell). Absent: encryption cannot be
   * switched on, and the setting says why.
   */
  keyProtector?: KeyProtector;
  /** Where the host reports problems it handled itself; console.warn when absent. */
  log?: (message: string, error?: unknown) => void;
  /** The PDF worker thread; absent, the source entry beside the host with the default limits. */
  pdfWorker?: PdfWorkerSettings;
  /** Told of the settings as saved after each change (the shell follows the theme with the native one). */
  onSettingsChanged?: (settings: Settings) => void;
  /**
   * The file system the encryption rewrite and the key file go through; Node's, flushing everything, when
   * absent. Pass the same one to the store factory (`fileStoreWith`) so every write takes one path.
   */
  files?: FileIo;
  /** Change hints for the watched import folder; Node's `fs.watch` when absent. */
  folderWatch?: FolderWatchPort;
  /** Timers for the watched import folder; the real ones when absent. */
  timers?: TimerPort;
}

/**
 * The file operations storage makes when it replaces or reads a file, taken by injection so the tests can fail
 * or cut any of them part-way (a full disk after n bytes, a failing fsync or rename, a power cut that loses
 * what was not flushed). The shell and the harness pass Node's `fs`; nothing else writes the data folder's
 * files.
 */
export interface FileSystemPort {
  /** 'wx' creates a new file (never opens an existing one); 'r' opens a file or a folder for reading or fsync. */
  openSync(path: string, flags: 'wx' | 'r', mode?: number): number;
  /** May write fewer bytes than asked, as the system call may; answers how many it wrote. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  mkdirSync(path: string, options: { recursive: true }): void;
  /** Reads a whole file, refusing one larger than `maxBytes` with a `too-large` error. */
  readFileSync(path: string, maxBytes: number): Buffer;
}

/** A file system and how durably to write through it. */
export interface FileIo {
  fs: FileSystemPort;
  /** fsync each new file before it is renamed over the old one. Off only in the tests that show it matters. */
  syncFiles: boolean;
  /** fsync the folder after the rename, so the rename itself survives a power cut. */
  syncFolders: boolean;
}
