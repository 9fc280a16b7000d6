import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates/builtin';
import { validateCase } from '../cases';
import type { InterviewState } from '../model/attempt';
import { interviewFixtureCase } from '../cases/__fixtures__/interview-case';
import { buildAttemptPdf } from './builder';
import { pdfCaseInfo } from './case-info';
import { sampleAttempt } from './__fixtures__/sample-attempt';
import { printedText } from './__fixtures__/printed';

const parsed = validateCase(interviewFixtureCase(), builtinTemplates);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const practiceCase = parsed.practiceCase;

const held: InterviewState = {
  asked: [
    { questionId: 'what-happened', askedAt: '2026-03-02T10:00:00.000Z' },
    { questionId: 'who-at-home', askedAt: '2026-03-02T10:03:00.000Z' },
  ],
  timed: false,
  endedAt: '2026-03-02T10:10:00.000Z',
};

function pdfOf(state: InterviewState, finished: boolean): string {
  // Joined with spaces: a turn prints its speaker and words as separate runs of one line.
  return printedText(
    buildAttemptPdf({
      attempt: { ...sampleAttempt(), caseId: practiceCase.id, interview: state },
      templates: builtinTemplates,
      traineeName: 'Siân Ellis',
      caseInfo: pdfCaseInfo(practiceCase, finished, state),
      options: { includeTutorNotes: true },
    }),
  ).replace(/\n/g, ' ');
}

describe('the interview in the attempt PDF', () => {
  it('prints the transcript, question then answer, in the order asked', () => {
    const text = pdfOf(held, false);
    const part = text.slice(text.indexOf('The interview'));
    expect(part).toContain(practiceCase.interview!.setting);
    const first = part.indexOf('You lost your temper, didn’t you?');
    const reply = part.indexOf('I suppose. She wound me up.');
    const second = part.indexOf('Who is living at your mum’s with you at the moment?');
    expect(first).toBeGreaterThan(0);
    expect(reply).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(reply);
    expect(part).toContain('The interview ended here.');
  });

  it('prints no interview part when nothing was asked', () => {
    expect(pdfOf({ asked: [], timed: false, endedAt: null }, false)).not.toContain('The questions you chose');
  });

  it('puts the key questions, asked and missed, in the tutor notes of a finished attempt', () => {
    const text = pdfOf(held, true);
    expect(text).toContain('The interview: the questions that mattered');
    expect(text).toContain('Asked: “Who is living at your mum’s with you at the moment?”');
    expect(text).toContain('Not asked: “Tell me about Jade. Does she have children?”');
    expect(text).toContain('It would have uncovered: Jade has a son, Tyler, who sometimes stays.');
    expect(text).toContain('It would have brought into the case file: Police check: Jade Ellery.');
    expect(text).toContain(
      '“You lost your temper, didn’t you?”: Leading question; an evasive answer. The records say otherwise: Prosecution case summary.',
    );
    expect(pdfOf(held, false)).not.toContain('The interview: the questions that mattered');
  });
});
