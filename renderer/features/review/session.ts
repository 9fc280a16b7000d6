import { useCallback, useEffect, useRef, useState } from 'react';
import { HostError } from '@shared/contract';
import type { ImportedCopy } from '@shared/exchange/imported-copy';
import type { Attempt } from '@shared/model/attempt';
import { randomId } from '@shared/model/ids';
import type { Review } from '@shared/review/schema';
import { ReviewEditError } from '@shared/review/threads';
import type { EditContext } from '@shared/review/threads';
import { evaluateAttempt } from '@shared/templates';
import type { AttemptEvaluation, Template } from '@shared/templates';
import { formatDateTime } from '../../format';
import { host } from '../../host';
import { setupFor } from '../attempt/attempt-context';
import { templatesReady } from '../templates/template-store';
import { assertNever } from '@shared/assert-never';

/**
 * One attempt opened for review or for reading feedback: the attempt (read-only here), its templates and
 * evaluation, the reviews on it, and edits to a review that are saved at once, one after another.
 */

export const editContext: EditContext = { now: () => new Date(), newId: randomId };

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

export interface ReviewSession {
  attempt: Attempt;
  templates: Template[];
  evaluation: AttemptEvaluation;
  reviews: Review[];
  /** Set when the attempt is a copy of someone else's work brought in from a file. */
  copy: ImportedCopy | null;
}

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'ready' } & ReviewSession);

const messageOf = (error: unknown, fallback: string) =>
  error instanceof HostError || error instanceof ReviewEditError ? error.message : fallback;

/**
 * Opens the attempt and its reviews. With `carry`, threads saved against an older version of this same
 * attempt are moved onto the version here (re-finding each quoted passage), so a trainee who kept working
 * after feedback still sees each comment beside the words it is about.
 */
export function useReviewSession(attemptId: string, options: { carry: boolean }) {
  const [loaded, setLoaded] = useState<Loaded & { attemptId?: string }>({ kind: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Edits read and write this, not the state, so two edits in one event both land.
  const latest = useRef<Loaded & { attemptId?: string }>(loaded);
  const openFor = useRef(attemptId);
  useEffect(() => {
    openFor.current = attemptId;
  }, [attemptId]);
  const { carry } = options;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [attempt] = await Promise.all([host.getAttempt({ id: attemptId }), templatesReady()]);
      const setup = setupFor(attempt);
      if (!setup.ok) throw new HostError('invalid-file', setup.message);
      let { reviews } = await host.listReviews({ attemptId });
      if (carry) {
        const carried: Review[] = [];
        for (const review of reviews) {
          const current = review.currentVersion;
          if (current.attemptId === attempt.id && current.revision === attempt.revision) {
            carried.push(review);
            continue;
          }
          // A thread that cannot be carried is still shown, placed against this version as it is.
          const moved = await host
            .carryReview({ reviewId: review.id, attemptId: attempt.id })
            .catch(() => null);
          carried.push(moved?.review ?? review);
        }
        reviews = carried;
      }
      const { copies } = await host.listImportedCopies({});
      const evaluation = evaluateAttempt({
        templates: setup.templates,
        answers: attempt.answers,
        caseContext: setup.caseContext,
      });
      return {
        attempt,
        templates: setup.templates,
        evaluation,
        reviews,
        copy: copies.find((copy) => copy.id === attempt.id) ?? null,
      };
    })().then(
      (session) => {
        if (cancelled) return;
        latest.current = { kind: 'ready', ...session, attemptId };
        setLoaded(latest.current);
      },
      (error: unknown) => {
        if (!cancelled)
          setLoaded({
            kind: 'failed',
            message: messageOf(error, 'This work could not be opened. Please try again.'),
            attemptId,
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attemptId, carry]);

  /**
   * Applies an edit to one review and saves it. Answers the problem in plain words (nothing changed) or
   * null once the edit is on screen; saving carries on in the background and reports through `save`.
   */
  const edit = useCallback(
    (reviewId: string | null, change: (review: Review | null) => Review): string | null => {
      const current = latest.current;
      if (current.kind !== 'ready' || current.attemptId !== openFor.current)
        return 'This work is still opening. Try again in a moment.';
      const existing = reviewId ? (current.reviews.find((review) => review.id === reviewId) ?? null) : null;
      let next: Review;
      try {
        next = change(existing);
      } catch (error) {
        return messageOf(error, 'That change could not be made.');
      }
      const others = current.reviews.filter((review) => review.id !== next.id);
      const updated = {
        ...current,
        reviews: [...others, next].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      };
      latest.current = updated;
      setLoaded(updated);
      setSave({ kind: 'saving' });
      queue.current = queue.current.then(() =>
        host.saveReview({ review: next }).then(
          (answer) => setSave({ kind: 'saved', at: answer.savedAt }),
          (error: unknown) =>
            setSave({
              kind: 'failed',
              message: messageOf(error, 'The review could not be saved. Please try again.'),
            }),
        ),
      );
      return null;
    },
    [],
  );

  // A session for another attempt still in state while this one opens reads as loading.
  const ready = loaded.attemptId === attemptId ? loaded : ({ kind: 'loading' } as const);
  return { loaded: ready, edit, save };
}

export function saveStatusText(save: SaveState): string {
  switch (save.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${formatDateTime(save.at).slice(11)}`;
    case 'failed':
      return save.message;
    default:
      return assertNever(save, 'save state');
  }
}
