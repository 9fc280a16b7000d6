import { useShallow } from 'zustand/react/shallow';
import { useSaveStatus } from '../state/app-stores';
import { describeSaveState, formatClockTime, summariseSaveStates } from '../state/save-status';
import type { SaveState } from '../state/save-status';

function failureDetail(summary: Extract<SaveState, { kind: 'failed' }>): string {
  return summary.retryAt
    ? ` Your changes are kept in the app. Trying again at ${formatClockTime(summary.retryAt)}.`
    : ' Your changes are kept in the app until they can be saved.';
}

/**
 * "Saved 14:02", "Saving…" or "Not saved: <reason>", for everything that saves, in the header.
 *
 * The visible line is not a live region: an autosaving form says "Saving…" and "Saved" after every pause in
 * typing, and a screen reader reading each one out would talk over the trainee's own words. Only a failure is
 * announced, assertively, through a region that is always present (so it is heard when its text arrives).
 */
export function SaveStatus() {
  const states = useSaveStatus(useShallow((s) => Object.values(s.sources)));
  const summary = summariseSaveStates(states);
  const failed = summary.kind === 'failed' ? summary : null;
  return (
    <>
      <div className={`save-status save-status--${summary.kind}`} data-testid="save-status">
        <span className="save-status__text">{describeSaveState(summary)}</span>
        {failed ? <span className="save-status__detail">{failureDetail(failed)}</span> : null}
      </div>
      {/* aria-live rather than role="alert": an empty alert on every screen would read as a problem. */}
      <div
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="save-failure-announcement"
      >
        {failed ? `${describeSaveState(failed)}.${failureDetail(failed)}` : ''}
      </div>
    </>
  );
}
