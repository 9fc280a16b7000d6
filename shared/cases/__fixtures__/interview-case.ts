import { authoredCase, getCase } from '..';
import type { CaseInterview, PracticeCaseInput } from '../schema';

/**
 * A small interview on a copy of the Cotter case, for the engine and validation tests: two open questions,
 * a follow-up, a question that reveals a new partner and releases a police check, and a case rule that
 * speaks when the ratings were written without that fact ever being uncovered.
 */
export const fixtureInterview: CaseInterview = {
  title: 'First appointment with Ryan',
  setting: 'Pellbridge probation office, interview room 2. Ryan arrives on time.',
  timeBudgetMinutes: 10,
  topics: [
    { id: 'home', label: 'Home and relationships' },
    { id: 'offence', label: 'The offence' },
  ],
  questions: [
    {
      id: 'who-at-home',
      topic: 'home',
      ask: 'Who is living at your mum’s with you at the moment?',
      style: 'open',
      reply: 'Just me and Mum. My girlfriend Jade stops over most weekends.',
      replyKind: 'partial',
      unlocks: ['about-jade'],
      reveals: ['new-partner'],
      minutes: 3,
      key: { why: 'A new partner is a person at risk the file does not name.' },
    },
    {
      id: 'about-jade',
      topic: 'home',
      ask: 'Tell me about Jade. Does she have children?',
      style: 'compound',
      reply: 'She’s got a little boy, Tyler. He comes with her sometimes.',
      replyKind: 'full',
      reveals: ['child-with-partner'],
      releases: ['police-check-jade'],
      minutes: 4,
      key: { why: 'Another child may be in contact with Ryan.' },
    },
    {
      id: 'what-happened',
      topic: 'offence',
      ask: 'You lost your temper, didn’t you?',
      style: 'leading',
      reply: 'I suppose. She wound me up.',
      replyKind: 'evasive',
      contradictedBy: ['cps-summary'],
      minutes: 2,
    },
  ],
  facts: [
    {
      id: 'new-partner',
      label: 'Ryan has a new partner, Jade, who stays most weekends',
      significance: 'She is a known adult the risk assessment must consider.',
    },
    {
      id: 'child-with-partner',
      label: 'Jade has a son, Tyler, who sometimes stays',
      significance: 'A child in contact with Ryan changes the risk to children.',
    },
  ],
  tutorNote: 'The follow-up is only there for a trainee who asks who is at home.',
};

export const relationshipsRuleId = 'interview-partner-never-uncovered';

/** The fixture case, as an author writes it. */
export function interviewFixtureCase(): PracticeCaseInput {
  const input = structuredClone(authoredCase(getCase('cotter-domestic-abuse')!));
  // The built-in case carries an interview of its own; the fixture replaces it, and the documents only that
  // interview released, and the rules that read it, go with it.
  input.interview = structuredClone(fixtureInterview);
  input.documents = input.documents.filter((doc) => doc.release.kind !== 'interview');
  input.rules = input.rules.filter((rule) => !JSON.stringify(rule.when).includes('"interview.'));
  input.documents.push({
    id: 'police-check-jade',
    title: 'Police check: Jade Ellery',
    kind: 'police-report',
    agency: 'Brindlemoor Police',
    author: 'Police domestic abuse unit',
    date: '2026-03-02',
    release: { kind: 'interview' },
    newInformation: { headline: 'A police check on Jade Ellery is back.', revisit: [] },
    body: [{ kind: 'paragraph', text: 'No domestic abuse incidents are recorded at Jade Ellery’s address.' }],
  });
  input.rules.push({
    id: relationshipsRuleId,
    severity: 'question',
    when: {
      and: [
        { answered: [{ var: 'answers.rosh-analysis.rosh-grid' }] },
        { '!': [{ var: 'interview.uncovered.new-partner' }] },
      ],
    },
    message:
      'Your ratings were written without asking Ryan who he is seeing now. Who might be at risk that the file does not name?',
    itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
  });
  return input;
}
