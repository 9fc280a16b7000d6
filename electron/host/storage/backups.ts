import path from 'node:path';
import type { DocumentKind } from '../../../shared/model/migrations';
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
 * Rolling snapshots in `backups/<key>/<stamp>-<seq>-<reason>.json`, newest last by name. The key is an
 * attempt id, or `_settings` / `_library` (an underscore cannot start an id, so they never collide).
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

  /** Backup names, oldest first. */
  list(key: string): string[] {
    return this.#files
      .list(this.folderFor(key))
      .filter((name) => parseCompactStamp(name) !== null)
      .sort();
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

  /** Writes a snapshot and drops the oldest beyond the number kept. Throws a typed error when it cannot write. */
  async take(key: string, value: object, reason: SnapshotReason): Promise<string> {
    const at = this.#now();
    const stamp = compactStamp(at);
    const existing = this.list(key);
    let seq = 0;
    while (existing.some((name) => name.startsWith(`${stamp}-${String(seq).padStart(3, '0')}-`))) seq += 1;
    const name = `${stamp}-${String(seq).padStart(3, '0')}-${reason}`;
    await this.#files.write(this.folderFor(key), name, value, 'a backup copy');
    this.#lastTaken.set(key, at.getTime());
    const all = [...existing, name].sort();
    for (const old of all.slice(0, Math.max(0, all.length - this.#keep)))
      this.#files.remove(this.folderFor(key), old);
    return name;
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
