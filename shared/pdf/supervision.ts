import type { Content, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { followUpSummary } from '../supervision/record';
import { actionOutcomeLabels, reflectiveModels } from '../supervision/schema';
import type { AgreedAction, SupervisionRecord } from '../supervision/schema';
import { catalogueTemplate } from '../templates/catalogue';
import { formatIsoDate } from '../dates/format';
import type { Template } from '../templates/schema';
import { banner, colours, PDF_FONT, PRACTICE_BANNER, tableLayout } from './builder';
import type { PdfPageSize } from './options';
import { cleanText, paragraphs, wrappableText } from './text';

/**
 * A reflective supervision record as a PDF: what the session was (date, who, which attempts, agenda), the
 * reflection under each stage of the chosen model, what was said about particular items, the actions agreed
 * with owners and dates, and the follow-up of the previous session's actions. Pure like `buildAttemptPdf`,
 * whose colours, table layout and banner it shares; a fresh definition on every call (pdfmake mutates it).
 * Outcomes and "no date" are said in words, never by colour alone.
 */

export interface SupervisionPdfInput {
  record: SupervisionRecord;
  /** Used to name the templates and items the discussion notes are about; unknown ids print as ids. */
  templates: readonly Template[];
  pageSize?: PdfPageSize;
}

const styles: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 13, color: colours.muted, margin: [0, 0, 0, 14] },
  h1: { fontSize: 15, bold: true, margin: [0, 16, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
  intro: { color: colours.muted, margin: [0, 0, 0, 6] },
  muted: { color: colours.muted },
  answer: { margin: [0, 0, 0, 4] },
  none: { italics: true, color: colours.muted, margin: [0, 0, 0, 4] },
  tableHeader: { bold: true, fontSize: 9, fillColor: colours.headerFill },
  cell: { fontSize: 9 },
};

const NOTHING = 'Nothing recorded';

function textBlocks(value: string, empty = NOTHING): Content[] {
  const parts = paragraphs(value);
  if (parts.length === 0) return [{ text: empty, style: 'none' }];
  return parts.map((part) => ({ text: wrappableText(part), style: 'answer' }));
}

/** "Risk of serious harm analysis: Who is at risk?" for a discussion point. */
export function discussionTopic(
  templates: readonly Template[],
  templateId: string,
  itemId: string | undefined,
): string {
  const template = templates.find((candidate) => candidate.id === templateId);
  if (!template) return itemId ? `${templateId}: ${itemId}` : templateId;
  if (!itemId) return `${template.title} (the whole template)`;
  const entry = catalogueTemplate(template).items.get(itemId);
  const prompt = entry && 'prompt' in entry.item ? String(entry.item.prompt) : itemId;
  return `${template.title}: ${prompt}`;
}

export function dueLabel(dueDate: string | null): string {
  return dueDate === null ? 'No date set' : formatIsoDate(dueDate);
}

function headerCell(text: string): TableCell {
  return { text, style: 'tableHeader' };
}

function cell(value: string): TableCell {
  return { text: wrappableText(value), style: 'cell' };
}

function detailsTable(record: SupervisionRecord): Content {
  const model = reflectiveModels[record.model];
  const rows: TableCell[][] = [
    [headerCell('Date of session'), cell(formatIsoDate(record.date))],
    [headerCell('Who took part'), cell(cleanText(record.participants))],
    [headerCell('Reflective model'), cell(`${model.label}: ${model.summary}`)],
    [
      headerCell(record.attempts.length === 1 ? 'Attempt discussed' : 'Attempts discussed'),
      {
        ul: record.attempts.map((attempt) => ({ text: wrappableText(attempt.title), style: 'cell' })),
      } as TableCell,
    ],
  ];
  return { table: { widths: [120, '*'], body: rows }, layout: tableLayout, margin: [0, 0, 0, 8] };
}

function reflectionContent(record: SupervisionRecord): Content[] {
  const model = reflectiveModels[record.model];
  const content: Content[] = [
    { text: `Reflection (${model.label})`, style: 'h1', tocItem: false, outline: true } as Content,
  ];
  for (const stage of model.stages) {
    content.push({
      stack: [
        { text: stage.label, style: 'h3' },
        { text: stage.prompt, style: ['intro'] },
        ...textBlocks(record.reflection[stage.id] ?? '', 'Nothing written under this stage'),
      ],
    });
  }
  return content;
}

function discussionContent(record: SupervisionRecord, templates: readonly Template[]): Content[] {
  const content: Content[] = [{ text: 'What was discussed', style: 'h1', outline: true } as Content];
  if (record.discussion.length === 0) {
    content.push({ text: 'No discussion notes were recorded.', style: 'none' });
    return content;
  }
  for (const attempt of record.attempts) {
    const points = record.discussion.filter((point) => point.attemptId === attempt.attemptId);
    if (points.length === 0) continue;
    content.push({ text: wrappableText(attempt.title), style: 'h3', margin: [0, 10, 0, 2] } as Content);
    for (const point of points) {
      content.push({
        table: {
          widths: [3, '*'],
          body: [
            [
              { text: '', fillColor: colours.quoteBar },
              {
                stack: [
                  {
                    text: wrappableText(discussionTopic(templates, point.templateId, point.itemId)),
                    bold: true,
                    margin: [0, 0, 0, 2],
                  },
                  ...textBlocks(point.notes),
                ],
              },
            ],
          ],
        },
        layout: 'noBorders',
        margin: [0, 2, 0, 6],
        unbreakable: point.notes.length < 1200,
      } as Content);
    }
  }
  return content;
}

/** A heading (and its intro) kept on the same page as a short table, so it never ends a page alone. */
function keepHeadingWith(lead: Content[], table: Content, rows: number): Content[] {
  if (rows > 12) return [...lead, table];
  return [{ stack: [...lead, table], unbreakable: true } as Content];
}

function actionRows(actions: readonly AgreedAction[], carriedFrom: (id: string) => string | null) {
  return actions.map((action, index): TableCell[] => {
    const origin = action.carriedFrom ? carriedFrom(action.carriedFrom) : null;
    return [
      cell(String(index + 1)),
      {
        stack: [
          { text: wrappableText(action.text), style: 'cell' },
          ...(origin ? [{ text: origin, style: ['cell', 'muted'], italics: true }] : []),
        ],
      } as TableCell,
      cell(cleanText(action.owner)),
      cell(dueLabel(action.dueDate)),
    ];
  });
}

function actionsContent(record: SupervisionRecord): Content[] {
  const content: Content[] = [{ text: 'Actions agreed', style: 'h1', outline: true } as Content];
  if (record.actions.length === 0) {
    content.push({ text: 'No actions were agreed.', style: 'none' });
    return content;
  }
  const previousDate = record.followUp ? formatIsoDate(record.followUp.previousDate) : null;
  const carriedFrom = () =>
    previousDate ? `Carried on from the session on ${previousDate}` : 'Carried on from an earlier session';
  return keepHeadingWith(
    content,
    {
      table: {
        headerRows: 1,
        widths: [24, '*', 110, 70],
        body: [
          [headerCell('No.'), headerCell('Action'), headerCell('Who'), headerCell('Due by')],
          ...actionRows(record.actions, carriedFrom),
        ],
      },
      layout: tableLayout,
    },
    record.actions.length,
  );
}

function followUpContent(record: SupervisionRecord): Content[] {
  const followUp = record.followUp;
  if (!followUp) return [];
  const summary = followUpSummary(record)!;
  const previous = formatIsoDate(followUp.previousDate);
  const content: Content[] = [
    {
      text: `Follow-up of the session on ${previous}`,
      style: 'h1',
      outline: true,
    } as Content,
  ];
  if (summary.total === 0) {
    content.push({ text: 'No actions were agreed at that session.', style: 'none' });
    return content;
  }
  const counts = [
    `${summary.done} done`,
    `${summary.partly} partly done`,
    `${summary.notDone} not done`,
    ...(summary.noLongerNeeded > 0 ? [`${summary.noLongerNeeded} no longer needed`] : []),
    ...(summary.notYetReviewed > 0 ? [`${summary.notYetReviewed} not yet followed up`] : []),
  ];
  content.push({
    text: `${summary.total} ${summary.total === 1 ? 'action' : 'actions'} from that session: ${counts.join(', ')}.`,
    style: 'intro',
  });
  return keepHeadingWith(
    content,
    {
      table: {
        headerRows: 1,
        widths: ['*', 90, 62, 80, '*'],
        body: [
          [
            headerCell('Action'),
            headerCell('Who'),
            headerCell('Was due'),
            headerCell('What happened'),
            headerCell('Note'),
          ],
          ...followUp.actions.map((entry): TableCell[] => [
            cell(entry.action.text),
            cell(cleanText(entry.action.owner)),
            cell(dueLabel(entry.action.dueDate)),
            {
              text: entry.outcome ? actionOutcomeLabels[entry.outcome] : 'Not yet followed up',
              style: 'cell',
              bold: true,
              ...(entry.outcome ? {} : { italics: true, color: colours.notAnswered }),
            },
            cell(entry.note.trim() ? entry.note : '—'),
          ]),
        ],
      },
      layout: tableLayout,
    },
    followUp.actions.length,
  );
}

export function supervisionTitle(record: SupervisionRecord): string {
  return `Supervision on ${formatIsoDate(record.date)}`;
}

export function buildSupervisionPdf(input: SupervisionPdfInput): TDocumentDefinitions {
  const { record } = input;
  const title = supervisionTitle(record);
  const content: Content[] = [
    banner(),
    { text: 'Reflective supervision record', style: 'title' },
    { text: title, style: 'subtitle' },
    detailsTable(record),
    { text: 'Agenda', style: 'h1', outline: true } as Content,
    ...textBlocks(record.agenda, 'No agenda was recorded.'),
    ...followUpContent(record),
    ...reflectionContent(record),
    ...discussionContent(record, input.templates),
    ...actionsContent(record),
  ];
  const fixedDate = new Date(record.updatedAt);
  return {
    pageSize: input.pageSize ?? 'A4',
    pageMargins: [48, 52, 48, 50],
    language: 'en-GB',
    displayTitle: true,
    info: {
      title: `Reflective supervision record: ${title}`,
      author: cleanText(record.participants).slice(0, 200),
      subject: 'Reflective supervision on practice attempts at fictional cases. Not for operational use.',
      keywords: 'Casework Practice, supervision, reflective practice',
      creator: 'Casework Practice',
      producer: 'Casework Practice (pdfmake)',
      creationDate: fixedDate,
      modDate: fixedDate,
    },
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: `Reflective supervision: ${title}`, width: '*' },
              { text: 'Practice - fictional case', width: 'auto', alignment: 'right' },
            ],
            fontSize: 8,
            color: colours.muted,
            margin: [48, 22, 48, 0],
          },
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: PRACTICE_BANNER, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
      fontSize: 8,
      color: colours.muted,
      margin: [48, 14, 48, 0],
    }),
    content,
    styles,
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2, color: colours.text },
  };
}
