import type { Attempt } from '@shared/model/attempt';

/**
 * The attempt the export warm-up renders and throws away. It only has to take pdfmake through the fonts and
 * the builder's code once, so it is one short answer on each built-in template, not a realistic document;
 * the realistic sample the tests and benchmarks use is a test fixture and does not ship.
 */
export function warmUpAttempt(): Attempt {
  return {
    schemaVersion: 1,
    id: 'pdf-warm-up-0001',
    title: 'Warm-up: a fictional practice attempt',
    caseId: null,
    templateIds: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
    templateVersions: {
      'rosh-analysis': 3,
      'risk-management-plan': 3,
      'sentence-plan': 3,
      'reflective-log': 2,
    },
    status: 'finished',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: '2026-01-01T10:00:00.000Z',
    revision: 1,
    answers: {},
    evidence: [],
    releasedDocumentIds: [],
    timing: { timerEnabled: false, targetMinutes: null, totalMs: 0, perSectionMs: {} },
  };
}
