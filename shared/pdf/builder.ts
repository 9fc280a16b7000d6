import type {
  Content,
  ContentTable,
  DynamicContent,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { Attempt } from '../model/attempt';
import type { JsonValue } from '../model/json';
import { ownLabel } from '../model/own-key';
import type { QualityRule, RuleResult } from '../rules/schema';
import type {
  AnswerValue,
  AttemptEvaluation,
  AnswerableItem,
  AnyItem,
  AnyRepeatingGroupItem,
  EvidenceReference,
  RatingGridItem,
  RepeatingGroupRow,
  Section,
  Template,
} from '../templates';
import {
  computedLabel,
  evaluateAttempt,
  formatIsoDate,
  gridCell,
  hasContent,
  isAnswerable,
  yesNoUnknownLabels,
} from '../templates';
import { levelColour, notApplicableColour } from './colours';
import type { PdfExportOptions, PdfExportOptionsInput } from './options';
import { resolvePdfOptions } from './options';
import { cleanText, hasText, paragraphs, wrappableText } from './text';

/**
 * The attempt as a pdfmake document definition: pure (data in, definition out), and a fresh object on
 * every call because pdfmake mutates what it is given.
 *
 * Reading order is the document order: cover, contents, each template's visible sections with prompts
 * followed by answers, the quality-feedback summary, then the tutor notes. Nothing is drawn as an image;
 * user text only ever goes into text nodes.
 */

/** The font family the host registers (`electron/host/pdf/render.ts`). */
export const PDF_FONT = 'DejaVuSans';

export const PRACTICE_BANNER = 'Practice - fictional case - not for operational use';

export interface PdfCaseDocument {
  id: string;
  title: string;
}

export interface PdfTutorNote {
  title?: string;
  text: string;
}

/** What the PDF needs from a case in the library (kept small so the builder does not depend on its shape). */
export interface PdfCaseInfo {
  id: string;
  title: string;
  /** One or two sentences about the case, for the cover. */
  summary?: string;
  documents: readonly PdfCaseDocument[];
  tutorNotes: readonly PdfTutorNote[];
  /** Said instead of the notes when they are held back (e.g. the attempt is not finished). */
  tutorNotesWithheld?: string | undefined;
  facts: Record<string, JsonValue>;
  rules?: readonly QualityRule[];
}

export interface AttemptPdfInput {
  attempt: Attempt;
  /** The definitions of the attempt's templates (any order; unknown ids are reported on the cover). */
  templates: readonly Template[];
  traineeName: string;
  caseInfo: PdfCaseInfo | null;
  options?: PdfExportOptionsInput;
  /** Printed after an item's answer, e.g. a tutor's comments in the review PDF (shared/pdf/review.ts). */
  afterItem?: (templateId: string, itemId: string) => Content[];
}

export const colours = {
  text: '#1b1b1b',
  muted: '#505a5f',
  rule: '#b1b4b6',
  headerFill: '#f3f2f1',
  banner: '#1d3b5c',
  notAnswered: '#8c1c13',
  quoteBar: '#1d70b8',
};

const styles: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 13, color: colours.muted, margin: [0, 0, 0, 18] },
  h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 13, bold: true, margin: [0, 16, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
  intro: { color: colours.muted, margin: [0, 0, 0, 8] },
  prompt: { bold: true, margin: [0, 9, 0, 2] },
  answer: { margin: [0, 0, 0, 3] },
  notAnswered: { italics: true, bold: true, color: colours.notAnswered },
  muted: { color: colours.muted },
  small: { fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 9 },
  cell: { fontSize: 9 },
  quote: { italics: true },
  status: { fontSize: 9, color: colours.muted, margin: [0, 0, 0, 4] },
};

const NOT_ANSWERED = 'Not answered';
const NO_ANSWER = 'No answer given';

/** dd/mm/yyyy of an ISO instant, as a calendar date in the UK. */
export function ukDate(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/** "2 hours 5 minutes", "45 minutes", "less than a minute". */
export function durationLabel(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'less than a minute' : 'not recorded';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) return part(rest, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}

const statusLabels: Record<Attempt['status'], string> = {
  'in-progress': 'In progress',
  finished: 'Finished',
};
const sectionStatusLabels = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  'has-questions': 'Complete, with questions to reflect on',
} as const;

