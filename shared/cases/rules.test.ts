import { describe, expect, it } from 'vitest';
import { builtinTemplates, evaluateAttempt } from '../templates';
import {
  caseContextFor,
  caseLibrary,
  initialReleasedDocumentIds,
  templatesForCase,
  type PracticeCase,
} from '.';
import { interviewAsking } from './__fixtures__/interview-attempts';
import { caseAnswerFixtures, withRating, type Answers } from './__fixtures__/sample-answers';

function evaluate(
  practiceCase: PracticeCase,
  answers: Answers,
  released: 'start' | 'all',
  interviewAsked?: readonly string[],
) {
  const releasedIds =
    released === 'all'
      ? practiceCase.documents.map((doc) => doc.id)
      : initialReleasedDocumentIds(practiceCase);
  const interview =
    interviewAsked && practiceCase.interview
      ? interviewAsking(practiceCase.interview, interviewAsked)
      : undefined;
  return evaluateAttempt({
    templates: templatesForCase(practiceCase, builtinTemplates),
    answers,
    caseContext: caseContextFor(practiceCase, releasedIds, interview),
  });
}

const caseRulesSpeaking = (evaluation: ReturnType<typeof evaluate>) =>
  evaluation.ruleResults.filter((result) => result.source.kind === 'case').map((result) => result.ruleId);

describe.each(caseLibrary.map((practiceCase) => [practiceCase.id, practiceCase] as const))(
  'case %s: quality rules',
  (caseId, practiceCase) => {
    const fixture = caseAnswerFixtures[caseId];

    it('has answer fixtures', () => {
      expect(fixture, `add caseAnswerFixtures['${caseId}'] in __fixtures__/sample-answers.ts`).toBeDefined();
    });
    if (!fixture) return;

    it.each(['start', 'all'] as const)(
      'a sound attempt is complete and no case rule speaks (%s documents)',
      (released) => {
        const evaluation = evaluate(practiceCase, fixture.sound(), released);
        expect(evaluation.evaluationProblems).toEqual([]);
        expect(
          evaluation.itemErrors.map((error) => `${error.templateId}.${error.itemId}: ${error.message}`),
        ).toEqual([]);
        expect(caseRulesSpeaking(evaluation)).toEqual([]);
        const allowed = Object.keys(fixture.templateQuestionsAllowed ?? {});
        const templateRules = evaluation.ruleResults
          .filter((result) => result.source.kind === 'template' && !allowed.includes(result.ruleId))
          .map((result) => result.ruleId);
        expect(templateRules).toEqual([]);
      },
    );

    it.each(fixture.weak.map((weak) => [weak.name, weak] as const))(
      'a weak attempt makes its rules speak: %s',
      (_name, weak) => {
        const evaluation = evaluate(practiceCase, weak.answers(), weak.released, weak.interviewAsked);
        expect(evaluation.evaluationProblems).toEqual([]);
        const speaking = caseRulesSpeaking(evaluation);
        for (const ruleId of weak.fires) expect(speaking, `rule '${ruleId}'`).toContain(ruleId);
      },
    );

    // A rating at either edge of a defensible range is a sound choice: no case rule may question it, before
    // the late documents (the start ranges) or after them (the moved ranges, where a late document moves one).
    it.each(['start', 'all'] as const)(
      'a sound attempt at either edge of each defensible range stays silent (%s documents)',
      (released) => {
        for (const range of practiceCase.tutorNotes.roshRanges) {
          const band = released === 'all' && range.afterNewInformation ? range.afterNewInformation : range;
          for (const level of new Set([band.from, band.to])) {
            const answers = withRating(fixture.sound(), range.group, range.setting, level);
            const speaking = caseRulesSpeaking(evaluate(practiceCase, answers, released));
            expect(speaking, `${range.group}/${range.setting} rated ${level}`).toEqual([]);
          }
        }
      },
    );

    it.each((fixture.otherSound ?? []).map((other) => [other.name, other] as const))(
      'another sound attempt stays silent: %s',
      (_name, other) => {
        const evaluation = evaluate(practiceCase, other.answers(), other.released, other.interviewAsked);
        expect(evaluation.evaluationProblems).toEqual([]);
        expect(evaluation.itemErrors.map((error) => `${error.templateId}.${error.itemId}`)).toEqual([]);
        expect(caseRulesSpeaking(evaluation)).toEqual([]);
      },
    );

    it('every case rule speaks on at least one weak attempt', () => {
      const covered = new Set(fixture.weak.flatMap((weak) => weak.fires));
      expect(practiceCase.rules.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
    });

    it('rules that wait for a late document stay silent until it is released', () => {
      for (const weak of fixture.weak.filter((candidate) => candidate.released === 'all')) {
        const atStart = caseRulesSpeaking(
          evaluate(practiceCase, weak.answers(), 'start', weak.interviewAsked),
        );
        for (const rule of practiceCase.rules) {
          const waitsFor = JSON.stringify(rule.when).includes('case.releasedDocuments');
          if (waitsFor) expect(atStart, `rule '${rule.id}' before release`).not.toContain(rule.id);
        }
      }
    });

    it('each result points at the document and item it names', () => {
      const results = fixture.weak.flatMap((weak) =>
        evaluate(practiceCase, weak.answers(), weak.released, weak.interviewAsked).ruleResults.filter(
          (result) => result.source.kind === 'case',
        ),
      );
      for (const result of results) {
        const rule = practiceCase.rules.find((candidate) => candidate.id === result.ruleId)!;
        expect(result.documentRef).toBe(rule.documentRef);
        expect(result.itemRef).toEqual(rule.itemRef);
        expect(result.source).toEqual({ kind: 'case', caseId });
      }
    });
  },
);
