import type { AttemptTiming } from '@shared/model/attempt';

/**
 * Time spent on an attempt, counted only while the window is visible, and split by section. A pure
 * tracker: the workspace feeds it the clock, visibility and the section on screen, and every so often
 * drains what has built up into `attempt.timing`.
 */

export interface TrackerState {
  visible: boolean;
  /** `<templateId>/<sectionId>` on screen, or null (an overview page: counted in the total only). */
  section: string | null;
  /** When the current visible stretch was last measured, or null while hidden. */
  since: number | null;
  pendingTotalMs: number;
  pendingBySection: Record<string, number>;
}

/**
 * A gap longer than this between two readings is not counted: the computer slept, or the page was
 * frozen, while still reporting itself visible.
 */
export const MAX_COUNTED_GAP_MS = 2 * 60_000;

export function startTracker(now: number, visible: boolean, section: string | null): TrackerState {
  return { visible, section, since: visible ? now : null, pendingTotalMs: 0, pendingBySection: {} };
}

/** Adds the time since the last reading to what is pending. */
export function measure(state: TrackerState, now: number): TrackerState {
  if (!state.visible || state.since === null) return state;
  const elapsed = now - state.since;
  if (elapsed <= 0) return { ...state, since: Math.max(state.since, now) };
  if (elapsed > MAX_COUNTED_GAP_MS) return { ...state, since: now };
  const pendingBySection = { ...state.pendingBySection };
  if (state.section !== null)
    pendingBySection[state.section] = (pendingBySection[state.section] ?? 0) + elapsed;
  return { ...state, since: now, pendingTotalMs: state.pendingTotalMs + elapsed, pendingBySection };
}

export function setVisible(state: TrackerState, visible: boolean, now: number): TrackerState {
  const measured = measure(state, now);
  return { ...measured, visible, since: visible ? now : null };
}

export function setSection(state: TrackerState, section: string | null, now: number): TrackerState {
  if (section === state.section) return state;
  return { ...measure(state, now), section };
}

export function hasPending(state: TrackerState): boolean {
  return state.pendingTotalMs >= 1000;
}

/** Moves the pending time into the attempt's timing and empties the tracker. Whole milliseconds only. */
export function drainInto(
  state: TrackerState,
  timing: AttemptTiming,
  now: number,
): { state: TrackerState; timing: AttemptTiming } {
  const measured = measure(state, now);
  if (measured.pendingTotalMs === 0) return { state: measured, timing };
  const perSectionMs = { ...timing.perSectionMs };
  for (const [key, ms] of Object.entries(measured.pendingBySection))
    perSectionMs[key] = (perSectionMs[key] ?? 0) + Math.round(ms);
  return {
    state: { ...measured, pendingTotalMs: 0, pendingBySection: {} },
    timing: { ...timing, totalMs: timing.totalMs + Math.round(measured.pendingTotalMs), perSectionMs },
  };
}

/** Total so far including what has not been drained yet (for the clock on screen). */
export function elapsedMs(state: TrackerState, timing: AttemptTiming, now: number): number {
  return timing.totalMs + measure(state, now).pendingTotalMs;
}

/** "1 h 05 min", "1 h", "12 min", "less than a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  if (rest === 0) return `${hours} h`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** What the practice timer shows against the trainee's chosen time. */
export function timerText(elapsed: number, targetMinutes: number | null): string {
  if (targetMinutes === null) return `${formatDuration(elapsed)} spent`;
  const left = targetMinutes * 60_000 - elapsed;
  if (left >= 60_000) return `${formatDuration(left)} left of ${formatDuration(targetMinutes * 60_000)}`;
  if (left > 0) return `Less than a minute left of ${formatDuration(targetMinutes * 60_000)}`;
  return `${formatDuration(-left)} over your ${formatDuration(targetMinutes * 60_000)}`;
}

/** Section time, largest first, for the summary after finishing. */
export function sectionTimes(timing: AttemptTiming): Array<{ key: string; ms: number }> {
  return Object.entries(timing.perSectionMs)
    .map(([key, ms]) => ({ key, ms }))
    .sort((a, b) => b.ms - a.ms || a.key.localeCompare(b.key));
}
