import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import type { PracticeCaseInput } from './schema';
import { authoredCase, getCase } from '.';
import { validateCase } from './validate';

/** A fresh, deep copy of a real case to break one thing at a time. */
const copy = (): PracticeCaseInput => structuredClone(authoredCase(getCase('cotter-domestic-abuse')!));

function errorsOf(input: unknown): string[] {
  const result = validateCase(input, builtinTemplates);
  return result.ok ? [] : result.errors;
}

describe('validateCase', () => {
  it('accepts a well-formed case', () => {
    expect(errorsOf(copy())).toEqual([]);
  });

  it('reports schema problems with their path', () => {
    const input = copy() as unknown as Record<string, unknown>;
    input.difficulty = 'expert';
    input.surprise = true;
    const errors = errorsOf(input);
    expect(errors.some((error) => error.startsWith('difficulty:'))).toBe(true);
    expect(errors).toContain('surprise: unknown field');
  });

  it('refuses an empty document and a blank paragraph', () => {
    const input = copy();
    input.documents[0]!.body = [];
    input.documents[1]!.body = [{ kind: 'paragraph', text: '   ' }];
    const errors = errorsOf(input);
    expect(errors.some((error) => error.startsWith('documents[0].body'))).toBe(true);
    expect(errors.some((error) => error.startsWith('documents[1].body[0].text'))).toBe(true);
  });

  it('refuses dates that are not real ISO dates', () => {
    const input = copy();
    input.documents[0]!.date = '31/09/2026';
    input.documents[1]!.date = '2026-02-30';
    const errors = errorsOf(input);
    expect(errors.some((error) => error.startsWith('documents[0].date'))).toBe(true);
    expect(errors.some((error) => error.startsWith('documents[1].date'))).toBe(true);
  });

  it('finds duplicate document ids', () => {
    const input = copy();
    input.documents[1]!.id = input.documents[0]!.id;
    expect(errorsOf(input)).toContain("documents[1].id: document id 'charge-sheet' is used twice");
  });

  it('checks that afterSection triggers name a real section of a template in the set', () => {
    const input = copy();
    const late = input.documents.find((doc) => doc.release.kind === 'afterSection')!;
    const index = input.documents.indexOf(late);
    late.release = { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'no-such-section' };
    expect(errorsOf(input)).toContain(
      `documents[${index}].release.sectionId: unknown section 'no-such-section' in template 'rosh-analysis'`,
    );
    late.release = { kind: 'afterSection', templateId: 'enquiries-log', sectionId: 'checks' };
    expect(errorsOf(input)).toContain(
      `documents[${index}].release.templateId: 'enquiries-log' is not in the case's template set`,
    );
  });

  it('requires "continue the case" steps without gaps', () => {
    const input = copy();
    const late = input.documents.find((doc) => doc.release.kind === 'continue')!;
    late.release = { kind: 'continue', step: 2 };
    expect(errorsOf(input)).toContain(
      'documents: "continue the case" steps must run 1, 2, 3… without gaps; found 2',
    );
  });

  it('requires late documents to say what is new, and only late documents', () => {
    const input = copy();
    const lateIndex = input.documents.findIndex((doc) => doc.release.kind !== 'start');
    delete input.documents[lateIndex]!.newInformation;
    input.documents[0]!.newInformation = { headline: 'Something', revisit: [] };
    const errors = errorsOf(input);
    expect(errors).toContain(
      `documents[${lateIndex}].newInformation: a document released later must say what is new (newInformation)`,
    );
    expect(errors).toContain(
      'documents[0].newInformation: only documents released later carry newInformation',
    );
  });

  it('checks the items a late document asks the trainee to revisit', () => {
    const input = copy();
    const lateIndex = input.documents.findIndex((doc) => doc.release.kind !== 'start');
    input.documents[lateIndex]!.newInformation!.revisit = [
      { templateId: 'rosh-analysis', itemId: 'no-such-item' },
    ];
    expect(errorsOf(input)).toContain(
      `documents[${lateIndex}].newInformation.revisit[0].itemId: unknown item id 'no-such-item' in template 'rosh-analysis'`,
    );
  });

  it('checks document references in the tutor notes', () => {
    const input = copy();
    input.tutorNotes.keyEvidence[0]!.documentRefs = ['missing-document'];
    input.tutorNotes.roshRanges[0]!.afterNewInformation!.documentId = 'another-missing';
    const errors = errorsOf(input);
    expect(errors).toContain(
      "tutorNotes.keyEvidence[0].documentRefs[0]: unknown document 'missing-document'",
    );
    expect(errors).toContain(
      "tutorNotes.roshRanges[0].afterNewInformation.documentId: unknown document 'another-missing'",
    );
  });

  it('refuses a range that runs downwards or repeats a group', () => {
    const input = copy();
    input.tutorNotes.roshRanges[0]!.from = 'very-high';
    input.tutorNotes.roshRanges[1]!.group = input.tutorNotes.roshRanges[0]!.group;
    const errors = errorsOf(input);
    expect(errors).toContain("tutorNotes.roshRanges[0]: 'from' (very-high) is above 'to' (high)");
    expect(errors).toContain('tutorNotes.roshRanges[1]: a second range for known-adult/community');
  });

  it('checks rules against the templates, the documents and the declared facts', () => {
    const input = copy();
    const rule = input.rules[0]!;
    rule.itemRef = { templateId: 'rosh-analysis', itemId: 'no-such-item' };
    rule.documentRef = 'missing-document';
    input.rules[1]!.when = { '>': [{ var: 'case.facts.undeclaredFact' }, 0] };
    input.rules[2]!.when = { in: ['not-a-document', { var: 'case.releasedDocuments' }] };
    input.rules[3]!.when = {
      '==': [{ var: 'answers.rosh-analysis.rosh-grid.children.community' }, 'severe'],
    };
    const errors = errorsOf(input);
    expect(errors).toContain(
      "rules[0].itemRef.itemId: unknown item id 'no-such-item' in template 'rosh-analysis'",
    );
    expect(errors).toContain("rules[0].documentRef: unknown document 'missing-document'");
    expect(errors).toContain("rules[1].when: unknown case fact 'undeclaredFact'");
    expect(errors).toContain("rules[2].when: unknown document 'not-a-document'");
    expect(errors.some((error) => error.startsWith('rules[3].when: unknown level'))).toBe(true);
  });

  it('refuses a template set naming a template that does not exist', () => {
    const input = copy();
    input.templateSet = ['rosh-analysis', 'no-such-template'];
    expect(errorsOf(input)).toContain("templateSet[1]: unknown template 'no-such-template'");
  });
});
