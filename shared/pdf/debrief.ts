import type {
  CanvasElement,
  Content,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { roshLevelIds } from '../cases/schema';
import type { CaseDebrief, DebriefRatingRow } from '../cohort/aggregate';
import { formatDate } from '../dates/format';
import { groupWords, levelWords } from './case-info';
import { levelColour } from './colours';
import { banner, colours, footer, header, PDF_FONT, tableLayout } from './builder';
import { cleanText, wrappableText } from './text';

/**
 * A case debrief for group supervision as a PDF: the class's ratings for each group against the defensible
 * range (a bar chart and the same counts as a table), the questions raised most often, the evidence referred
 * to and the decisions made. Pure like the other builders; what it prints is exactly the debrief it is
 * given, so an anonymised debrief (labels only) prints no name. Colour is never the only signal: every bar's
 * count and whether its level is in the range are printed in words.
 */
export interface DebriefPdfInput {
  debrief: CaseDebrief;
  /** When it was made: printed, and the PDF's fixed dates. */
  madeAt: string;
}

const styles: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 13, color: colours.muted, margin: [0, 0, 0, 12] },
  h1: { fontSize: 15, bold: true, margin: [0, 16, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  intro: { color: colours.muted, margin: [0, 0, 0, 6] },
  muted: { color: colours.muted },
  tableHeader: { bold: true, fontSize: 9, fillColor: colours.headerFill },
  cell: { fontSize: 9 },
  none: { italics: true, color: colours.muted, margin: [0, 0, 0, 4] },
};

const level = (id: string) => levelWords[id] ?? id;
const groupName = (row: Pick<DebriefRatingRow, 'group' | 'setting'>) =>
  `${groupWords[row.group] ?? row.group}, ${row.setting === 'custody' ? 'in custody' : 'in the community'}`;
const rangeText = (from: string, to: string) =>
  from === to ? level(from) : `${level(from)} to ${level(to)}`;
const trainees = (n: number) => `${n} ${n === 1 ? 'trainee' : 'trainees'}`;

const head = (text: string): TableCell => ({ text, style: 'tableHeader' });
const cell = (text: string): TableCell => ({ text: wrappableText(cleanText(text)), style: 'cell' });

function table(widths: Array<string | number>, header: string[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [header.map(head), ...rows], dontBreakRows: true },
    layout: tableLayout,
    margin: [0, 2, 0, 8],
  };
}

const BAR_HEIGHT = 12;
const BAR_MAX = 300;

/** One horizontal bar per level, its length the share of the class; the range's levels outlined. */
function chart(row: DebriefRatingRow, total: number): Content {
  return {
    stack: row.levels.map((entry) => {
      const width = total > 0 ? Math.max(entry.count > 0 ? 2 : 0, (entry.count / total) * BAR_MAX) : 0;
      const colour = levelColour(roshLevelIds.indexOf(entry.level), roshLevelIds.length);
      const canvas: CanvasElement[] = [
        {
          type: 'rect',
          x: 0,
          y: 0,
          w: BAR_MAX,
          h: BAR_HEIGHT,
          lineColor: entry.inRange ? colours.text : colours.rule,
          lineWidth: entry.inRange ? 1.5 : 0.5,
        },
      ];
      if (width > 0) canvas.push({ type: 'rect', x: 0, y: 0, w: width, h: BAR_HEIGHT, color: colour.fill });
      return {
        columns: [
          {
            width: 120,
            text: `${level(entry.level)}: ${entry.count}${entry.inRange ? ' (in range)' : ''}`,
            fontSize: 9,
          },
          { width: BAR_MAX + 4, canvas },
        ],
        columnGap: 8,
        margin: [0, 0, 0, 4],
      };
    }),
    margin: [0, 4, 0, 6],
  };
}

function ratingsContent(debrief: CaseDebrief): Content[] {
  const content: Content[] = [
    { text: 'Ratings against the defensible range', style: 'h1', outline: true } as Content,
    {
      text: 'How many trainees gave each level, for each group and setting. The defensible range comes from the case’s tutor notes; a bar in the range is outlined and marked “in range”.',
      style: 'intro',
    },
  ];
  const counted = debrief.participants.length - debrief.pending;
  for (const row of debrief.ratings) {
    const after = row.after
      ? ` After “${row.after.documentTitle}”: ${rangeText(row.after.from, row.after.to)} (a trainee with it in the file is judged against that).`
      : '';
    content.push({
      stack: [
        { text: groupName(row), style: 'h2' },
        { text: `Defensible range: ${rangeText(row.from, row.to)}.${after}`, style: 'muted' },
        chart(row, counted),
        table(
          [70, 60, '*'],
          ['Level', 'Trainees', 'Who'],
          [
            ...row.levels.map((entry) => [
              cell(`${level(entry.level)}${entry.inRange ? ' (in range)' : ''}`),
              cell(String(entry.count)),
              cell(entry.who.join(', ') || '-'),
            ]),
            ...(row.notRated.length > 0
              ? [[cell('Not rated'), cell(String(row.notRated.length)), cell(row.notRated.join(', '))]]
              : []),
          ],
        ),
        {
          text: `Below the range: ${row.below}. Within it: ${row.within}. Above it: ${row.above}.`,
          fontSize: 9,
          margin: [0, 0, 0, 4],
        },
      ],
      unbreakable: true,
    } as Content);
  }
  return content;
}

