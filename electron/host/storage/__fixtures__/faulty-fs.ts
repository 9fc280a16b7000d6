import fs from 'node:fs';
import path from 'node:path';
import type { CreateJsonStore, FileIo, FileSystemPort } from '../../ports';
import { fileStoreWith } from '../file-store';
import { nodeFileSystem } from '../file-system';

/**
 * A file system for the storage tests that sits UNDER the storage code (the `FileSystemPort` every replace
 * and read goes through) and can:
 * - fail any one operation with a system error (`failAt`), or cut a write part-way: the first n bytes reach
 *   the file, then the write fails as a full disk does;
 * - keep what was written but not flushed in a volatile layer, and on a simulated power cut (`powerCut`)
 *   drop or tear it the way a real disk may (the approach of SQLite's crash tests and LazyFS): file contents
 *   survive only up to their last fsync, folder entries (a rename, a new file, a removal) only up to the
 *   folder's last fsync; anything newer may be there whole, torn, zeroed or gone.
 * Reads go to the real files, which hold what the page cache would: everything written so far.
 */

export type OperationKind =
  'open' | 'write' | 'fsync' | 'close' | 'rename' | 'rm' | 'mkdir' | 'read' | 'folder-open' | 'folder-fsync';

export interface Operation {
  kind: OperationKind;
  file: string;
  /** Bytes asked to be written (writes only). */
  bytes?: number;
}

export interface FaultPlan {
  /** The operation to fail, counted from 0 over every operation since `arm`. */
  at: number;
  /** The system error to answer (ENOSPC, EIO, ...). */
  code: string;
  /** For a write: how many of its bytes reach the file before it fails. */
  bytesBeforeFailure?: number;
}

/** Thrown by every operation once the power is cut, as if the process had died at that instant. */
export class PowerCutError extends Error {
  readonly code = 'EPOWERCUT';
  constructor() {
    super('EPOWERCUT: the power was cut');
  }
}

interface Inode {
  data: Buffer;
  /** What an fsync of this file last made durable. */
  durable: Buffer;
}