interface BuildContext {
  input: AttemptPdfInput;
  options: PdfExportOptions;
  evaluation: AttemptEvaluation;
  documentTitles: Map<string, string>;
  templates: Template[];
}

// ---------------------------------------------------------------------------------------------- text

/** Answer text as one node per paragraph, so a prompt can be kept with the first paragraph only. */
function textBlocks(value: string): Content[] {
  return paragraphs(value).map((part) => ({
    text: wrappableText(part),
    style: 'answer',
    margin: [0, 0, 0, 5],
  }));
}

// ---------------------------------------------------------------------------------------------- keeping together

/**
 * Headings and prompts stay with what follows them by being wrapped, with the start of what follows, in an
 * unbreakable stack. (pdfmake's pageBreakBefore hook does the same but lays the whole document out again for
 * every break it adds: seven passes for a 26-page export.) Only blocks that surely fit on a page are wrapped.
 */
const KEEP_LIMIT_CHARS = 1000;

/** Characters of printed text in a node: a cheap stand-in for its height. */
function printedLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + printedLength(child), 0);
  if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    let total = 0;
    for (const key of ['text', 'stack', 'ul', 'table', 'body']) if (key in n) total += printedLength(n[key]);
    // Table rows and list items take room beyond their letters.
    if (Array.isArray(n['body'])) total += (n['body'] as unknown[]).length * 60;
    if (Array.isArray(n['ul'])) total += (n['ul'] as unknown[]).length * 30;
    return total;
  }
  return 0;
}

const together = (nodes: Content[]): Content => ({ stack: nodes, unbreakable: true }) as Content;

/** `lead` kept with the first block of `rest` when that block surely fits on a page with it. */
function keepWithStart(lead: Content[], rest: Content[]): Content[] {
  const first = rest[0];
  if (first === undefined) return [together(lead)];
  if (printedLength(lead) + printedLength(first) > KEEP_LIMIT_CHARS) return [together(lead), ...rest];
  return [together([...lead, first]), ...rest.slice(1)];
}

function notAnswered(required: boolean): Content {
  return required
    ? { text: NOT_ANSWERED, style: 'notAnswered', margin: [0, 0, 0, 3] }
    : { text: NO_ANSWER, style: 'muted', italics: true, margin: [0, 0, 0, 3] };
}

function documentLabel(ctx: BuildContext, documentId: string): string {
  const title = ctx.documentTitles.get(documentId);
  return title ? `${title} (${documentId})` : documentId;
}

// -------------------------------------------------------------------------------------------- values

function optionLabel(
  ctx: BuildContext,
  templateId: string,
  itemId: string,
  rowPath: string[],
  id: string,
): string {
  const offered = ctx.evaluation.options(templateId, itemId, rowPath);
  return offered.find((option) => option.id === id)?.label ?? id;
}

/** A value as one short line of text, for table cells and choices. Null when there is nothing to show. */
function valueText(
  ctx: BuildContext,
  templateId: string,
  item: AnswerableItem,
  value: AnswerValue | undefined,
  rowPath: string[],
): string | null {
  if (!hasContent(value)) return null;
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return typeof value === 'string' ? cleanText(value) : null;
    case 'singleChoice':
      return typeof value === 'string' ? optionLabel(ctx, templateId, item.id, rowPath, value) : null;
    case 'multiChoice':
      return Array.isArray(value)
        ? (value as string[]).map((id) => optionLabel(ctx, templateId, item.id, rowPath, id)).join('; ')
        : null;
    case 'yesNoUnknown':
      return typeof value === 'string' ? (ownLabel(yesNoUnknownLabels, value) ?? null) : null;
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value) : null;
    case 'number':
      return typeof value === 'number' ? `${value}${item.unit ? ` ${item.unit}` : ''}` : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------- grid

