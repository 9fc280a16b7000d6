import { z } from 'zod';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema } from '../model/attempt';
import type { Attempt } from '../model/attempt';
import { isoDateTime } from '../model/ids';
import { defaultJsonLimits, findJsonProblem } from '../model/json';
import { EXCHANGE_FORMAT as ATTEMPT_FILE_FORMAT } from '../pdf/exchange';
import { REVIEW_SCHEMA_VERSION, reviewSchema } from '../review/schema';
import type { Review } from '../review/schema';
import { templateJsonLimits } from '../templates/logic-schema';
import { findUnreadableIn } from '../text/readable';

/**
 * The share package: one `.casework` file that carries an attempt from a trainee to a tutor and back, with
 * the tutor's reviews when there are any. It is plain JSON:
 *
 *   { format: 'casework-share', formatVersion: 1, exportedAt, appVersion, traineeName?, attempt, reviews? }
 *
 * `parseSharePackage` is the one reader for every file a person brings in. It also reads the attempt file
 * the PDF export attaches (`casework-practice/attempt`, shared/pdf/exchange.ts), so either kind opens.
 * Everything in a file is treated as hostile until checked; a refused file changes nothing, and the
 * message names the problem in plain words.
 *
 * Text with markup (`<b>`, `<script>`) is kept exactly as typed: it is text, never HTML. The renderer puts
 * answers, comments and names into the page as React text (escaped), never with dangerouslySetInnerHTML,
 * and the PDF builder passes them to pdfmake as text. Control characters are refused instead (they are
 * never typed, and can hide or reorder what a tutor reads).
 */

export const SHARE_FORMAT = 'casework-share';
export const SHARE_FORMAT_VERSION = 1;
export const SHARE_FILE_EXTENSION = 'casework';
/** Far above a real attempt with reviews (a 20,000-word answer is about 130 kB), far below memory trouble. */
export const MAX_SHARE_BYTES = 20 * 1024 * 1024;
/** JSON nested deeper than this is refused before it is parsed (the deepest real path is about 15). */
const MAX_RAW_NESTING = 40;

export const sharePackageSchema = z.strictObject({
  format: z.literal(SHARE_FORMAT),
  formatVersion: z.literal(SHARE_FORMAT_VERSION),
  exportedAt: isoDateTime,
  /** The app version that wrote the file, for a person reading it; never used to decide anything. */
  appVersion: z.string().min(1).max(40),
  /** The trainee's name from their settings, so a tutor can tell whose work it is. */
  traineeName: z.string().max(200).optional(),
  attempt: attemptSchema,
  reviews: z.array(reviewSchema).max(50).optional(),
  /**
   * The case pack (`.caseworkcase` contents) of a tutor's case the attempt was started on, so the recipient
   * opens it with the same case file. Checked by the host's case service (`parseCase`), not here: its
   * limits are the case format's, and its problems are reported with the case's own paths.
   */
  casePack: z.unknown().optional(),
});
export type SharePackage = z.infer<typeof sharePackageSchema>;

export interface SharePackageInput {
  attempt: Attempt;
  reviews?: readonly Review[];
  exportedAt: Date;
  appVersion: string;
  traineeName?: string;
  /** The case pack of a tutor's case the attempt needs (none for a built-in or an own case). */
  casePack?: unknown;
}

export function buildSharePackage(input: SharePackageInput): SharePackage {
  return {
    format: SHARE_FORMAT,
    formatVersion: SHARE_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    appVersion: input.appVersion,
    ...(input.traineeName ? { traineeName: input.traineeName } : {}),
    attempt: input.attempt,
    ...(input.reviews && input.reviews.length > 0 ? { reviews: [...input.reviews] } : {}),
    ...(input.casePack === undefined ? {} : { casePack: input.casePack }),
  };
}

