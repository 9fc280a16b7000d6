import { describe, expect, it } from 'vitest';
import { formatDateTime, formatPercent } from './format';

describe('formatting', () => {
  it('shows moments as dd/mm/yyyy HH:mm in UK time, whatever the computer’s zone', () => {
    expect(formatDateTime('2026-11-03T09:05:00.000Z')).toBe('03/11/2026 09:05');
    expect(formatDateTime('2026-07-03T09:05:00.000Z')).toBe('03/07/2026 10:05');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('rounds progress to whole percent within 0 to 100', () => {
    expect(formatPercent(0.666)).toBe('67%');
    expect(formatPercent(1.2)).toBe('100%');
  });
});
