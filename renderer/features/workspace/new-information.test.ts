import { describe, expect, it } from 'vitest';
import { getCase, initialReleasedDocumentIds } from '@shared/cases';
import type { SectionStatus } from '@shared/templates';
import {
  answersToRevisit,
  documentsDueNow,
  documentsOnContinue,
  lateDocuments,
  withReleased,
} from './new-information';

const cotter = getCase('cotter-domestic-abuse')!;
const start = initialReleasedDocumentIds(cotter);
const none: Record<string, Record<string, SectionStatus>> = {};
const enquiriesDone = { 'rosh-analysis': { enquiries: 'has-questions' as SectionStatus } };

describe('release of new information', () => {
  it('releases nothing new at the start', () => {
    expect(documentsDueNow(cotter, start, none)).toEqual([]);
    expect(start).not.toContain('idva-email');
  });

  it('releases the IDVA email once the enquiries section is finished (questions do not block)', () => {
    expect(documentsDueNow(cotter, start, { 'rosh-analysis': { enquiries: 'incomplete' } })).toEqual([]);
    expect(documentsDueNow(cotter, start, enquiriesDone).map((d) => d.id)).toEqual(['idva-email']);
    const after = withReleased(start, documentsDueNow(cotter, start, enquiriesDone));
    expect(documentsDueNow(cotter, after, enquiriesDone)).toEqual([]);
  });

  it('releases the police notification on the first "continue", and nothing on a second', () => {
    const first = documentsOnContinue(cotter, start, none);
    expect(first.map((d) => d.id)).toEqual(['police-incident-november']);
    const after = withReleased(start, first);
    expect(documentsOnContinue(cotter, after, none)).toEqual([]);
    // Continue steps taken are read back from the released ids: a later section release keeps them.
    expect(documentsDueNow(cotter, after, enquiriesDone).map((d) => d.id)).toEqual(['idva-email']);
  });

  it('never takes a released document away', () => {
    expect(withReleased(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(
      withReleased(
        ['a'],
        cotter.documents.filter((d) => d.id === 'idva-email'),
      ),
    ).toEqual(['a', 'idva-email']);
  });

  it('lists late documents in the order they arrived', () => {
    const released = [...start, 'police-incident-november', 'idva-email'];
    expect(lateDocuments(cotter, released).map((d) => d.id)).toEqual([
      'police-incident-november',
      'idva-email',
    ]);
  });
});

describe('answers to revisit', () => {
  it('names the case’s own items first, then items that case rules about the document point at, once each', () => {
    const police = cotter.documents.filter((d) => d.id === 'police-incident-november');
    expect(answersToRevisit(cotter, police)).toEqual([
      {
        templateId: 'rosh-analysis',
        itemId: 'rosh-grid',
        because: 'named-by-case',
        documentIds: ['police-incident-november'],
      },
      {
        templateId: 'rosh-analysis',
        itemId: 'imminence',
        because: 'named-by-case',
        documentIds: ['police-incident-november'],
      },
      {
        templateId: 'risk-management-plan',
        itemId: 'contingency-lines',
        because: 'named-by-case',
        documentIds: ['police-incident-november'],
      },
    ]);
  });

  it('adds items from case rules that point at a start document when that document is given', () => {
    const daReply = cotter.documents.filter((d) => d.id === 'police-da-callouts');
    expect(answersToRevisit(cotter, daReply)).toEqual([
      {
        templateId: 'rosh-analysis',
        itemId: 'da-status',
        because: 'case-rule',
        documentIds: ['police-da-callouts'],
      },
    ]);
  });

  it('merges the documents that name the same item', () => {
    const both = cotter.documents.filter((d) => d.id === 'idva-email' || d.id === 'police-incident-november');
    const grid = answersToRevisit(cotter, both).find((item) => item.itemId === 'rosh-grid');
    expect(grid?.documentIds).toEqual(['idva-email', 'police-incident-november']);
  });
});
