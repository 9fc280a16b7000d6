import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatTime,
  formatIsoDate,
  isoDateOf,
  isPlausibleYear,
  parseUkDate,
  datePartsOf,
  readDateParts,
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

describe('a date typed in day, month and year boxes', () => {
  const read = (day: string, month: string, year: string) => readDateParts({ day, month, year });

  it('reads a real date, with or without leading zeros, as ISO', () => {
    expect(read('23', '11', '2026')).toEqual({ kind: 'date', iso: '2026-11-23' });
    expect(read(' 3', '01 ', '2026')).toEqual({ kind: 'date', iso: '2026-01-03' });
    expect(read('', ' ', '')).toEqual({ kind: 'empty' });
  });

  it('names the missing parts', () => {
    expect(read('23', '', '')).toEqual({
      kind: 'problem',
      message: 'The date must include a month and year.',
      parts: ['month', 'year'],
    });
    expect(read('', '11', '2026')).toMatchObject({ message: 'The date must include a day.', parts: ['day'] });
  });

  it('points at the part that is wrong', () => {
    expect(read('23', 'Nov', '2026')).toMatchObject({ parts: ['month'] });
    expect(read('23', '11', '26')).toMatchObject({
      message: 'The year must include 4 numbers, for example 2026.',
    });
    expect(read('23', '11', '1826')).toMatchObject({
      message: 'The year must be between 1900 and 2100.',
      parts: ['year'],
    });
    expect(read('23', '13', '2026')).toMatchObject({ parts: ['month'] });
    expect(read('31', '2', '2026')).toMatchObject({
      message: 'The date must be a real date, for example 23 11 2026.',
      parts: ['day'],
    });
  });

  it('fills the boxes from a stored date and leaves them blank otherwise', () => {
    expect(datePartsOf('2026-01-03')).toEqual({ day: '3', month: '1', year: '2026' });
    expect(datePartsOf('03/01/2026')).toEqual({ day: '', month: '', year: '' });
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
  });
});
