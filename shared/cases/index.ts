/**
 * The practice case library: fictional case files for rehearsing risk assessment.
 *
 * - `caseLibrary`: every built-in case, parsed, with its late-document re-checks; `getCase(id)`.
 * - `rangeRecheckRules(c)`: a question for each group whose defensible range a late document moves.
 * - `caseSummaries`: what the home screen lists (no documents, no tutor notes).
 * - `caseForTrainee(c)`: the case without its tutor notes, for use before the attempt is finished.
 * - `caseContextFor(c, releasedIds, interview)`: the engine's `CaseContext` (facts, rules, released documents,
 *   what the interview asked and uncovered).
 * - The interview: `availableQuestions`, `askQuestion`, `interviewTranscript`, `interviewSummary`,
 *   `interviewReflection`, `interviewReleasedDocumentIds` (`interview.ts`).
 * - `templatesForCase(c, available)`: the case's template set, in order.
 * - Release of "new information": `documentsReleasedAt`, `newlyReleasedDocuments`,
 *   `initialReleasedDocumentIds`, `canContinue`, `sectionFinishedFrom` (`release.ts`).
 * - `documentPlainText(doc)`: a document as plain text, for search within the case file.
 * - `validateCase(input, templates)`: checks a case with paths to every problem (`validate.ts`).
 * - `parseCase(input, templates)`: the one path every case takes in (built-ins, editor saves, packs): safe
 *   JSON, hidden characters, budgets, then `validateCase`. `decodeCasePack` / `buildCasePack` /
 *   `serialiseCasePack`: the `.caseworkcase` file (`pack.ts`).
 * - Presets for the case editor: `presetRule`, `checkCaseRule`, `tryRule`, `previousConvictionsTable`
 *   (`presets.ts`).
 */
import type { CaseContext } from '../templates/engine';
import type { Template } from '../templates/schema';
import cotterDomesticAbuse from './library/cotter-domestic-abuse.json' with { type: 'json' };
import deverellLicenceRecall from './library/deverell-licence-recall.json' with { type: 'json' };
import doyleStreetViolence from './library/doyle-street-violence.json' with { type: 'json' };
import haleIndecentImages from './library/hale-indecent-images.json' with { type: 'json' };
import kerrArsonTrauma from './library/kerr-arson-trauma.json' with { type: 'json' };
import pritchardAutismResponsivity from './library/pritchard-autism-responsivity.json' with { type: 'json' };
import rookeAcquisitive from './library/rooke-acquisitive.json' with { type: 'json' };
import whitcombeAccountContradicted from './library/whitcombe-account-contradicted.json' with { type: 'json' };
import { builtinTemplates } from '../templates/builtin';
import { parseCase } from './pack';
import type { InterviewState } from '../model/attempt';
import { emptyInterviewState, interviewRuleData } from './interview';
import { type CaseTheme, type Difficulty, type PracticeCase } from './schema';

export * from './schema';
export * from './release';
export * from './interview';
export { blockPlainText, documentPlainText } from './text';
export { validateCase, ruleBudgetErrors, type CaseValidation } from './validate';
export {
  authoredCase,
  rangeRecheckRuleId,
  rangeRecheckRules,
  withRangeRechecks,
  withoutDerivedRules,
} from './range-rechecks';
export * from './pack';
export * from './presets';

/**
 * The built-in cases' data files (docs/case-authoring.md), in the order the home screen lists them. They are
 * unchecked data until `loadBuiltinCase` reads them, as a tutor's case is.
 */
export const caseSources: readonly unknown[] = [
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
 * Each built-in case read through `parseCase`, the path a tutor's case takes too; a built-in that fails
 * it is a fault in the app, so this throws with every problem listed (`library.test.ts` pins it).
 */
export function loadBuiltinCase(
  source: unknown,
  templates: readonly Template[] = builtinTemplates,
): PracticeCase {
  const parsed = parseCase(source, templates);
  if (parsed.ok) return parsed.practiceCase;
  const id = typeof source === 'object' && source !== null ? String((source as { id?: unknown }).id) : '?';
  throw new Error(`Built-in case '${id}' does not load:\n${parsed.errors.join('\n')}`);
}

/** Loaded once, in the order the home screen lists them, each with its derived late-document re-checks. */
export const caseLibrary: readonly PracticeCase[] = caseSources.map((source) => loadBuiltinCase(source));

export function isBuiltinCaseId(id: string): boolean {
  return caseLibrary.some((practiceCase) => practiceCase.id === id);
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
  practiceCase: Pick<PracticeCase, 'id' | 'facts' | 'rules' | 'interview'>,
  releasedDocumentIds: readonly string[],
  interview: InterviewState = emptyInterviewState,
): CaseContext {
  return {
    caseId: practiceCase.id,
    facts: { ...practiceCase.facts },
    releasedDocumentIds,
    rules: practiceCase.rules,
    interview: interviewRuleData(practiceCase.interview, interview),
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
