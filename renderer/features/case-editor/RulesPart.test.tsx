// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTemplates } from '@shared/templates/builtin';
import { RulesPart } from './RulesPart';
import type { CaseEditorStore } from './editor-store';
import { button, choose, click, mountEditor, typeInto } from './__fixtures__/render';

let cleanUp: Array<() => void> = [];
afterEach(() => {
  cleanUp.forEach((undo) => undo());
  cleanUp = [];
});

/** A new case with a start document and a late one, so a rule can wait for the late one. */
function withTwoDocuments(store: CaseEditorStore) {
  const { actions } = store.getState();
  actions.startNew('2026-11-23');
  actions.set(['documents', 0, 'id'], 'case-summary');
  actions.set(['documents', 0, 'title'], 'Case summary');
  actions.addDocument('2026-11-24');
  actions.set(['documents', 1, 'id'], 'police-callout');
  actions.set(['documents', 1, 'title'], 'Police call-out');
  actions.set(['documents', 1, 'release'], { kind: 'continue', step: 1 });
}

function mountRules() {
  const mounted = mountEditor(() => <RulesPart templates={builtinTemplates} />, withTwoDocuments);
  cleanUp.push(mounted.unmount);
  return mounted;
}

const question = 'What still supports a rating below high for her?';

describe('the rules part of the case editor', () => {
  it('adds a rating-below preset after a document, and the try panel says when it speaks', () => {
    const { container, store } = mountRules();
    // The first preset is "a rating below a level for a group" and the grid is the RoSH grid.
    choose(container.querySelector('#case-preset-row')!, 'known-adult');
    choose(container.querySelector('#case-preset-column')!, 'community');
    choose(container.querySelector('#case-preset-level')!, 'high');
    choose(container.querySelector('#case-preset-after')!, 'police-callout');
    typeInto(container.querySelector('#case-preset-message')!, question);
    click(button(container, 'Add this rule'));
    const rule = store.getState().draft!.rules[0]!;
    expect(rule).toMatchObject({
      severity: 'question',
      message: question,
      documentRef: 'police-callout',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    });
    expect(rule.when).toEqual({
      and: [
        { in: ['police-callout', { var: 'case.releasedDocuments' }] },
        { in: [{ var: 'answers.rosh-analysis.rosh-grid.known-adult.community' }, ['low', 'medium']] },
      ],
    });

    const outcome = () => container.querySelector('[data-testid="rule-0-outcome"]')!.textContent;
    click(button(container, 'Start the sample again from the rules'));
    expect(container.querySelector<HTMLTextAreaElement>('#case-sample-answers')!.value).toContain(
      '"community": null',
    );
    expect(outcome()).toBe('Silent on the sample');
    typeInto(
      container.querySelector('#case-sample-answers')!,
      '{ "rosh-analysis": { "rosh-grid": { "known-adult": { "community": "medium" } } } }',
    );
    // Rated medium, but the police report is not in the sample's file yet.
    expect(outcome()).toBe('Silent on the sample');
    click(container.querySelector<HTMLInputElement>('#case-sample-document-1')!);
    expect(outcome()).toBe('Speaks on the sample');
    expect(container.querySelector('.case-editor__item .inset-text')!.textContent).toBe(question);
    // Rated high: silent again.
    typeInto(
      container.querySelector('#case-sample-answers')!,
      '{ "rosh-analysis": { "rosh-grid": { "known-adult": { "community": "high" } } } }',
    );
    expect(outcome()).toBe('Silent on the sample');
  });

  it('adds an enquiry-not-recorded and a section-left-empty preset', () => {
    const { container, store } = mountRules();
    click(container.querySelector<HTMLInputElement>('#case-preset-kind-1')!);
    const items = container.querySelector<HTMLSelectElement>('#case-preset-item')!;
    const daStatus = [...items.options].find((option) => option.value === 'rosh-analysis/da-status')!;
    choose(items, daStatus.value);
    choose(container.querySelector('#case-preset-option')!, 'received');
    typeInto(container.querySelector('#case-preset-message')!, 'What did the police reply tell you?');
    click(button(container, 'Add this rule'));
    click(container.querySelector<HTMLInputElement>('#case-preset-kind-3')!);
    typeInto(container.querySelector('#case-preset-message')!, 'What happened, in your words?');
    click(button(container, 'Add this rule'));
    const rules = store.getState().draft!.rules;
    expect(rules.map((rule) => rule.when)).toEqual([
      { '!=': [{ var: 'answers.rosh-analysis.da-status' }, 'received'] },
      expect.objectContaining({ '!': [expect.objectContaining({ or: expect.any(Array) })] }),
    ]);
    expect(rules[1]!.sectionRef).toEqual({
      templateId: 'rosh-analysis',
      sectionId: builtinTemplates.find((t) => t.id === 'rosh-analysis')!.sections[0]!.id,
    });
  });

  it('refuses a preset without its question, and a JSON Logic rule is checked as it is typed', () => {
    const { container, store } = mountRules();
    click(button(container, 'Add this rule'));
    expect(container.querySelector('[role="alert"]')!.textContent).toContain(
      'Write the question the rule asks',
    );
    expect(store.getState().draft!.rules).toEqual([]);

    click(button(container, 'Write a rule in JSON Logic'));
    typeInto(container.querySelector('#case-rules-0-message')!, 'Is he on licence?');
    const when = container.querySelector<HTMLTextAreaElement>('#case-rules-0-when')!;
    typeInto(when, '{ "==": [ { "var": "answers.rosh-analysis.no-such-item" }, 1 ] ');
    expect(container.querySelector('#case-rules-0-when-error')!.textContent).toContain('not valid JSON yet');
    typeInto(when, '{ "==": [ { "var": "answers.rosh-analysis.no-such-item" }, 1 ] }');
    expect(container.querySelector('#case-rules-0-when-error')!.textContent).toContain('no-such-item');
    // Over the expression budget: a condition of 500 parts.
    const huge = { or: Array.from({ length: 500 }, () => ({ '==': [1, 2] })) };
    typeInto(when, JSON.stringify(huge));
    expect(container.querySelector('#case-rules-0-when-error')!.textContent).toContain(
      'more than 400 parts, over the budget for one rule',
    );
    typeInto(when, '{ "==": [ { "var": "case.facts.onLicence" }, true ] }');
    expect(container.querySelector('#case-rules-0-when-error')).toBeNull();
  });
});
