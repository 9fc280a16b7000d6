import { describe, expect, it } from 'vitest';
import { barChart, levelLine, niceMax, ticksFor } from './chart';

describe('the progress bar chart', () => {
  it('rounds the axis up to 1, 2 or 5 of a power of ten', () => {
    expect([0, 1, 2, 3, 6, 11, 49, 51, 100].map(niceMax)).toEqual([1, 1, 2, 5, 10, 20, 50, 100, 100]);
  });

  it('ticks whole numbers from nought to the top, five intervals at most', () => {
    expect(ticksFor(1)).toEqual([0, 1]);
    expect(ticksFor(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticksFor(20)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(ticksFor(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('draws bars in proportion, standing on the axis, centred in their slots and inside the plot', () => {
    const chart = barChart(
      [
        { key: 'a', label: '1', value: 4, description: 'first' },
        { key: 'b', label: '2', value: 2, description: 'second' },
        { key: 'c', label: '3', value: 0, description: 'third' },
      ],
      { width: 340, height: 228 },
    );
    const [a, b, c] = chart.bars;
    expect(chart.max).toBe(5);
    expect(a!.height).toBeCloseTo(2 * b!.height);
    expect(c!.height).toBe(0);
    for (const bar of chart.bars) {
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      expect(bar.labelX).toBeCloseTo(bar.x + bar.width / 2);
    }
    expect(b!.labelX - a!.labelX).toBeCloseTo(c!.labelX - b!.labelX);
    expect(chart.ticks.at(-1)).toEqual({ value: 5, y: chart.plot.top });
  });

  it('copes with no attempts', () => {
    const chart = barChart([]);
    expect(chart.bars).toEqual([]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1]);
  });
});

describe('the level line of a criterion', () => {
  it('puts attempts across the whole timeline and levels from not yet (bottom) to secure (top)', () => {
    const line = levelLine(
      [
        { position: 3, score: 2 },
        { position: 0, score: 0 },
        { position: 1, score: 1 },
      ],
      4,
      { width: 100, height: 40 },
    );
    expect(line.points.map((point) => point.position)).toEqual([0, 1, 3]);
    const [first, second, last] = line.points;
    expect(first!.x).toBe(6);
    expect(last!.x).toBe(94);
    expect(first!.y).toBe(line.levelY[0]);
    expect(second!.y).toBe(line.levelY[1]);
    expect(last!.y).toBe(line.levelY[2]);
    expect(line.levelY[0]).toBeGreaterThan(line.levelY[2]!);
    expect(line.path).toBe(line.points.map((point) => `${point.x},${point.y}`).join(' '));
  });

  it('centres a single attempt', () => {
    expect(levelLine([{ position: 0, score: 1 }], 1, { width: 100, height: 40 }).points[0]!.x).toBe(50);
  });
});
