import type { Content } from 'pdfmake/interfaces';
import { assertNever } from '../assert-never';
import type { AnswerableItem, AnswerValue, EvidenceReference, Section, Template } from '../templates';
import { computedLabel, hasContent } from '../templates';
import { kindOf, type WordsContext } from '../templates/kinds';
import type { ComputedItem, RatingGridItem } from '../templates/schema';
import { levelColour } from './colours';
import type { BuildContext } from './context';
import { gridTable, levelKey } from './grid';
import { groupBlocks, groupRows, groupTable, isTableFriendly } from './groups';
import { documentLabel, keepWithStart, notAnswered, textBlocks, together } from './layout';
import { colours, tableLayout } from './styles';
import { cleanText, hasText, wrappableText } from './text';

/** An item's answer as printed: its prompt, then the answer in the layout its kind asks for. */

function wordsContext(
  ctx: BuildContext,
  templateId: string,
  itemId: string,
  rowPath: string[],
): WordsContext {
  return {
    optionLabel: (id) =>
      ctx.evaluation.options(templateId, itemId, rowPath).find((option) => option.id === id)?.label ?? id,
  };
}

/**
 * A value as one short line of text, for table cells and choices: the kind's own words for it. Null when
 * there is nothing to show.
 */
export function valueText(
  ctx: BuildContext,
  templateId: string,
  item: AnswerableItem,
  value: AnswerValue | undefined,
  rowPath: string[],
): string | null {
  if (!hasContent(value)) return null;
  const words = kindOf(item).words(item, value, wordsContext(ctx, templateId, item.id, rowPath));
  return words === null ? null : cleanText(words);
}

/** A computed value printed beside the grid it summarises, coloured like that grid's level when it is one. */
export function computedBlock(
  ctx: BuildContext,
  template: Template,
  section: Section,
  item: ComputedItem,
): Content[] {
  const value = ctx.evaluation.computed[template.id]?.[item.id];
  const label = computedLabel(item, value);
  const grid = section.items
    .map((candidate) => kindOf(candidate).print(candidate))
    .flatMap((print): RatingGridItem[] => (print.form === 'grid' ? [print.item] : []))
    .find((candidate) => candidate.levels.some((level) => level.id === value));
  if (grid && typeof value === 'string') {
    const index = grid.levels.findIndex((level) => level.id === value);
    const colour = levelColour(index, grid.levels.length);
    return [
      {
        table: {
          widths: ['*', 120],
          body: [
            [
              { text: item.prompt, bold: true, margin: [4, 4, 4, 4] },
              {
                text: label,
                bold: true,
                fontSize: 12,
                alignment: 'center',
                color: colour.text,
                fillColor: colour.fill,
                margin: [4, 3, 4, 3],
              },
            ],
          ],
        },
        layout: tableLayout,
        margin: [0, 8, 0, 4],
      },
    ];
  }
  return [
    { text: item.prompt, style: 'prompt' },
    { text: label, style: 'answer' },
  ];
}

// ---------------------------------------------------------------------------------------------- evidence

function quoteBlock(ctx: BuildContext, quote: string, documentId: string, note: string | undefined): Content {
  const inner: Content[] = [
    { text: wrappableText(`“${quote.trim()}”`), style: 'quote' },
    { text: `Source: ${documentLabel(ctx, documentId)}`, style: ['small', 'muted'], margin: [0, 2, 0, 0] },
  ];
  if (hasText(note)) inner.push({ text: wrappableText(`Note: ${note}`), margin: [0, 3, 0, 0] });
  return {
    table: { widths: ['*'], body: [[{ stack: inner, margin: [8, 3, 4, 3] }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index) => (index === 0 ? 3 : 0),
      vLineColor: () => colours.quoteBar,
      paddingLeft: () => 0,
    },
    margin: [6, 2, 0, 6],
  };
}

function linkedEvidence(ctx: BuildContext, templateId: string, itemId: string): Content[] {
  const links = ctx.input.attempt.evidence.filter(
    (link) => link.templateId === templateId && link.itemId === itemId,
  );
  if (links.length === 0) return [];
  return [
    { text: 'Evidence quoted', style: ['small', 'muted'], bold: true, margin: [6, 2, 0, 2] },
    ...links.map((link) => quoteBlock(ctx, link.quote, link.documentId, undefined)),
  ];
}

// ---------------------------------------------------------------------------------------------- items

export function itemContent(
  ctx: BuildContext,
  templateId: string,
  item: AnswerableItem,
  value: AnswerValue | undefined,
  rowPath: string[],
): Content[] {
  const prompt: Content = { text: wrappableText(item.prompt), style: 'prompt' };
  return keepWithStart([prompt], itemBody(ctx, templateId, item, value, rowPath));
}

function itemBody(
  ctx: BuildContext,
  templateId: string,
  item: AnswerableItem,
  value: AnswerValue | undefined,
  rowPath: string[],
): Content[] {
  const required = ctx.evaluation.required(templateId, item.id, rowPath);
  const evidence = rowPath.length === 0 ? linkedEvidence(ctx, templateId, item.id) : [];
  const print = kindOf(item).print(item);
  switch (print.form) {
    case 'grid':
      return [together([gridTable(print.item, value), levelKey(print.item)]), ...evidence];
    case 'rows': {
      const rows = groupRows(value);
      if (rows.length === 0) return [notAnswered(required), ...evidence];
      const body = isTableFriendly(print.item)
        ? [groupTable(ctx, templateId, print.item, rows, rowPath)]
        : groupBlocks(ctx, templateId, print.item, rows, rowPath);
      return [...body, ...evidence];
    }
    case 'quotes': {
      const references = Array.isArray(value) ? (value as EvidenceReference[]) : [];
      if (references.length === 0) return [notAnswered(required), ...evidence];
      return [
        ...references.map((reference) =>
          quoteBlock(ctx, reference.quote, reference.documentId, reference.note),
        ),
        ...evidence,
      ];
    }
    case 'list': {
      const entries = print.entries(value, wordsContext(ctx, templateId, item.id, rowPath));
      if (entries.length === 0) return [notAnswered(required), ...evidence];
      return [
        { ul: entries.map((entry) => ({ text: wrappableText(entry) })), margin: [0, 0, 0, 3] },
        ...evidence,
      ];
    }
    case 'text': {
      const text = valueText(ctx, templateId, item, value, rowPath);
      if (text === null) return [notAnswered(required), ...evidence];
      return [...textBlocks(text), ...evidence];
    }
    case 'computed':
    case 'none':
      // Answerable items are never computed or guidance; nothing to print if a kind says otherwise.
      return [];
    default:
      return assertNever(print, 'print form');
  }
}
