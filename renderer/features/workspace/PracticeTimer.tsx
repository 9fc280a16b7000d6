import { useEffect, useState } from 'react';
import type { AttemptTiming } from '@shared/model/attempt';
import { timerText } from './timing';

export const timerChoices = [null, 30, 45, 60, 75, 90, 120, 180] as const;

export interface PracticeTimerProps {
  timing: Pick<AttemptTiming, 'timerEnabled' | 'targetMinutes'>;
  elapsed: () => number;
  onChange: (change: { timerEnabled: boolean; targetMinutes: number | null }) => void;
}

function useTick(active: boolean, everyMs: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [active, everyMs]);
}

/**
 * The optional practice timer: time spent, or time left against a limit the trainee chooses, to rehearse
 * under realistic time. Time counts only while the window is visible. Off by default; time per section is
 * recorded either way so a tutor can see where it went.
 */
export function PracticeTimer({ timing, elapsed, onChange }: PracticeTimerProps) {
  const [editing, setEditing] = useState(false);
  const [enabled, setEnabled] = useState(timing.timerEnabled);
  const [target, setTarget] = useState<number | null>(timing.targetMinutes);
  useTick(timing.timerEnabled, 15_000);
  const spent = elapsed();
  const over = timing.timerEnabled && timing.targetMinutes !== null && spent >= timing.targetMinutes * 60_000;
  const [announcedOver, setAnnouncedOver] = useState(over);
  if (over && !announcedOver) setAnnouncedOver(true);

  return (
    <div className="practice-timer" data-testid="practice-timer">
      {timing.timerEnabled ? (
        <span className={`practice-timer__time${over ? ' practice-timer__time--over' : ''}`} role="timer">
          {timerText(spent, timing.targetMinutes)}
        </span>
      ) : null}
      <span className="visually-hidden" role="status">
        {announcedOver ? 'Your practice time is up. Carry on if you need to: nothing is locked.' : ''}
      </span>
      {editing ? (
        <form
          className="practice-timer__form"
          onSubmit={(event) => {
            event.preventDefault();
            onChange({ timerEnabled: enabled, targetMinutes: enabled ? target : null });
            setEditing(false);
          }}
        >
          <div className="checkboxes__item practice-timer__check">
            <input
              className="checkboxes__input"
              type="checkbox"
              id="timer-enabled"
              checked={enabled}
              onChange={(event) => setEnabled(event.target.checked)}
            />
            <label className="checkboxes__label" htmlFor="timer-enabled">
              Show a practice timer
            </label>
          </div>
          <label className="label practice-timer__label" htmlFor="timer-target">
            Aim to finish within
          </label>
          <select
            id="timer-target"
            className="select"
            value={target === null ? '' : String(target)}
            disabled={!enabled}
            onChange={(event) => setTarget(event.target.value === '' ? null : Number(event.target.value))}
          >
            {timerChoices.map((minutes) => (
              <option key={String(minutes)} value={minutes === null ? '' : String(minutes)}>
                {minutes === null ? 'No limit: just show time spent' : `${minutes} minutes`}
              </option>
            ))}
          </select>
          <div className="button-group">
            <button type="submit" className="button button--small">
              Save timer
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEditing(false)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="link-button practice-timer__change"
          onClick={() => {
            setEnabled(true);
            setTarget(timing.targetMinutes);
            setEditing(true);
          }}
        >
          {timing.timerEnabled ? 'Change timer' : 'Practice timer'}
        </button>
      )}
    </div>
  );
}
