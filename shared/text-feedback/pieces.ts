import type { AttemptAnswers } from '../templates/answers';
import type { Template, TemplateItem } from '../templates/schema';

/** One written answer (or one chosen option's label) and where it sits in the attempt. */
export interface TextPiece {
  templateId: string;
  sectionId: string;
  itemId: string;
  /** Set inside a repeating group: the row's id (the innermost row for a nested group). */
  rowId?: string;
  text: string;
  /** Words the trainee typed, or the label of an option they chose (plans say a lot through choices). */
  source: 'written' | 'chosen';
  /** Inside a row: the row's other answers, e.g. a contingency line's chosen role and timescale. */
  row?: Record<string, unknown>;
  /** For an evidence reference: the quoted document and words. */
  quotes?: { documentId: string; quote: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionLabels(item: TemplateItem, value: unknown): string[] {
  if (item.kind !== 'singleChoice' && item.kind !== 'multiChoice') return [];
  const options = 'options' in item && Array.isArray(item.options) ? item.options : [];
  const chosen = Array.isArray(value) ? value : [value];
  return options.filter((option) => chosen.includes(option.id)).map((option) => option.label);
}

function piecesOfItem(
  template: Template,
  sectionId: string,
  item: TemplateItem,
  value: unknown,
  out: TextPiece[],
  row?: { rowId: string; values: Record<string, unknown> },
): void {
  const at = {
    templateId: template.id,
    sectionId,
    itemId: item.id,
    ...(row ? { rowId: row.rowId, row: row.values } : {}),
  };
  if (
    (item.kind === 'shortText' || item.kind === 'longText') &&
    typeof value === 'string' &&
    value.trim() !== ''
  ) {
    out.push({ ...at, text: value, source: 'written' });
  } else if (item.kind === 'singleChoice' || item.kind === 'multiChoice') {
    for (const label of optionLabels(item, value)) out.push({ ...at, text: label, source: 'chosen' });
  } else if (item.kind === 'evidenceReference' && Array.isArray(value)) {
    const quotes = value
      .filter(isRecord)
      .flatMap((ref) =>
        typeof ref['documentId'] === 'string' && typeof ref['quote'] === 'string'
          ? [{ documentId: ref['documentId'], quote: ref['quote'] }]
          : [],
      );
    const notes = value
      .filter(isRecord)
      .map((ref) => ref['note'])
      .filter((note): note is string => typeof note === 'string' && note.trim() !== '');
    if (quotes.length > 0 || notes.length > 0)
      out.push({ ...at, text: notes.join('\n'), source: 'written', quotes });
  } else if (item.kind === 'repeatingGroup' && Array.isArray(value)) {
    for (const entry of value) {
      if (!isRecord(entry) || typeof entry['rowId'] !== 'string' || !isRecord(entry['values'])) continue;
      const values = entry['values'];
      for (const child of item.items) {
        piecesOfItem(template, sectionId, child as TemplateItem, values[child.id], out, {
          rowId: entry['rowId'],
          values,
        });
      }
    }
  }
}

/** Every written answer of an attempt, in template order, with where it sits. */
export function textPieces(templates: readonly Template[], answers: AttemptAnswers): TextPiece[] {
  const out: TextPiece[] = [];
  for (const template of templates) {
    const own = answers[template.id];
    if (!own) continue;
    for (const section of template.sections) {
      for (const item of section.items) piecesOfItem(template, section.id, item, own[item.id], out);
    }
  }
  return out;
}