/** A deterministic random stream, so a failing cycle can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export class FaultyFileSystem implements FileSystemPort {
  /** Every operation since the last `arm`, for enumerating fault points. */
  readonly log: Operation[] = [];
  #plan: FaultPlan | null = null;
  #cutAt: number | null = null;
  #cut = false;
  #nextIno = 1;
  readonly #inodes = new Map<number, Inode>();
  /** Folder entries as the page cache sees them, and as they last were when their folder was fsync'd. */
  readonly #entries = new Map<string, number>();
  readonly #durableEntries = new Map<string, number>();
  readonly #fds = new Map<number, { file: string; ino: number | null }>();

  /** Starts counting operations afresh, with one fault (or none) to inject. */
  arm(plan: FaultPlan | null): void {
    this.log.length = 0;
    this.#plan = plan;
    this.#cutAt = null;
  }

  /** Cuts the power just before operation `at` (counted since the last `arm`). */
  armPowerCut(at: number): void {
    this.log.length = 0;
    this.#plan = null;
    this.#cutAt = at;
  }

  get powerIsCut(): boolean {
    return this.#cut;
  }

  /** What a faulted operation counts as, for the plan's `at`. */
  #step(operation: Operation): FaultPlan | null {
    if (this.#cut) throw new PowerCutError();
    const index = this.log.length;
    this.log.push(operation);
    if (this.#cutAt !== null && index >= this.#cutAt) {
      this.#cut = true;
      throw new PowerCutError();
    }
    if (this.#plan && this.#plan.at === index) return this.#plan;
    return null;
  }

  #fail(plan: FaultPlan, operation: Operation): never {
    throw Object.assign(new Error(`${plan.code}: simulated failure, ${operation.kind} '${operation.file}'`), {
      code: plan.code,
    });
  }

  /** Registers a file that existed before this layer saw it: all of it is durable. */
  #track(file: string): number | undefined {
    const known = this.#entries.get(file);
    if (known !== undefined || this.#durableEntries.has(file)) return known;
    let data: Buffer;
    try {
      if (!fs.statSync(file).isFile()) return undefined;
      data = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const ino = this.#nextIno++;
    this.#inodes.set(ino, { data, durable: Buffer.from(data) });
    this.#entries.set(file, ino);
    this.#durableEntries.set(file, ino);
    return ino;
  }

  openSync(file: string, flags: 'wx' | 'r', mode?: number): number {
    let isFolder = false;
    try {
      isFolder = flags === 'r' && fs.statSync(file).isDirectory();
    } catch {
      // Opening something absent fails below, as it would.
    }
    const operation: Operation = { kind: isFolder ? 'folder-open' : 'open', file };
    const plan = this.#step(operation);
    if (plan) this.#fail(plan, operation);
    const fd = nodeFileSystem.openSync(file, flags, mode);
    let ino: number | null = null;
    if (flags === 'wx') {
      ino = this.#nextIno++;
      this.#inodes.set(ino, { data: Buffer.alloc(0), durable: Buffer.alloc(0) });
      this.#entries.set(file, ino);
    }
    this.#fds.set(fd, { file, ino });
    return fd;
  }

  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
    const open = this.#fds.get(fd);
    const operation: Operation = { kind: 'write', file: open?.file ?? '?', bytes: length };
    const plan = this.#step(operation);
    const allowed = plan ? Math.min(length, plan.bytesBeforeFailure ?? 0) : length;
    const written = allowed > 0 ? nodeFileSystem.writeSync(fd, buffer, offset, allowed) : 0;
    if (open?.ino != null) {
      const inode = this.#inodes.get(open.ino)!;
      inode.data = Buffer.concat([inode.data, Buffer.from(buffer.subarray(offset, offset + written))]);
    }
    if (plan) this.#fail(plan, operation);
    return written;
  }

  fsyncSync(fd: number): void {
    const open = this.#fds.get(fd);
    const isFolder = open?.ino === null && open !== undefined && fs.statSync(open.file).isDirectory();
    const operation: Operation = { kind: isFolder ? 'folder-fsync' : 'fsync', file: open?.file ?? '?' };
    const plan = this.#step(operation);
    if (plan) this.#fail(plan, operation);
    nodeFileSystem.fsyncSync(fd);
    if (!open) return;
    if (isFolder) {
      for (const file of new Set([...this.#entries.keys(), ...this.#durableEntries.keys()])) {
        if (path.dirname(file) !== open.file) continue;
        const ino = this.#entries.get(file);
        if (ino === undefined) this.#durableEntries.delete(file);
        else this.#durableEntries.set(file, ino);
      }
    } else if (open.ino !== null) {
      const inode = this.#inodes.get(open.ino)!;
      inode.durable = Buffer.from(inode.data);
    }
  }

  closeSync(fd: number): void {
    // Closing is not a fault point the storage can act on (a failed close after fsync loses nothing), but a
    // cut power stops it like everything else.
    if (this.#cut) throw new PowerCutError();
    this.#fds.delete(fd);
    nodeFileSystem.closeSync(fd);
  }

  renameSync(from: string, to: string): void {
    const operation: Operation = { kind: 'rename', file: to };
    const plan = this.#step(operation);
    if (plan) this.#fail(plan, operation);
    this.#track(from);
    this.#track(to);
    nodeFileSystem.renameSync(from, to);
    const ino = this.#entries.get(from);
    this.#entries.delete(from);
    if (ino !== undefined) this.#entries.set(to, ino);
  }

  rmSync(file: string, options: { force: boolean }): void {
    const operation: Operation = { kind: 'rm', file };
    const plan = this.#step(operation);
    if (plan) this.#fail(plan, operation);
    this.#track(file);
    nodeFileSystem.rmSync(file, options);
    this.#entries.delete(file);
  }

  mkdirSync(dir: string, options: { recursive: true }): void {
    if (this.#cut) throw new PowerCutError();
    // Folders are taken as durable once made: the storage makes each once, long before the writes tested.
    nodeFileSystem.mkdirSync(dir, options);
  }

  readFileSync(file: string, maxBytes: number): Buffer {
    const operation: Operation = { kind: 'read', file };
    const plan = this.#step(operation);
    if (plan) this.#fail(plan, operation);
    return nodeFileSystem.readFileSync(file, maxBytes);
  }

  /**
   * Puts the real files in the state a power cut at this moment could leave: per folder entry, the durable
   * one or (when it changed since its folder's fsync) by chance the newer one; per file, its durable bytes or
   * (when written since its fsync) by chance all, a prefix, zeros, or nothing new. Answers how many entries
   * and files came out differently from what the page cache held.
   */
  applyPowerCut(random: () => number): { entriesLost: number; filesTorn: number } {
    this.#cut = true;
    let entriesLost = 0;
    let filesTorn = 0;
    for (const file of new Set([...this.#entries.keys(), ...this.#durableEntries.keys()])) {
      const current = this.#entries.get(file);
      const durable = this.#durableEntries.get(file);
      let ino = current;
      if (current !== durable && random() < 0.5) {
        ino = durable;
        entriesLost += 1;
      }
      if (ino === undefined) {
        fs.rmSync(file, { force: true });
        continue;
      }
      const inode = this.#inodes.get(ino)!;
      let bytes = inode.data;
      if (!inode.data.equals(inode.durable)) {
        const roll = random();
        if (roll < 0.3) bytes = inode.durable;
        else if (roll < 0.55) bytes = inode.data.subarray(0, Math.floor(random() * inode.data.length));
        else if (roll < 0.7) bytes = Buffer.alloc(inode.data.length);
        if (bytes !== inode.data) filesTorn += 1;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    for (const fd of this.#fds.keys()) fs.closeSync(fd);
    this.#fds.clear();
    return { entriesLost, filesTorn };
  }
}

/** A FileIo over a fault layer; `syncFiles` / `syncFolders` off only for the negative controls. */
export function faultyIo(layer: FaultyFileSystem, durability: Partial<Omit<FileIo, 'fs'>> = {}): FileIo {
  return { fs: layer, syncFiles: durability.syncFiles ?? true, syncFolders: durability.syncFolders ?? true };
}

/**
 * Negative control for the byte-level matrix: a JSON store that puts the new file in place first and writes
 * into it afterwards, so a write cut part-way leaves the file itself torn. The matrix must catch it.
 */
export function carelessStoreWith(io: FileIo): CreateJsonStore {
  const careful = fileStoreWith(io);
  return (options) => {
    const store = careful(options);
    return {
      path: store.path,
      get store() {
        return store.store;
      },
      set store(value: Record<string, unknown>) {
        const temp = `${store.path}.careless`;
        const fd = io.fs.openSync(temp, 'wx', 0o600);
        io.fs.renameSync(temp, store.path);
        const bytes = Buffer.from(JSON.stringify(value, undefined, '\t'));
        try {
          let written = 0;
          while (written < bytes.length)
            written += io.fs.writeSync(fd, bytes, written, bytes.length - written);
        } finally {
          io.fs.closeSync(fd);
        }
      },
    };
  };
}
