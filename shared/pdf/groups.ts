import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import type {
  AnswerableItem,
  AnswerValue,
  AnyItem,
  AnyRepeatingGroupItem,
  RepeatingGroupRow,
} from '../templates';
import { isAnswerable } from '../templates';
import { kindOf } from '../templates/kinds';
import { itemContent, valueText } from './answers';
import type { BuildContext } from './context';
import { keepWithStart } from './layout';
import { colours, NO_ANSWER, NOT_ANSWERED, tableLayout } from './styles';
import { paragraphs, wrappableText } from './text';

/** Repeating groups: a table when the rows are simple, otherwise a block per row. */

function answerableChildren(group: AnyRepeatingGroupItem): AnswerableItem[] {
  return (group.items as readonly AnyItem[]).filter(isAnswerable);
}

/** The column weight of a child printed as words in a cell, or null when it needs a layout of its own. */
function cellWeight(item: AnswerableItem): number | null {
  const print = kindOf(item).print(item);
  return print.form === 'text' || print.form === 'list' ? print.columnWeight : null;
}

/** Rows fit a table when they hold a few answers that each print as words in a cell. */
export function isTableFriendly(group: AnyRepeatingGroupItem): boolean {
  const answerable = answerableChildren(group);
  return (
    answerable.length > 0 && answerable.length <= 5 && answerable.every((child) => cellWeight(child) !== null)
  );
}

/** Percentage widths for a table with a narrow number column first. */
function columnWidths(items: readonly AnswerableItem[]): string[] {
  const numberColumn = 4;
  // Relative weights, so long answers get the room and dates or yes/no answers stay narrow.
  const weights = items.map((item) => cellWeight(item) ?? 1.4);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return [
    `${numberColumn}%`,
    ...weights.map((weight) => `${(((100 - numberColumn) * weight) / total).toFixed(2)}%`),
  ];
}

export function groupRows(value: AnswerValue | undefined): RepeatingGroupRow[] {
  return Array.isArray(value)
    ? (value as RepeatingGroupRow[]).filter((row) => typeof row?.rowId === 'string')
    : [];
}

/** One row per repeating-group entry, one column per visible child: plans, contingency lines, risk factors. */
export function groupTable(
  ctx: BuildContext,
  templateId: string,
  group: AnyRepeatingGroupItem,
  rows: RepeatingGroupRow[],
  outerPath: string[],
): Content {
  const columns = answerableChildren(group).filter((child) =>
    rows.some((row) => ctx.evaluation.visible(templateId, child.id, [...outerPath, row.rowId])),
  );
  const header: TableCell[] = [
    { text: '#', style: 'tableHeader', fillColor: colours.headerFill },
    ...columns.map((child) => ({ text: child.prompt, style: 'tableHeader', fillColor: colours.headerFill })),
  ];
  const body: TableCell[][] = [header];
  rows.forEach((row, index) => {
    const rowPath = [...outerPath, row.rowId];
    const cells: TableCell[] = [{ text: String(index + 1), style: 'cell' }];
    for (const child of columns) {
      if (!ctx.evaluation.visible(templateId, child.id, rowPath)) {
        cells.push({ text: 'Not asked', style: ['cell', 'muted'], italics: true });
        continue;
      }
      const text = valueText(ctx, templateId, child, row.values[child.id], rowPath);
      if (text === null) {
        const required = ctx.evaluation.required(templateId, child.id, rowPath);
        cells.push({
          text: required ? NOT_ANSWERED : '',
          style: required ? ['cell', 'notAnswered'] : 'cell',
        });
        continue;
      }
      const parts = paragraphs(text);
      cells.push(
        parts.length <= 1
          ? { text: wrappableText(text), style: 'cell' }
          : {
              stack: parts.map((part) => ({ text: wrappableText(part), margin: [0, 0, 0, 3] })),
              style: 'cell',
            },
      );
    }
    body.push(cells);
  });
  return {
    table: { headerRows: 1, widths: columnWidths(columns), body },
    layout: tableLayout,
    margin: [0, 2, 0, 6],
  } as ContentTable;
}

/**
 * A group whose rows hold more than a table row can (e.g. a sentence-plan objective with its actions): each
 * row is a heading, its simple answers as a two-column table (question, answer), then its nested content.
 */
export function groupBlocks(
  ctx: BuildContext,
  templateId: string,
  group: AnyRepeatingGroupItem,
  rows: RepeatingGroupRow[],
  outerPath: string[],
): Content[] {
  return rows.flatMap((row, index) => {
    const rowPath = [...outerPath, row.rowId];
    const content: Content[] = [];
    const pairs: TableCell[][] = [];
    const flushPairs = () => {
      if (pairs.length === 0) return;
      content.push({
        table: { widths: ['35%', '65%'], body: pairs.splice(0) },
        layout: tableLayout,
        margin: [0, 0, 0, 4],
      });
    };
    for (const child of answerableChildren(group)) {
      if (!ctx.evaluation.visible(templateId, child.id, rowPath)) continue;
      const value = row.values[child.id];
      const text = cellWeight(child) === null ? undefined : valueText(ctx, templateId, child, value, rowPath);
      if (text === undefined) {
        flushPairs();
        content.push(...itemContent(ctx, templateId, child, value, rowPath));
        continue;
      }
      const required = ctx.evaluation.required(templateId, child.id, rowPath);
      pairs.push([
        { text: wrappableText(child.prompt), style: 'cell', bold: true, fillColor: colours.headerFill },
        text === null
          ? {
              text: required ? NOT_ANSWERED : NO_ANSWER,
              style: required ? ['cell', 'notAnswered'] : ['cell', 'muted'],
            }
          : {
              stack: paragraphs(text).map((part) => ({ text: wrappableText(part), margin: [0, 0, 0, 2] })),
              style: 'cell',
            },
      ]);
    }
    flushPairs();
    return keepWithStart([{ text: `${group.rowLabel} ${index + 1}`, style: 'h3' }], content);
  });
}
