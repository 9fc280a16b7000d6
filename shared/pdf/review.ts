import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Attempt } from '../model/attempt';
import { commentsByItem, judgementRows, reviewTitle, rowLabel } from '../review/present';
import type { PlacedComment } from '../review/present';
import { criterionLevelLabels } from '../review/schema';
import type { Review } from '../review/schema';
import { threadSummary } from '../review/threads';
import type { Template } from '../templates';
import { formatDate } from '../dates/format';
import { banner, buildAttemptPdf, colours, tableLayout } from './builder';
import type { PdfCaseInfo } from './builder';
import type { PdfPageSize } from './options';
import { cleanText, paragraphs, wrappableText } from './text';

/**
 * A tutor's review as a PDF: a cover saying whose work and whose review, the feedback summary (overall
 * note, the judgement per section and criterion with its reason, the thread counts), then the attempt as
 * the attempt PDF prints it with each comment inline, straight after the answer it is about. Pure, like
 * `buildAttemptPdf`, whose layout, styles and helpers it reuses: the attempt part IS that builder's output,
 * with the comments passed in through its `afterItem` hook.
 */

export interface ReviewPdfInput {
  attempt: Attempt;
  review: Review;
  templates: readonly Template[];
  /** Whose work it is (from the share package or this copy's settings); empty when not known. */
  traineeName: string;
  caseInfo: PdfCaseInfo | null;
  pageSize?: PdfPageSize;
}

const commentBar = '#b58800';
const commentFill = '#fdf8e4';

