import { useShallow } from 'zustand/react/shallow';
import { useSaveStatus } from '../state/app-stores';
import { describeSaveState, formatClockTime, summariseSaveStates } from '../state/save-status';

/** "Saved 14:02", "Saving…" or "Not saved: <reason>", for everything that saves, in the header. */
export function SaveStatus() {
  const states = useSaveStatus(useShallow((s) => Object.values(s.sources)));
  const summary = summariseSaveStates(states);
  return (
    <div className={`save-status save-status--${summary.kind}`} role="status" data-testid="save-status">
      <span className="save-status__text">{describeSaveState(summary)}</span>
      {summary.kind === 'failed' ? (
        <span className="save-status__detail">
          {summary.retryAt
            ? ` Your changes are kept in the app. Trying again at ${formatClockTime(summary.retryAt)}.`
            : ' Your changes are kept in the app until they can be saved.'}
        </span>
      ) : null}
    </div>
  );
}