function listContent(
  title: string,
  intro: string,
  empty: string,
  header: string[],
  rows: TableCell[][],
  widths: Array<string | number>,
): Content[] {
  return [
    { text: title, style: 'h1', outline: true } as Content,
    { text: intro, style: 'intro' },
    rows.length > 0 ? table(widths, header, rows) : { text: empty, style: 'none' },
  ];
}

/** Three trainees to a row, so a class of thirty fits above the first chart. */
function participantRows(who: CaseDebrief['participants']): TableCell[][] {
  const rows: TableCell[][] = [];
  for (let i = 0; i < who.length; i += 3) {
    const row: TableCell[] = [];
    for (const p of who.slice(i, i + 3))
      row.push(cell(p.label), cell(p.status === 'finished' ? 'Finished' : 'In progress'));
    while (row.length < 6) row.push(cell(''));
    rows.push(row);
  }
  return rows;
}

export function buildDebriefPdf(input: DebriefPdfInput): TDocumentDefinitions {
  const { debrief } = input;
  const madeAt = new Date(input.madeAt);
  const who = debrief.participants;
  const content: Content[] = [
    banner(),
    { text: `Debrief: ${cleanText(debrief.caseTitle)}`, style: 'title' },
    {
      text: `${trainees(who.length)}, ${debrief.anonymised ? 'anonymised (Trainee A, B…)' : 'with names'}. Made on ${formatDate(madeAt)}.`,
      style: 'subtitle',
    },
    table(
      ['*', 60, '*', 60, '*', 60],
      ['Trainee', 'Status', 'Trainee', 'Status', 'Trainee', 'Status'],
      participantRows(who),
    ),
  ];
  if (debrief.pending > 0)
    content.push({
      text: `${trainees(debrief.pending)} could not be counted (their work could not be read).`,
      style: 'none',
    });
  content.push(...ratingsContent(debrief));
  content.push(
    ...listContent(
      'Questions raised most often',
      'The app’s quality questions that spoke about each trainee’s work, and for how many trainees.',
      'No quality question spoke about anyone’s work.',
      ['Question', 'Trainees', 'Who'],
      debrief.questions.map((q) => [cell(q.message), cell(String(q.count)), cell(q.who.join(', '))]),
      ['*', 50, 120],
    ),
  );
  content.push(
    ...listContent(
      'Key evidence referred to',
      'The facts the case says a sound analysis would weigh, and how many trainees’ writing refers to each.',
      'This case names no key evidence.',
      ['Evidence', 'Trainees', 'Who'],
      debrief.keyEvidence.map((e) => [cell(e.label), cell(String(e.count)), cell(e.who.join(', ') || '-')]),
      ['*', 50, 120],
    ),
  );
  content.push(
    ...listContent(
      'Documents quoted as evidence',
      'Case-file documents trainees quoted beside their answers, and by how many.',
      'No one quoted a document as evidence.',
      ['Document', 'Trainees'],
      debrief.documentsCited.map((d) => [cell(d.title), cell(String(d.count))]),
      ['*', 50],
    ),
  );
  content.push({ text: 'Decisions made', style: 'h1', outline: true } as Content);
  if (debrief.decisions.length === 0)
    content.push({ text: 'No decision was recorded in the work.', style: 'none' });
  for (const decision of debrief.decisions)
    content.push({
      stack: [
        { text: decision.title, style: 'h2' },
        table(
          ['*', 50, 120],
          ['Decision', 'Trainees', 'Who'],
          decision.options.map((o) => [cell(o.label), cell(String(o.count)), cell(o.who.join(', '))]),
        ),
      ],
      unbreakable: true,
    } as Content);
  if (debrief.interview)
    content.push(
      ...listContent(
        'Interview: key questions asked',
        `The case’s interview has ${debrief.interview.of} key questions.`,
        'No one held the interview.',
        ['Trainee', 'Key questions asked'],
        debrief.interview.asked.map((a) => [cell(a.label), cell(`${a.asked} of ${debrief.interview!.of}`)]),
        ['*', 120],
      ),
    );
  const title = `Debrief: ${cleanText(debrief.caseTitle)}`;
  return {
    pageSize: 'A4',
    pageMargins: [48, 52, 48, 50],
    language: 'en-GB',
    displayTitle: true,
    info: {
      title,
      subject: 'A group debrief of practice attempts at a fictional case. Not for operational use.',
      keywords: 'Casework Practice, debrief, group supervision',
      creator: 'Casework Practice',
      producer: 'Casework Practice (pdfmake)',
      creationDate: madeAt,
      modDate: madeAt,
    },
    header: header(title),
    footer: footer(),
    content,
    styles,
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2, color: colours.text },
  };
}
