import type { Content } from 'pdfmake/interfaces';
import type { BuildContext } from './context';
import { NO_ANSWER, NOT_ANSWERED } from './styles';
import { paragraphs, wrappableText } from './text';

/** Answer text as one node per paragraph, so a prompt can be kept with the first paragraph only. */
export function textBlocks(value: string): Content[] {
  return paragraphs(value).map((part) => ({
    text: wrappableText(part),
    style: 'answer',
    margin: [0, 0, 0, 5],
  }));
}

// ---------------------------------------------------------------------------------------------- keeping together

/**
 * Headings and prompts stay with what follows them by being wrapped, with the start of what follows, in an
 * unbreakable stack. (pdfmake's pageBreakBefore hook does the same but lays the whole document out again for
 * every break it adds: seven passes for a 26-page export.) Only blocks that surely fit on a page are wrapped.
 */
export const KEEP_LIMIT_CHARS = 1000;

/** Characters of printed text in a node: a cheap stand-in for its height. */
export function printedLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + printedLength(child), 0);
  if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    let total = 0;
    for (const key of ['text', 'stack', 'ul', 'table', 'body']) if (key in n) total += printedLength(n[key]);
    // Table rows and list items take room beyond their letters.
    if (Array.isArray(n['body'])) total += (n['body'] as unknown[]).length * 60;
    if (Array.isArray(n['ul'])) total += (n['ul'] as unknown[]).length * 30;
    return total;
  }
  return 0;
}

export const together = (nodes: Content[]): Content => ({ stack: nodes, unbreakable: true }) as Content;

/** `lead` kept with the first block of `rest` when that block surely fits on a page with it. */
export function keepWithStart(lead: Content[], rest: Content[]): Content[] {
  const first = rest[0];
  if (first === undefined) return [together(lead)];
  if (printedLength(lead) + printedLength(first) > KEEP_LIMIT_CHARS) return [together(lead), ...rest];
  return [together([...lead, first]), ...rest.slice(1)];
}

export function notAnswered(required: boolean): Content {
  return required
    ? { text: NOT_ANSWERED, style: 'notAnswered', margin: [0, 0, 0, 3] }
    : { text: NO_ANSWER, style: 'muted', italics: true, margin: [0, 0, 0, 3] };
}

export function documentLabel(ctx: BuildContext, documentId: string): string {
  const title = ctx.documentTitles.get(documentId);
  return title ? `${title} (${documentId})` : documentId;
}

/** The first block's own parts, so a heading can join a prompt that is already kept with its answer. */
export function unwrapFirst(content: Content[]): Content[] {
  const first = content[0] as { stack?: Content[]; unbreakable?: boolean } | undefined;
  if (first?.unbreakable && Array.isArray(first.stack)) {
    const inner = first.stack;
    return printedLength(inner) <= KEEP_LIMIT_CHARS ? [together(inner), ...content.slice(1)] : content;
  }
  return content;
}

/**
 * The opening of a part of the document: a heading listed in the contents and the outline, then its intro.
 * A part starts on a new page unless told not to (the first part, when there is no cover or contents).
 */
export function partOpening(
  title: string,
  intro: Content,
  { id, breakBefore = true }: { id?: string; breakBefore?: boolean } = {},
): Content[] {
  return [
    {
      text: title,
      style: 'h1',
      ...(id === undefined ? {} : { id }),
      tocItem: true,
      outline: true,
      tocStyle: { bold: true },
      pageBreak: breakBefore ? 'before' : undefined,
    } as Content,
    { text: intro, style: 'intro' } as Content,
  ];
}
