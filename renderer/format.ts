function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO timestamp in the trainee's local time as 23/11/2026 14:02 (how the app shows every moment). */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${twoDigits(at.getDate())}/${twoDigits(at.getMonth() + 1)}/${at.getFullYear()} ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

export function formatPercent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
