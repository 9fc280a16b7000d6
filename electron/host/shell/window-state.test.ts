import { describe, expect, it } from 'vitest';
import {
  defaultWindowSize,
  onFileOpenRequest,
  placeWindow,
  readWindowState,
  windowStateToSave,
} from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 877 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('remembered window size and position', () => {
  it('reopens where it was, on the screen it was on', () => {
    const saved = windowStateToSave({ x: 1600, y: 100, width: 1400, height: 900 }, false);
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual({
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('keeps the maximised flag with the bounds to return to', () => {
    const saved = windowStateToSave({ x: 100, y: 50, width: 1000, height: 700 }, true);
    expect(placeWindow(saved, [laptop])).toMatchObject({ x: 100, y: 50, maximized: true });
  });

  it('opens at the default size, centred, when the monitor it was on has gone', () => {
    const saved = windowStateToSave({ x: 1600, y: 100, width: 1400, height: 900 }, false);
    expect(placeWindow(saved, [laptop])).toEqual({
      width: defaultWindowSize.width,
      height: Math.min(defaultWindowSize.height, laptop.height),
      maximized: false,
    });
  });

  it('shrinks and moves a window bigger than the screen, or hanging off its edge, back onto it', () => {
    const tooBig = windowStateToSave({ x: -50, y: -20, width: 3000, height: 2000 }, false);
    expect(placeWindow(tooBig, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 877, maximized: false });
    const offEdge = windowStateToSave({ x: 1200, y: 500, width: 1000, height: 700 }, false);
    expect(placeWindow(offEdge, [laptop])).toEqual({
      x: 440,
      y: 177,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('does not trust a window whose title bar is above every screen', () => {
    const titleBarHidden = windowStateToSave({ x: 100, y: -650, width: 1000, height: 700 }, false);
    expect(placeWindow(titleBarHidden, [laptop])).not.toHaveProperty('x');
  });

  it('keeps the minimum size unless the screen itself is smaller', () => {
    const tiny = windowStateToSave({ x: 10, y: 10, width: 100, height: 100 }, false);
    expect(placeWindow(tiny, [laptop])).toMatchObject({ width: 720, height: 520 });
    const small = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(tiny, [small])).toMatchObject({ width: 640, height: 480, x: 0, y: 0 });
  });

  it('ignores a saved state that is missing, damaged or not numbers', () => {
    expect(readWindowState(undefined)).toBeNull();
    expect(readWindowState({ bounds: { x: 'a', y: 0, width: 1, height: 1 }, maximized: false })).toBeNull();
    expect(readWindowState({ bounds: { x: 0, y: 0, width: -5, height: 1 }, maximized: false })).toBeNull();
    expect(
      readWindowState({ bounds: { x: 0, y: 0, width: Infinity, height: 1 }, maximized: false }),
    ).toBeNull();
    const good = { bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false };
    expect(readWindowState(good)).toEqual(good);
    expect(placeWindow(null, [])).toEqual({ ...defaultWindowSize, maximized: false });
  });
});

describe('a file opened by the operating system', () => {
  it('reopens the window when none is open (macOS keeps running with no window)', () => {
    expect(onFileOpenRequest({ started: true, windowOpen: false })).toBe('open-window');
    expect(onFileOpenRequest({ started: true, windowOpen: true })).toBe('deliver');
    expect(onFileOpenRequest({ started: false, windowOpen: false })).toBe('wait');
  });
});
