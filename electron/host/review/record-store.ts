import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { HostError } from '@shared/contract';
import { idPattern } from '@shared/model/ids';
import type { Notice } from '@shared/model/notices';
import type { CreateJsonStore } from '../ports';
import { Backups } from '../storage/backups';
import type { SnapshotReason } from '../storage/backups';
import { formatDateTime } from '@shared/dates/format';
import { compactStamp, parseCompactStamp } from '../storage/dates';
import { DocumentFiles } from '../storage/files';
import { KeyedQueue } from '../storage/keyed-queue';
import { makeNotice } from '../storage/notices';
import type { NoticeLevel } from '../storage/notices';

/**
 * One JSON file per record (reviews, supervision records, imported-copy links), following the storage
 * conventions: every file carries `schemaVersion`; writes go through the injected store factory (atomic,
 * flushed); snapshots are kept in `backups/_<folder>/<id>/` (the underscore keeps storage's clean-up of
 * deleted attempts away from them); a file that will not read or validate is moved to `quarantine/`,
 * never deleted, replaced by its newest good snapshot if there is one, and a notice says what happened.
 * A file written by a newer version is left where it is and kept out of the list.
 */

export interface RecordStoreOptions<T extends { id: string; schemaVersion: number }> {
  dataDir: string;
  /** Folder under the data folder, e.g. `reviews`. */
  folder: string;
  schema: z.ZodType<T>;
  currentVersion: number;
  /** How a person would name one record in a notice: "a review", "a supervision record". */
  what: string;
  /** The record's name in a notice, e.g. "the review by Dana Whitcombe". */
  describe: (record: T) => string;
  createStore: CreateJsonStore;
  now: () => Date;
  newId: () => string;
  log: (message: string, error?: unknown) => void;
  backupsToKeep?: number;
  fsyncFolders?: boolean;
}

type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string; tooNew: boolean };

export class RecordStore<T extends { id: string; schemaVersion: number }> {
  readonly dir: string;
  readonly #options: RecordStoreOptions<T>;
  readonly #files: DocumentFiles;
  readonly #backups: Backups;
  readonly #quarantineDir: string;
  readonly #queue = new KeyedQueue();
  readonly #records = new Map<string, T>();
  readonly #notices: Notice[] = [];
  /** Files read (or set aside) this session, by one of the reads below or the full load. */
  readonly #visited = new Set<string>();
  #loaded: Promise<void> | null = null;

