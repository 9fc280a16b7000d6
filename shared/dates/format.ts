/**
 * Every date and time the product shows, on screen and in PDFs, in one place. Moments are shown in UK
 * time whatever the computer's zone (docs/decisions/0010-one-time-zone-for-dates.md): the app is for
 * probation practice in England and Wales, and a trainee's screen should agree with the PDF a tutor reads.
 * The zone is a parameter only so tests can prove the rule is applied; product code uses the default.
 *
 * Date-only values (`2026-11-23`, as a date question stores them) are calendar dates, not moments, and are
 * never shifted by a zone.
 */

export const UK_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter is far dearer than using one, and lists format a moment per row. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface UkParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function toDate(at: Date | string): Date | null {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? null : date;
}

function partsOf(date: Date, timeZone: string): UkParts {
  const parts = partsFormatter(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** A moment as 23/11/2026 14:02 in UK time; text that is not a moment is returned unchanged. */
export function formatDateTime(at: Date | string, timeZone: string = UK_TIME_ZONE): string {
  const date = toDate(at);
  if (!date) return typeof at === 'string' ? at : String(at);
  const p = partsOf(date, timeZone);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The clock time of a moment in UK time as 14:02 (the day is clear from context: "Saved 14:02"). */
export function formatTime(at: Date | string, timeZone: string = UK_TIME_ZONE): string {
  const date = toDate(at);
  if (!date) return typeof at === 'string' ? at : String(at);
  const p = partsOf(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The calendar day of a moment in UK time as 23/11/2026; text that is not a moment is returned unchanged. */
export function formatDate(at: Date | string, timeZone: string = UK_TIME_ZONE): string {
  const date = toDate(at);
  if (!date) return typeof at === 'string' ? at : String(at);
  const p = partsOf(date, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** The calendar day of a moment in UK time as 2026-11-23 (sortable, for file names). */
export function isoDateOf(at: Date, timeZone: string = UK_TIME_ZONE): string {
  const p = partsOf(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The years a practice record can plausibly mention: wide enough for a date of birth, narrow enough to catch a typo. */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2100;
}

/* Calendar dates: stored as ISO yyyy-mm-dd (sortable, unambiguous) and shown as dd/mm/yyyy. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** '2026-11-23' -> '23/11/2026'; anything that is not an ISO date is returned unchanged. */
export function formatIsoDate(value: string): string {
  const match = isoDatePattern.exec(value);
  if (!match || !isIsoDate(value)) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** '23/11/2026' or '3/1/2026' -> ISO, or null when the text is not a real date with a four-digit year. */
export function parseUkDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/* A date typed in three boxes, as the GOV.UK date input pattern asks for it. */

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

/**
 * What three boxes say: nothing, a real ISO date, or a problem in plain words that names the parts at fault
 * (so only those boxes are marked). Messages follow the GOV.UK date input pattern.
 */
export type DatePartsReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'problem'; message: string; parts: readonly DatePart[] };

function listParts(parts: readonly DatePart[]): string {
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/**
 * `name` is what the date is, in words ("date of birth"), so that on a form with several dates each message
 * (and so the error summary) says which one is wrong: "The year of the date of birth must…".
 */
export function readDateParts(parts: DateParts, name = 'date'): DatePartsReading {
  const of = (partNames: string) =>
    name === 'date' ? `The ${partNames}` : `The ${partNames} of the ${name}`;
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((part) => ({ day, month, year })[part] === '');
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0)
    return { kind: 'problem', message: `The ${name} must include a ${listParts(missing)}.`, parts: missing };
  const notNumbers = (['day', 'month', 'year'] as const).filter(
    (part) => !/^\d+$/.test({ day, month, year }[part]),
  );
  if (notNumbers.length > 0)
    return {
      kind: 'problem',
      message: `${of(listParts(notNumbers))} must be written in numbers, for example 23 11 2026.`,
      parts: notNumbers,
    };
  if (year.length !== 4)
    return {
      kind: 'problem',
      message: `${of('year')} must include 4 numbers, for example 2026.`,
      parts: ['year'],
    };
  if (!isPlausibleYear(Number(year)))
    return { kind: 'problem', message: `${of('year')} must be between 1900 and 2100.`, parts: ['year'] };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12)
    return { kind: 'problem', message: `${of('month')} must be a number from 1 to 12.`, parts: ['month'] };
  const iso = parseUkDate(`${day}/${month}/${year}`);
  if (iso === null || day.length > 2 || month.length > 2)
    return {
      kind: 'problem',
      message: `The ${name} must be a real date, for example 23 11 2026.`,
      parts: ['day'],
    };
  return { kind: 'date', iso };
}

/** The boxes for a stored ISO date, written as people type them (3, not 03); blank boxes for anything else. */
export function datePartsOf(value: unknown): DateParts {
  if (typeof value !== 'string' || !isIsoDate(value)) return emptyDateParts;
  const [year, month, day] = value.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}
