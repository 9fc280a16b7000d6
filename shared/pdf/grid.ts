import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AnswerValue, RatingGridItem } from '../templates';
import { gridCell } from '../templates';
import { levelColour, notApplicableColour } from './colours';
import { colours, NOT_ANSWERED, tableLayout } from './styles';
import { wrappableText } from './text';

/** A rating grid (the RoSH grid) as a table, each cell's level in words and colour. */

export function gridTable(item: RatingGridItem, value: AnswerValue | undefined): Content {
  const header: TableCell[] = [
    { text: '', style: 'tableHeader', fillColor: colours.headerFill },
    ...item.columns.map((column) => ({
      text: column.label,
      style: 'tableHeader',
      fillColor: colours.headerFill,
    })),
  ];
  const body: TableCell[][] = [header];
  for (const row of item.rows) {
    const cells: TableCell[] = [{ text: wrappableText(row.label), style: 'cell', bold: true }];
    for (const column of item.columns) {
      if (row.columns && !row.columns.includes(column.id)) {
        cells.push({
          text: 'Not rated here',
          style: 'cell',
          italics: true,
          color: notApplicableColour.text,
          fillColor: notApplicableColour.fill,
        });
        continue;
      }
      const levelId = gridCell(value, row.id, column.id);
      const levelIndex = item.levels.findIndex((level) => level.id === levelId);
      const level = item.levels[levelIndex];
      if (!level) {
        cells.push({ text: NOT_ANSWERED, style: ['cell', 'notAnswered'] });
        continue;
      }
      const colour = levelColour(levelIndex, item.levels.length);
      cells.push({
        text: level.label,
        style: 'cell',
        bold: true,
        color: colour.text,
        fillColor: colour.fill,
      });
    }
    body.push(cells);
  }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...item.columns.map(() => 90)],
      body,
    },
    layout: tableLayout,
    margin: [0, 2, 0, 4],
  };
}

export function levelKey(item: RatingGridItem): Content {
  return {
    text: [
      { text: 'Levels, lowest first: ', bold: true },
      item.levels.map((level) => level.label).join(', '),
      '. Each cell prints its level in words; colour only repeats it.',
    ],
    style: ['small', 'muted'],
    margin: [0, 0, 0, 4],
  };
}
