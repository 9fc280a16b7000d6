import { z } from 'zod';
import {
  MAX_CASE_DOCUMENTS,
  MAX_CASE_PACK_BYTES,
  MAX_CASE_PACK_NESTING,
  MAX_CASE_RULES,
} from '../contract/limits';
import { decodeUtf8, findHiddenCharacters, maxNesting } from '../exchange/share-package';
import { isoDateTime } from '../model/ids';
import { findJsonProblem } from '../model/json';
import { templateJsonLimits } from '../templates/logic-schema';
import type { Template } from '../templates/schema';
import { findUnreadableIn } from '../text/readable';
import { authoredCase, withoutDerivedRules, withRangeRechecks } from './range-rechecks';
import { CASE_FORMAT, caseSchema, type PracticeCase } from './schema';
import { ruleBudgetErrors, validateCase } from './validate';

/**
 * The case pack: one `.caseworkcase` file carrying one version of a case from a tutor's copy of the app to
 * another's (docs/decisions/0016-case-packs.md). Plain JSON:
 *
 *   { format: 'casework-case', formatVersion: 1, exportedAt, appVersion, case }
 *
 * `case` is exactly what a case data file holds (the built-in cases in `library/*.json` are the same format
 * without the envelope), and `decodeCasePack` reads it through `parseCase`, the one path every case takes.
 */

export const CASE_PACK_FORMAT = 'casework-case';
export const CASE_PACK_FORMAT_VERSION = 1;
export const CASE_PACK_EXTENSION = 'caseworkcase';

export const casePackEnvelopeSchema = z.strictObject({
  format: z.literal(CASE_PACK_FORMAT),
  formatVersion: z.literal(CASE_PACK_FORMAT_VERSION),
  exportedAt: isoDateTime,
  /** The app version that wrote the file, for a person reading it; never used to decide anything. */
  appVersion: z.string().min(1).max(40),
  /** Checked by `validateCase`, not here, so its problems are reported with the case's own paths. */
  case: z.unknown(),
});

export interface CasePack {
  format: typeof CASE_PACK_FORMAT;
  formatVersion: typeof CASE_PACK_FORMAT_VERSION;
  exportedAt: string;
  appVersion: string;
  case: PracticeCase;
}

/** Why a pack (or a case data file) was refused: one code for the kind of problem, for tests and the renderer. */
export type CasePackProblem =
  | 'too-large'
  | 'empty'
  | 'not-ours'
  | 'damaged'
  | 'too-deep'
  | 'newer-version'
  | 'unsafe-data'
  | 'hidden-characters'
  | 'too-many-documents'
  | 'too-many-rules'
  | 'over-budget'
  | 'invalid';

export type CaseParse =
  | { ok: true; practiceCase: PracticeCase }
  | {
      ok: false;
      problem: CasePackProblem;
      /** One `path: problem` line each, the path within the case (`documents[3].release.sectionId`). */
      errors: string[];
    };

export type CasePackDecode =
  { ok: true; pack: CasePack; practiceCase: PracticeCase } | Extract<CaseParse, { ok: false }>;