/** The file's text: indented so a person can read it, and the same bytes for the same package. */
export function serialiseSharePackage(pkg: SharePackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export type ShareProblem =
  | 'too-large'
  | 'empty'
  | 'pdf'
  | 'not-text'
  | 'not-ours'
  | 'damaged'
  | 'too-deep'
  | 'newer-version'
  | 'unsafe-data'
  | 'control-characters'
  | 'hidden-characters'
  | 'invalid'
  | 'mismatch';

export type ShareParse =
  | {
      ok: true;
      package: SharePackage;
      /** Which kind of file it was: a share package, or the attempt file attached to an exported PDF. */
      source: 'share-package' | 'attempt-file';
    }
  | { ok: false; problem: ShareProblem; message: string };

const NOT_OPENED = 'so it was not opened';

const fail = (problem: ShareProblem, message: string): ShareParse => ({ ok: false, problem, message });

const notOurs = (what: string) =>
  fail('not-ours', `This file is not a Casework Practice file (${what}), ${NOT_OPENED}.`);

/**
 * Reads and checks a share package (or the attempt file attached inside an exported PDF). Never throws.
 * Checks, in order: size; empty; a PDF or other binary file; text that is UTF-8; our format marker; a
 * format version this app reads; nesting depth (before parsing); JSON that parses completely (a cut-short
 * file is named as such); safe JSON (no `__proto__`, `constructor` or `prototype` keys, sizes within limits);
 * no control characters or broken characters; the attempt and review schemas; reviews that belong to the
 * attempt in the file.
 */
export function parseSharePackage(input: string | Uint8Array, maxBytes = MAX_SHARE_BYTES): ShareParse {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes)
    return fail(
      'too-large',
      `This file is ${describeSize(size)}, larger than any Casework Practice file can be (the limit is ${describeSize(maxBytes)}), ${NOT_OPENED}.`,
    );
  const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeUtf8(input);
  if (!decoded.ok) return decoded.problem;
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) return fail('empty', `This file is empty, ${NOT_OPENED}.`);
  if (text.startsWith('%PDF-')) return pdfProblem();
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return notOurs('it does not hold Casework Practice data');

  const depth = maxNesting(trimmed);
  if (depth > MAX_RAW_NESTING)
    return fail(
      'too-deep',
      `This file’s data is nested ${depth} levels deep, far more than Casework Practice ever writes, ${NOT_OPENED}.`,
    );

  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    const cutShort = depth < 0 || /end of (json )?input|unterminated/i.test(String(error));
    return fail(
      'damaged',
      cutShort
        ? `This file is incomplete: it ends part-way through (it may have been cut short while copying or downloading), ${NOT_OPENED}.`
        : `This file is damaged: its contents are not well-formed data, ${NOT_OPENED}.`,
    );
  }
  if (!isPlainRecord(parsed)) return notOurs('it does not hold Casework Practice data');
  const format = ownValue(parsed, 'format');
  if (format !== SHARE_FORMAT && format !== ATTEMPT_FILE_FORMAT)
    return notOurs(
      typeof format === 'string' ? `it is marked as “${clip(format)}”` : 'it has no Casework Practice marker',
    );
  const formatVersion = ownValue(parsed, 'formatVersion');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    return fail('invalid', `This file does not say which version of the file format it uses, ${NOT_OPENED}.`);
  if (formatVersion > SHARE_FORMAT_VERSION)
    return newer(`file format ${formatVersion}; this app reads format ${SHARE_FORMAT_VERSION}`);

  // The schemas below would walk a hostile structure; check it is plain, safe JSON first. A carried case
  // pack nests deeper (rule expressions) and is held to the case format's limits instead.
  const { casePack, ...rest } = parsed;
  const unsafe =
    findJsonProblem(rest, { ...defaultJsonLimits, maxDepth: defaultJsonLimits.maxDepth + 3 }) ??
    (casePack === undefined ? null : underCasePack(findJsonProblem(casePack, templateJsonLimits)));
  if (unsafe)
    return fail('unsafe-data', `This file contains data the app does not accept (${unsafe}), ${NOT_OPENED}.`);
  const hidden = findHiddenCharacters(parsed, '');
  if (hidden)
    return fail(
      'control-characters',
      `This file contains ${hidden.what} (at ${hidden.path}) that Casework Practice never writes, ${NOT_OPENED}.`,
    );
  // Answers keep such characters and show them marked; a name, id or title would hide them from its reader.
  const unreadable = findUnreadableIn(parsed, '');
  if (unreadable)
    return fail(
      'hidden-characters',
      `This file contains ${unreadable.description} (at ${unreadable.path}), a character that can reorder or hide what is read, where a name, id or title is expected, ${NOT_OPENED}.`,
    );

  const attemptVersion = versionOf(ownValue(parsed, 'attempt'));
  if (attemptVersion !== null && attemptVersion > ATTEMPT_SCHEMA_VERSION)
    return newer(`attempt version ${attemptVersion}; this app reads version ${ATTEMPT_SCHEMA_VERSION}`);
  const reviews = ownValue(parsed, 'reviews');
  if (Array.isArray(reviews))
    for (const review of reviews) {
      const reviewVersion = versionOf(review);
      if (reviewVersion !== null && reviewVersion > REVIEW_SCHEMA_VERSION)
        return newer(`review version ${reviewVersion}; this app reads version ${REVIEW_SCHEMA_VERSION}`);
    }

  const candidate =
    format === ATTEMPT_FILE_FORMAT
      ? {
          format: SHARE_FORMAT,
          formatVersion: SHARE_FORMAT_VERSION,
          exportedAt: isoDateOr(ownValue(parsed, 'attempt'), 'updatedAt'),
          appVersion: 'unknown',
          attempt: ownValue(parsed, 'attempt'),
        }
      : parsed;
  const checked = sharePackageSchema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'the top level';
    return fail(
      'invalid',
      `This file is not a valid Casework Practice file (${where}: ${issue ? describeIssue(issue) : 'not valid'}), ${NOT_OPENED}.`,
    );
  }
  const pkg = checked.data;
  const stray = (pkg.reviews ?? []).find((review) => review.currentVersion.attemptId !== pkg.attempt.id);
  if (stray)
    return fail(
      'mismatch',
      `The feedback in this file (by ${stray.reviewerName}) belongs to a different attempt from the one in the file, ${NOT_OPENED}.`,
    );
  return { ok: true, package: pkg, source: format === SHARE_FORMAT ? 'share-package' : 'attempt-file' };
}

