import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { RequestOf, ResponseOf } from '@shared/contract';
import type { ImportFileResult } from '@shared/contract/channels/imports';
import { importCountsOf, MAX_DROPPED_BASE64_CHARS } from '@shared/contract/channels/imports';
import { batchImportStore, importDropped, importFolder, summaryText } from './batch-import';

/** A host that imports every dropped file whose text starts with "good" and records each request. */
function fakeHost() {
  const requests: Array<RequestOf<'importFiles'>> = [];
  const client = {
    importFiles: async (request: RequestOf<'importFiles'>): Promise<ResponseOf<'importFiles'>> => {
      requests.push(request);
      const results: ImportFileResult[] = (request.dropped ?? []).map((file) =>
        atob(file.contentBase64).startsWith('good')
          ? {
              outcome: 'imported',
              name: file.displayName,
              message: 'Imported.',
              attemptId: 'attempt-000001',
              title: 'Practice',
              traineeName: 'Amara Ashdown',
            }
          : {
              outcome: 'refused',
              name: file.displayName,
              message: `“${file.displayName}” is damaged.`,
              error: { code: 'invalid-file', message: 'damaged' },
            },
      );
      return { chosen: true, results, counts: importCountsOf(results), leftAlone: 0 };
    },
    importFolder: async (): Promise<ResponseOf<'importFolder'>> => {
      throw new HostError('too-large', 'The folder holds 812 Casework files; one import takes at most 500.');
    },
  };
  return { client, requests };
}

describe('summaryText', () => {
  it('gives the counts that are not zero, in reading order', () => {
    expect(summaryText({ imported: 11, updated: 0, alreadyHere: 0, refused: 1 })).toBe(
      '11 imported, 1 refused',
    );
    expect(summaryText({ imported: 0, updated: 2, alreadyHere: 3, refused: 0 })).toBe(
      '2 updated, 3 already here',
    );
    expect(summaryText({ imported: 0, updated: 0, alreadyHere: 0, refused: 0 })).toBe(
      'No files were imported',
    );
  });
});

describe('importing dropped files', () => {
  it('sends them in requests that each fit the cap, and keeps one result per file in the dropped order', async () => {
    const { client, requests } = fakeHost();
    // Each file's base64 is just over a third of the cap, so two fit in a request and a third does not.
    const big = 'good' + 'x'.repeat(Math.floor((MAX_DROPPED_BASE64_CHARS / 3) * 0.76));
    const files = [
      new File([big], 'one.casework'),
      new File(['bad'], 'two.casework'),
      new File([big], 'three.casework'),
      new File([big], 'four.casework'),
      new File([], 'empty.casework'),
      new File(['good'], 'five.casework'),
    ];
    const state = await importDropped(client, files);
    expect(state.kind).toBe('done');
    if (state.kind !== 'done') return;
    expect(state.results.map((r) => [r.name, r.outcome])).toEqual([
      ['one.casework', 'imported'],
      ['two.casework', 'refused'],
      ['three.casework', 'imported'],
      ['four.casework', 'imported'],
      ['empty.casework', 'refused'],
      ['five.casework', 'imported'],
    ]);
    expect(state.counts).toEqual({ imported: 4, updated: 0, alreadyHere: 0, refused: 2 });
    for (const request of requests) {
      const total = (request.dropped ?? []).reduce((sum, file) => sum + file.contentBase64.length, 0);
      expect(total).toBeLessThanOrEqual(MAX_DROPPED_BASE64_CHARS);
    }
    expect(requests.length).toBeGreaterThan(1);
    expect(batchImportStore.getState().state).toBe(state);
  });

  it('shows the host’s refusal of a whole folder in its own words', async () => {
    const { client } = fakeHost();
    const state = await importFolder(client);
    expect(state).toEqual({
      kind: 'failed',
      source: 'folder',
      message: 'The folder holds 812 Casework files; one import takes at most 500.',
    });
  });
});
