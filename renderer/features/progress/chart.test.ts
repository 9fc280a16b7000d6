import { describe, expect, it } from 'vitest';
import { barChart, niceMax, ticksFor } from './chart';

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
