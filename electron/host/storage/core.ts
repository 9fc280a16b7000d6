import path from 'node:path';
import type { AttemptStatus } from '@shared/model/attempt';
import type { LibraryEntry } from '@shared/model/library';
import type { CreateJsonStore, StorageOptions } from '../ports';
import type { Backups, SnapshotReason } from './backups';
import type { DocumentFiles } from './files';
import type { KeyedQueue } from './keyed-queue';
import type { LibraryIndexFile } from './library-index';
import type { NoticeLevel } from './notices';

export interface StorageDeps {
  dataDir: string;
  createStore: CreateJsonStore;
  now: () => Date;
  newId: () => string;
  log?: (message: string, error?: unknown) => void;
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
/** The newest entries of the index, read at start-up instead of the whole index (decision 0028). */
export const LIBRARY_HEAD_FILE = 'library-head';
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

export interface KnownAttempt {
  revision: number;
  createdAt: string;
  status: AttemptStatus;
}

/**
 * The state one open storage shares between its parts (start-up repair, the library index, attempt
 * operations). `Storage` owns it; the parts are handed it so none of them keeps a copy of its own.
 */
export interface StorageCore {
  readonly layout: StorageLayout;
  readonly deps: Required<StorageDeps>;
  readonly options: StorageOptions;
  readonly files: DocumentFiles;
  readonly backups: Backups;
  readonly queue: KeyedQueue;
  readonly index: LibraryIndexFile;
  readonly known: Map<string, KnownAttempt>;
  /**
   * Attempt files start-up listed from the index without opening. Each is opened and checked (and
   * quarantined if damaged) when the trainee opens or saves it, or by `checkAttemptFiles` after the first
   * paint, whichever comes first.
   */
  readonly unchecked: Set<string>;
  /** Whether the background check has removed what a killed process left in the backup folders. */
  backupsSwept: boolean;
  /** Entries of attempts deleted this session, so an undo brings back their progress too. */
  readonly deletedEntries: Map<string, LibraryEntry>;
  notify(level: NoticeLevel, message: string): void;
  /** Snapshots when due (or `always`); a snapshot that cannot be written is logged, never thrown. */
  maybeSnapshot(key: string, value: object, reason: SnapshotReason, always: boolean): Promise<void>;
  assertOpen(): void;
}
