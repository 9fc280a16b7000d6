import { HostError } from '@shared/contract';
import type { ErrorCode } from '@shared/contract';
import type { SaveState } from './save-status';

export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Waits between retries after a failed save: quick at first, then no more than every half minute. */
export const defaultBackoffMs = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/** Failures that may clear by themselves (space freed, file unlocked, shell back): retried on a timer. */
const retryableCodes: ReadonlySet<ErrorCode> = new Set([
  'storage-failed',
  'disk-full',
  'read-only',
  'file-in-use',
  'internal',
]);

export function isRetryable(code: ErrorCode): boolean {
  return retryableCodes.has(code);
}

export interface AutosaveOptions {
  /**
   * Writes whatever is in memory now and answers when it was saved. It reads the latest state itself, so
   * edits made while a save is under way are never lost: they simply make the next save.
   */
  save: () => Promise<Date>;
  /** Quiet time after a change before saving (read on every change, so a settings change applies at once). */
  delayMs: () => number;
  report: (state: SaveState) => void;
  timers?: Timers;
  now?: () => Date;
  backoffMs?: readonly number[];
}

export interface Autosave {
  /** Something changed in memory: save after the quiet time. */
  changed(): void;
  /** Save now if anything is unsaved (leaving a field, a screen or the window); true when all is on disk. */
  flush(): Promise<boolean>;
  readonly dirty: boolean;
  dispose(): void;
}

function failureOf(error: unknown): { code: ErrorCode; reason: string } {
  if (error instanceof HostError) return { code: error.code, reason: error.message };
  return { code: 'internal', reason: 'Something went wrong while saving. The app will keep trying.' };
}

/**
 * Debounced saving with retry: an edit that fails to save stays in memory (the store still holds it), the
 * status says why, and a failure that may clear by itself is retried with backoff until it succeeds.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const timers = options.timers ?? realTimers;
  const now = options.now ?? (() => new Date());
  const backoff = options.backoffMs ?? defaultBackoffMs;
  let dirty = false;
  let failures = 0;
  let failing = false;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const cancelTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const schedule = (ms: number) => {
    cancelTimer();
    if (disposed) return;
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  };

  const run = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (!dirty || disposed) return Promise.resolve();
    cancelTimer();
    dirty = false;
    options.report({ kind: 'saving' });
    inFlight = options.save().then(
      (savedAt) => {
        inFlight = null;
        failures = 0;
        failing = false;
        if (dirty) schedule(options.delayMs());
        else options.report({ kind: 'saved', at: savedAt });
      },
      (error: unknown) => {
        inFlight = null;
        dirty = true;
        failures += 1;
        failing = true;
        const { code, reason } = failureOf(error);
        let retryAt: Date | null = null;
        if (isRetryable(code)) {
          const wait = backoff[Math.min(failures - 1, backoff.length - 1)] ?? 30_000;
          retryAt = new Date(now().getTime() + wait);
          schedule(wait);
        }
        options.report({ kind: 'failed', code, reason, retryAt });
      },
    );
    return inFlight;
  };

  return {
    changed() {
      if (disposed) return;
      dirty = true;
      // While failing, keep saying why until a save actually succeeds.
      if (!failing) options.report({ kind: 'saving' });
      if (!inFlight) schedule(options.delayMs());
    },
    async flush() {
      cancelTimer();
      if (inFlight) await inFlight;
      if (dirty) await run();
      return !dirty;
    },
    get dirty() {
      return dirty || inFlight !== null;
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