function underCasePack(problem: string | null): string | null {
  if (problem === null) return null;
  return problem.startsWith('value:') ? `casePack${problem.slice(5)}` : `casePack.${problem}`;
}

function pdfProblem(): ShareParse {
  return fail(
    'pdf',
    'This is a PDF, not a .casework file. To open a PDF exported by Casework Practice, choose it with “Import an attempt”.',
  );
}

function newer(detail: string): ShareParse {
  return fail(
    'newer-version',
    `This file was made by a newer version of Casework Practice (${detail}). Update the app to open it.`,
  );
}

/** UTF-8 text from a file's bytes, refusing empty, PDF and binary files (the case-pack reader shares it). */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: ShareParse } {
  if (bytes.byteLength === 0)
    return { ok: false, problem: fail('empty', `This file is empty, ${NOT_OPENED}.`) };
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return { ok: false, problem: pdfProblem() };
  // A NUL byte near the start means a binary file (an image, a zip, a Word document).
  if (bytes.subarray(0, 1024).includes(0)) return { ok: false, problem: notOurs('it is not a text file') };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: notOurs('it is not text the app can read') };
  }
}

/**
 * The deepest nesting of brackets outside strings, without parsing: JSON.parse recurses, so a file of a
 * million `[` must be refused before it reaches it. -1 when brackets are left open at the end (cut short).
 * It stops reading once past `limit` (the caller's own bound), answering a depth over it.
 */
export function maxNesting(text: string, limit: number = MAX_RAW_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index += 1;
      else if (code === 34 /* " */) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      // No need to read on: the answer is already "too deep".
      if (deepest > limit) return deepest;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth -= 1;
  }
  return depth > 0 || inString ? -1 : deepest;
}

// C0 controls other than tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A surrogate half without its partner: not a character, and it breaks fonts, PDFs and file names.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hiddenIn(text: string): string | null {
  if (controlCharacter.test(text)) return 'hidden control characters';
  if (loneSurrogate.test(text)) return 'broken characters';
  return null;
}

/** The first string (value or key) holding control or broken characters; iterative, like findJsonProblem. */
export function findHiddenCharacters(value: unknown, root: string): { path: string; what: string } | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const v = current.value;
    if (typeof v === 'string') {
      const what = hiddenIn(v);
      if (what) return { path: current.path || 'the top level', what };
    } else if (Array.isArray(v)) {
      v.forEach((child, index) => stack.push({ value: child, path: `${current.path}[${index}]` }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const path = current.path ? `${current.path}.${key}` : key;
        const what = hiddenIn(key);
        if (what) return { path: `a name inside ${current.path || 'the top level'}`, what };
        stack.push({ value: child, path });
      }
    }
  }
  return null;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue(record: unknown, key: string): unknown {
  return isPlainRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function versionOf(value: unknown): number | null {
  const version = ownValue(value, 'schemaVersion');
  return typeof version === 'number' ? version : null;
}

function isoDateOr(record: unknown, key: string): unknown {
  const value = ownValue(record, key);
  return typeof value === 'string' ? value : '1970-01-01T00:00:00.000Z';
}

function clip(text: string): string {
  // eslint-disable-next-line no-control-regex -- a marker is shown in a message, without its control characters
  const visible = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return visible.length > 40 ? `${visible.slice(0, 39)}…` : visible;
}

/** zod's messages, reworded where they would puzzle a person. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `a field the app does not know (${issue.keys.map((key) => `“${clip(key)}”`).join(', ')})`;
  if (issue.code === 'invalid_type') {
    const expected: Record<string, string> = {
      number: 'a number',
      string: 'text',
      array: 'a list',
      object: 'a group of fields',
      boolean: 'yes or no',
    };
    return `should be ${expected[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
