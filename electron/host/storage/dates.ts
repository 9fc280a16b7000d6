/** 2026-11-23T14:02:05.123Z -> 20261123T140205123Z: sortable, and safe in a file name on every OS. */
export function compactStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

const compactPattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/;

export function parseCompactStamp(text: string): Date | null {
  const match = compactPattern.exec(text);
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = match.slice(1).map(Number);
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  return Number.isNaN(at.getTime()) ? null : at;
}
