import { useEffect, useState } from 'react';
import { getCase } from '@shared/cases';
import type { Attempt } from '@shared/model/attempt';
import type { Template } from '@shared/templates';
import type { TextFinding } from '@shared/text-feedback';
import { TextFindings } from '../feedback/TextFindings';

/**
 * For the tutor: the questions the app's text analysis asked about the trainee's writing, and the
 * trainee's reason for each one they set aside. Run once when the review opens (the answers are read-only
 * here); the analysis module is loaded then, as a separate chunk.
 */
export function WritingQuestions({
  attempt,
  templates,
}: {
  attempt: Attempt;
  templates: readonly Template[];
}) {
  const [findings, setFindings] = useState<readonly TextFinding[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('@shared/text-feedback').then(({ analyseAttemptText }) => {
      if (!live) return;
      const practiceCase = attempt.caseId ? getCase(attempt.caseId) : undefined;
      setFindings(
        analyseAttemptText({
          templates,
          answers: attempt.answers,
          keyEvidence: practiceCase?.keyEvidence ?? [],
          releasedDocumentIds: attempt.releasedDocumentIds,
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [attempt, templates]);
  if (findings === null) return null;
  const practiceCase = attempt.caseId ? getCase(attempt.caseId) : undefined;
  return (
    <section
      className="panel"
      aria-label="Questions the app asked about the writing"
      data-testid="review-writing-questions"
    >
      <p className="body">
        The app’s text analysis asked these questions about the writing. They are prompts, not marks; where
        the trainee set one aside, their reason is shown.
      </p>
      <TextFindings
        findings={findings}
        setAside={attempt.findingsSetAside ?? []}
        templates={templates}
        documentTitle={(id) => practiceCase?.documents.find((d) => d.id === id)?.title ?? null}
      />
    </section>
  );
}
