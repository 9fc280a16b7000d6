/** Every moment the app shows, as 23/11/2026 14:02 in UK time (one format shared with the host and the PDF). */
export { formatDateTime } from '@shared/dates/format';

export function formatPercent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
