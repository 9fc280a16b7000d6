import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import { authoredCase, getCase, validateCase, type PracticeCaseInput } from '.';

/**
 * The guide's list of interview refusals (docs/case-authoring.md, "When the checks refuse an interview") is
 * what the checks say: each line comes from one slip made in a copy of Ryan Cotter's case.
 */
const guide = readFileSync(new URL('../../docs/case-authoring.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('### When the checks refuse an interview'));
const quoted = /```text\n([\s\S]*?)\n```/.exec(section)![1]!.split('\n');

type Slip = (input: PracticeCaseInput) => void;
const interviewOf = (input: PracticeCaseInput) => input.interview!;
const slips: Slip[] = [
  (input) => {
    interviewOf(input).questions[7]!.topic = 'realtionship';
  },
  (input) => {
    interviewOf(input).questions[12]!.unlocks = ['what-is-diferent'];
  },
  (input) => {
    interviewOf(input).questions[13]!.reveals = ['checks-fone'];
  },
  (input) => {
    // Two follow-ups that only open each other: neither can ever be asked.
    const questions = interviewOf(input).questions;
    delete questions[9]!.unlocks;
    questions[10]!.unlocks = ['check-with-mother'];
    questions[11]!.unlocks = ['agreement'];
  },
  (input) => {
    interviewOf(input).questions.splice(25, 2);
  },
  (input) => {
    delete interviewOf(input).questions[17]!.releases;
  },
  (input) => {
    input.rules[5] = JSON.parse(
      JSON.stringify(input.rules[5]).replace(
        'interview.uncovered.staying-at-fenton-walk',
        'interview.uncovered.staying-over',
      ),
    );
  },
];

function errorsOf(slip: Slip): string[] {
  const input = structuredClone(authoredCase(getCase('cotter-domestic-abuse')!));
  slip(input);
  const result = validateCase(input, builtinTemplates);
  return result.ok ? [] : result.errors;
}

describe('docs/case-authoring.md: interview refusals', () => {
  it('quotes exactly what the checks say for each slip', () => {
    expect(slips.flatMap(errorsOf)).toEqual(quoted);
  });

  it('(control: the case without a slip is accepted)', () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });
});
