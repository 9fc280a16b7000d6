import { caseContextFor, documentsWithTranscript, interviewStateOf, releasedDocuments } from '@shared/cases';
import { caseVersionOf } from '@shared/model/attempt';
import { resolveCase } from '../cases/cases-store';
import type { Attempt } from '@shared/model/attempt';
import type { CaseContext, Template } from '@shared/templates';
import { resolveTemplate } from '../templates/template-store';

/** A case-file document the trainee may quote as evidence. */
export interface QuotableDocument {
  id: string;
  title: string;
}

/** An own-case attempt has no case file; the trainee quotes their own notes instead. */
export const ownCaseNotes: QuotableDocument = { id: 'own-case-notes', title: 'My own case notes' };

export type AttemptSetup =
  | { ok: true; templates: Template[]; caseContext: CaseContext; documents: QuotableDocument[] }
  | { ok: false; message: string };

/** The templates, case context and quotable documents an attempt is worked with. */
export function setupFor(attempt: Attempt): AttemptSetup {
  const templates: Template[] = [];
  for (const id of attempt.templateIds) {
    // Built-ins, and tutors' templates at the version the answers were written against.
    const template = resolveTemplate(id, attempt.templateVersions[id]);
    if (!template) {
      return {
        ok: false,
        message: `This attempt uses a template (“${id}”, version ${attempt.templateVersions[id] ?? 1}) that is not in this app, so it cannot be opened here. If a tutor wrote it, add their template file on the Templates screen, then open the attempt again.`,
      };
    }
    templates.push(template);
  }
  if (attempt.caseId === null) {
    return {
      ok: true,
      templates,
      caseContext: { caseId: null, facts: {}, releasedDocumentIds: attempt.releasedDocumentIds },
      documents: [ownCaseNotes],
    };
  }
  const practiceCase = resolveCase(attempt.caseId, caseVersionOf(attempt));
  if (!practiceCase) {
    return {
      ok: false,
      message: `This attempt is on a case (“${attempt.caseId}”) that this copy of the app does not have, so it cannot be opened here. If a tutor wrote it, add their case pack from “Write a case”, then open the attempt again.`,
    };
  }
  const interview = interviewStateOf(attempt);
  return {
    ok: true,
    templates,
    caseContext: caseContextFor(practiceCase, attempt.releasedDocumentIds, interview),
    // The interview's transcript is quotable like any document once a question has been asked.
    documents: documentsWithTranscript(
      practiceCase,
      releasedDocuments(practiceCase, attempt.releasedDocumentIds),
      interview,
    ).map((document) => ({ id: document.id, title: document.title })),
  };
}
