import { DomUtils, parseDocument } from 'htmlparser2';
import type { DocumentBlock } from '@shared/cases';

/**
 * Turns the HTML mammoth writes for a Word document into case-file blocks: headings, paragraphs, lists and
 * tables. Only text is kept; no HTML (and so no link, image or script) ever reaches the screen. Blocks are
 * kept within the case format's limits: a very long paragraph or list or table is split, not cut, and
 * anything the format cannot hold is said in `warnings`.
 */

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { tagName: string }>;

export interface ConvertedBody {
  blocks: DocumentBlock[];
  warnings: string[];
}

/** The case format's limits on blocks (documentBlockSchema), so the converter's output is always valid. */
export const blockLimits = {
  headingChars: 200,
  paragraphChars: 6000,
  listItems: 60,
  listItemChars: 1000,
  tableColumns: 10,
  columnChars: 120,
  tableRows: 200,
  cellChars: 1500,
  blocks: 300,
} as const;

const isElement = (node: DomNode): node is DomElement => DomUtils.isTag(node);

/** Whitespace collapsed as a browser would show it; non-breaking spaces become ordinary ones. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function textOf(node: DomNode): string {
  return cleanText(DomUtils.textContent(node));
}

/** Splits text at sentence ends (or, failing that, spaces) into pieces no longer than `limit`. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const sentenceEnd = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
    );
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > limit / 2 ? sentenceEnd + 1 : space > limit / 2 ? space : limit;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
  return chunks;
}

/** Each list item's own text, with nested lists' items following it, flattened. */
function listItems(list: DomElement): string[] {
  const items: string[] = [];
  for (const child of list.children) {
    if (!isElement(child) || child.tagName !== 'li') continue;
    const own = child.children.filter(
      (node) => !(isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol')),
    );
    const text = cleanText(own.map((node) => DomUtils.textContent(node)).join(''));
    if (text) items.push(text);
    for (const nested of child.children)
      if (isElement(nested) && (nested.tagName === 'ul' || nested.tagName === 'ol'))
        items.push(...listItems(nested));
  }
  return items;
}

function tableRows(table: DomElement): string[][] {
  return DomUtils.findAll((node) => node.tagName === 'tr', table.children).map((row) =>
    row.children
      .filter(isElement)
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .map(textOf),
  );
}

export function htmlToBlocks(html: string): ConvertedBody {
  const blocks: DocumentBlock[] = [];
  const warnings: string[] = [];
  const warnOnce = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const paragraphs = (text: string) => {
    for (const piece of splitText(text, blockLimits.paragraphChars))
      blocks.push({ kind: 'paragraph', text: piece });
  };

  const visit = (node: DomNode): void => {
    if (!isElement(node)) {
      if (node.type === 'text') {
        const text = cleanText(DomUtils.textContent(node));
        if (text) paragraphs(text);
      }
      return;
    }
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) {
      const text = textOf(node);
      if (!text) return;
      if (text.length <= blockLimits.headingChars) blocks.push({ kind: 'heading', text });
      else {
        warnOnce('A heading longer than 200 characters was kept as a paragraph.');
        paragraphs(text);
      }
      return;
    }
    if (tag === 'p') {
      const text = textOf(node);
      if (text) paragraphs(text);
      if (DomUtils.findOne((el) => el.tagName === 'img', node.children))
        warnOnce('Pictures were left out: a case file holds text only.');
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = listItems(node).flatMap((item) => splitText(item, blockLimits.listItemChars));
      for (const part of chunk(items, blockLimits.listItems)) blocks.push({ kind: 'list', items: part });
      return;
    }
    if (tag === 'table') {
      const rows = tableRows(node).filter((row) => row.some((cell) => cell !== ''));
      if (rows.length === 0) return;
      const width = Math.max(...rows.map((row) => row.length));
      if (width > blockLimits.tableColumns) {
        warnOnce(
          `A table with more than ${blockLimits.tableColumns} columns was kept as one paragraph a row.`,
        );
        for (const row of rows) paragraphs(row.filter(Boolean).join(' · '));
        return;
      }
      const [head, ...body] = rows as [string[], ...string[][]];
      const columns = Array.from({ length: width }, (_, index) => {
        const label = head[index] ?? '';
        return label ? label.slice(0, blockLimits.columnChars) : `Column ${index + 1}`;
      });
      const cells = (body.length > 0 ? body : [head]).map((row) =>
        Array.from({ length: width }, (_, index) => (row[index] ?? '').slice(0, blockLimits.cellChars)),
      );
      if (
        head.some((label) => label.length > blockLimits.columnChars) ||
        body.some((row) => row.some((c) => c.length > blockLimits.cellChars))
      )
        warnOnce('Some table cells were too long for the case format and were shortened.');
      for (const part of chunk(cells, blockLimits.tableRows))
        blocks.push({ kind: 'table', columns, rows: part });
      return;
    }
    if (tag === 'img') {
      warnOnce('Pictures were left out: a case file holds text only.');
      return;
    }
    if (tag === 'br') return;
    // Anything else (blockquote, div, a stray inline run): its children, in order.
    const inline = node.children.every(
      (child) =>
        !isElement(child) ||
        ['strong', 'em', 'a', 'sup', 'sub', 'span', 'u', 's', 'br'].includes(child.tagName),
    );
    if (inline) {
      const text = textOf(node);
      if (text) paragraphs(text);
    } else node.children.forEach(visit);
  };

  parseDocument(html).children.forEach(visit);
  if (blocks.length > blockLimits.blocks) {
    warnings.push(
      `The document has ${blocks.length} paragraphs, lists and tables; only the first ${blockLimits.blocks} were kept.`,
    );
    blocks.length = blockLimits.blocks;
  }
  return { blocks, warnings };
}
