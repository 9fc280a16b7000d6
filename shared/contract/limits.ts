import { MAX_SHARE_BYTES } from '../exchange/share-package';

/**
 * Size caps on what crosses the host boundary, derived from the one exchange cap so that anything the app
 * accepts can also leave it: an attempt that can be saved can always be exported as a share package.
 */

/**
 * The largest attempt that can be saved, measured as the share package writes it (indented JSON, UTF-8).
 * A quarter of the share cap: inside the package the attempt sits one level deeper, and every line's extra
 * indent can at most double it, which leaves the other half for the envelope and the tutor's reviews.
 */
export const MAX_ATTEMPT_BYTES = Math.floor(MAX_SHARE_BYTES / 4);

/** The longest base64 text of a dropped share package: the encoding of the largest file the app opens. */
export const MAX_SHARE_BASE64_CHARS = Math.ceil(MAX_SHARE_BYTES / 3) * 4 + 4;

/** Room for what wraps a request's largest field (the envelope, the other fields, a file's display name). */
const REQUEST_ENVELOPE_BYTES = 64 * 1024;

/** The largest request body the contract can accept, so a transport with its own cap never refuses less. */
export const LARGEST_REQUEST_BYTES =
  Math.max(MAX_ATTEMPT_BYTES, MAX_SHARE_BASE64_CHARS) + REQUEST_ENVELOPE_BYTES;

/** An attempt's size as the share package would write it. */
export function attemptBytes(attempt: unknown): number {
  return new TextEncoder().encode(JSON.stringify(attempt, null, 2)).length;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why an attempt of this size cannot be saved, in words the trainee can act on. */
export function attemptTooLargeMessage(bytes: number): string {
  return `This attempt is too large to save (${megabytes(bytes)}; the largest the app can save and share is ${megabytes(MAX_ATTEMPT_BYTES)}). Your last saved version is safe. Shorten or remove some long pasted text, then try again.`;
}

/**
 * A zod issue's params that ask dispatch to answer with this error code and the issue's own message, instead
 * of the general "not in the expected form" (for refusals the person can act on, such as a size cap).
 */
export interface HostIssueParams {
  hostErrorCode: 'too-large' | 'invalid-request';
}

export function hostIssueOf(issue: { code: string; message: string; params?: unknown }): {
  code: HostIssueParams['hostErrorCode'];
  message: string;
} | null {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return null;
  const code = (issue.params as Partial<HostIssueParams>).hostErrorCode;
  return code === 'too-large' || code === 'invalid-request' ? { code, message: issue.message } : null;
}

/**
 * Case packs (`.caseworkcase`, docs/decisions/0016-case-packs.md). The largest built-in case is about 60 kB as
 * a pack; the cap leaves room for a long tutor's case while keeping a case, an attempt and its reviews inside
 * one share package.
 */
export const MAX_CASE_PACK_BYTES = 4 * 1024 * 1024;
/** Documents in one case file; the largest built-in has 11. */
export const MAX_CASE_DOCUMENTS = 100;
/** A case's own quality rules. */
export const MAX_CASE_RULES = 100;
/**
 * The expression budget: nodes (operators, variables and literals) in one rule's `when`. The largest
 * built-in case rule has about 20; a preset at most 30. A bigger one is refused before it is ever run.
 */
export const MAX_RULE_EXPRESSION_NODES = 400;
/**
 * Brackets nested deeper than this in a case pack are refused before the text is parsed: one less than a
 * share package allows, so a pack that can be added can always travel inside one.
 */
export const MAX_CASE_PACK_NESTING = 39;
