import { ATTEMPT_SCHEMA_VERSION, emptyTiming } from '@shared/model/attempt';
import type { Attempt } from '@shared/model/attempt';
import type { Template } from '@shared/templates';
import { createAttemptStore } from './attempt-store';
import type { AttemptStore, AttemptStoreOptions } from './attempt-store';

/** A fresh own-case attempt at the given templates, as the host answers one just created. */
export function blankAttempt(templates: readonly Template[], over: Partial<Attempt> = {}): Attempt {
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: 'attempt-000001',
    title: 'Own case practice',
    caseId: null,
    templateIds: templates.map((t) => t.id),
    templateVersions: Object.fromEntries(templates.map((t) => [t.id, t.version])),
    status: 'in-progress',
    createdAt: '2026-11-23T14:00:00.000Z',
    updatedAt: '2026-11-23T14:00:00.000Z',
    finishedAt: null,
    revision: 0,
    answers: {},
    evidence: [],
    releasedDocumentIds: [],
    timing: emptyTiming,
    ...over,
  };
}

/**
 * A store for component tests: saves always succeed and are a minute away, so a test sees only what the
 * components do; answers are evaluated at once unless the test asks for the app's typing delay.
 */
export function componentTestStore(
  templates: Template[],
  over: Partial<AttemptStoreOptions> = {},
): AttemptStore {
  return createAttemptStore({
    attempt: blankAttempt(templates),
    templates,
    caseContext: { caseId: null, facts: {}, releasedDocumentIds: [] },
    client: { saveAttempt: async () => ({ revision: 1, savedAt: new Date().toISOString() }) },
    report: () => {},
    delayMs: () => 60_000,
    evaluationDelayMs: 0,
    ...over,
  });
}
