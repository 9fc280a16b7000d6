import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatTime,
  formatIsoDate,
  isoDateOf,
  isPlausibleYear,
  parseUkDate,
} from './format';

describe('one date format, in UK time', () => {
  it('shows a moment as dd/mm/yyyy HH:mm in Europe/London, GMT and BST alike', () => {
    expect(formatDateTime('2026-11-03T09:05:00.000Z')).toBe('03/11/2026 09:05');
    expect(formatDateTime(new Date('2026-07-01T23:30:00.000Z'))).toBe('02/07/2026 00:30');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatTime(new Date('2026-07-01T13:02:00.000Z'))).toBe('14:02');
  });

  it('takes the calendar day in UK time, so the screen and the PDF agree near midnight', () => {
    expect(formatDate('2026-11-23T23:30:00.000Z')).toBe('23/11/2026');
    expect(formatDate('2026-07-01T23:30:00.000Z')).toBe('02/07/2026');
    expect(isoDateOf(new Date('2026-07-01T23:30:00.000Z'))).toBe('2026-07-02');
  });

  it('lets a test inject another zone', () => {
    expect(formatDateTime('2026-11-03T09:05:00.000Z', 'Asia/Tokyo')).toBe('03/11/2026 18:05');
    expect(formatDate('2026-11-03T20:00:00.000Z', 'Asia/Tokyo')).toBe('04/11/2026');
  });

  it('never shifts a calendar date', () => {
    expect(formatIsoDate('2026-11-23')).toBe('23/11/2026');
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23');
  });

  it('accepts years 1900 to 2100 as plausible', () => {
    expect([1899, 1900, 2026, 2100, 2101, 2026.5].map(isPlausibleYear)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
