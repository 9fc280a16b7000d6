import { describe, expect, it } from 'vitest';
import { builtinTemplates, getBuiltinTemplate } from '../templates/builtin';
import { formatDate } from '../dates/format';
import { buildAttemptPdf, durationLabel } from './builder';
import type { AttemptPdfInput } from './builder';
import {
  SAMPLE_HIDDEN_ANSWER,
  SAMPLE_LONG_TOKEN,
  SAMPLE_WELSH,
  sampleAttempt,
  sampleCaseInfo,
} from './__fixtures__/sample-attempt';
import { printedText } from './__fixtures__/printed';

function input(overrides: Partial<AttemptPdfInput> = {}): AttemptPdfInput {
  return {
    attempt: sampleAttempt(),
    templates: builtinTemplates,
    traineeName: 'Siân Ellis',
    caseInfo: sampleCaseInfo(),
    ...overrides,
  };
}

const printed = printedText;

describe('buildAttemptPdf', () => {
  it('prints each template, its visible sections, prompts and answers', () => {
    const text = printed(buildAttemptPdf(input()));
    for (const id of sampleAttempt().templateIds) expect(text).toContain(getBuiltinTemplate(id)!.title);
    expect(text).toContain('Offence analysis');
    expect(text).toContain('What happened?');
    expect(text).toContain(SAMPLE_WELSH);
    expect(text).toContain('Reflection (Gibbs)');
  });

  it('leaves out hidden items and hidden sections even when they hold answers', () => {
    const text = printed(buildAttemptPdf(input()));
    expect(text).not.toContain(SAMPLE_HIDDEN_ANSWER);
    expect(text).not.toContain('Why has no domestic abuse enquiry been requested?');
    expect(text).not.toContain('Reflection (Kolb)');
  });

  it('marks empty required items "Not answered" and leaves optional ones plainly empty', () => {
    const attempt = sampleAttempt();
    delete attempt.answers['rosh-analysis']!['motivation'];
    delete attempt.answers['rosh-analysis']!['assessment-point'];
    const definition = buildAttemptPdf(input({ attempt }));
    const text = printed(definition);
    const afterPrompt = (prompt: string) => text.slice(text.indexOf(prompt) + prompt.length).split('\n')[1];
    expect(afterPrompt('Why did it happen? Motivation and triggers')).toBe('Not answered');
    expect(afterPrompt('At what point is this assessment made?')).toBe('No answer given');
  });

  it('prints the RoSH grid with level words on coloured cells and the overall level', () => {
    const definition = buildAttemptPdf(input());
    const json = JSON.stringify(definition.content);
    expect(json).toMatch(
      /"text":"High","style":"cell","bold":true,"color":"#[0-9a-f]{6}","fillColor":"#[0-9a-f]{6}"/,
    );
    const text = printed(definition);
    expect(text).toContain('Overall risk of serious harm');
    expect(text).toContain('Not rated here');
    expect(text).toMatch(/Levels, lowest first: \nLow, Medium, High, Very high/);
  });

  it('prints plans as tables with one column per question', () => {
    const text = printed(buildAttemptPdf(input()));
    for (const heading of ['Warning sign or change', 'What will be done', 'Who does it', 'How quickly'])
      expect(text).toContain(heading);
    expect(text).toContain('Misses two appointments in a row');
    expect(text).toContain('Goal 1');
    expect(text).toContain('Cwm Alcohol Service');
    expect(text).toContain('15/03/2026');
  });

  it('sets evidence quotes apart with their document', () => {
    const text = printed(buildAttemptPdf(input()));
    expect(text).toContain('“A neighbour saw the defendant push the complainant against the kitchen door.”');
    expect(text).toContain('Source: Prosecution case summary (cps-summary)');
    expect(text).toContain('Source: Children’s social care reply (social-care-reply)');
  });

  it('summarises the quality feedback', () => {
    const text = printed(buildAttemptPdf(input()));
    expect(text).toContain('Quality feedback');
    expect(text).toContain(
      'Goals are written in the person’s words, starting “I will”. Is “Cut down drinking and stay sober on weekdays” how they would say it?',
    );
  });

  it('lets long unbroken text wrap anywhere', () => {
    const json = JSON.stringify(buildAttemptPdf(input()).content);
    expect(json).toContain(JSON.stringify({ text: SAMPLE_LONG_TOKEN, wordBreak: 'break-all' }));
  });

  it('follows the options: templates, tutor notes, comment boxes, page size', () => {
    const plain = buildAttemptPdf(input());
    expect(printed(plain)).not.toContain('Tutor notes for this case');
    expect(printed(plain)).not.toContain('Tutor comments');
    expect(plain.pageSize).toBe('A4');

    const chosen = buildAttemptPdf(
      input({
        options: {
          templateIds: ['risk-management-plan'],
          includeTutorNotes: true,
          includeCommentBoxes: true,
          includeFeedback: false,
          pageSize: 'LETTER',
        },
      }),
    );
    const text = printed(chosen);
    expect(text).toContain('Risk management plan');
    expect(text).not.toContain('Offence analysis');
    expect(text).toContain('Tutor notes for this case');
    expect(text).toContain('What a defensible rating looks like');
    expect(text).not.toContain('Questions raised by the app');
    const sections = builtinTemplates.find((t) => t.id === 'risk-management-plan')!.sections.length;
    expect(text.split('Tutor comments').length - 1).toBe(sections);
    expect(chosen.pageSize).toBe('LETTER');
  });

  it('fills the cover and the metadata from the attempt, with fixed dates', () => {
    const definition = buildAttemptPdf(input());
    const text = printed(definition);
    expect(text).toContain('Practice - fictional case - not for operational use');
    expect(text).toContain('10/02/2026');
    expect(text).toContain('14/02/2026');
    expect(text).toContain('2 hours 35 minutes');
    expect(text).toContain('Finished');
    expect(definition.info?.author).toBe('Siân Ellis');
    expect(definition.info?.creationDate).toEqual(new Date('2026-02-14T16:40:00.000Z'));
    expect(definition.language).toBe('en-GB');
  });

  it('builds a fresh definition every call, so pdfmake mutating one cannot touch the next', () => {
    const same = input();
    const first = buildAttemptPdf(same);
    (first.content as unknown[]).length = 0;
    const second = buildAttemptPdf(same);
    expect((second.content as unknown[]).length).toBeGreaterThan(10);
  });

  it('works without a case (own case) and says so', () => {
    const attempt = { ...sampleAttempt(), caseId: null };
    const text = printed(buildAttemptPdf(input({ attempt, caseInfo: null })));
    expect(text).toContain('Own case (no case file)');
    expect(text).toContain('Source: cps-summary');
  });
});

describe('labels', () => {
  it('formats dates and durations the British way', () => {
    expect(formatDate('2026-11-23T23:30:00.000Z')).toBe('23/11/2026');
    expect(formatDate('2026-07-01T23:30:00.000Z')).toBe('02/07/2026');
    expect(durationLabel(0)).toBe('not recorded');
    expect(durationLabel(61 * 60_000)).toBe('1 hour 1 minute');
    expect(durationLabel(45 * 60_000)).toBe('45 minutes');
  });
});
