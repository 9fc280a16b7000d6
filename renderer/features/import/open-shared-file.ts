import { createStore } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { HostClient } from '../../host';
import type { ResponseOf } from '@shared/contract';
import { hrefs } from '../../app/routes';

/**
 * Opening a file from a trainee or tutor, however it arrives: the host's open dialog, a file dropped on the
 * window, or a file the operating system asked the app to open. Each goes through `reviews:import`, which
 * checks the file before anything is saved; a refused file shows the host's message and changes nothing.
 */

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; name: string | null }
  | {
      kind: 'done';
      message: string;
      href: string;
      /**
       * A tutor's case the file brought with its attempt and that is not in this person's case library: they
       * choose whether to add it (the attempt opens with it either way).
       */
      caseToAdd?: { caseId: string; title: string } | null;
    }
  | { kind: 'failed'; message: string };

export const importStatusStore = createStore<{ status: ImportStatus }>()(() => ({
  status: { kind: 'idle' },
}));

type Imported = Extract<ResponseOf<'importReviewFile'>, { imported: true }>;

/**
 * Where an opened file leads. Feedback on the person's own work (the same attempt, or an earlier version of
 * it) goes to their feedback screen; someone else's work goes to review.
 */
export function destinationOf(
  result: Imported,
  isImportedCopy: boolean,
  supersedesImportedCopy = false,
): 'review' | 'feedback' {
  // A file that supersedes an attempt here is feedback on an earlier version of one's own work, unless what
  // it supersedes is someone else's work held as a copy: then it is their newer version, back for review.
  if (result.supersedes !== null) return supersedesImportedCopy ? 'review' : 'feedback';
  return result.newCopy || isImportedCopy ? 'review' : 'feedback';
}

/** What a trainee's returned file added, in words: "2 replies and 1 comment marked addressed". */
function returnedWords(result: Imported): string {
  const parts: string[] = [];
  if (result.repliesAdded > 0)
    parts.push(`${result.repliesAdded} ${result.repliesAdded === 1 ? 'reply' : 'replies'}`);
  if (result.addressedAdded > 0)
    parts.push(
      `${result.addressedAdded} ${result.addressedAdded === 1 ? 'comment' : 'comments'} marked addressed`,
    );
  const who = result.traineeName ?? 'The trainee';
  return parts.length === 0 ? 'nothing new' : `${who} added ${parts.join(' and ')}`;
}

export function describeImport(result: Imported, destination: 'review' | 'feedback'): string {
  const comments = result.reviews.reduce((sum, review) => sum + review.comments.length, 0);
  if (destination === 'review') {
    const whose = result.traineeName ? `${result.traineeName}’s work` : 'The work';
    if (result.reviews.length === 0 || (result.reviewsUpdated === 0 && result.newCopy))
      return `Opened “${result.fileName}”. ${whose}, “${result.attempt.title}”, is ready to review. Nothing of yours was changed.`;
    return `Opened “${result.fileName}”: ${returnedWords(result)} on your review of “${result.attempt.title}”. Your judgements, comments and overall feedback are as you left them.`;
  }
  if (result.reviews.length === 0)
    return `Opened “${result.fileName}”: it holds no feedback, and your work is unchanged.`;
  const older =
    result.supersedes !== null ? ' It is about an earlier version of your work, kept beside it.' : '';
  return `Opened “${result.fileName}”: feedback with ${comments} ${comments === 1 ? 'comment' : 'comments'} on “${result.attempt.title}”.${older}`;
}

/** A file's bytes as base64, in chunks so a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk)
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(binary);
}

/** Largest file read in the window: a little over the host's limit, so the host still names the problem. */
const MAX_READ_BYTES = 21 * 1024 * 1024;

/** What the import says about a tutor's case that came inside the file, if one did. */
export function carriedCaseWords(result: Imported): string {
  const carried = result.carriedCase;
  if (!carried) return '';
  if (carried.inLibrary)
    return ` It came with the case “${carried.title}”, which is already in your case library.`;
  return ` It came with the tutor’s case “${carried.title}” (version ${carried.version}), which the work opens with. You can add the case to your own library to start it yourself.`;
}

export async function openSharedFile(
  client: Pick<HostClient, 'importReviewFile' | 'listImportedCopies'>,
  given: File | null,
  navigateTo: (href: string) => void,
  /** Re-reads tutors' cases, so work on a case the file carried opens with it. */
  refreshCases: () => Promise<void> = async () => undefined,
): Promise<ImportStatus> {
  const set = (status: ImportStatus) => {
    importStatusStore.setState({ status });
    return status;
  };
  set({ kind: 'working', name: given?.name ?? null });
  try {
    if (given && given.size > MAX_READ_BYTES)
      throw new HostError(
        'too-large',
        `“${given.name}” is too large to be a Casework Practice file, so it was not opened.`,
      );
    const result = await client.importReviewFile(
      given
        ? { given: { displayName: given.name || 'The file', contentBase64: await fileToBase64(given) } }
        : {},
    );
    if (!result.imported) return set({ kind: 'idle' });
    const copies =
      result.newCopy && result.supersedes === null ? [] : (await client.listImportedCopies({})).copies;
    const destination = destinationOf(
      result,
      copies.some((copy) => copy.id === result.attempt.id),
      copies.some((copy) => copy.id === result.supersedes),
    );
    const href =
      destination === 'review' ? hrefs.review(result.attempt.id) : hrefs.feedback(result.attempt.id);
    if (result.carriedCase) await refreshCases();
    const carried = result.carriedCase;
    const status = set({
      kind: 'done',
      message: describeImport(result, destination) + carriedCaseWords(result),
      href,
      caseToAdd: carried && !carried.inLibrary ? { caseId: carried.caseId, title: carried.title } : null,
    });
    navigateTo(href);
    return status;
  } catch (error) {
    return set({
      kind: 'failed',
      message:
        error instanceof HostError
          ? error.message
          : 'The file could not be opened. Nothing was changed. Please try again.',
    });
  }
}
