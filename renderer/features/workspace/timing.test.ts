import { describe, expect, it } from 'vitest';
import { emptyTiming } from '@shared/model/attempt';
import {
  drainInto,
  elapsedMs,
  formatDuration,
  hasPending,
  MAX_COUNTED_GAP_MS,
  measure,
  sectionTimes,
  setSection,
  setVisible,
  startTracker,
  timerText,
} from './timing';

const s = 1000;
const min = 60 * s;

describe('visible-time accounting', () => {
  it('counts visible time against the section on screen', () => {
    let state = startTracker(0, true, 'rosh-analysis/offence');
    state = measure(state, 30 * s);
    state = setSection(state, 'rosh-analysis/rosh-levels', 50 * s);
    const { timing } = drainInto(state, emptyTiming, 80 * s);
    expect(timing.totalMs).toBe(80 * s);
    expect(timing.perSectionMs).toEqual({
      'rosh-analysis/offence': 50 * s,
      'rosh-analysis/rosh-levels': 30 * s,
    });
  });

  it('pauses while the window is hidden', () => {
    let state = startTracker(0, true, 'a/b');
    state = setVisible(state, false, 10 * s);
    state = measure(state, 100 * s);
    state = setVisible(state, true, 200 * s);
    const { timing } = drainInto(state, emptyTiming, 215 * s);
    expect(timing.totalMs).toBe(25 * s);
    expect(timing.perSectionMs).toEqual({ 'a/b': 25 * s });
  });

  it('starts paused when opened hidden', () => {
    const state = startTracker(0, false, 'a/b');
    expect(drainInto(state, emptyTiming, 60 * s).timing).toEqual(emptyTiming);
  });

  it('counts time on an overview page in the total only', () => {
    const state = startTracker(0, true, null);
    const { timing } = drainInto(state, emptyTiming, 40 * s);
    expect(timing).toMatchObject({ totalMs: 40 * s, perSectionMs: {} });
  });

  it('does not count a long gap between readings (a sleeping computer)', () => {
    let state = startTracker(0, true, 'a/b');
    state = measure(state, 20 * s);
    state = measure(state, 20 * s + MAX_COUNTED_GAP_MS + 1);
    state = measure(state, 20 * s + MAX_COUNTED_GAP_MS + 1 + 5 * s);
    expect(drainInto(state, emptyTiming, 20 * s + MAX_COUNTED_GAP_MS + 1 + 5 * s).timing.totalMs).toBe(
      25 * s,
    );
  });

  it('adds to what the attempt already holds and empties itself when drained', () => {
    const before = {
      ...emptyTiming,
      timerEnabled: true,
      targetMinutes: 60,
      totalMs: 5 * min,
      perSectionMs: { 'a/b': 5 * min },
    };
    let state = startTracker(0, true, 'a/b');
    expect(hasPending(measure(state, 500))).toBe(false);
    const first = drainInto(state, before, 2 * min);
    expect(first.timing).toEqual({ ...before, totalMs: 7 * min, perSectionMs: { 'a/b': 7 * min } });
    state = first.state;
    expect(elapsedMs(state, first.timing, 2 * min + 30 * s)).toBe(7 * min + 30 * s);
    expect(drainInto(state, first.timing, 2 * min).timing).toBe(first.timing);
  });
});

describe('showing time', () => {
  it('formats durations in words', () => {
    expect(formatDuration(20 * s)).toBe('less than a minute');
    expect(formatDuration(12 * min + 59 * s)).toBe('12 min');
    expect(formatDuration(65 * min)).toBe('1 h 05 min');
    expect(formatDuration(120 * min)).toBe('2 h');
  });

  it('counts down to the chosen time, then says how far over', () => {
    expect(timerText(10 * min, null)).toBe('10 min spent');
    expect(timerText(15 * min, 60)).toBe('45 min left of 1 h');
    expect(timerText(59 * min + 30 * s, 60)).toBe('Less than a minute left of 1 h');
    expect(timerText(72 * min, 60)).toBe('12 min over your 1 h');
  });

  it('lists section times largest first', () => {
    expect(sectionTimes({ ...emptyTiming, perSectionMs: { a: 5, b: 9, c: 5 } }).map((t) => t.key)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});
