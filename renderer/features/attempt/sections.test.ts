import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '@shared/templates';
import type { SectionState } from '@shared/templates';
import { allSections, taskStatus, taskStatusLabels, taskStatusTagClass, visibleSections } from './sections';

describe('task-list statuses as GOV.UK shows them', () => {
  it('says "Not yet started" before anything is answered and "In progress" after, both as tags', () => {
    expect(taskStatus(undefined)).toBe('not-started');
    expect(taskStatus({ status: 'incomplete', answeredCount: 0 })).toBe('not-started');
    expect(taskStatus({ status: 'incomplete', answeredCount: 2 })).toBe('in-progress');
    expect(taskStatusLabels['not-started']).toBe('Not yet started');
    expect(taskStatusTagClass['in-progress']).not.toBeNull();
  });

  it('shows "Completed" as plain text, and keeps "Has questions" for answered sections the rules speak about', () => {
    expect(taskStatus({ status: 'complete', answeredCount: 3 })).toBe('completed');
    expect(taskStatusLabels.completed).toBe('Completed');
    expect(taskStatusTagClass.completed).toBeNull();
    expect(taskStatus({ status: 'has-questions', answeredCount: 3 })).toBe('has-questions');
  });
});

describe('the section lists the form asks for on every key', () => {
  const templates = [getBuiltinTemplate('rosh-analysis')!, getBuiltinTemplate('risk-management-plan')!];
  const state = (visible: boolean): SectionState => ({
    visible,
    status: 'incomplete',
    requiredCount: 0,
    answeredCount: 0,
    errorCount: 0,
    ruleCount: 0,
  });
  const sectionsWith = (hidden: string) =>
    Object.fromEntries(allSections(templates).map((link) => [link.key, state(link.key !== hidden)]));

  it('answers the same list for the same evaluation, and a new one when the evaluation or templates change', () => {
    const sections = sectionsWith('rosh-analysis/offence');
    const shown = visibleSections(templates, sections);
    expect(shown.map((link) => link.key)).not.toContain('rosh-analysis/offence');
    expect(shown).toHaveLength(allSections(templates).length - 1);
    expect(visibleSections(templates, sections)).toBe(shown);
    expect(allSections(templates)).toBe(allSections(templates));
    // A new evaluation (a new sections object) is read afresh, even with the same visibility.
    const next = sectionsWith('risk-management-plan/contingency');
    expect(visibleSections(templates, next).map((link) => link.key)).toContain('rosh-analysis/offence');
    // Another template set with the same sections object is read afresh too.
    const fewer = templates.slice(0, 1);
    expect(visibleSections(fewer, sections).every((link) => link.templateId === 'rosh-analysis')).toBe(true);
  });
});
