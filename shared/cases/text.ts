import type { CaseDocument, DocumentBlock } from './schema';
import { assertNever } from '../assert-never';

/**
 * Plain text of case-file documents, for searching within the case file and for checks that a document is
 * not empty. Dialogue turns keep their speaker so a search for "PO:" or a name finds them.
 */
export function blockPlainText(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'fields':
      return block.entries.map((entry) => `${entry.label}: ${entry.value}`).join('\n');
    case 'table':
      return [block.caption ?? '', block.columns.join(' | '), ...block.rows.map((row) => row.join(' | '))]
        .filter((line) => line !== '')
        .join('\n');
    case 'dialogue':
      return block.turns.map((turn) => `${turn.speaker}: ${turn.text}`).join('\n');
    default:
      return assertNever(block, 'document block');
  }
}

export function documentPlainText(doc: CaseDocument): string {
  return [doc.title, ...doc.body.map(blockPlainText)].join('\n\n');
}