function commentBlock(input: ReviewPdfInput, placed: PlacedComment): Content {
  const { comment } = placed;
  const inner: Content[] = [
    {
      text: [
        { text: 'Tutor comment', bold: true },
        { text: `  ${cleanText(comment.author)}, ${formatDate(comment.createdAt)}`, color: colours.muted },
      ],
      style: 'small',
      margin: [0, 0, 0, 2],
    },
  ];
  const row = rowLabel(comment.anchor, input.attempt.answers, input.templates);
  if (row) inner.push({ text: `About: ${row}`, style: ['small', 'muted'], margin: [0, 0, 0, 2] });
  if (comment.passage)
    inner.push({
      text: [{ text: 'On the words: ', bold: true }, { text: wrappableText(`“${comment.passage.quote}”`) }],
      style: 'quote',
      margin: [0, 0, 0, 3],
    } as Content);
  if (placed.note) inner.push({ text: placed.note, style: ['small', 'muted'], margin: [0, 0, 0, 3] });
  for (const part of paragraphs(comment.body))
    inner.push({ text: wrappableText(part), margin: [0, 0, 0, 3] });
  for (const reply of comment.replies)
    inner.push({
      stack: [
        {
          text: `Reply from ${cleanText(reply.author)} (${reply.role}), ${formatDate(reply.createdAt)}`,
          style: 'small',
          bold: true,
        },
        ...paragraphs(reply.body).map((part) => ({ text: wrappableText(part), margin: [0, 1, 0, 0] })),
      ],
      margin: [10, 2, 0, 3],
    } as Content);
  if (comment.addressed)
    inner.push({
      text: `Marked as addressed by ${cleanText(comment.addressed.by)} on ${formatDate(comment.addressed.at)}.`,
      style: ['small', 'muted'],
      italics: true,
    });
  return {
    table: { widths: ['*'], body: [[{ stack: inner, margin: [8, 4, 6, 4], fillColor: commentFill }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 3 : 0),
      vLineColor: () => commentBar,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 3, 0, 6],
  } as Content;
}

function coverContent(input: ReviewPdfInput): Content[] {
  const { attempt, review } = input;
  const counts = threadSummary(review);
  const rows: Array<[string, string]> = [
    ['Trainee', input.traineeName.trim() || 'Not given'],
    ['Practice', attempt.title],
    ['Case', input.caseInfo ? input.caseInfo.title : 'Own case (no case file)'],
    ['Reviewed by', review.reviewerName],
    ['Review started', formatDate(review.createdAt)],
    ['Version reviewed', `Saved ${formatDate(review.reviewedVersion.updatedAt)}`],
    [
      'Comments',
      `${counts.comments} ${counts.comments === 1 ? 'comment' : 'comments'}, ${counts.addressed} marked as addressed, ${counts.replied} with replies`,
    ],
  ];
  return [
    banner(),
    { text: wrappableText(attempt.title), style: 'title' },
    { text: reviewTitle(review), style: 'subtitle' },
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
    {
      text: 'The case in this document is fictional and was written for training. This review is feedback on practice, not an assessment of a real person.',
      style: ['small', 'muted'],
      margin: [0, 24, 0, 0],
    },
  ];
}

function summaryContent(input: ReviewPdfInput): Content[] {
  const { review } = input;
  const content: Content[] = [
    { text: 'Feedback summary', style: 'h1', pageBreak: 'before', tocItem: true, outline: true } as Content,
    { text: 'Overall feedback', style: 'h2' },
  ];
  const overall = review.overallFeedback.trim();
  if (overall)
    for (const part of paragraphs(overall))
      content.push({ text: wrappableText(part), style: 'answer', margin: [0, 0, 0, 5] });
  else content.push({ text: 'No overall note was written.', style: 'muted', italics: true });

  content.push({ text: 'Judgements against the criteria', style: 'h2' });
  const rows = judgementRows(review, input.templates);
  if (rows.length === 0) {
    content.push({ text: 'No section was judged against the criteria.', style: 'muted', italics: true });
  } else {
    const header: TableCell[] = ['Section', 'Criterion', 'Level', 'Reason'].map((text) => ({
      text,
      style: 'tableHeader',
      fillColor: colours.headerFill,
    }));
    const body: TableCell[][] = [header];
    for (const row of rows)
      body.push([
        { text: wrappableText(`${row.templateTitle}: ${row.sectionTitle}`), style: 'cell' },
        { text: wrappableText(row.criterionLabel), style: 'cell' },
        { text: row.levelLabel, style: 'cell', bold: true },
        { text: wrappableText(row.reason), style: 'cell' },
      ]);
    content.push({
      table: { headerRows: 1, dontBreakRows: true, widths: [110, 90, 58, '*'], body },
      layout: tableLayout,
    });
  }

  content.push({ text: 'What the levels mean', style: 'h3' });
  content.push({
    text: `${criterionLevelLabels['not-yet']}: not shown in this work yet. ${criterionLevelLabels.developing}: shown in part, or not consistently. ${criterionLevelLabels.secure}: shown clearly and consistently.`,
    style: ['small', 'muted'],
  });
  content.push({ text: 'The criteria', style: 'h3' });
  content.push({
    ul: review.criteria.map((criterion) => ({
      text: [
        { text: cleanText(criterion.label), bold: true },
        criterion.description ? `: ${cleanText(criterion.description)}` : '',
      ],
    })),
    style: 'small',
  } as Content);
  content.push({
    text: 'Comments on particular answers follow, each printed straight after the answer it is about.',
    style: 'intro',
    margin: [0, 12, 0, 0],
  });
  return content;
}

export function buildReviewPdf(input: ReviewPdfInput): TDocumentDefinitions {
  const byItem = new Map<string, PlacedComment[]>();
  for (const group of commentsByItem(input.review, input.attempt, input.templates))
    byItem.set(`${group.templateId}/${group.itemId}`, group.comments);
  const printedItems = new Set<string>();
  const base = buildAttemptPdf({
    attempt: input.attempt,
    templates: input.templates,
    traineeName: input.traineeName,
    caseInfo: input.caseInfo,
    options: {
      includeCover: false,
      includeContents: false,
      includeFeedback: false,
      includeTutorNotes: false,
      includeCommentBoxes: false,
      ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    },
    afterItem: (templateId, itemId) => {
      const key = `${templateId}/${itemId}`;
      printedItems.add(key);
      return (byItem.get(key) ?? []).map((placed) => commentBlock(input, placed));
    },
  });
  const attemptContent = Array.isArray(base.content) ? base.content : [base.content];
  // Comments on items not printed (hidden now, or unknown to this copy) still belong in the review.
  const unplaced = [...byItem.entries()].filter(([key]) => !printedItems.has(key));
  const rest: Content[] = [];
  if (unplaced.length > 0) {
    rest.push({
      text: 'Comments on answers not printed above',
      style: 'h1',
      pageBreak: 'before',
      tocItem: true,
      outline: true,
    } as Content);
    rest.push({
      text: 'These answers are hidden by other answers now, or belong to a template this copy of the app does not have.',
      style: 'intro',
    });
    for (const [key, comments] of unplaced) {
      rest.push({ text: key, style: 'h3' });
      rest.push(...comments.map((placed) => commentBlock(input, placed)));
    }
  }
  const title = `Review of ${cleanText(input.attempt.title)}`;
  return {
    ...base,
    info: {
      ...base.info,
      title,
      subject: `${reviewTitle(input.review)}. Practice on a fictional case, not for operational use.`,
      creationDate: new Date(input.review.updatedAt),
      modDate: new Date(input.review.updatedAt),
    },
    content: [
      ...coverContent(input),
      ...summaryContent(input),
      { text: '', pageBreak: 'after' } as Content,
      ...attemptContent,
      ...rest,
    ],
  };
}
