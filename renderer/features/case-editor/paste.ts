import type { DocumentBlock } from '@shared/cases';

/**
 * Pasted text as case-file blocks, as a reader would see its shape:
 * - a blank line separates blocks;
 * - lines starting with a bullet (-, *, •, –) or a number ("1." or "1)") make a list;
 * - lines with tabs between cells (a table copied from Word or a spreadsheet) make a table, the first line
 *   giving the columns;
 * - two or more "Label: value" lines together make labelled details, as at the top of a form;
 * - a short line on its own, without closing punctuation and followed by more text, is a heading;
 * - everything else is paragraphs: each line one paragraph, except that a line which stops mid-sentence
 *   (no closing punctuation, the next starting in lower case) runs on, as text copied from a PDF does.
 */

const bullet = /^\s*(?:[-*•–—]|\d{1,3}[.)]|[a-z][.)])\s+/;
const fieldLine = /^([A-Z][^:]{0,39}):\s+(\S.*)$/;
const closes = /[.!?:;,)"’”]$/;

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

function paragraphsOf(lines: string[]): DocumentBlock[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    if (last >= 0 && !closes.test(paragraphs[last]!) && /^[a-z]/.test(line))
      paragraphs[last] = `${paragraphs[last]} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs.map((text) => ({ kind: 'paragraph', text }));
}

function tableOf(lines: string[]): DocumentBlock {
  const cells = lines.map((line) => line.split('\t').map(clean));
  const width = Math.max(...cells.map((row) => row.length));
  const [head, ...body] = cells as [string[], ...string[][]];
  const pad = (row: string[]) => Array.from({ length: width }, (_, index) => row[index] ?? '');
  return {
    kind: 'table',
    columns: pad(head).map((label, index) => label || `Column ${index + 1}`),
    rows: (body.length > 0 ? body : [head]).map(pad),
  };
}

/** One run of non-blank lines, split where its kind of line changes. */
function blocksOfChunk(lines: string[], isLastChunk: boolean): DocumentBlock[] {
  if (lines.length === 1) {
    const line = clean(lines[0]!);
    if (!isLastChunk && line.length <= 80 && !closes.test(line) && !bullet.test(line))
      return [{ kind: 'heading', text: line }];
  }
  if (lines.length >= 2 && lines.every((line) => line.includes('\t'))) return [tableOf(lines)];
  if (lines.length >= 2 && lines.every((line) => fieldLine.test(clean(line)))) {
    return [
      {
        kind: 'fields',
        entries: lines.map((line) => {
          const [, label, value] = fieldLine.exec(clean(line))!;
          return { label: label!.trim(), value: value!.trim() };
        }),
      },
    ];
  }
  const blocks: DocumentBlock[] = [];
  let run: string[] = [];
  let runIsList = false;
  const flush = () => {
    if (run.length === 0) return;
    if (runIsList) blocks.push({ kind: 'list', items: run });
    else blocks.push(...paragraphsOf(run));
    run = [];
  };
  for (const raw of lines) {
    const isItem = bullet.test(raw);
    const line = clean(isItem ? raw.replace(bullet, '') : raw);
    if (!line) continue;
    if (isItem !== runIsList) flush();
    runIsList = isItem;
    run.push(line);
  }
  flush();
  return blocks;
}

export function textToBlocks(text: string): DocumentBlock[] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (clean(line) === '') {
      if (current.length > 0) chunks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) chunks.push(current);
  return chunks.flatMap((chunk, index) => blocksOfChunk(chunk, index === chunks.length - 1));
}

/** A body as plain text again, so a tutor can see and rework what they pasted (tables keep their tabs). */
export function blocksToText(blocks: readonly DocumentBlock[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
        case 'note':
          return block.text;
        case 'list':
          return block.items.map((item) => `- ${item}`).join('\n');
        case 'fields':
          return block.entries.map((entry) => `${entry.label}: ${entry.value}`).join('\n');
        case 'table':
          return [block.columns, ...block.rows].map((row) => row.join('\t')).join('\n');
        case 'dialogue':
          return block.turns.map((turn) => `${turn.speaker}: ${turn.text}`).join('\n');
      }
    })
    .join('\n\n');
}
