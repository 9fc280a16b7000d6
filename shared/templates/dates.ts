/** Dates are stored as ISO yyyy-mm-dd (sortable, unambiguous) and shown as dd/mm/yyyy. */

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
