import { z } from 'zod';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema } from '../model/attempt';
import type { Attempt } from '../model/attempt';
import { defaultJsonLimits, findJsonProblem } from '../model/json';
import { findUnreadableIn } from '../text/readable';

/**
 * The exchange file: an attempt wrapped with a marker saying what it is. The same JSON is written as a
 * `.casework` file and attached inside exported PDFs, so a tutor can bring either back into the app.
 */

export const EXCHANGE_FORMAT = 'casework-practice/attempt';
export const EXCHANGE_FORMAT_VERSION = 1;
/** Name of the JSON file attached inside exported PDFs. */
export const EXCHANGE_ATTACHMENT_NAME = 'casework-attempt.json';
export const EXCHANGE_MEDIA_TYPE = 'application/json';

/** Far above any real attempt (a 20,000-word answer is about 130 kB), far below what would strain memory. */
export const MAX_EXCHANGE_BYTES = 16 * 1024 * 1024;

export interface ExchangeFile {
  format: typeof EXCHANGE_FORMAT;
  formatVersion: typeof EXCHANGE_FORMAT_VERSION;
  /** For a person opening the file in an editor. */
  app: 'Casework Practice';
  attempt: Attempt;
}

export function toExchangeFile(attempt: Attempt): ExchangeFile {
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    app: 'Casework Practice',
    attempt,
  };
}

/** The file's text. Key order follows the attempt, so the same attempt always gives the same bytes. */
export function serialiseExchange(attempt: Attempt): string {
  return `${JSON.stringify(toExchangeFile(attempt), null, 2)}\n`;
}

export type ExchangeProblem =
  'not-ours' | 'damaged' | 'newer-version' | 'older-version' | 'too-large' | 'invalid';

export type ExchangeParse =
  { ok: true; attempt: Attempt } | { ok: false; problem: ExchangeProblem; message: string };

const envelopeSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.number().int().min(1),
  attempt: z.unknown(),
});

// Control characters other than tab, line feed and carriage return have no place in typed answers; a file
// carrying them was made or altered by something other than the app.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function findControlCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return controlCharacter.test(value) ? path || 'value' : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findControlCharacter(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findControlCharacter(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

const fail = (problem: ExchangeProblem, message: string): ExchangeParse => ({ ok: false, problem, message });

/**
 * Reads an exchange file's text and checks it completely before anything is saved: size, JSON that parses,
 * our marker, a version this app understands, safe JSON (depth, size, no `__proto__` keys), no control
 * characters, and the attempt schema. Never throws; the message is written for the person importing.
 */
export function parseExchange(text: string): ExchangeParse {
  if (text.length > MAX_EXCHANGE_BYTES)
    return fail(
      'too-large',
      'This file is too large to be a Casework Practice attempt, so it was not opened.',
    );
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{'))
    return fail('not-ours', 'This file was not made by Casework Practice, so it was not opened.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return fail(
      'damaged',
      'This file is damaged or incomplete (it may have been cut short while copying), so it was not opened.',
    );
  }
  // Check the raw shape first: the envelope schema below would otherwise walk a hostile structure.
  const unsafe = findJsonProblem(parsed, { ...defaultJsonLimits, maxDepth: defaultJsonLimits.maxDepth + 1 });
  if (unsafe)
    return fail(
      'invalid',
      `This file contains data the app does not accept (${unsafe}), so it was not opened.`,
    );
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success)
    return fail('not-ours', 'This file was not made by Casework Practice, so it was not opened.');
  if (envelope.data.formatVersion > EXCHANGE_FORMAT_VERSION)
    return fail(
      'newer-version',
      'This file was made by a newer version of Casework Practice. Update the app to open it.',
    );
  const attempt = envelope.data.attempt as { schemaVersion?: unknown } | null;
  const schemaVersion = attempt && typeof attempt === 'object' ? attempt.schemaVersion : undefined;
  if (typeof schemaVersion === 'number' && schemaVersion > ATTEMPT_SCHEMA_VERSION)
    return fail(
      'newer-version',
      'This attempt was saved by a newer version of Casework Practice. Update the app to open it.',
    );
  if (typeof schemaVersion === 'number' && schemaVersion < ATTEMPT_SCHEMA_VERSION)
    return fail('older-version', 'This attempt was saved in an older format that this version cannot read.');
  const control = findControlCharacter(envelope.data.attempt, 'attempt');
  if (control)
    return fail(
      'invalid',
      `This file contains hidden control characters (at ${control}) that the app never writes, so it was not opened.`,
    );
  // As in a share package: answers keep such characters (the PDF shows them marked), names and titles may not.
  const unreadable = findUnreadableIn(envelope.data.attempt, 'attempt');
  if (unreadable)
    return fail(
      'invalid',
      `This file contains ${unreadable.description} (at ${unreadable.path}), a character that can reorder or hide what is read, where a name, id or title is expected, so it was not opened.`,
    );
  const checked = attemptSchema.safeParse(envelope.data.attempt);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'attempt';
    return fail('invalid', `This file is not a valid attempt (${where}: ${issue?.message ?? 'not valid'}).`);
  }
  return { ok: true, attempt: checked.data };
}
