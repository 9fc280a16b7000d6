import { useState } from 'react';
import { WritingQuestions } from './WritingQuestions';
import { HostError } from '@shared/contract';
import type { Review } from '@shared/review/schema';
import { createReview, setOverallFeedback } from '@shared/review/threads';
import { hrefs } from '../../app/routes';
import { ErrorMessage } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../format';
import { host } from '../../host';
import { useSettings } from '../../state/app-stores';
import { ReviewDocument } from './ReviewDocument';
import { InterviewRecord } from './InterviewRecord';
import { editContext, saveStatusText, useReviewSession } from './session';
import type { SaveState } from './session';
import './review.css';

type ExportState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** Export buttons that report what happened in plain words; a closed dialog is not an error. */
export function ExportButton({
  label,
  run,
  testId,
}: {
  label: string;
  run: () => Promise<string | null>;
  testId: string;
}) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  return (
    <div className="review-export">
      <button
        type="button"
        className="button button--secondary"
        disabled={state.kind === 'working'}
        data-testid={testId}
        onClick={() => {
          setState({ kind: 'working' });
          run().then(
            (text) => setState(text ? { kind: 'done', text } : { kind: 'idle' }),
            (error: unknown) =>
              setState({
                kind: 'failed',
                text:
                  error instanceof HostError
                    ? error.message
                    : 'The file could not be written. Please try again.',
              }),
          );
        }}
      >
        {label}
      </button>
      {state.kind === 'working' ? <p className="body">Writing the file…</p> : null}
      {state.kind === 'done' ? (
        <p className="body review-export__done" role="status">
          {state.text}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="error-message" role="alert">
          {state.text}
        </p>
      ) : null}
    </div>
  );
}

/** As in the header: routine saves are shown but not announced; a failure is announced at once. */
export function SaveLine({ save }: { save: SaveState }) {
  return (
    <p
      className={`review-save${save.kind === 'failed' ? ' error-message' : ''}`}
      role={save.kind === 'failed' ? 'alert' : undefined}
      data-testid="review-save-status"
    >
      {saveStatusText(save)}
    </p>
  );
}

function StartReview({ onStart }: { onStart: (name: string) => string | null }) {
  const settingsName = useSettings((s) => s.settings.traineeName);
  // Untouched, the field follows the name in Settings, which may load after this screen opens.
  const [typed, setTyped] = useState<string | null>(null);
  const name = typed ?? settingsName;
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(onStart(name));
      }}
    >
      <h2 className="heading-m">Start your review</h2>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="reviewer-name">
          Your name, as the trainee will see it
        </label>
        <ErrorMessage id="reviewer-name" error={error} />
        <input
          id="reviewer-name"
          className={`input input--width-20${error ? ' input--error' : ''}`}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'reviewer-name-error' : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Start reviewing
      </button>
    </form>
  );
}

function OverallFeedback({ review, onSave }: { review: Review; onSave: (text: string) => string | null }) {
  const [text, setText] = useState(review.overallFeedback);
  const [done, setDone] = useState(false);
  return (
    <form
      className="review-overall"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setDone(onSave(text) === null);
      }}
    >
      <div className="form-group">
        <label className="label label--m" htmlFor="overall-feedback">
          Overall feedback
        </label>
        <div className="hint" id="overall-feedback-hint">
          What went well, what to work on next, and anything to bring to supervision.
        </div>
        <textarea
          id="overall-feedback"
          className="textarea"
          rows={6}
          value={text}
          aria-describedby="overall-feedback-hint"
          onChange={(event) => {
            setText(event.target.value);
            setDone(false);
          }}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Save overall feedback
      </button>
      {done ? (
        <p className="body" role="status">
          Overall feedback saved.
        </p>
      ) : null}
    </form>
  );
}

/**
 * A tutor reviewing a trainee's attempt: the answers read-only, comments beside them (on an answer or on
 * words in it), a judgement per section against the criteria, an overall note, and exports for the
 * trainee (a .casework file they open in their app) and for reading (a PDF).
 */
export function ReviewScreen({ attemptId }: { attemptId: string }) {
  const { loaded, edit, save } = useReviewSession(attemptId, { carry: false });
  if (loaded.kind === 'loading') return <p className="body">Opening the work to review…</p>;
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
  // The tutor's own review is the one of this copy they started; replies from the trainee join it.
  const mine = reviews.at(-1) ?? null;
  const whose = copy?.traineeName ? `${copy.traineeName}’s work` : 'A trainee’s work';
  const title = `Review: ${attempt.title}`;
  return (
    <div className="review-page">
      <PageHeading title={title} caption={`Tutor review · ${whose}`}>
        {attempt.title}
      </PageHeading>
      <div className="inset-text">
        <p className="body">
          {copy
            ? `Opened from “${copy.fileName}” on ${formatDateTime(copy.importedAt)}. `
            : 'This is work saved in this copy of the app. '}
          The answers are read-only here. Comment on an answer, or select words in an answer and then choose
          “Comment on the selected words”.
        </p>
      </div>
      {mine === null ? (
        <StartReview onStart={(name) => edit(null, () => createReview(attempt, name, editContext))} />
      ) : (
        <>
          <SaveLine save={save} />
          <section className="review-tools panel" aria-labelledby="review-tools-title">
            <h2 className="heading-m" id="review-tools-title">
              Send your feedback
            </h2>
            <p className="body">
              Export a file the trainee opens in their copy of Casework Practice to see your comments beside
              their answers, or a PDF to read or print.
            </p>
            <div className="button-group">
              <ExportButton
                label="Export feedback for the trainee"
                testId="export-feedback-file"
                run={async () => {
                  const result = await host.exportReviewFile({ attemptId: attempt.id });
                  return result.saved
                    ? `Saved “${result.fileName}” with ${result.reviews} ${result.reviews === 1 ? 'review' : 'reviews'}.`
                    : null;
                }}
              />
              <ExportButton
                label="Export review as PDF"
                testId="export-review-pdf"
                run={async () => {
                  const result = await host.exportReviewPdf({ reviewId: mine.id });
                  return result.saved ? `Saved “${result.fileName}” (${result.pages} pages).` : null;
                }}
              />
            </div>
          </section>
          <OverallFeedback
            review={mine}
            onSave={(text) =>
              edit(mine.id, (current) => setOverallFeedback(current ?? mine, text, editContext))
            }
          />
          <WritingQuestions attempt={attempt} templates={loaded.templates} />
          <InterviewRecord attempt={attempt} />
          <ReviewDocument
            attempt={attempt}
            templates={loaded.templates}
            evaluation={loaded.evaluation}
            reviews={reviews}
            role="tutor"
            personName={mine.reviewerName}
            onEdit={edit}
            editable={mine}
          />
        </>
      )}
      <p className="body">
        <a href={hrefs.home}>Back to your practice</a>
      </p>
    </div>
  );
}
