import type { KeyProtector } from './encryption/key-file';
import type { StorageOptions } from './storage/storage';

/**
 * What the host services need from the outside world, passed in so they never import Electron:
 * the shell fills these with Electron's pieces, tests and the harness with temp folders and fakes.
 */

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

export type CreateJsonStore = (options: JsonStoreOptions) => JsonStore;

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
}
