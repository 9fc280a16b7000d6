import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates/builtin';
import { getCase } from '../cases';
import { answersOf } from '../text-feedback/__fixtures__/build';
import { proseA } from '../text-feedback/__fixtures__/prose-a';
import { analyseAttemptText, setFindingAside } from '../text-feedback';
import { buildAttemptPdf } from './builder';
import { pdfCaseInfo } from './case-info';
import { sampleAttempt } from './__fixtures__/sample-attempt';

const weak = proseA.find((a) => a.caseId === 'cotter-domestic-abuse' && a.quality === 'weak')!;
const practiceCase = getCase('cotter-domestic-abuse')!;

function attemptWith(answers: ReturnType<typeof answersOf>) {
  return {
    ...sampleAttempt(),
    caseId: practiceCase.id,
    templateIds: ['rosh-analysis', 'risk-management-plan'],
    answers,
    releasedDocumentIds: practiceCase.documents.map((d) => d.id),
  };
}

function printedText(definition: unknown): string {
  return JSON.stringify((definition as { content: unknown }).content);
}

describe('the PDF’s feedback part asks the text analysis’s questions', () => {
  it('lists each question with why it spoke, and the trainee’s reason for one set aside', () => {
    const answers = answersOf(weak.prose);
    const findings = analyseAttemptText({
      templates: builtinTemplates,
      answers,
      keyEvidence: practiceCase.keyEvidence ?? [],
      releasedDocumentIds: practiceCase.documents.map((d) => d.id),
    });
    expect(findings.length).toBeGreaterThan(1);
    const aside = setFindingAside(
      attemptWith(answers),
      findings[0]!.id,
      'I weighed it in supervision notes.',
      new Date('2026-12-02T10:00:00Z'),
    );
    const text = printedText(
      buildAttemptPdf({
        attempt: aside,
        templates: builtinTemplates,
        traineeName: 'Siân Ellis',
        caseInfo: pdfCaseInfo(practiceCase, false),
        options: { includeFeedback: true },
      }),
    );
    expect(text).toContain('Questions about the writing');
    for (const finding of findings) expect(text).toContain(JSON.stringify(finding.message).slice(1, 40));
    expect(text).toContain('Set aside by the trainee: I weighed it in supervision notes.');
  });

  it('says so when the writing raises no questions (control)', () => {
    const sound = proseA.find((a) => a.caseId === 'cotter-domestic-abuse' && a.quality === 'sound')!;
    const text = printedText(
      buildAttemptPdf({
        attempt: attemptWith(answersOf(sound.prose)),
        templates: builtinTemplates,
        traineeName: 'Siân Ellis',
        caseInfo: pdfCaseInfo(practiceCase, false),
        options: { includeFeedback: true },
      }),
    );
    expect(text).toContain('The text analysis raised no questions about the writing.');
    expect(text).not.toContain('Set aside by the trainee');
  });
});
