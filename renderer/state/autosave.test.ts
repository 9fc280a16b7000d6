import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '@shared/contract';
import { createAutosave } from './autosave';
import type { SaveState } from './save-status';
import { describeSaveState, summariseSaveStates } from './save-status';

function harness(save: () => Promise<Date>) {
  const reports: SaveState[] = [];
  const autosave = createAutosave({
    save,
    delayMs: () => 500,
    report: (state) => reports.push(state),
    now: () => new Date(Date.now()),
  });
  return { autosave, reports, last: () => reports[reports.length - 1] };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 23, 14, 2, 0)));
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the quiet time, then saves once for a burst of changes', async () => {
    const save = vi.fn(async () => new Date());
    const { autosave, last } = harness(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(300);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    expect(last()).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(250);
    expect(save).toHaveBeenCalledTimes(1);
    expect(describeSaveState(last()!)).toBe('Saved 14:02');
  });

  it('keeps a failed edit, says why, and retries with growing waits until it saves', async () => {
    let calls = 0;
    const save = vi.fn(async () => {
      calls += 1;
      if (calls <= 2) throw new HostError('disk-full', 'the disk is full');
      return new Date();
    });
    const { autosave, last } = harness(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(describeSaveState(last()!)).toBe('Not saved: the disk is full');
    expect(autosave.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    // second wait is longer than the first
    await vi.advanceTimersByTimeAsync(1_500);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(3);
    expect(last()?.kind).toBe('saved');
    expect(autosave.dirty).toBe(false);
  });

  it('does not retry a conflict on its own, but tries again after the next change', async () => {
    const save = vi.fn(async (): Promise<Date> => {
      throw new HostError('conflict', 'this attempt was changed in another window');
    });
    const { autosave, last } = harness(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ kind: 'failed', code: 'conflict', retryAt: null });
    autosave.changed();
    // still failing: the status keeps the reason rather than flicking to "Saving…"
    expect(last()).toMatchObject({ kind: 'failed' });
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('saves edits made during a save in a second save, never dropping them', async () => {
    let resolveFirst: (d: Date) => void = () => {};
    const save = vi
      .fn<() => Promise<Date>>()
      .mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)))
      .mockImplementation(async () => new Date());
    const { autosave, last } = harness(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    autosave.changed();
    resolveFirst(new Date());
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(2);
    expect(last()?.kind).toBe('saved');
  });

  it('flushes at once when leaving, without waiting for the quiet time', async () => {
    const save = vi.fn(async () => new Date());
    const { autosave } = harness(save);
    autosave.changed();
    await expect(autosave.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('the header save status', () => {
  it('puts a failure first, then saving, then the newest save', () => {
    const early = new Date(Date.UTC(2026, 10, 23, 9, 5));
    const late = new Date(Date.UTC(2026, 10, 23, 14, 2));
    expect(
      summariseSaveStates([
        { kind: 'saved', at: late },
        { kind: 'failed', code: 'read-only', reason: 'the folder is read-only', retryAt: null },
      ]),
    ).toMatchObject({ kind: 'failed' });
    expect(summariseSaveStates([{ kind: 'saved', at: late }, { kind: 'saving' }])).toEqual({
      kind: 'saving',
    });
    expect(
      describeSaveState(
        summariseSaveStates([
          { kind: 'saved', at: early },
          { kind: 'saved', at: late },
        ]),
      ),
    ).toBe('Saved 14:02');
    expect(summariseSaveStates([])).toEqual({ kind: 'idle' });
  });
});
