import { describe, expect, it } from 'vitest';
import { caseLibrary, getCase } from '@shared/cases';
import type { LibraryEntry } from '@shared/model/library';
import { builtinTemplates } from '@shared/templates';
import { attemptsByCase, estimatedTimeText, startCaseRequest } from './start-case';

const cotter = getCase('cotter-domestic-abuse')!;

describe('starting a library case', () => {
  it('asks for the case’s own template set, in order, with each template’s version', () => {
    for (const practiceCase of caseLibrary) {
      const request = startCaseRequest(practiceCase, builtinTemplates, []);
      expect(request.caseId).toBe(practiceCase.id);
      expect(request.templateIds).toEqual(practiceCase.templateSet);
      for (const id of request.templateIds)
        expect(request.templateVersions[id]).toBe(builtinTemplates.find((t) => t.id === id)!.version);
    }
  });

  it('starts with the documents released at the start, and none that arrive later', () => {
    const request = startCaseRequest(cotter, builtinTemplates, []);
    const late = cotter.documents.filter((d) => d.release.kind !== 'start').map((d) => d.id);
    expect(late.length).toBeGreaterThan(0);
    expect(request.releasedDocumentIds?.length).toBeGreaterThan(0);
    for (const id of late) expect(request.releasedDocumentIds).not.toContain(id);
  });

  it('titles a second go so it is told apart from the first', () => {
    expect(startCaseRequest(cotter, builtinTemplates, ['Something else']).title).toBe(cotter.title);
    expect(startCaseRequest(cotter, builtinTemplates, [cotter.title]).title).toBe(`${cotter.title} (try 2)`);
    expect(startCaseRequest(cotter, builtinTemplates, [cotter.title, `${cotter.title} (try 2)`]).title).toBe(
      `${cotter.title} (try 3)`,
    );
  });

  it('refuses a case whose templates this app does not have', () => {
    expect(() => startCaseRequest(cotter, [], [])).toThrow(/needs template/);
  });
});

describe('the case list beside the trainee’s attempts', () => {
  const entry = (caseId: string | null, status: LibraryEntry['status']): LibraryEntry => ({
    id: `a-${Math.random().toString(36).slice(2, 10)}`,
    title: 't',
    caseId,
    templateIds: ['rosh-analysis'],
    status,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    progress: 0,
  });

  it('counts attempts and finished attempts per case, leaving own cases out', () => {
    const counts = attemptsByCase([
      entry('cotter-domestic-abuse', 'finished'),
      entry('cotter-domestic-abuse', 'in-progress'),
      entry('rooke-acquisitive', 'in-progress'),
      entry(null, 'finished'),
    ]);
    expect(counts.get('cotter-domestic-abuse')).toEqual({ total: 2, finished: 1 });
    expect(counts.get('rooke-acquisitive')).toEqual({ total: 1, finished: 0 });
    expect(counts.size).toBe(2);
  });

  it('says the estimated time in words', () => {
    expect(estimatedTimeText(60)).toBe('About 1 hour');
    expect(estimatedTimeText(75)).toBe('About 1 hour 15 minutes');
    expect(estimatedTimeText(45)).toBe('About 45 minutes');
    expect(estimatedTimeText(120)).toBe('About 2 hours');
  });
});