  constructor(options: RecordStoreOptions<T>) {
    this.#options = options;
    this.dir = path.join(options.dataDir, options.folder);
    this.#quarantineDir = path.join(options.dataDir, 'quarantine');
    this.#files = new DocumentFiles(options.createStore, {
      fsyncFolders: options.fsyncFolders ?? true,
      log: options.log,
    });
    this.#backups = new Backups(
      this.#files,
      path.join(options.dataDir, 'backups', `_${options.folder}`),
      options.backupsToKeep ?? 10,
      options.now,
    );
  }

  /** What loading repaired or set aside, oldest first. */
  get notices(): readonly Notice[] {
    return this.#notices;
  }

  /** Reads every record once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.#loaded ??= this.#load();
    return this.#loaded;
  }

  async list(): Promise<T[]> {
    await this.ready();
    return [...this.#records.values()];
  }

  /**
   * These records only: read from their own files unless every record is loaded already, so a screen about
   * one attempt need not wait for every file. A damaged file is repaired or set aside as in a full load.
   */
  async some(ids: readonly string[]): Promise<T[]> {
    if (this.#loaded) await this.#loaded;
    else
      for (const id of ids)
        if (idPattern.test(id) && !this.#visited.has(id) && !this.#records.has(id)) await this.#loadOne(id);
    return ids.flatMap((id) => this.#records.get(id) ?? []);
  }

  /** The ids of the records saved in the folder, from its listing alone (no file is read). */
  savedIds(): string[] {
    const names = this.#files.list(this.dir).filter((name) => idPattern.test(name));
    return [...new Set([...names, ...this.#records.keys()])];
  }

  async get(id: string): Promise<T | undefined> {
    await this.ready();
    return this.#records.get(id);
  }

  /** Validates and writes a record, then snapshots it. The file on disk is unchanged if this throws. */
  async save(record: T, reason: SnapshotReason = 'save'): Promise<T> {
    await this.ready();
    const checked = this.#options.schema.safeParse(record);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new HostError(
        'invalid-request',
        `This ${this.#noun()} is not in the expected form (${where}${issue?.message ?? 'not valid'}).`,
      );
    }
    const value = checked.data;
    assertId(value.id);
    return this.#queue.run(value.id, async () => {
      await this.#files.write(this.dir, value.id, value, this.#options.what);
      this.#records.set(value.id, value);
      await this.#backups
        .take(value.id, value, reason)
        .catch((error: unknown) =>
          this.#options.log(`Could not snapshot ${this.#options.folder}/${value.id}`, error),
        );
      return value;
    });
  }

  /** Removes a record after snapshotting it, so it can be found again in the backups folder. */
  async remove(id: string): Promise<void> {
    await this.ready();
    assertId(id);
    return this.#queue.run(id, async () => {
      const record = this.#records.get(id);
      if (!record)
        throw new HostError(
          'not-found',
          `This ${this.#noun()} is no longer saved (it may have been deleted).`,
        );
      await this.#backups.take(id, record, 'before-delete');
      this.#files.remove(this.dir, id);
      this.#records.delete(id);
    });
  }

  async flush(): Promise<void> {
    await this.#queue.drain();
  }

  #noun(): string {
    return this.#options.what.replace(/^(a|an|the) /, '');
  }

  #decode(raw: unknown): Decoded<T> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { ok: false, reason: 'not a JSON object', tooNew: false };
    const version = (raw as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version !== 'number') return { ok: false, reason: 'no schemaVersion', tooNew: false };
    if (version > this.#options.currentVersion)
      return {
        ok: false,
        reason: `schemaVersion ${version} is newer than this app understands`,
        tooNew: true,
      };
    // Version 1 is the first of each of these records; older versions will need steps here when they exist.
    const checked = this.#options.schema.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return {
        ok: false,
        reason: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not valid'}`,
        tooNew: false,
      };
    }
    return { ok: true, value: checked.data };
  }

  #notify(level: NoticeLevel, message: string): void {
    this.#notices.push(makeNotice(this.#options.newId(), level, message, this.#options.now()));
  }

  async #load(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    this.#files.removeLeftovers(this.dir);
    for (const name of this.#files.list(this.dir)) {
      if (!idPattern.test(name) || this.#visited.has(name)) continue;
      await this.#loadOne(name);
    }
  }

  /** Reads, checks and if need be repairs one record's file (once a session: later reads come from memory). */
  async #loadOne(name: string): Promise<void> {
    // Marked before anything is awaited, so a full load running alongside never handles the file twice.
    this.#visited.add(name);
    const read = this.#files.read(this.dir, name, this.#options.what);
    if (read.state === 'missing') return;
    const decoded: Decoded<T> =
      read.state === 'parsed' ? this.#decode(read.value) : { ok: false, reason: read.reason, tooNew: false };
    if (decoded.ok && decoded.value.id === name) {
      this.#records.set(name, decoded.value);
      return;
    }
    if (!decoded.ok && decoded.tooNew) {
      this.#options.log(`${this.#options.folder}/${name}: ${decoded.reason}; left in place`);
      this.#notify(
        'warning',
        `${capitalise(this.#options.what)} was saved by a newer version of Casework Practice and cannot be opened by this one, so it is not shown. Its file has been left as it is; a newer version of the app will open it.`,
      );
      return;
    }
    this.#options.log(
      `${this.#options.folder}/${name} damaged: ${decoded.ok ? 'holds another id' : decoded.reason}`,
    );
    const moved = this.#quarantine(name);
    const backup = this.#latestGood(name);
    if (backup) {
      // When the damaged file could not be moved it is not written over; the restored copy is used from
      // memory this session and written by the next save.
      if (moved)
        await this.#files
          .write(this.dir, name, backup.value, this.#options.what)
          .catch((error: unknown) =>
            this.#options.log(`Could not write the restored copy of ${name}`, error),
          );
      this.#records.set(name, backup.value);
      this.#notify(
        'warning',
        `The file for ${this.#options.describe(backup.value)} was damaged and has been set aside. The copy saved on ${formatDateTime(backup.takenAt)} was restored; changes made after that time are not in it. It has been moved to the "quarantine" folder in the app's data folder, not deleted.`,
      );
    } else
      this.#notify(
        'error',
        `The file for ${this.#options.what} was damaged and no earlier copy was found, so it is not shown. It has been moved to the "quarantine" folder in the app's data folder, not deleted.`,
      );
  }

  #latestGood(id: string): { value: T; takenAt: Date } | null {
    for (const name of this.#backups.list(id).reverse()) {
      let read;
      try {
        read = this.#files.read(this.#backups.folderFor(id), name, 'a backup copy');
      } catch {
        continue;
      }
      if (read.state !== 'parsed') continue;
      const decoded = this.#decode(read.value);
      if (decoded.ok && decoded.value.id === id)
        return { value: decoded.value, takenAt: parseCompactStamp(name) ?? new Date(0) };
    }
    return null;
  }

  #quarantine(name: string): boolean {
    const from = DocumentFiles.fileFor(this.dir, name);
    const stamp = compactStamp(this.#options.now());
    let target = path.join(this.#quarantineDir, `${stamp}_${this.#options.folder}_${name}.json`);
    for (let n = 2; fs.existsSync(target); n += 1)
      target = path.join(this.#quarantineDir, `${stamp}-${n}_${this.#options.folder}_${name}.json`);
    try {
      this.#files.move(from, target);
      return true;
    } catch (error) {
      this.#options.log(`Could not move ${from} into quarantine; leaving it where it is`, error);
      return false;
    }
  }
}

function assertId(id: string): void {
  // Ids become file names: refuse anything that could climb out of the folder.
  if (!idPattern.test(id)) throw new HostError('invalid-request', 'That is not a valid id.');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What every record store of one host shares: where the data lives and the injected ports. */
export type RecordStoreCommon = Pick<
  RecordStoreOptions<{ id: string; schemaVersion: number }>,
  'dataDir' | 'createStore' | 'now' | 'newId' | 'log' | 'fsyncFolders'
>;