const refuse = (problem: CasePackProblem, ...errors: string[]): Extract<CaseParse, { ok: false }> => ({
  ok: false,
  problem,
  errors,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Checks parsed JSON as a case: plain, safe JSON within limits (no `__proto__`, `constructor` or `prototype`
 * keys, nesting, sizes), no hidden characters in names and titles, the document, rule and expression budgets,
 * then `validateCase` against `templates`. The built-in cases, the editor's saves and imported packs all come
 * through here. Never throws.
 */
export function parseCase(input: unknown, templates: readonly Template[]): CaseParse {
  const unsafe = findJsonProblem(input, templateJsonLimits);
  if (unsafe) return refuse('unsafe-data', unsafe.replace(/^value:/, 'case:'));
  const hidden = findHiddenCharacters(input, '');
  if (hidden) return refuse('hidden-characters', `${hidden.path}: ${hidden.what} are not allowed`);
  const unreadable = findUnreadableIn(input, '');
  if (unreadable)
    return refuse(
      'hidden-characters',
      `${unreadable.path}: ${unreadable.description}, a character that can reorder or hide what is read, is not allowed in a name, id or title`,
    );
  const documents = own(input, 'documents');
  if (Array.isArray(documents) && documents.length > MAX_CASE_DOCUMENTS)
    return refuse(
      'too-many-documents',
      `documents: ${documents.length} documents; a case can have at most ${MAX_CASE_DOCUMENTS}`,
    );
  const rules = own(input, 'rules');
  if (Array.isArray(rules)) {
    if (rules.length > MAX_CASE_RULES)
      return refuse(
        'too-many-rules',
        `rules: ${rules.length} rules; a case can have at most ${MAX_CASE_RULES}`,
      );
    const over = ruleBudgetErrors(rules);
    if (over.length > 0) return refuse('over-budget', ...over);
  }
  // Re-checks derived from the tutor notes are never authored: an exact copy (a pack of a loaded case, an
  // editor save of one) is dropped before checking, and every case gets them again once it is checked.
  const shaped = caseSchema.safeParse(input);
  const authored =
    shaped.success && isRecord(input) ? { ...input, rules: withoutDerivedRules(shaped.data).rules } : input;
  const checked = validateCase(authored, templates);
  return checked.ok
    ? { ok: true, practiceCase: withRangeRechecks(checked.practiceCase) }
    : refuse('invalid', ...checked.errors);
}

export function buildCasePack(input: {
  practiceCase: PracticeCase;
  exportedAt: Date;
  appVersion: string;
}): CasePack {
  return {
    format: CASE_PACK_FORMAT,
    formatVersion: CASE_PACK_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    appVersion: input.appVersion,
    case: authoredCase(input.practiceCase),
  };
}

/** The file's text: indented so a person can read it, and the same bytes for the same pack. */
export function serialiseCasePack(pack: CasePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a case pack from a file's bytes (or text). Checks, in order: size; text; nesting before parsing;
 * JSON; the pack marker and format version; then the case through `parseCase`. Never throws; a refusal
 * lists every problem found, each starting with its path.
 */
export function decodeCasePack(
  input: string | Uint8Array,
  templates: readonly Template[],
  maxBytes = MAX_CASE_PACK_BYTES,
): CasePackDecode {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
  if (size > maxBytes)
    return refuse('too-large', `file: ${megabytes(size)}; a case pack can be at most ${megabytes(maxBytes)}`);
  const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeUtf8(input);
  if (!decoded.ok) {
    const empty = !decoded.problem.ok && decoded.problem.problem === 'empty';
    return empty
      ? refuse('empty', 'file: the file is empty')
      : refuse('not-ours', 'file: not a text file (a case pack is JSON text)');
  }
  const text = decoded.text.replace(/^\uFEFF/, '').trimStart();
  if (text.length === 0) return refuse('empty', 'file: the file is empty');
  if (!text.startsWith('{')) return refuse('not-ours', 'file: not a Casework Practice case pack');
  const depth = maxNesting(text, MAX_CASE_PACK_NESTING);
  if (depth > MAX_CASE_PACK_NESTING)
    return refuse(
      'too-deep',
      `file: nested ${depth} levels deep; a case pack is never deeper than ${MAX_CASE_PACK_NESTING}`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'damaged',
      depth < 0 ? 'file: it ends part-way through (cut short while copying?)' : 'file: not well-formed JSON',
    );
  }
  const format = own(parsed, 'format');
  if (format !== CASE_PACK_FORMAT)
    return refuse(
      'not-ours',
      typeof format === 'string'
        ? `format: '${format.slice(0, 40)}' is not a case pack ('${CASE_PACK_FORMAT}')`
        : `format: not a Casework Practice case pack (no '${CASE_PACK_FORMAT}' marker)`,
    );
  const formatVersion = own(parsed, 'formatVersion');
  if (typeof formatVersion === 'number' && formatVersion > CASE_PACK_FORMAT_VERSION)
    return refuse(
      'newer-version',
      `formatVersion: ${formatVersion}; this app reads case packs of format ${CASE_PACK_FORMAT_VERSION}. Update the app to add it`,
    );
  const caseFormat = own(own(parsed, 'case'), 'format');
  if (typeof caseFormat === 'number' && caseFormat > CASE_FORMAT)
    return refuse(
      'newer-version',
      `case.format: ${caseFormat}; this app reads cases of format ${CASE_FORMAT}. Update the app to add it`,
    );
  const unsafe = findJsonProblem(parsed, {
    ...templateJsonLimits,
    maxDepth: templateJsonLimits.maxDepth + 1,
  });
  if (unsafe) return refuse('unsafe-data', unsafe);
  const envelope = casePackEnvelopeSchema.safeParse(parsed);
  if (!envelope.success)
    return refuse(
      'invalid',
      ...envelope.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: unknown field`
          : `${issue.path.map(String).join('.') || 'pack'}: ${issue.message}`,
      ),
    );
  const checked = parseCase(envelope.data.case, templates);
  if (!checked.ok) return checked;
  return {
    ok: true,
    practiceCase: checked.practiceCase,
    pack: { ...envelope.data, case: authoredCase(checked.practiceCase) } as CasePack,
  };
}
