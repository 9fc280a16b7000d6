import fs from 'node:fs';
import path from 'node:path';
import type { CreateJsonStore, JsonStore } from '../ports';
import { isSystemError, readFailure, writeFailure } from './write-errors';
import { leftoverTempFile } from '../encryption/replace-file';

export type RawRead =
  { state: 'missing' } | { state: 'parsed'; value: unknown } | { state: 'unparseable'; reason: string };

export interface DocumentFilesOptions {
  /** fsync the folder after each write so the rename survives a power cut; on by default. */
  fsyncFolders: boolean;
  log: (message: string, error?: unknown) => void;
}

/**
 * Every JSON file the host reads or writes goes through the injected store factory (conf in tests and
 * the harness, electron-store in the shell, possibly an encrypting wrapper), so there is one write path.
 * Plain `fs` is used only for what the stores do not offer: listing, moving and removing files.
 */
export class DocumentFiles {
  readonly #createStore: CreateJsonStore;
  readonly #options: DocumentFilesOptions;
  readonly #stores = new Map<string, JsonStore>();

  constructor(createStore: CreateJsonStore, options: DocumentFilesOptions) {
    this.#createStore = createStore;
    this.#options = options;
  }

  static fileFor(dir: string, name: string): string {
    return path.join(dir, `${name}.json`);
  }

  #store(dir: string, name: string): JsonStore {
    const file = DocumentFiles.fileFor(dir, name);
    let store = this.#stores.get(file);
    if (!store) {
      // Constructing reads the file once and throws on a damaged one; only a good store is kept.
      store = this.#createStore({ cwd: dir, configName: name });
      this.#stores.set(file, store);
    }
    return store;
  }

  exists(dir: string, name: string): boolean {
    return fs.existsSync(DocumentFiles.fileFor(dir, name));
  }

  /** Reads and parses; a file system failure (permissions, a lock) throws, damage does not. */
  read(dir: string, name: string, what: string): RawRead {
    const file = DocumentFiles.fileFor(dir, name);
    try {
      if (!fs.statSync(file).isFile()) return { state: 'unparseable', reason: 'not a file' };
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return { state: 'missing' };
      throw readFailure(error, what);
    }
    try {
      // conf answers a null-prototype copy; spread it into an ordinary object for zod and the migrations.
      return { state: 'parsed', value: { ...this.#store(dir, name).store } };
    } catch (error) {
      if (isSystemError(error)) throw readFailure(error, what);
      return { state: 'unparseable', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Replaces the file atomically and resolves once the data and its folder entry are on disk (the store
   * replaces it with `replaceFileSync`: temp file, fsync, rename, folder fsync). If this throws before the
   * rename, the file on disk is unchanged; after it, the file holds all of the new data, unacknowledged.
   */
  async write(dir: string, name: string, value: object, what: string): Promise<void> {
    try {
      fs.mkdirSync(dir, { recursive: true });
      this.#store(dir, name).store = value as Record<string, unknown>;
    } catch (error) {
      this.#stores.delete(DocumentFiles.fileFor(dir, name));
      throw writeFailure(error, what);
    }
  }

  /** Names (without `.json`) of the JSON files in a folder; an absent folder has none. */
  list(dir: string): string[] {
    try {
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name.slice(0, -'.json'.length));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw readFailure(error, 'the folder of saved work');
    }
  }

  listFolders(dir: string): string[] {
    try {
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw readFailure(error, 'the folder of saved work');
    }
  }

  remove(dir: string, name: string): void {
    const file = DocumentFiles.fileFor(dir, name);
    this.#stores.delete(file);
    fs.rmSync(file, { force: true });
  }

  removeFolder(dir: string): void {
    for (const file of [...this.#stores.keys()]) if (path.dirname(file) === dir) this.#stores.delete(file);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  /** Moves a file aside (as it is, or encrypted by the store factory while encryption is on); the target must not exist yet. */
  move(from: string, to: string): void {
    this.#stores.delete(from);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (this.#createStore.moveAside?.(from, to)) return;
    try {
      fs.renameSync(from, to);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EXDEV') throw error;
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      fs.rmSync(from);
    }
  }

  /** Removes temporary files a killed process left behind; they were never renamed, so they hold nothing acknowledged. */
  removeLeftovers(dir: string): number {
    let removed = 0;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (!leftoverTempFile.test(name)) continue;
      try {
        fs.rmSync(path.join(dir, name), { force: true });
        removed += 1;
      } catch (error) {
        this.#options.log(`Could not remove leftover ${name}`, error);
      }
    }
    return removed;
  }
}
