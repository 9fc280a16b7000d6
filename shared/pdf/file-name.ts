/**
 * Default names for exported files: `<case> - <template set> - <trainee> - <yyyy-mm-dd>.pdf`, made safe on
 * Windows, macOS and Linux (no reserved characters or names, no trailing dots or spaces, not too long).
 */
import { isoDateOf } from '../dates/format';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const reservedCharacters = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
const reservedWindowsNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Most file systems allow 255 bytes; leave room for the extension and for "(2)" suffixes. */
const MAX_NAME_BYTES = 200;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** One part of a file name, made safe: reserved characters become spaces, runs of spaces collapse. */
export function safeFileNamePart(value: string, fallback: string): string {
  const cleaned = value
    .normalize('NFC')
    .replace(reservedCharacters, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.length > 0 ? cleaned : fallback;
}

/** Joins parts and adds the extension, shortening the stem (by whole characters) to fit and avoiding reserved names. */
export function safeFileName(parts: readonly string[], extension: string): string {
  let stem = parts.join(' - ');
  while (utf8Length(stem) > MAX_NAME_BYTES) stem = Array.from(stem).slice(0, -1).join('');
  stem = stem.replace(/[.\s-]+$/g, '');
  if (reservedWindowsNames.test(stem) || stem.length === 0) stem = `Casework ${stem}`.trim();
  return `${stem}.${extension}`;
}

/** "Risk management plan", "Risk of serious harm analysis + Sentence plan", or "Risk... and 3 more". */
export function templateSetLabel(templateTitles: readonly string[]): string {
  if (templateTitles.length === 0) return 'No templates';
  if (templateTitles.length <= 2) return templateTitles.join(' + ');
  return `${templateTitles[0]} and ${templateTitles.length - 1} more`;
}

export function defaultExportFileName(input: {
  caseTitle: string;
  templateTitles: readonly string[];
  traineeName: string;
  exportedAt: Date;
  extension: 'pdf' | 'casework';
}): string {
  return safeFileName(
    [
      safeFileNamePart(input.caseTitle, 'Own case'),
      safeFileNamePart(templateSetLabel(input.templateTitles), 'Templates'),
      safeFileNamePart(input.traineeName, 'Trainee'),
      isoDateOf(input.exportedAt),
    ],
    input.extension,
  );
}
