import { formatTime } from '@shared/dates/format';
import { createStore } from 'zustand/vanilla';
import type { ErrorCode } from '@shared/contract';
import { assertNever } from '@shared/assert-never';

/** Where one thing that saves (settings, an open attempt) stands. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; code: ErrorCode; reason: string; retryAt: Date | null };

export interface SaveStatusState {
  sources: Record<string, SaveState>;
  /** When each source last became saved, so the header can say when the newest save happened. */
  report: (source: string, state: SaveState) => void;
  forget: (source: string) => void;
}

export const saveStatusStore = createStore<SaveStatusState>()((set) => ({
  sources: {},
  report: (source, state) => set((s) => ({ sources: { ...s.sources, [source]: state } })),
  forget: (source) =>
    set((s) => {
      if (!(source in s.sources)) return s;
      const { [source]: _dropped, ...rest } = s.sources;
      return { sources: rest };
    }),
}));

/**
 * One status for the header: a failure anywhere wins (the trainee must know something is not on disk), then
 * work in progress, then the most recent save.
 */
export function summariseSaveStates(states: SaveState[]): SaveState {
  const failed = states.find((s): s is Extract<SaveState, { kind: 'failed' }> => s.kind === 'failed');
  if (failed) return failed;
  if (states.some((s) => s.kind === 'saving')) return { kind: 'saving' };
  let latest: Date | null = null;
  for (const s of states) if (s.kind === 'saved' && (latest === null || s.at > latest)) latest = s.at;
  return latest ? { kind: 'saved', at: latest } : { kind: 'idle' };
}

/** A clock time in UK time, like every time the app shows: 14:02. */
export const formatClockTime = (at: Date): string => formatTime(at);

/** The words the header shows: "Saved 14:02", "Saving…", "Not saved: <reason>". */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return 'No changes to save';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${formatClockTime(state.at)}`;
    case 'failed':
      return `Not saved: ${state.reason}`;
    default:
      return assertNever(state, 'save state');
  }
}
