import { describe, expect, it } from 'vitest';
import { formatDateTime, formatPercent } from './format';

describe('formatting', () => {
  it('shows moments as dd/mm/yyyy HH:mm in local time', () => {
    const local = new Date(2026, 10, 3, 9, 5);
    expect(formatDateTime(local.toISOString())).toBe('03/11/2026 09:05');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('rounds progress to whole percent within 0 to 100', () => {
    expect(formatPercent(0.666)).toBe('67%');
    expect(formatPercent(1.2)).toBe('100%');
  });
});
