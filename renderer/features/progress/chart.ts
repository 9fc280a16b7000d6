/**
 * Geometry for the progress view's small bar chart (inline SVG, no chart library): one bar per attempt,
 * a value axis with whole-number ticks. Pure, so the drawing is tested without a browser.
 */

export interface BarInput {
  key: string;
  /** Under the bar, e.g. "1" (attempt number); the full wording goes in the table and the bar's title. */
  label: string;
  value: number;
  /** Read by screen readers and shown on hover: "Attempt 2 at Lee Cotter, 14/11/2026: 3 questions". */
  description: string;
}

export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
}

export interface Tick {
  value: number;
  y: number;
}

export interface BarChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  ticks: Tick[];
  max: number;
}

/** A round top for the axis: 1, 2, 5, 10, 20, 50... at or above the largest value (at least 1). */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

/** Whole-number ticks from 0 to max, at most five intervals. */
export function ticksFor(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  if (ticks.at(-1) !== max) ticks.push(max);
  return ticks;
}

export function barChart(
  inputs: readonly BarInput[],
  size: { width: number; height: number } = { width: 560, height: 220 },
): BarChart {
  const plot = { left: 40, top: 22, right: size.width - 8, bottom: size.height - 40 };
  const max = niceMax(Math.max(0, ...inputs.map((input) => input.value)));
  const slot = inputs.length > 0 ? (plot.right - plot.left) / inputs.length : 0;
  const barWidth = Math.min(48, slot * 0.7);
  const scale = (value: number) => ((plot.bottom - plot.top) * Math.max(0, value)) / max;
  const bars = inputs.map((input, index) => {
    const height = scale(input.value);
    const labelX = plot.left + slot * index + slot / 2;
    return { ...input, x: labelX - barWidth / 2, width: barWidth, y: plot.bottom - height, height, labelX };
  });
  const ticks = ticksFor(max).map((value) => ({ value, y: plot.bottom - scale(value) }));
  return { width: size.width, height: size.height, plot, bars, ticks, max };
}

export interface LevelPointInput {
  /** 0-based position of the attempt on the timeline. */
  position: number;
  /** 0 not yet, 1 developing, 2 secure. */
  score: number;
}

export interface LevelLine {
  width: number;
  height: number;
  points: Array<LevelPointInput & { x: number; y: number }>;
  /** The `points` attribute of an SVG polyline through them, in order. */
  path: string;
  /** y of each level's guide line, lowest level first. */
  levelY: number[];
}

/**
 * A small line of levels for one criterion (a sparkline): attempts across, the three levels up. Positions
 * are of the whole timeline, so lines of different criteria line up attempt by attempt.
 */
export function levelLine(
  inputs: readonly LevelPointInput[],
  slots: number,
  size: { width: number; height: number } = { width: 180, height: 44 },
): LevelLine {
  const pad = 6;
  const span = size.width - 2 * pad;
  const xOf = (position: number) => (slots <= 1 ? size.width / 2 : pad + (span * position) / (slots - 1));
  const yOf = (score: number) =>
    size.height - pad - ((size.height - 2 * pad) * Math.min(2, Math.max(0, score))) / 2;
  const points = [...inputs]
    .sort((a, b) => a.position - b.position)
    .map((input) => ({ ...input, x: xOf(input.position), y: yOf(input.score) }));
  return {
    width: size.width,
    height: size.height,
    points,
    path: points.map((point) => `${point.x},${point.y}`).join(' '),
    levelY: [0, 1, 2].map(yOf),
  };
}
