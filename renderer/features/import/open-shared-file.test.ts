import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import {
  describeImport,
  destinationOf,
  fileToBase64,
  importStatusStore,
  openSharedFile,
} from './open-shared-file';

type Imported = Extract<ResponseOf<'importReviewFile'>, { imported: true }>;

function imported(overrides: Partial<Imported> = {}): Imported {
  return {
    imported: true,
    attempt: sampleAttempt(),
    newCopy: true,
    supersedes: null,
    reviews: [],
    reviewsAdded: 0,
    reviewsUpdated: 0,
    repliesAdded: 0,
    addressedAdded: 0,
    traineeName: 'Ellis Marden',
    fileName: 'work.casework',
    ...overrides,
  };
}

describe('destinationOf', () => {
  it('sends someone else’s work to review and feedback on one’s own work to the feedback screen', () => {
    expect(destinationOf(imported(), false)).toBe('review');
    // The trainee's replies coming back to the tutor's copy.
    expect(destinationOf(imported({ newCopy: false }), true)).toBe('review');
    // Feedback on the trainee's own attempt, as it is or an earlier version kept beside it.
    expect(destinationOf(imported({ newCopy: false }), false)).toBe('feedback');
    expect(destinationOf(imported({ supersedes: 'own-attempt-0001' }), true)).toBe('feedback');
    // A trainee's newer version coming back to the tutor, superseding the copy they reviewed.
    expect(destinationOf(imported({ supersedes: 'tutors-copy-0001' }), true, true)).toBe('review');
  });
});

describe('describeImport', () => {
  it('says in plain words what a returned file added to the tutor’s review, and that nothing else changed', () => {
    const review = { comments: [] } as unknown as Imported['reviews'][number];
    const back = imported({
      newCopy: false,
      reviews: [review],
      reviewsUpdated: 1,
      repliesAdded: 2,
      addressedAdded: 1,
    });
    expect(describeImport(back, 'review')).toBe(
      `Opened “work.casework”: Ellis Marden added 2 replies and 1 comment marked addressed on your review of “${back.attempt.title}”. Your judgements, comments and overall feedback are as you left them.`,
    );
    expect(describeImport(imported({ newCopy: false, reviews: [review] }), 'review')).toContain(
      ': nothing new on your review of',
    );
    expect(describeImport(imported(), 'review')).toContain(
      'is ready to review. Nothing of yours was changed.',
    );
  });
});

describe('fileToBase64', () => {
  it('encodes every byte, in chunks, as the host decodes it', async () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))).toEqual(bytes);
  });
});

describe('openSharedFile', () => {
  it('sends a dropped file’s name and bytes, then goes where the file belongs', async () => {
    const sent: unknown[] = [];
    const went: string[] = [];
    const status = await openSharedFile(
      {
        importReviewFile: async (payload) => {
          sent.push(payload);
          return imported();
        },
        listImportedCopies: async () => ({ copies: [] }),
      },
      new File(['{"a":1}'], 'from-a-trainee.casework'),
      (href) => went.push(href),
    );
    expect(sent).toEqual([
      { given: { displayName: 'from-a-trainee.casework', contentBase64: btoa('{"a":1}') } },
    ]);
    expect(went).toEqual(['#/review/sample-attempt-0001']);
    expect(status).toMatchObject({ kind: 'done', href: '#/review/sample-attempt-0001' });
    expect(importStatusStore.getState().status).toBe(status);
  });

  it('shows the host’s message for a refused file and goes nowhere', async () => {
    const went: string[] = [];
    const status = await openSharedFile(
      {
        importReviewFile: async () => {
          throw new HostError('invalid-file', '“x.casework”: this file is incomplete.');
        },
        listImportedCopies: async () => ({ copies: [] }),
      },
      null,
      (href) => went.push(href),
    );
    expect(status).toEqual({ kind: 'failed', message: '“x.casework”: this file is incomplete.' });
    expect(went).toEqual([]);
  });

  it('does nothing when the dialog is closed', async () => {
    const status = await openSharedFile(
      {
        importReviewFile: async () => ({ imported: false }),
        listImportedCopies: async () => ({ copies: [] }),
      },
      null,
      () => {
        throw new Error('should not navigate');
      },
    );
    expect(status).toEqual({ kind: 'idle' });
  });
});

describe('a tutor’s case carried in the file', () => {
  const carried = {
    caseId: 'tutor-marsh-lane',
    version: 2,
    title: 'Marsh Lane: a new partner',
    previousVersion: null,
    unchanged: false,
  };
  const client = (result: Imported) => ({
    importReviewFile: async () => result,
    listImportedCopies: async () => ({ copies: [] }),
  });

  it('re-reads the cases before opening the work, and offers to add a case that is not in the library', async () => {
    const order: string[] = [];
    const status = await openSharedFile(
      client(imported({ carriedCase: { ...carried, inLibrary: false } })),
      null,
      () => order.push('navigate'),
      async () => {
        order.push('cases read');
      },
    );
    expect(order).toEqual(['cases read', 'navigate']);
    expect(status).toMatchObject({
      kind: 'done',
      caseToAdd: { caseId: 'tutor-marsh-lane', title: 'Marsh Lane: a new partner' },
    });
    expect(status.kind === 'done' && status.message).toContain(
      'It came with the tutor’s case “Marsh Lane: a new partner” (version 2), which the work opens with.',
    );
  });

  it('does not offer a case already in the library, and leaves the cases alone when none came', async () => {
    const inLibrary = await openSharedFile(
      client(imported({ carriedCase: { ...carried, inLibrary: true } })),
      null,
      () => undefined,
    );
    expect(inLibrary).toMatchObject({ kind: 'done', caseToAdd: null });
    expect(inLibrary.kind === 'done' && inLibrary.message).toContain('already in your case library');

    let read = 0;
    const none = await openSharedFile(
      client(imported()),
      null,
      () => undefined,
      async () => {
        read += 1;
      },
    );
    expect(read).toBe(0);
    expect(none).toMatchObject({ kind: 'done', caseToAdd: null });
    expect(none.kind === 'done' && none.message).not.toContain('came with');
  });
});
