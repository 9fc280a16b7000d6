import type { Content, TableCell } from 'pdfmake/interfaces';
import type { RuleResult } from '../rules/schema';
import type { BuildContext } from './context';
import { documentLabel, keepWithStart, partOpening, textBlocks } from './layout';
import { colours, tableLayout } from './styles';
import { wrappableText } from './text';
import { analyseAttemptText, withReasons } from '../text-feedback';

/** The back of the PDF: the quality-feedback summary and the case's tutor notes. */

function resultPlace(ctx: BuildContext, result: RuleResult): string {
  const ref = result.sectionRef;
  if (!ref) return result.source.kind === 'case' ? 'The case' : 'General';
  const template = ctx.templates.find((candidate) => candidate.id === ref.templateId);
  const section = template?.sections.find((candidate) => candidate.id === ref.sectionId);
  return [template?.title ?? ref.templateId, section?.title ?? ref.sectionId].join(' › ');
}

export function feedbackContent(ctx: BuildContext): Content[] {
  const shown = new Set(ctx.templates.map((template) => template.id));
  const results = ctx.evaluation.ruleResults.filter(
    (result) => !result.sectionRef || shown.has(result.sectionRef.templateId),
  );
  const content = partOpening(
    'Quality feedback',
    'Questions raised by the app’s quality checks. They are prompts for reflection and supervision, not marks, and they do not know the right answer.',
  );
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

function sectionPlace(ctx: BuildContext, templateId: string, sectionId: string): string {
  const template = ctx.templates.find((candidate) => candidate.id === templateId);
  const section = template?.sections.find((candidate) => candidate.id === sectionId);
  return [template?.title ?? templateId, section?.title ?? sectionId].join(' › ');
}

/**
 * The text analysis's questions about what the trainee wrote, run here on the answers as saved (it is
 * deterministic, so the PDF asks what the app asked), with the reasons for any the trainee set aside.
 */
export function textFeedbackContent(ctx: BuildContext): Content[] {
  const shown = new Set(ctx.templates.map((template) => template.id));
  const findings = analyseAttemptText({
    templates: ctx.templates,
    answers: ctx.input.attempt.answers,
    keyEvidence: ctx.input.caseInfo?.keyEvidence ?? [],
    releasedDocumentIds: ctx.input.attempt.releasedDocumentIds,
  }).filter((finding) => shown.has(finding.sectionRef.templateId));
  const listed = withReasons(findings, ctx.input.attempt);
  const content: Content[] = [
    { text: 'Questions about the writing', style: 'h3', margin: [0, 10, 0, 2] },
    {
      text: 'Raised by the app’s text analysis, each with why it spoke. Where the trainee set one aside, their reason follows.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
  ];
  if (listed.length === 0) {
    content.push({ text: 'The text analysis raised no questions about the writing.' });
    return content;
  }
  const body: TableCell[][] = [
    [
      { text: 'Where', style: 'tableHeader', fillColor: colours.headerFill },
      { text: 'Question', style: 'tableHeader', fillColor: colours.headerFill },
    ],
  ];
  for (const { finding, setAside } of listed) {
    const stack: Content[] = [
      { text: wrappableText(finding.message) },
      { text: wrappableText(`Why: ${finding.why}`), style: 'muted', margin: [0, 2, 0, 0] },
    ];
    if (finding.documentRef)
      stack.push({
        text: `Look again at: ${documentLabel(ctx, finding.documentRef)}`,
        style: 'muted',
        margin: [0, 2, 0, 0],
      });
    if (setAside)
      stack.push({
        text: wrappableText(`Set aside by the trainee: ${setAside.reason}`),
        bold: true,
        margin: [0, 2, 0, 0],
      });
    body.push([
      { text: sectionPlace(ctx, finding.sectionRef.templateId, finding.sectionRef.sectionId), style: 'cell' },
      { stack, style: 'cell' },
    ]);
  }
  content.push({ table: { headerRows: 1, widths: [140, '*'], body }, layout: tableLayout });
  return content;
}

export function tutorNotesContent(ctx: BuildContext): Content[] {
  const notes = ctx.input.caseInfo?.tutorNotes ?? [];
  const content = partOpening(
    'Tutor notes for this case',
    'Written by the case author for tutors: points a good answer is likely to cover. They are a guide for discussion, not a model answer.',
  );
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
