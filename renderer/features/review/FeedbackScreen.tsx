import { useEffect, useState } from 'react';
import { HostError } from '@shared/contract';
import type { Review } from '@shared/review/schema';
import { hrefs, navigate } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { host } from '../../host';
import { libraryStore, useLibrary, useSettings } from '../../state/app-stores';
import { ReviewSummary } from './Judgements';
import { ReviewDocument } from './ReviewDocument';
import { ExportButton, SaveLine } from './ReviewScreen';
import { useReviewSession } from './session';
import './review.css';

/**
 * Feedback that came back about an earlier version of the work (kept beside it as a copy): move its
 * comment threads onto the version the trainee has now, where each quoted passage is looked for again.
 */
function CarryToCurrent({
  reviews,
  currentId,
  currentTitle,
}: {
  reviews: Review[];
  currentId: string;
  currentTitle: string;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  return (
    <div className="inset-text" data-testid="older-version">
      <p className="body">
        This feedback is about an earlier version of your work, kept here beside it. Your current version is “
        {currentTitle}”.
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={working}
        onClick={() => {
          setWorking(true);
          setProblem(null);
          Promise.all(
            reviews.map((review) => host.carryReview({ reviewId: review.id, attemptId: currentId })),
          ).then(
            () => navigate(hrefs.feedback(currentId)),
            (error: unknown) => {
              setWorking(false);
              setProblem(
                error instanceof HostError
                  ? error.message
                  : 'The comments could not be moved. Please try again.',
              );
            },
          );
        }}
      >
        Move the comments to your current version
      </button>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A trainee's own work and the feedback on it: send the work to a tutor as a file, read the tutor's
 * summary and judgements, and see each comment beside the answer it is about, to reply or mark it
 * addressed. Threads from an earlier version are carried onto this one when the screen opens.
 */
export function FeedbackScreen({ attemptId }: { attemptId: string }) {
  const { loaded, edit, save } = useReviewSession(attemptId, { carry: true });
  const traineeName = useSettings((s) => s.settings.traineeName);
  const entries = useLibrary((s) => s.entries);
  useEffect(() => {
    // The list says whether the version this feedback was about has a newer one here.
    void libraryStore.getState().actions.refresh();
  }, []);
  if (loaded.kind === 'loading') return <p className="body">Opening your work and its feedback…</p>;
  if (loaded.kind === 'failed')
    return (
      <>
        <PageHeading title="This work could not be opened">This work could not be opened</PageHeading>
        <p className="body">{loaded.message}</p>
        <p className="body">
          <a href={hrefs.home}>Go back to your practice</a>
        </p>
      </>
    );
  const { attempt, reviews, copy } = loaded;
  const current = copy ? entries.find((entry) => entry.id === copy.originalAttemptId) : undefined;
  return (
    <div className="review-page">
      <PageHeading title={`Feedback: ${attempt.title}`} caption="Your work and your tutor’s feedback">
        {attempt.title}
      </PageHeading>
      <p className="body">
        <a href={hrefs.attempt(attempt.id)}>Open this practice to keep working on it</a>
      </p>

      <section className="review-tools panel" aria-labelledby="share-title">
        <h2 className="heading-m" id="share-title">
          Send your work to your tutor
        </h2>
        <p className="body">
          Export a .casework file and send it to your tutor. It holds your answers
          {reviews.length > 0 ? ' and your replies to their comments' : ''}. Their copy of Casework Practice
          opens it without changing any of their own work.
        </p>
        <ExportButton
          label="Export for your tutor"
          testId="export-for-tutor"
          run={async () => {
            const result = await host.exportReviewFile({ attemptId: attempt.id });
            return result.saved ? `Saved “${result.fileName}”. Send it to your tutor.` : null;
          }}
        />
      </section>

      {reviews.length === 0 ? (
        <div className="inset-text" data-testid="no-feedback">
          <p className="body">There is no feedback on this work yet.</p>
          <p className="body">
            When your tutor sends a file back, open it from <a href={hrefs.home}>Your practice</a> with “Open
            a file from a trainee or tutor”, or drag it onto this window.
          </p>
        </div>
      ) : (
        <>
          {!traineeName.trim() ? (
            <div className="inset-text">
              <p className="body">
                Replies carry your name. <a href={hrefs.settings}>Add your name in Settings</a> before
                replying.
              </p>
            </div>
          ) : null}
          {current ? (
            <CarryToCurrent reviews={reviews} currentId={current.id} currentTitle={current.title} />
          ) : null}
          <SaveLine save={save} />
          {reviews.map((review) => (
            <ReviewSummary key={review.id} review={review} templates={loaded.templates} />
          ))}
          <h2 className="heading-l">Comments beside your answers</h2>
          {reviews.every((review) => review.comments.length === 0) ? (
            <p className="body">Your tutor did not comment on particular answers.</p>
          ) : (
            <ReviewDocument
              attempt={attempt}
              templates={loaded.templates}
              evaluation={loaded.evaluation}
              reviews={reviews}
              role="trainee"
              personName={traineeName}
              onEdit={edit}
              editable={null}
            />
          )}
        </>
      )}
      <p className="body">
        <a href={hrefs.home}>Back to your practice</a>
      </p>
    </div>
  );
}
