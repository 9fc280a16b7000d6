import { useEffect, useState } from 'react';
import type { AttemptStore } from '../attempt/attempt-store';
import { updateAttempt } from './session';
import { drainInto, elapsedMs, setSection, setVisible, startTracker } from './timing';
import type { TrackerState } from './timing';

/** How often counted time is written into the attempt (and so saved) while the trainee works. */
export const DRAIN_EVERY_MS = 60_000;

export interface TimeTracker {
  /** Total time on the attempt so far, including what is not yet written into it. */
  elapsed(): number;
  /** Writes counted time into the attempt now (leaving, finishing). */
  drain(): void;
  /** Stops counting for good (the attempt is being deleted). */
  stop(): void;
  start(visible: boolean): void;
  setVisible(visible: boolean): void;
  setSection(section: string | null): void;
  /** Forgets the tracker state after a final drain (the workspace closes). */
  close(): void;
}

function createTracker(store: AttemptStore, now: () => number): TimeTracker {
  let state: TrackerState | null = null;
  let stopped = false;
  const drain = () => {
    if (stopped || !state) return;
    const current = state;
    const at = now();
    updateAttempt(store, (attempt) => {
      const drained = drainInto(current, attempt.timing, at);
      state = drained.state;
      return drained.timing === attempt.timing ? attempt : { ...attempt, timing: drained.timing };
    });
  };
  return {
    elapsed: () =>
      state
        ? elapsedMs(state, store.getState().attempt.timing, now())
        : store.getState().attempt.timing.totalMs,
    drain,
    stop: () => {
      stopped = true;
    },
    start: (visible) => {
      state = startTracker(now(), visible, state?.section ?? null);
    },
    setVisible: (visible) => {
      if (!state) return;
      state = setVisible(state, visible, now());
      if (!visible) drain();
    },
    setSection: (section) => {
      if (!state || state.section === section) return;
      const before = state.section;
      state = setSection(state, section, now());
      // Leaving a section writes its time, so a tutor sees it even if the app is closed soon after.
      if (before !== null) drain();
    },
    close: () => {
      drain();
      state = null;
    },
  };
}

/**
 * Counts visible time on the open attempt against the section on screen, pausing while the window is
 * hidden, and writes it into `attempt.timing` every minute, on leaving a section, and when the window hides.
 */
export function useTimeTracker(
  store: AttemptStore,
  sectionKey: string | null,
  now: () => number = Date.now,
): TimeTracker {
  const [tracker] = useState(() => createTracker(store, now));

  useEffect(() => {
    tracker.start(document.visibilityState === 'visible');
    const onVisibility = () => tracker.setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => tracker.drain(), DRAIN_EVERY_MS);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
      tracker.close();
    };
  }, [tracker]);

  useEffect(() => {
    tracker.setSection(sectionKey);
  }, [tracker, sectionKey]);

  return tracker;
}
