import type { Content } from 'pdfmake/interfaces';
import { showHidden } from '../text/readable';

/**
 * Turning a trainee's text into pdfmake text that prints safely and wraps: control characters are dropped,
 * hidden directional and invisible characters shown as markers,
 * paragraphs kept, and runs with no break opportunity are allowed to break anywhere so they never run off
 * the page. Only text nodes are made here: user text never reaches an image, file or link field.
 */

/** Longer than this without a space or other break opportunity, a run may be broken between any letters. */
export const LONG_RUN = 36;

// C0 controls except tab and line feed, DEL, C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unprintable = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Plain text as it should print: line endings normalised, unprintable characters removed, tabs as spaces, and
 * directional or invisible characters (which could reorder or hide what a reader sees) drawn as visible
 * markers such as `⟨U+202E⟩`, so the reader sees that they are there.
 */
export function cleanText(value: string): string {
  return showHidden(value.replace(/\r\n?/g, '\n').replace(unprintable, '').replace(/\t/g, '    '));
}

const longRun = new RegExp(`[^\\s\\-\\u2010-\\u2014/]{${LONG_RUN},}`, 'g');

/**
 * A line of text as pdfmake inlines: ordinary words wrap as usual; a long unbroken run (a pasted link, a
 * reference number, a key held down) is set with `wordBreak: 'break-all'` so it wraps at the margin.
 */
export function wrappableText(value: string): string | Content[] {
  const text = cleanText(value);
  longRun.lastIndex = 0;
  if (!longRun.test(text)) return text;
  longRun.lastIndex = 0;
  const parts: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(longRun)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    // wordBreak is a pdfmake 0.3 style property the typings do not list yet.
    parts.push({ text: match[0], wordBreak: 'break-all' } as Content);
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Paragraphs split on blank lines; single line breaks stay inside a paragraph. Empty when there is no text. */
export function paragraphs(value: string): string[] {
  return cleanText(value)
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim().length > 0);
}

/** Whether a stored answer has something other than spaces. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
