import type { CaseDocument, PracticeCase, ReleaseTrigger } from './schema';
import { assertNever } from '../assert-never';

/**
 * When "new information" documents reach the trainee. An attempt stores only `releasedDocumentIds`; a
 * document, once released, stays released even if the section that released it is reopened, so the
 * workspace adds `newlyReleasedDocuments(...)` to what it already has and never takes anything away.
 */

export interface ReleaseState {
  /** Whether the trainee has finished this section (see `sectionFinishedFrom`). */
  sectionFinished(templateId: string, sectionId: string): boolean;
  /** How many times the trainee has pressed "continue the case". */
  continueSteps: number;
}

/** The state of an attempt that has only just started. */
export const startState: ReleaseState = { sectionFinished: () => false, continueSteps: 0 };

/**
 * A section counts as finished when nothing required is missing or invalid: `complete`, or `has-questions`
 * (quality rules never block). Pass the engine's `sectionStatus`.
 */
export function sectionFinishedFrom(
  sectionStatus: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>,
): ReleaseState['sectionFinished'] {
  return (templateId, sectionId) => {
    const status = sectionStatus[templateId]?.[sectionId];
    return status === 'complete' || status === 'has-questions';
  };
}

export function isTriggered(trigger: ReleaseTrigger, state: ReleaseState): boolean {
  switch (trigger.kind) {
    case 'start':
      return true;
    case 'afterSection':
      return state.sectionFinished(trigger.templateId, trigger.sectionId);
    case 'continue':
      return state.continueSteps >= trigger.step;
    case 'interview':
      // The interview releases these by question (`releases`), never the state of the forms.
      return false;
    default:
      return assertNever(trigger, 'release trigger');
  }
}

/** Every document whose trigger has fired in this state, in case-file order. */
export function documentsReleasedAt(practiceCase: PracticeCase, state: ReleaseState): CaseDocument[] {
  return practiceCase.documents.filter((doc) => isTriggered(doc.release, state));
}

/** Documents due in this state that the attempt does not have yet: the workspace adds their ids and marks them new. */
export function newlyReleasedDocuments(
  practiceCase: PracticeCase,
  state: ReleaseState,
  alreadyReleasedIds: readonly string[],
): CaseDocument[] {
  const already = new Set(alreadyReleasedIds);
  return documentsReleasedAt(practiceCase, state).filter((doc) => !already.has(doc.id));
}

/** The ids a new attempt starts with. */
export function initialReleasedDocumentIds(practiceCase: PracticeCase): string[] {
  return documentsReleasedAt(practiceCase, startState).map((doc) => doc.id);
}

/** The documents an attempt has, in case-file order (ids the case no longer has are ignored). */
export function releasedDocuments(
  practiceCase: PracticeCase,
  releasedIds: readonly string[],
): CaseDocument[] {
  const released = new Set(releasedIds);
  return practiceCase.documents.filter((doc) => released.has(doc.id));
}

/** How many "continue the case" steps the case has. */
export function continueStepCount(practiceCase: PracticeCase): number {
  return practiceCase.documents.reduce(
    (highest, doc) => (doc.release.kind === 'continue' ? Math.max(highest, doc.release.step) : highest),
    0,
  );
}

/**
 * How many times "continue the case" has been pressed, read back from the released ids, so the attempt
 * needs no counter of its own: the highest step whose documents are released.
 */
export function continueStepsTaken(practiceCase: PracticeCase, releasedIds: readonly string[]): number {
  const released = new Set(releasedIds);
  return practiceCase.documents.reduce(
    (highest, doc) =>
      doc.release.kind === 'continue' && released.has(doc.id) ? Math.max(highest, doc.release.step) : highest,
    0,
  );
}

/** Whether pressing "continue the case" would release anything more. */
export function canContinue(practiceCase: PracticeCase, releasedIds: readonly string[]): boolean {
  return continueStepsTaken(practiceCase, releasedIds) < continueStepCount(practiceCase);
}
