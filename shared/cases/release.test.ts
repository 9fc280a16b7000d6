import { describe, expect, it } from 'vitest';
import { getCase } from '.';
import {
  canContinue,
  continueStepCount,
  continueStepsTaken,
  documentsReleasedAt,
  initialReleasedDocumentIds,
  newlyReleasedDocuments,
  releasedDocuments,
  sectionFinishedFrom,
  startState,
  type ReleaseState,
} from './release';

const cotter = getCase('cotter-domestic-abuse')!;
const hale = getCase('hale-indecent-images')!;
const ids = (docs: Array<{ id: string }>) => docs.map((doc) => doc.id);

const finished =
  (...keys: string[]): ReleaseState['sectionFinished'] =>
  (templateId, sectionId) =>
    keys.includes(`${templateId}/${sectionId}`);

describe('release of new information', () => {
  it('starts with only the start documents', () => {
    const initial = initialReleasedDocumentIds(cotter);
    expect(initial).toContain('cps-summary');
    expect(initial).not.toContain('idva-email');
    expect(initial).not.toContain('police-incident-november');
    expect(initial).toEqual(ids(cotter.documents.filter((doc) => doc.release.kind === 'start')));
  });

  it('releases an afterSection document once that section is finished, and not for another section', () => {
    const other = documentsReleasedAt(cotter, {
      sectionFinished: finished('rosh-analysis/offence'),
      continueSteps: 0,
    });
    expect(ids(other)).not.toContain('idva-email');
    const after = documentsReleasedAt(cotter, {
      sectionFinished: finished('rosh-analysis/enquiries'),
      continueSteps: 0,
    });
    expect(ids(after)).toContain('idva-email');
    expect(ids(after)).not.toContain('police-incident-november');
  });

  it('releases "continue the case" documents step by step', () => {
    expect(continueStepCount(hale)).toBe(2);
    const step1 = ids(documentsReleasedAt(hale, { ...startState, continueSteps: 1 }));
    expect(step1).toContain('social-care-breach-email');
    expect(step1).not.toContain('police-phone-email');
    const step2 = ids(documentsReleasedAt(hale, { ...startState, continueSteps: 2 }));
    expect(step2).toContain('police-phone-email');
  });

  it('reads the steps taken back from the released ids, so the attempt needs no counter', () => {
    const start = initialReleasedDocumentIds(hale);
    expect(continueStepsTaken(hale, start)).toBe(0);
    expect(canContinue(hale, start)).toBe(true);
    const afterOne = [...start, 'social-care-breach-email'];
    expect(continueStepsTaken(hale, afterOne)).toBe(1);
    const afterTwo = [...afterOne, 'police-phone-email'];
    expect(continueStepsTaken(hale, afterTwo)).toBe(2);
    expect(canContinue(hale, afterTwo)).toBe(false);
  });

  it('lists only what is newly due, in case-file order, and never takes anything away', () => {
    const start = initialReleasedDocumentIds(cotter);
    const state: ReleaseState = { sectionFinished: finished('rosh-analysis/enquiries'), continueSteps: 1 };
    expect(ids(newlyReleasedDocuments(cotter, state, start))).toEqual([
      'idva-email',
      'police-incident-november',
    ]);
    const all = [...start, 'idva-email', 'police-incident-november'];
    // The section has been reopened: the document stays released because the attempt keeps its ids.
    expect(newlyReleasedDocuments(cotter, startState, all)).toEqual([]);
    // Everything but what only the interview releases (a question asked, never a section or a step).
    const notByInterview = cotter.documents.filter((doc) => doc.release.kind !== 'interview');
    expect(notByInterview.length).toBeLessThan(cotter.documents.length);
    expect(ids(releasedDocuments(cotter, all))).toEqual(ids(notByInterview));
  });

  it('ignores released ids the case does not have', () => {
    expect(ids(releasedDocuments(cotter, ['cps-summary', 'gone-document']))).toEqual(['cps-summary']);
  });

  it('treats complete and has-questions sections as finished, incomplete ones as not', () => {
    const isFinished = sectionFinishedFrom({
      'rosh-analysis': { offence: 'complete', enquiries: 'has-questions', 'rosh-levels': 'incomplete' },
    });
    expect(isFinished('rosh-analysis', 'offence')).toBe(true);
    expect(isFinished('rosh-analysis', 'enquiries')).toBe(true);
    expect(isFinished('rosh-analysis', 'rosh-levels')).toBe(false);
    expect(isFinished('sentence-plan', 'objectives')).toBe(false);
  });
});
