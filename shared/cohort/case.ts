import type { PracticeCase } from '../cases/schema';
import type { Template } from '../templates/schema';
import type { CohortCase } from './aggregate';

/** A rule's message with its row placeholders ("{{row.factor}}") put as "…": the debrief counts rules, not rows. */
const withoutPlaceholders = (message: string) => message.replace(/\{\{[^}]*\}\}/g, '…');

/** What the cohort needs of a case at one version: its defensible ranges and the words for its ids. */
export function cohortCaseFor(practiceCase: PracticeCase, templates: readonly Template[]): CohortCase {
  const documents = Object.fromEntries(practiceCase.documents.map((doc) => [doc.id, doc.title]));
  const questions: Record<string, string> = {};
  for (const template of templates)
    if (practiceCase.templateSet.includes(template.id))
      for (const rule of template.rules ?? []) questions[rule.id] ??= withoutPlaceholders(rule.message);
  // The case's own rules speak in its own terms, so they win over a template rule of the same id.
  for (const rule of practiceCase.rules) questions[rule.id] = withoutPlaceholders(rule.message);
  const keyQuestions = practiceCase.interview?.questions.filter((q) => q.key).length;
  return {
    id: practiceCase.id,
    version: practiceCase.version,
    title: practiceCase.title,
    ranges: practiceCase.tutorNotes.roshRanges.map((range) => ({
      group: range.group,
      setting: range.setting,
      from: range.from,
      to: range.to,
      after: range.afterNewInformation
        ? {
            documentId: range.afterNewInformation.documentId,
            documentTitle:
              documents[range.afterNewInformation.documentId] ?? range.afterNewInformation.documentId,
            from: range.afterNewInformation.from,
            to: range.afterNewInformation.to,
          }
        : null,
    })),
    questions,
    keyEvidence: (practiceCase.keyEvidence ?? []).map(({ id, label }) => ({ id, label })),
    documents,
    interviewKeyQuestions: keyQuestions === undefined ? null : keyQuestions,
  };
}
