import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import { exportAllWork, importAllWork, moveWorkStore } from './move-work';

describe('moving one’s work to another computer', () => {
  it('says how many pieces were saved, and nothing when the dialog was cancelled', async () => {
    const saved = await exportAllWork({
      exportAllWork: async () => ({
        saved: true,
        fileName: 'All my work.casework-all',
        bytes: 10,
        attempts: 3,
        copies: 0,
        templates: 0,
        cases: 0,
        supervision: 0,
      }),
    });
    expect(saved).toEqual({
      kind: 'done',
      message: expect.stringMatching(/^Saved 3 pieces of work to “All my work\.casework-all”/),
    });
    expect(moveWorkStore.getState().status).toEqual(saved);
    const tutor = await exportAllWork({
      exportAllWork: async () => ({
        saved: true,
        fileName: 'All my work.casework-all',
        bytes: 10,
        attempts: 1,
        copies: 2,
        templates: 1,
        cases: 0,
        supervision: 3,
      }),
    });
    expect(tutor).toMatchObject({
      message: expect.stringMatching(
        /^Saved 1 piece of work, 2 copies of trainees’ work, 1 template version and 3 supervision records to/,
      ),
    });
    expect(await exportAllWork({ exportAllWork: async () => ({ saved: false }) })).toEqual({ kind: 'idle' });
  });

  it('says what the import added and what was already here, and refreshes the list', async () => {
    let refreshed = 0;
    const done = await importAllWork(
      {
        importAllWork: async () => ({
          imported: true,
          fileName: 'work.casework-all',
          added: 1,
          alreadyHere: 2,
          reviewsAdded: 1,
          copiesAdded: 0,
          templatesAdded: 0,
          casesAdded: 1,
          supervisionAdded: 0,
        }),
      },
      () => (refreshed += 1),
    );
    expect(done).toEqual({
      kind: 'done',
      message:
        'Added 1 piece of work with 1 review and 1 case version from “work.casework-all”. 2 pieces were already here and left as they are.',
    });
    expect(refreshed).toBe(1);
  });

  it('shows the host’s message when a file is refused, and does not refresh', async () => {
    let refreshed = 0;
    const failed = await importAllWork(
      {
        importAllWork: async () => {
          throw new HostError(
            'invalid-file',
            '“x”: Piece of work 2 in this file: … so nothing was imported.',
          );
        },
      },
      () => (refreshed += 1),
    );
    expect(failed).toEqual({ kind: 'failed', message: expect.stringMatching(/Piece of work 2/) });
    expect(refreshed).toBe(0);
  });
});
