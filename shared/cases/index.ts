/**
 * The practice case library: fictional case files for rehearsing risk assessment.
 *
 * - `caseLibrary`: every built-in case, parsed, with its late-document re-checks; `getCase(id)`.
 * - `rangeRecheckRules(c)`: a question for each group whose defensible range a late document moves.
 * - `caseSummaries`: what the home screen lists (no documents, no tutor notes).
 * - `caseForTrainee(c)`: the case without its tutor notes, for use before the attempt is finished.
 * - `caseContextFor(c, releasedIds)`: the engine's `CaseContext` (facts, rules, released documents).
 * - `templatesForCase(c, available)`: the case's template set, in order.
 * - Release of "new information": `documentsReleasedAt`, `newlyReleasedDocuments`,
 *   `initialReleasedDocumentIds`, `canContinue`, `sectionFinishedFrom` (`release.ts`).
 * - `documentPlainText(doc)`: a document as plain text, for search within the case file.
 * - `validateCase(input, templates)`: checks a case with paths to every problem (`validate.ts`).
 */
import type { CaseContext } from '../templates/engine';
import type { Template } from '../templates/schema';
import { cotterDomesticAbuse } from './library/cotter-domestic-abuse';
import { deverellLicenceRecall } from './library/deverell-licence-recall';
import { doyleStreetViolence } from './library/doyle-street-violence';
import { haleIndecentImages } from './library/hale-indecent-images';
import { kerrArsonTrauma } from './library/kerr-arson-trauma';
import { pritchardAutismResponsivity } from './library/pritchard-autism-responsivity';
import { rookeAcquisitive } from './library/rooke-acquisitive';
import { whitcombeAccountContradicted } from './library/whitcombe-account-contradicted';
import { rangeRecheckRules } from './range-rechecks';
import {
  caseSchema,
  type CaseTheme,
  type Difficulty,
  type PracticeCase,
  type PracticeCaseInput,
} from './schema';

export * from './schema';
export * from './release';
export { blockPlainText, documentPlainText } from './text';
export { validateCase, type CaseValidation } from './validate';
export { rangeRecheckRuleId, rangeRecheckRules } from './range-rechecks';

/** The authored cases, in the order the home screen lists them. */
export const caseSources: readonly PracticeCaseInput[] = [
  cotterDomesticAbuse,
  doyleStreetViolence,
  haleIndecentImages,
  rookeAcquisitive,
  kerrArsonTrauma,
  deverellLicenceRecall,
  whitcombeAccountContradicted,
  pritchardAutismResponsivity,
];

/**
 * Parsed once, with the late-document re-checks derived from each case's tutor notes added to its own rules;
 * `library.test.ts` checks every case against its templates.
 */
export const caseLibrary: readonly PracticeCase[] = caseSources.map((source) =>
  withRangeRechecks(caseSchema.parse(source)),
);

/** The case with a re-check for every group whose defensible range a late document moves (`range-rechecks.ts`). */
export function withRangeRechecks(practiceCase: PracticeCase): PracticeCase {
  return { ...practiceCase, rules: [...practiceCase.rules, ...rangeRecheckRules(practiceCase)] };
}

export function getCase(id: string): PracticeCase | undefined {
  return caseLibrary.find((practiceCase) => practiceCase.id === id);
}

export interface CaseSummary {
  id: string;
  title: string;
  summary: string;
  themes: CaseTheme[];
  difficulty: Difficulty;
  estimatedMinutes: number;
  person: PracticeCase['person'];
  templateSet: string[];
  documentCount: number;
  practiceNotice: string;
}

export function summariseCase(practiceCase: PracticeCase): CaseSummary {
  return {
    id: practiceCase.id,
    title: practiceCase.title,
    summary: practiceCase.summary,
    themes: practiceCase.themes,
    difficulty: practiceCase.difficulty,
    estimatedMinutes: practiceCase.estimatedMinutes,
    person: practiceCase.person,
    templateSet: practiceCase.templateSet,
    documentCount: practiceCase.documents.length,
    practiceNotice: practiceCase.practiceNotice,
  };
}

/** For the home screen: no document bodies, no tutor notes. */
export const caseSummaries: readonly CaseSummary[] = caseLibrary.map(summariseCase);

export type TraineeCase = Omit<PracticeCase, 'tutorNotes'>;

/** The case as a trainee may see it before finishing: tutor notes removed, not merely hidden. */
export function caseForTrainee(practiceCase: PracticeCase): TraineeCase {
  const { tutorNotes: _hidden, ...rest } = practiceCase;
  return rest;
}

/** What the template engine needs to run the case's rules beside the templates' own. */
export function caseContextFor(
  practiceCase: Pick<PracticeCase, 'id' | 'facts' | 'rules'>,
  releasedDocumentIds: readonly string[],
): CaseContext {
  return {
    caseId: practiceCase.id,
    facts: { ...practiceCase.facts },
    releasedDocumentIds,
    rules: practiceCase.rules,
  };
}

/** The case's templates in working order; throws if one is missing, which `validateCase` rules out for the library. */
export function templatesForCase(
  practiceCase: Pick<PracticeCase, 'id' | 'templateSet'>,
  available: readonly Template[],
): Template[] {
  return practiceCase.templateSet.map((templateId) => {
    const template = available.find((candidate) => candidate.id === templateId);
    if (!template)
      throw new Error(`Case '${practiceCase.id}' needs template '${templateId}', which is not available.`);
    return template;
  });
}
