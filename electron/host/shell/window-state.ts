import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is kept between runs: the window's size and place when not maximised, and whether it was. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Where and how big to open the window: no position means "let the OS centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The shell's store of the window's size and place, `window-state.json` in the data folder (never encrypted). */
export const WINDOW_STATE_FILE = 'window-state';

export const defaultWindowSize = { width: 1280, height: 860 } as const;
export const minimumWindowSize = { width: 720, height: 520 } as const;
/** How much of the window's top must be on a screen for it to count as reachable (the title bar is there). */
const visibleMargin = 80;

const finite = z.number().finite();
const savedSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
});

/** The saved state, or null when there is none or it is not what this module wrote. */
export function readWindowState(raw: unknown): WindowState | null {
  const parsed = savedSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * Where to open the window, from what was saved and the work areas of the displays attached now. A window
 * saved on a monitor that has gone (a laptop off its dock) or larger than any screen now is brought back
 * onto the display it overlaps most, shrunk to fit; with nothing saved, or nothing to overlap, it opens at
 * the default size, centred by the OS.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const fallback = (maximized: boolean): WindowPlacement => {
    const primary = workAreas[0];
    return {
      width: primary ? Math.min(defaultWindowSize.width, primary.width) : defaultWindowSize.width,
      height: primary ? Math.min(defaultWindowSize.height, primary.height) : defaultWindowSize.height,
      maximized,
    };
  };
  if (saved === null || workAreas.length === 0) return fallback(saved?.maximized ?? false);
  const { bounds } = saved;
  // The strip along the top of the window, where it is dragged from.
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: visibleMargin };
  const ranked = workAreas
    .map((area) => ({ area, shared: overlap(bounds, area), reachable: overlap(titleBar, area) }))
    .sort((a, b) => b.shared - a.shared);
  const best = ranked[0];
  if (!best || best.shared === 0 || !ranked.some((r) => r.reachable >= (visibleMargin * visibleMargin) / 2))
    return fallback(saved.maximized);
  const area = best.area;
  const width = clamp(Math.round(bounds.width), Math.min(minimumWindowSize.width, area.width), area.width);
  const height = clamp(
    Math.round(bounds.height),
    Math.min(minimumWindowSize.height, area.height),
    area.height,
  );
  return {
    x: clamp(Math.round(bounds.x), area.x, area.x + area.width - width),
    y: clamp(Math.round(bounds.y), area.y, area.y + area.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

/** What to save when the window closes: its normal (unmaximised) bounds, so un-maximising next time works. */
export function windowStateToSave(normalBounds: Rectangle, maximized: boolean): WindowState {
  return { bounds: { ...normalBounds }, maximized };
}

/**
 * What to do when the operating system asks the app to open a file (macOS sends `open-file`, even to an app
 * with no window left): before start-up the file just waits in the queue; with no window, one is opened,
 * and it takes the file once its page listens; with a window, the file goes to it and it comes to the front.
 */
export function onFileOpenRequest(state: {
  started: boolean;
  windowOpen: boolean;
}): 'wait' | 'open-window' | 'deliver' {
  if (!state.started) return 'wait';
  return state.windowOpen ? 'deliver' : 'open-window';
}
