import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { assertNever } from '../assert-never';
import type { Section, Template } from '../templates';
import { evaluateAttempt, isAnswerable } from '../templates';
import { kindOf } from '../templates/kinds';
import { computedBlock, itemContent } from './answers';
import type { AttemptPdfInput, BuildContext } from './context';
import { contents, coverPage, banner } from './cover';
import { feedbackContent, textFeedbackContent, tutorNotesContent } from './feedback';
import { interviewContent } from './interview';
import { keepWithStart, partOpening, unwrapFirst } from './layout';
import { resolvePdfOptions } from './options';
import { colours, PDF_FONT, PRACTICE_BANNER, styles, tableLayout } from './styles';
import { cleanText, wrappableText } from './text';

export type { AttemptPdfInput, PdfCaseDocument, PdfCaseInfo, PdfInterview, PdfTutorNote } from './context';
export { banner, durationLabel } from './cover';
export { colours, PDF_FONT, PRACTICE_BANNER, tableLayout } from './styles';

/**
 * The attempt as a pdfmake document definition: pure (data in, definition out), and a fresh object on
 * every call because pdfmake mutates what it is given.
 *
 * Reading order is the document order: cover, contents, each template's visible sections with prompts
 * followed by answers, the quality-feedback summary, then the tutor notes. Nothing is drawn as an image;
 * user text only ever goes into text nodes.
 */

const sectionStatusLabels = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  'has-questions': 'Complete, with questions to reflect on',
} as const;

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
    const print = kindOf(item).print(item);
    switch (print.form) {
      case 'none':
        continue;
      case 'computed':
        content.push(...computedBlock(ctx, template, section, print.item));
        continue;
      case 'text':
      case 'list':
      case 'grid':
      case 'rows':
      case 'quotes':
        if (!isAnswerable(item)) continue;
        content.push(...itemContent(ctx, template.id, item, answers[item.id], []));
        content.push(...(ctx.input.afterItem?.(template.id, item.id) ?? []));
        continue;
      default:
        assertNever(print, 'print form');
    }
  }
  if (ctx.options.includeCommentBoxes) content.push(commentBox());
  return keepWithStart(heading, unwrapFirst(content));
}

function templateContent(ctx: BuildContext, template: Template, first: boolean): Content[] {
  const content = partOpening(template.title, wrappableText(template.description), {
    id: `template-${template.id}`,
    breakBefore: !(first && !ctx.options.includeCover && !ctx.options.includeContents),
  });
  for (const section of template.sections) {
    if (!ctx.evaluation.sectionVisible(template.id, section.id)) continue;
    content.push(...sectionContent(ctx, template, section));
  }
  return content;
}

// ---------------------------------------------------------------------------------------------- document

/** The running header from page 2 on, and the practice footer with page numbers: every PDF the app makes. */
export function header(title: string): DynamicContent {
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

export function footer(): DynamicContent {
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
  content.push(...interviewContent(ctx));
  if (options.includeFeedback) content.push(...feedbackContent(ctx), ...textFeedbackContent(ctx));
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