function gridTable(item: RatingGridItem, value: AnswerValue | undefined): Content {
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

function levelKey(item: RatingGridItem): Content {
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

/** A computed value printed beside the grid it summarises, coloured like that grid's level when it is one. */
function computedBlock(ctx: BuildContext, template: Template, section: Section, item: AnyItem): Content[] {
  if (item.kind !== 'computed') return [];
  const value = ctx.evaluation.computed[template.id]?.[item.id];
  const label = computedLabel(item, value);
  const grid = section.items.find(
    (candidate): candidate is RatingGridItem =>
      candidate.kind === 'ratingGrid' && candidate.levels.some((level) => level.id === value),
  );
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

// ---------------------------------------------------------------------------------------------- groups

export const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function answerableChildren(group: AnyRepeatingGroupItem): AnswerableItem[] {
  return (group.items as readonly AnyItem[]).filter(isAnswerable);
}

function isTableFriendly(group: AnyRepeatingGroupItem): boolean {
  const answerable = answerableChildren(group);
  return (
    answerable.length > 0 &&
    answerable.length <= 5 &&
    answerable.every(
      (child) =>
        child.kind !== 'repeatingGroup' && child.kind !== 'ratingGrid' && child.kind !== 'evidenceReference',
    )
  );
}

/** Relative column weights, so long answers get the room and dates or yes/no answers stay narrow. */
function columnWeight(item: AnswerableItem): number {
  switch (item.kind) {
    case 'longText':
      return 3;
    case 'shortText':
      return (item.maxLength ?? 300) <= 120 ? 1.3 : 1.8;
    case 'multiChoice':
      return 1.6;
    case 'date':
    case 'yesNoUnknown':
    case 'number':
      return 1;
    default:
      return 1.4;
  }
}

/** Percentage widths for a table with a narrow number column first. */
function columnWidths(items: readonly AnswerableItem[]): string[] {
  const numberColumn = 4;
  const weights = items.map(columnWeight);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return [
    `${numberColumn}%`,
    ...weights.map((weight) => `${(((100 - numberColumn) * weight) / total).toFixed(2)}%`),
  ];
}

function groupRows(value: AnswerValue | undefined): RepeatingGroupRow[] {
  return Array.isArray(value)
    ? (value as RepeatingGroupRow[]).filter((row) => typeof row?.rowId === 'string')
    : [];
}

/** One row per repeating-group entry, one column per visible child: plans, contingency lines, risk factors. */
function groupTable(
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
function groupBlocks(
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
      const text =
        child.kind === 'repeatingGroup' || child.kind === 'ratingGrid' || child.kind === 'evidenceReference'
          ? undefined
          : valueText(ctx, templateId, child, value, rowPath);
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

// ---------------------------------------------------------------------------------------------- items

function itemContent(
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
  switch (item.kind) {
    case 'ratingGrid':
      return [together([gridTable(item, value), levelKey(item)]), ...evidence];
    case 'repeatingGroup': {
      const rows = groupRows(value);
      if (rows.length === 0) return [notAnswered(required), ...evidence];
      const body = isTableFriendly(item)
        ? [groupTable(ctx, templateId, item, rows, rowPath)]
        : groupBlocks(ctx, templateId, item, rows, rowPath);
      return [...body, ...evidence];
    }
    case 'evidenceReference': {
      const references = Array.isArray(value) ? (value as EvidenceReference[]) : [];
      if (references.length === 0) return [notAnswered(required), ...evidence];
      return [
        ...references.map((reference) =>
          quoteBlock(ctx, reference.quote, reference.documentId, reference.note),
        ),
        ...evidence,
      ];
    }
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      if (chosen.length === 0) return [notAnswered(required), ...evidence];
      return [
        {
          ul: chosen.map((id) => ({
            text: wrappableText(optionLabel(ctx, templateId, item.id, rowPath, id)),
          })),
          margin: [0, 0, 0, 3],
        },
        ...evidence,
      ];
    }
    default: {
      const text = valueText(ctx, templateId, item, value, rowPath);
      if (text === null) return [notAnswered(required), ...evidence];
      return [...textBlocks(text), ...evidence];
    }
  }
}

function commentBox(): Content {
  return {
    table: {
      widths: ['*'],
      heights: [16, 110],
      body: [
        [{ text: 'Tutor comments', bold: true, fontSize: 9, fillColor: colours.headerFill }],
        [{ text: '' }],
      ],
    },
    layout: tableLayout,
    margin: [0, 10, 0, 4],
    unbreakable: true,
  } as Content;
}

function sectionContent(ctx: BuildContext, template: Template, section: Section): Content[] {
  const state = ctx.evaluation.sections[template.id]?.[section.id];
  const answers = ctx.evaluation.visibleAnswers[template.id] ?? {};
  const heading: Content[] = [
    {
      text: section.title,
      style: 'h2',
      tocItem: true,
      tocMargin: [14, 0, 0, 0],
      // A bookmark under its template's, so a reader can move by section.
      outline: true,
      outlineParentId: `template-${template.id}`,
    } as Content,
  ];
  const content: Content[] = [];
  if (state) {
    const questions = state.ruleCount > 0 ? ` (${state.ruleCount} in the quality feedback)` : '';
    heading.push({
      text: `Section status: ${sectionStatusLabels[state.status]}${state.ruleCount > 0 ? questions : ''}`,
      style: 'status',
    });
  }
  if (section.description) heading.push({ text: wrappableText(section.description), style: 'intro' });
  for (const item of section.items) {
    if (!ctx.evaluation.visible(template.id, item.id)) continue;
    if (item.kind === 'guidance') continue;
    if (item.kind === 'computed') {
      content.push(...computedBlock(ctx, template, section, item));
      continue;
    }
    content.push(...itemContent(ctx, template.id, item, answers[item.id], []));
    content.push(...(ctx.input.afterItem?.(template.id, item.id) ?? []));
  }
  if (ctx.options.includeCommentBoxes) content.push(commentBox());
  return keepWithStart(heading, unwrapFirst(content));
}

/** The first block's own parts, so a heading can join a prompt that is already kept with its answer. */
function unwrapFirst(content: Content[]): Content[] {
  const first = content[0] as { stack?: Content[]; unbreakable?: boolean } | undefined;
  if (first?.unbreakable && Array.isArray(first.stack)) {
    const inner = first.stack;
    return printedLength(inner) <= KEEP_LIMIT_CHARS ? [together(inner), ...content.slice(1)] : content;
  }
  return content;
}

function templateContent(ctx: BuildContext, template: Template, first: boolean): Content[] {
  const content: Content[] = [
    {
      text: template.title,
      style: 'h1',
      id: `template-${template.id}`,
      tocItem: true,
      outline: true,
      tocStyle: { bold: true },
      pageBreak: first && !ctx.options.includeCover && !ctx.options.includeContents ? undefined : 'before',
    } as Content,
    { text: wrappableText(template.description), style: 'intro' },
  ];
  for (const section of template.sections) {
    if (!ctx.evaluation.sectionVisible(template.id, section.id)) continue;
    content.push(...sectionContent(ctx, template, section));
  }
  return content;
}

// ---------------------------------------------------------------------------------------------- front

export function banner(): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: PRACTICE_BANNER,
            bold: true,
            fontSize: 12,
            color: '#ffffff',
            fillColor: colours.banner,
            alignment: 'center',
            margin: [6, 7, 6, 7],
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 20],
  };
}

function coverPage(ctx: BuildContext): Content[] {
  const { attempt, caseInfo } = ctx.input;
  const trainee = ctx.input.traineeName.trim() || 'Not given (set your name in Settings)';
  const rows: Array<[string, string]> = [
    ['Trainee', trainee],
    ['Case', caseInfo ? caseInfo.title : 'Own case (no case file)'],
    ['Templates', ctx.templates.map((template) => template.title).join('\n')],
    ['Started', ukDate(attempt.createdAt)],
    ['Finished', attempt.finishedAt ? ukDate(attempt.finishedAt) : 'Not finished yet'],
    ['Last saved', ukDate(attempt.updatedAt)],
    ['Time spent', durationLabel(attempt.timing.totalMs)],
    ['Status', statusLabels[attempt.status]],
    ['Required questions answered', `${Math.round(ctx.evaluation.progress * 100)}%`],
  ];
  const missing = attempt.templateIds.filter(
    (id) => !ctx.input.templates.some((template) => template.id === id),
  );
  if (missing.length > 0) rows.push(['Templates not available', missing.join(', ')]);
  const content: Content[] = [
    banner(),
    { text: wrappableText(attempt.title), style: 'title' },
    { text: 'Practice assessment for review by a practice tutor', style: 'subtitle' },
    {
      table: {
        widths: [150, '*'],
        body: rows.map(([label, value]) => [
          { text: label, bold: true, fillColor: colours.headerFill },
          { text: wrappableText(value) },
        ]),
      },
      layout: tableLayout,
    },
  ];
  if (caseInfo?.summary) {
    content.push({ text: 'About the case', style: 'h3', margin: [0, 18, 0, 3] });
    content.push(...textBlocks(caseInfo.summary));
  }
  content.push({
    text: 'The case in this document is fictional and was written for training. The document records a trainee’s practice and must not be used for decisions about real people.',
    style: ['small', 'muted'],
    margin: [0, 24, 0, 0],
  });
  return content;
}

function contents(): Content {
  return {
    toc: {
      title: { text: 'Contents', style: 'h1' },
      numberStyle: { bold: false },
      textMargin: [0, 2, 0, 2],
    },
    pageBreak: 'before',
  } as Content;
}

// ---------------------------------------------------------------------------------------------- feedback

function resultPlace(ctx: BuildContext, result: RuleResult): string {
  const ref = result.sectionRef;
  if (!ref) return result.source.kind === 'case' ? 'The case' : 'General';
  const template = ctx.templates.find((candidate) => candidate.id === ref.templateId);
  const section = template?.sections.find((candidate) => candidate.id === ref.sectionId);
  return [template?.title ?? ref.templateId, section?.title ?? ref.sectionId].join(' › ');
}

function feedbackContent(ctx: BuildContext): Content[] {
  const shown = new Set(ctx.templates.map((template) => template.id));
  const results = ctx.evaluation.ruleResults.filter(
    (result) => !result.sectionRef || shown.has(result.sectionRef.templateId),
  );
  const content: Content[] = [
    {
      text: 'Quality feedback',
      style: 'h1',
      tocItem: true,
      outline: true,
      tocStyle: { bold: true },
      pageBreak: 'before',
    } as Content,
    {
      text: 'Questions raised by the app’s quality checks. They are prompts for reflection and supervision, not marks, and they do not know the right answer.',
      style: 'intro',
    },
  ];
  if (results.length === 0) {
    content.push({ text: 'The quality checks raised no questions for this attempt.', margin: [0, 4, 0, 0] });
    return content;
  }
  const warnings = results.filter((result) => result.severity === 'warning').length;
  content.push({
    text: `${results.length} ${results.length === 1 ? 'question' : 'questions'} raised, ${warnings} marked as ${warnings === 1 ? 'a warning' : 'warnings'}.`,
    margin: [0, 0, 0, 6],
  });
  const body: TableCell[][] = [
    [
      { text: 'Where', style: 'tableHeader', fillColor: colours.headerFill },
      { text: 'Kind', style: 'tableHeader', fillColor: colours.headerFill },
      { text: 'Question', style: 'tableHeader', fillColor: colours.headerFill },
    ],
  ];
  for (const result of results) {
    const message: Content[] = [{ text: wrappableText(result.message) }];
    if (result.documentRef)
      message.push({
        text: `Look again at: ${documentLabel(ctx, result.documentRef)}`,
        style: 'muted',
        margin: [0, 2, 0, 0],
      });
    body.push([
      { text: resultPlace(ctx, result), style: 'cell' },
      {
        text: result.severity === 'warning' ? 'Warning' : 'Question',
        style: 'cell',
        bold: result.severity === 'warning',
      },
      { stack: message, style: 'cell' },
    ]);
  }
  content.push({ table: { headerRows: 1, widths: [140, 52, '*'], body }, layout: tableLayout });
  return content;
}

function tutorNotesContent(ctx: BuildContext): Content[] {
  const notes = ctx.input.caseInfo?.tutorNotes ?? [];
  const content: Content[] = [
    {
      text: 'Tutor notes for this case',
      style: 'h1',
      tocItem: true,
      outline: true,
      tocStyle: { bold: true },
      pageBreak: 'before',
    } as Content,
    {
      text: 'Written by the case author for tutors: points a good answer is likely to cover. They are a guide for discussion, not a model answer.',
      style: 'intro',
    },
  ];
  if (notes.length === 0) {
    content.push({
      text: ctx.input.caseInfo?.tutorNotesWithheld ?? 'This case has no tutor notes.',
      style: 'muted',
    });
    return content;
  }
  for (const note of notes) {
    const body = textBlocks(note.text);
    content.push(
      ...(note.title ? keepWithStart([{ text: wrappableText(note.title), style: 'h3' }], body) : body),
    );
  }
  return content;
}

// ---------------------------------------------------------------------------------------------- document

function header(title: string): DynamicContent {
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          columns: [
            { text: title, width: '*', noWrap: false },
            { text: 'Practice - fictional case', width: 'auto', alignment: 'right' },
          ],
          fontSize: 8,
          color: colours.muted,
          margin: [48, 22, 48, 0],
        };
}

