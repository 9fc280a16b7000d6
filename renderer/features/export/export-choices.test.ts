import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import { pdfExportOptionsSchema } from '@shared/pdf/options';
import {
  choicesProblem,
  defaultChoices,
  exportFailureMessage,
  pdfOptionsFrom,
  suggestedFileName,
} from './export-choices';

const attemptTemplates = ['rosh-analysis', 'risk-management-plan', 'reflective-log'];

describe('export choices', () => {
  it('start with every template, no tutor notes or comment boxes, on A4', () => {
    const choices = defaultChoices(attemptTemplates);
    expect(choices.templateIds).toEqual(attemptTemplates);
    expect(choices).toMatchObject({ includeTutorNotes: false, includeCommentBoxes: false, pageSize: 'A4' });
    expect(choicesProblem(choices)).toBeNull();
  });

  it('become a request the host accepts, templates in the attempt order', () => {
    const choices = {
      ...defaultChoices(attemptTemplates),
      templateIds: ['reflective-log', 'rosh-analysis'],
      includeCommentBoxes: true,
      pageSize: 'LETTER' as const,
    };
    const options = pdfOptionsFrom(choices, attemptTemplates);
    expect(options.templateIds).toEqual(['rosh-analysis', 'reflective-log']);
    expect(options).toMatchObject({ includeCommentBoxes: true, pageSize: 'LETTER' });
    expect(pdfExportOptionsSchema.safeParse(options).success).toBe(true);
    // All templates chosen: the request leaves the list out, which means all.
    expect(pdfOptionsFrom(defaultChoices(attemptTemplates), attemptTemplates).templateIds).toBeUndefined();
  });

  it('refuse an export with nothing in it', () => {
    expect(choicesProblem({ ...defaultChoices(attemptTemplates), templateIds: [] })).toMatch(/at least one/);
  });

  it('suggest <case> - <template set> - <trainee> - <date>', () => {
    expect(
      suggestedFileName({
        caseTitle: 'Rhys Pennant',
        templateTitles: ['Risk management plan'],
        traineeName: 'Siân Ellis',
        today: new Date('2026-11-23T10:00:00Z'),
        extension: 'pdf',
      }),
    ).toBe('Rhys Pennant - Risk management plan - Siân Ellis - 2026-11-23.pdf');
  });

  it('name the kind of failure and keep the host’s message', () => {
    const full = exportFailureMessage(
      new HostError('disk-full', 'Could not save “a.pdf”: the disk is full.'),
    );
    expect(full.title).toMatch(/not enough space/);
    expect(full.detail).toContain('the disk is full');
    expect(exportFailureMessage(new HostError('file-in-use', 'x')).title).toMatch(/open in another program/);
    expect(exportFailureMessage(new HostError('read-only', 'x')).title).toMatch(/could not be saved there/);
    expect(exportFailureMessage(new Error('boom')).detail).toMatch(/safe/);
  });
});
