import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import type { PracticeCaseInput } from './schema';
import { authoredCase, getCase } from '.';
import { validateCase } from './validate';
import { interviewFixtureCase, relationshipsRuleId } from './__fixtures__/interview-case';
import { INTERVIEW_TRANSCRIPT_ID } from './interview';

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

describe('validateCase: the interview', () => {
  const withInterview = () => interviewFixtureCase();
  const question = (input: PracticeCaseInput, id: string) =>
    input.interview!.questions.find((candidate) => candidate.id === id)!;
  const indexOf = (input: PracticeCaseInput, id: string) =>
    input.interview!.questions.findIndex((candidate) => candidate.id === id);

  it('accepts a well-formed interview', () => {
    expect(errorsOf(withInterview())).toEqual([]);
  });

  it('reports unknown topics, questions, facts and documents with their paths', () => {
    const input = withInterview();
    const q = question(input, 'what-happened');
    q.topic = 'money';
    q.unlocks = ['no-such-question'];
    q.reveals = ['no-such-fact'];
    q.releases = ['no-such-document'];
    q.contradictedBy = ['cps-summary', 'nor-this'];
    const i = indexOf(input, 'what-happened');
    const errors = errorsOf(input);
    expect(errors).toContain(`interview.questions[${i}].topic: unknown topic 'money'`);
    expect(errors).toContain(`interview.questions[${i}].unlocks[0]: unknown question 'no-such-question'`);
    expect(errors).toContain(`interview.questions[${i}].reveals[0]: unknown fact 'no-such-fact'`);
    expect(errors).toContain(`interview.questions[${i}].releases[0]: unknown document 'no-such-document'`);
    expect(errors).toContain(`interview.questions[${i}].contradictedBy[1]: unknown document 'nor-this'`);
  });

  it('finds duplicate question, topic and fact ids', () => {
    const input = withInterview();
    input.interview!.questions[2]!.id = 'who-at-home';
    input.interview!.topics.push({ id: 'home', label: 'Again' });
    input.interview!.facts.push({ ...input.interview!.facts[0]! });
    const errors = errorsOf(input);
    expect(errors).toContain("interview.questions[2].id: question id 'who-at-home' is used twice");
    expect(errors).toContain("interview.topics[2].id: topic id 'home' is used twice");
    expect(errors).toContain("interview.facts[2].id: fact id 'new-partner' is used twice");
  });

  it('reports a question that unlocks itself', () => {
    const input = withInterview();
    question(input, 'what-happened').unlocks = ['what-happened'];
    const i = indexOf(input, 'what-happened');
    expect(errorsOf(input)).toContain(
      `interview.questions[${i}].unlocks[0]: a question cannot unlock itself`,
    );
  });

  it('reports questions only unlocked by questions that can never be asked (a cycle)', () => {
    const input = withInterview();
    // The follow-up now unlocks the question that unlocks it: neither is open at the start.
    question(input, 'about-jade').unlocks = ['who-at-home'];
    const errors = errorsOf(input);
    expect(errors).toContain(
      `interview.questions[${indexOf(input, 'who-at-home')}]: question 'who-at-home' can never be asked: only questions that are themselves never asked unlock it`,
    );
    expect(errors.some((e) => e.startsWith(`interview.questions[${indexOf(input, 'about-jade')}]:`))).toBe(
      true,
    );
    // And so everything only they led to is a dead end.
    expect(errors).toContain(
      "interview.facts[0]: no question the trainee can ask reveals fact 'new-partner'",
    );
    expect(errors).toContain("interview.topics[0]: topic 'home' has no question the trainee can ask");
    const doc = input.documents.findIndex((d) => d.id === 'police-check-jade');
    expect(errors).toContain(
      `documents[${doc}].release: document 'police-check-jade' is released by the interview, but no question the trainee can ask releases it`,
    );
  });

  it('reports a fact no question reveals and a document kept for the interview without one', () => {
    const input = withInterview();
    input.interview!.facts.push({ id: 'debts', label: 'Debts', significance: 'Money worries.' });
    const errors = errorsOf(input);
    expect(errors).toContain("interview.facts[2]: no question the trainee can ask reveals fact 'debts'");
    const plain = copy();
    delete plain.interview;
    plain.documents[1]!.release = { kind: 'interview' };
    plain.documents[1]!.newInformation = { headline: 'New', revisit: [] };
    expect(errorsOf(plain)).toContain(
      'documents[1].release: the case has no interview to release this document',
    );
  });

  it('keeps the transcript’s document id for the transcript', () => {
    const input = withInterview();
    input.documents[1]!.id = INTERVIEW_TRANSCRIPT_ID;
    expect(errorsOf(input)).toContain(
      `documents[1].id: '${INTERVIEW_TRANSCRIPT_ID}' is kept for the interview's transcript`,
    );
  });

  it('lets rules read what was asked and uncovered, and only the interview’s own ids', () => {
    const input = withInterview();
    const rule = input.rules.find((r) => r.id === relationshipsRuleId)!;
    const index = input.rules.indexOf(rule);
    rule.when = {
      and: [
        { var: 'interview.held' },
        { '!': [{ var: 'interview.asked.no-such-question' }] },
        { '!': [{ var: 'interview.uncovered.no-such-fact' }] },
        { var: 'interview.whatever' },
      ],
    };
    const errors = errorsOf(input);
    expect(errors).toContain(`rules[${index}].when: unknown interview question 'no-such-question'`);
    expect(errors).toContain(`rules[${index}].when: unknown interview fact 'no-such-fact'`);
    expect(
      errors.some((e) =>
        e.startsWith(`rules[${index}].when: unknown interview variable 'interview.whatever'`),
      ),
    ).toBe(true);
    expect(errors.filter((e) => e.includes("'interview.held'"))).toEqual([]);
    expect(errors).toHaveLength(3);
  });
});