function footer(): DynamicContent {
  return (currentPage, pageCount) => ({
    columns: [
      { text: PRACTICE_BANNER, width: '*' },
      { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right' },
    ],
    fontSize: 8,
    color: colours.muted,
    margin: [48, 14, 48, 0],
  });
}

export function buildAttemptPdf(input: AttemptPdfInput): TDocumentDefinitions {
  const options = resolvePdfOptions(input.options);
  const { attempt, caseInfo } = input;
  const byId = new Map(input.templates.map((template) => [template.id, template]));
  const chosen = options.templateIds ?? attempt.templateIds;
  const templates = attempt.templateIds
    .filter((id) => chosen.includes(id))
    .map((id) => byId.get(id))
    .filter((template): template is Template => template !== undefined);
  // The engine needs every template of the attempt (answers may read across templates), even those not printed.
  const allTemplates = attempt.templateIds
    .map((id) => byId.get(id))
    .filter((template): template is Template => template !== undefined);
  const evaluation = evaluateAttempt({
    templates: allTemplates,
    answers: attempt.answers,
    caseContext: {
      caseId: attempt.caseId,
      facts: caseInfo?.facts ?? {},
      releasedDocumentIds: attempt.releasedDocumentIds,
      ...(caseInfo?.rules ? { rules: caseInfo.rules } : {}),
    },
  });
  const ctx: BuildContext = {
    input,
    options,
    evaluation,
    templates,
    documentTitles: new Map((caseInfo?.documents ?? []).map((doc) => [doc.id, doc.title])),
  };

  const content: Content[] = [];
  if (options.includeCover) content.push(...coverPage(ctx));
  if (options.includeContents) content.push(contents());
  templates.forEach((template, index) =>
    content.push(...templateContent(ctx, template, index === 0 && content.length === 0)),
  );
  if (options.includeFeedback) content.push(...feedbackContent(ctx));
  if (options.includeTutorNotes && caseInfo) content.push(...tutorNotesContent(ctx));
  if (content.length === 0) content.push(banner());

  const runningTitle = cleanText(caseInfo?.title ?? attempt.title);
  const trainee = cleanText(input.traineeName.trim());
  const templateTitles = templates.map((template) => template.title);
  const fixedDate = new Date(attempt.finishedAt ?? attempt.updatedAt);
  return {
    pageSize: options.pageSize,
    pageMargins: [48, 52, 48, 50],
    language: 'en-GB',
    displayTitle: true,
    info: {
      title: `${cleanText(attempt.title)} - ${templateTitles.join(', ')}`,
      author: trainee || 'Trainee',
      subject: `Practice assessment on a fictional case: ${runningTitle}. Not for operational use.`,
      keywords: ['Casework Practice', 'practice', 'fictional case', ...templateTitles].join(', '),
      creator: 'Casework Practice',
      producer: 'Casework Practice (pdfmake)',
      creationDate: fixedDate,
      modDate: fixedDate,
    },
    header: header(runningTitle),
    footer: footer(),
    content,
    styles,
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2, color: colours.text },
  };
}
