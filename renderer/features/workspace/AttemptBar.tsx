import { useState } from 'react';
import { HostError } from '@shared/contract';
import type { PracticeCase } from '@shared/cases';
import { hrefs, navigate } from '../../app/routes';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';
import { useAttempt, useAttemptStore } from '../attempt/context';
import { nextTryTitle } from '../library/titles';
import { PracticeTimer } from './PracticeTimer';
import { updateAttempt } from './session';
import type { TimeTracker } from './useTimeTracker';
import { useWorkspaceUi } from './workspace-store';

export interface AttemptBarProps {
  practiceCase: PracticeCase | null;
  tracker: TimeTracker;
  canContinueCase: boolean;
  /** Moves the case on; answers how many documents arrived. */
  onContinueCase: () => number;
}

function RenameForm({ title, onDone }: { title: string; onDone: () => void }) {
  const store = useAttemptStore();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="attempt-bar__rename"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim();
        if (next === '') return setError('Enter a name for this practice');
        if (next.length > 200) return setError('The name must be 200 characters or fewer');
        updateAttempt(store, (attempt) => (attempt.title === next ? attempt : { ...attempt, title: next }));
        onDone();
      }}
    >
      <label className="label attempt-bar__rename-label" htmlFor="attempt-title">
        Name of this practice
      </label>
      {error ? (
        <p className="error-message" id="attempt-title-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id="attempt-title"
        className={`input attempt-bar__rename-input${error ? ' input--error' : ''}`}
        value={value}
        maxLength={240}
        // Focus moves here because the trainee asked to rename: they chose to type.
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'attempt-title-error' : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="submit" className="button button--small">
        Save name
      </button>
      <button type="button" className="button button--secondary button--small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function TryAgain({ onDone }: { onDone: () => void }) {
  const store = useAttemptStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async (keepAnswers: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const state = store.getState();
      // The copy is made from what is on disk, so everything on screen must be there first.
      if (!(await state.actions.flush()))
        throw new HostError(
          'storage-failed',
          'Your latest changes are not saved yet, so a copy would miss them. Please try again in a moment.',
        );
      const titles = libraryStore.getState().entries.map((entry) => entry.title);
      const { entry } = await host.duplicateAttempt({
        id: state.attempt.id,
        title: nextTryTitle(state.attempt.title, titles),
        keepAnswers,
      });
      libraryStore.getState().actions.upsert(entry);
      onDone();
      navigate(hrefs.attempt(entry.id));
    } catch (caught) {
      setError(
        caught instanceof HostError ? caught.message : 'A new try could not be started. Please try again.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="attempt-bar__try-again" role="group" aria-labelledby="try-again-title">
      <p className="attempt-bar__try-again-title" id="try-again-title">
        Try this practice again
      </p>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void start(true)}
        >
          Start from a copy of my answers
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void start(false)}
        >
          Start afresh
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onDone}>
          Cancel
        </button>
      </div>
      <p className="attempt-bar__hint">This attempt stays as it is; the new try appears in your list.</p>
    </div>
  );
}

/** Above the form and the case file: the practice's name, timer, the case clock, and actions on the attempt. */
export function AttemptBar({ practiceCase, tracker, canContinueCase, onContinueCase }: AttemptBarProps) {
  const store = useAttemptStore();
  const title = useAttempt((s) => s.attempt.title);
  const status = useAttempt((s) => s.attempt.status);
  const timerEnabled = useAttempt((s) => s.attempt.timing.timerEnabled);
  const targetMinutes = useAttempt((s) => s.attempt.timing.targetMinutes);
  const sideShown = useWorkspaceUi((s) => s.sideShown);
  const actions = useWorkspaceUi((s) => s.actions);
  const [mode, setMode] = useState<'view' | 'rename' | 'try-again'>('view');
  const [message, setMessage] = useState('');

  return (
    <div className="attempt-bar" data-testid="attempt-bar">
      <div className="attempt-bar__row">
        <div className="attempt-bar__name">
          <span className="attempt-bar__title" data-testid="attempt-title">
            {title}
          </span>{' '}
          {status === 'finished' ? <strong className="tag tag--green">Finished</strong> : null}
          {practiceCase ? (
            <span className="attempt-bar__case">
              {practiceCase.person.name}, {practiceCase.person.age} · practice case
            </span>
          ) : (
            <span className="attempt-bar__case">Own case</span>
          )}
        </div>
        <PracticeTimer
          key={`${timerEnabled}/${targetMinutes}`}
          timing={{ timerEnabled, targetMinutes }}
          elapsed={tracker.elapsed}
          onChange={(change) =>
            updateAttempt(store, (attempt) => ({ ...attempt, timing: { ...attempt.timing, ...change } }))
          }
        />
        <div className="attempt-bar__actions">
          {canContinueCase ? (
            <button
              type="button"
              className="button button--small attempt-bar__continue"
              aria-describedby="continue-hint"
              onClick={() => {
                const arrived = onContinueCase();
                setMessage(arrived === 0 ? 'Nothing new has happened in this case yet.' : '');
              }}
            >
              Continue the case
            </button>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={() => setMode(mode === 'rename' ? 'view' : 'rename')}
          >
            Rename
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => setMode(mode === 'try-again' ? 'view' : 'try-again')}
          >
            Try again
          </button>
          <a className="link-button" href={hrefs.exportAttempt(store.getState().attempt.id)}>
            Export
          </a>
          <button
            type="button"
            className="link-button"
            aria-expanded={sideShown}
            aria-controls="workspace-side"
            onClick={() => actions.setSideShown(!sideShown)}
          >
            {sideShown ? 'Hide' : 'Show'} {practiceCase ? 'case file' : 'feedback'}
          </button>
        </div>
      </div>
      {canContinueCase ? (
        <p className="visually-hidden" id="continue-hint">
          Moves the case on in time: new information may arrive, as it would in practice.
        </p>
      ) : null}
      <p className="attempt-bar__message" role="status">
        {message}
      </p>
      {mode === 'rename' ? <RenameForm title={title} onDone={() => setMode('view')} /> : null}
      {mode === 'try-again' ? <TryAgain onDone={() => setMode('view')} /> : null}
    </div>
  );
}
