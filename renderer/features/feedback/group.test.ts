import { describe, expect, it } from 'vitest';
import { caseContextFor, getCase, initialReleasedDocumentIds } from '@shared/cases';
import { builtinTemplates, evaluateAttempt } from '@shared/templates';
import type { RuleResult } from '@shared/rules';
import { groupFeedback } from './group';

describe('feedback by section', () => {
  it('groups a real evaluation’s results by template and section, in working order, with item labels', () => {
    const cotter = getCase('cotter-domestic-abuse')!;
    const evaluation = evaluateAttempt({
      templates: builtinTemplates,
      answers: { 'risk-management-plan': { 'home-visits': 'no' } },
      caseContext: caseContextFor(cotter, initialReleasedDocumentIds(cotter)),
    });
    const feedback = groupFeedback(evaluation.ruleResults, builtinTemplates);
    expect(feedback.count).toBe(evaluation.ruleResults.length);
    expect(feedback.count).toBeGreaterThan(0);
    const order = feedback.groups.map((group) => `${group.templateId}/${group.sectionId}`);
    const templateOrder = builtinTemplates.flatMap((t) => t.sections.map((s) => `${t.id}/${s.id}`));
    expect([...order].sort((a, b) => templateOrder.indexOf(a) - templateOrder.indexOf(b))).toEqual(order);
    const homeVisit = feedback.groups
      .flatMap((group) => group.entries)
      .find((entry) => entry.result.ruleId === 'no-home-visit');
    expect(homeVisit).toMatchObject({
      itemSectionId: 'supervision',
      result: { documentRef: 'childrens-social-care' },
    });
    expect(homeVisit?.itemLabel).toMatch(/home/i);
  });

  it('keeps results without a section apart, and leaves out sections with nothing to say', () => {
    const loose: RuleResult = {
      ruleId: 'whole-attempt',
      source: { kind: 'case', caseId: 'x' },
      severity: 'warning',
      message: 'Something about the whole attempt?',
    };
    const feedback = groupFeedback([loose], builtinTemplates);
    expect(feedback.groups).toEqual([]);
    expect(feedback.general.map((entry) => entry.result.ruleId)).toEqual(['whole-attempt']);
    expect(feedback.general[0]?.itemLabel).toBeNull();
  });
});
