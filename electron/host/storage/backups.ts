import path from 'node:path';
import type { DocumentKind } from '@shared/model/migrations';
import { compactStamp, parseCompactStamp } from './dates';
import { decodeDocument } from './documents';
import type { DocumentTypes } from './documents';
import type { DocumentFiles } from './files';

/** Why a snapshot was taken; part of the file name so a person looking in the folder can tell. */
export type SnapshotReason =
  | 'save'
  | 'status'
  | 'settings'
  | 'index'
  | 'before-migration'
  | 'before-delete'
  | 'before-restore'
  | 'before-import';

export interface FoundBackup<T> {
  value: T;
  takenAt: Date;
  name: string;
}

/**
 * Older history kept beside the newest snapshots: for each of these ages, the newest snapshot taken at least
 * that long before the newest one. A burst of saves (a window changing the status over and over) can then
 * replace the rolling window but not the work from an hour, a day, a week or a month before.
 */
const HISTORY_AGES_MS = [60 * 60_000, 24 * 60 * 60_000, 7 * 24 * 60 * 60_000, 30 * 24 * 60 * 60_000];

/** The sequence number after the stamp; files written before it counted up across the folder hold 000. */
function sequenceOf(name: string): number {
  const match = /^[^-]+-(\d+)-/.exec(name);
  return match ? Number(match[1]) : 0;
}

/**
 * Rolling snapshots in `backups/<key>/<stamp>-<seq>-<reason>.json`. The key is an attempt id, or
 * `_settings` / `_library` (an underscore cannot start an id, so they never collide). `seq` counts up
 * across the folder and orders the snapshots, not the stamp: a clock put back must not make the newest
 * snapshot look like the oldest and be pruned as soon as it is written.
 * A snapshot is the document exactly as written, in whatever version it was, so restoring one runs the
 * same migrations and checks as opening the live file.
 */
export class Backups {
  readonly #files: DocumentFiles;
  readonly #root: string;
  readonly #keep: number;
  readonly #now: () => Date;
  readonly #lastTaken = new Map<string, number>();

  constructor(files: DocumentFiles, root: string, keep: number, now: () => Date) {
    this.#files = files;
    this.#root = root;
    this.#keep = Math.max(1, keep);
    this.#now = now;
  }

  folderFor(key: string): string {
    return path.join(this.#root, key);
  }

  keys(): string[] {
    return this.#files.listFolders(this.#root);
  }

  /** Backup names, oldest first (by sequence, then by name for files from before the sequence counted up). */
  list(key: string): string[] {
    return this.#files
      .list(this.folderFor(key))
      .filter((name) => parseCompactStamp(name) !== null)
      .sort((a, b) => sequenceOf(a) - sequenceOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  lastTakenAt(key: string): Date | null {
    let at = this.#lastTaken.get(key);
    if (at === undefined) {
      const newest = this.list(key).at(-1);
      at = newest ? (parseCompactStamp(newest)?.getTime() ?? 0) : 0;
      this.#lastTaken.set(key, at);
    }
    return at > 0 ? new Date(at) : null;
  }

  /**
   * Writes a snapshot and drops those no longer kept: all but the newest N and a few older ones (see
   * HISTORY_AGES_MS). Throws a typed error when it cannot write.
   */
  async take(key: string, value: object, reason: SnapshotReason): Promise<string> {
    const at = this.#now();
    const existing = this.list(key);
    const last = existing.at(-1);
    const seq = last === undefined ? 0 : sequenceOf(last) + 1;
    const name = `${compactStamp(at)}-${String(seq).padStart(6, '0')}-${reason}`;
    await this.#files.write(this.folderFor(key), name, value, 'a backup copy');
    this.#lastTaken.set(key, at.getTime());
    const all = [...existing, name];
    const kept = this.#kept(all);
    for (const old of all) if (!kept.has(old)) this.#files.remove(this.folderFor(key), old);
    return name;
  }

  /** `all` oldest first; the newest N, and for each history age the newest snapshot at least that old. */
  #kept(all: readonly string[]): Set<string> {
    const kept = new Set(all.slice(-this.#keep));
    const newest = parseCompactStamp(all.at(-1) ?? '')?.getTime();
    if (newest === undefined) return kept;
    for (const age of HISTORY_AGES_MS) {
      const anchor = all.findLast((name) => (parseCompactStamp(name)?.getTime() ?? 0) <= newest - age);
      if (anchor !== undefined) kept.add(anchor);
    }
    return kept;
  }

  /** The newest snapshot that still reads, upgrades and validates; damaged snapshots are skipped, not moved. */
  latestGood<K extends DocumentKind>(key: string, kind: K): FoundBackup<DocumentTypes[K]> | null {
    const names = this.list(key).reverse();
    for (const name of names) {
      let read;
      try {
        read = this.#files.read(this.folderFor(key), name, 'a backup copy');
      } catch {
        continue;
      }
      if (read.state !== 'parsed') continue;
      const decoded = decodeDocument(kind, read.value);
      if (decoded.ok) return { value: decoded.value, takenAt: parseCompactStamp(name) ?? new Date(0), name };
    }
    return null;
  }

  removeAll(key: string): void {
    this.#files.removeFolder(this.folderFor(key));
    this.#lastTaken.delete(key);
  }
}
