import type { CaseDocument, DocumentBlock } from '@shared/cases';
import { assertNever } from '@shared/assert-never';

/**
 * A document laid out as the reader shows it: blocks made of passages (a paragraph, a list item, a table
 * row, one turn of an interview), each a unit the trainee can quote with one button, and each made of
 * segments (the runs of text on screen) that search highlights. Segment ids are stable for a given
 * document, so a search match can say exactly where it is.
 */

export interface Segment {
  id: string;
  text: string;
}

export interface Passage {
  id: string;
  /** The words a "quote this" button attaches: what a practitioner would copy into their notes. */
  quote: string;
  segments: Segment[];
}

export type LaidOutBlock =
  | { kind: 'heading'; passage: Passage }
  | { kind: 'paragraph'; passage: Passage }
  | { kind: 'note'; passage: Passage }
  | { kind: 'list'; items: Passage[] }
  | { kind: 'fields'; entries: Array<{ passage: Passage; label: Segment; value: Segment }> }
  | {
      kind: 'table';
      caption: Segment | null;
      columns: Segment[];
      rows: Array<{ passage: Passage; cells: Segment[] }>;
    }
  | {
      kind: 'dialogue';
      turns: Array<{
        passage: Passage;
        speaker: Segment;
        text: Segment;
        role: 'practitioner' | 'person' | 'other';
      }>;
    };

function single(id: string, text: string): Passage {
  return { id, quote: text, segments: [{ id, text }] };
}

function layOutBlock(block: DocumentBlock, b: number): LaidOutBlock {
  const base = `b${b}`;
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return { kind: block.kind, passage: single(base, block.text) };
    case 'list':
      return { kind: 'list', items: block.items.map((item, i) => single(`${base}.i${i}`, item)) };
    case 'fields':
      return {
        kind: 'fields',
        entries: block.entries.map((entry, i) => {
          const label = { id: `${base}.f${i}.l`, text: entry.label };
          const value = { id: `${base}.f${i}.v`, text: entry.value };
          return {
            label,
            value,
            passage: {
              id: `${base}.f${i}`,
              quote: `${entry.label}: ${entry.value}`,
              segments: [label, value],
            },
          };
        }),
      };
    case 'table': {
      const columns = block.columns.map((text, c) => ({ id: `${base}.h${c}`, text }));
      return {
        kind: 'table',
        caption: block.caption ? { id: `${base}.cap`, text: block.caption } : null,
        columns,
        rows: block.rows.map((row, r) => {
          const cells = row.map((text, c) => ({ id: `${base}.r${r}.c${c}`, text }));
          // A row is quoted with its column names so the quote still reads on its own in a PDF.
          const quote = row
            .map((text, c) =>
              text.trim() === '' ? null : `${block.columns[c] ?? ''}: ${text}`.replace(/^: /, ''),
            )
            .filter((part): part is string => part !== null)
            .join('; ');
          return { cells, passage: { id: `${base}.r${r}`, quote, segments: cells } };
        }),
      };
    }
    case 'dialogue':
      return {
        kind: 'dialogue',
        turns: block.turns.map((turn, t) => {
          const speaker = { id: `${base}.t${t}.s`, text: turn.speaker };
          const text = { id: `${base}.t${t}.x`, text: turn.text };
          return {
            speaker,
            text,
            role: turn.role,
            passage: {
              id: `${base}.t${t}`,
              quote: `${turn.speaker}: ${turn.text}`,
              segments: [speaker, text],
            },
          };
        }),
      };
    default:
      return assertNever(block, 'document block');
  }
}

const laidOut = new WeakMap<CaseDocument, LaidOutBlock[]>();

/** Lays out a document once; the case library is immutable, so the result is cached per document. */
export function layOutDocument(document: CaseDocument): LaidOutBlock[] {
  const cached = laidOut.get(document);
  if (cached) return cached;
  const blocks = document.body.map(layOutBlock);
  laidOut.set(document, blocks);
  return blocks;
}

/** Every segment of a document in reading order (what search walks). */
export function segmentsOf(document: CaseDocument): Segment[] {
  const out: Segment[] = [];
  for (const block of layOutDocument(document)) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'note':
        out.push(...block.passage.segments);
        break;
      case 'list':
        for (const item of block.items) out.push(...item.segments);
        break;
      case 'fields':
        for (const entry of block.entries) out.push(entry.label, entry.value);
        break;
      case 'table':
        if (block.caption) out.push(block.caption);
        out.push(...block.columns);
        for (const row of block.rows) out.push(...row.cells);
        break;
      case 'dialogue':
        for (const turn of block.turns) out.push(turn.speaker, turn.text);
        break;
      default:
        return assertNever(block, 'document block');
    }
  }
  return out;
}
