import { useState } from 'react';
import type { AuthorRole, Review, ReviewComment } from '@shared/review/schema';
import { placementNote } from '@shared/review/present';
import { addReply, deleteComment, markAddressed } from '@shared/review/threads';
import type { CommentPlacement } from '@shared/review/threads';
import { ErrorMessage } from '../../components/form';
import { formatDateTime } from '../../format';
import { ReadableText } from './ReadableText';
import { editContext } from './session';

export type EditReview = (
  reviewId: string | null,
  change: (review: Review | null) => Review,
) => string | null;

const roleWords: Record<AuthorRole, string> = { tutor: 'tutor', trainee: 'trainee' };

/** One comment with its replies, addressed state and the reply form. Every value is shown as text. */
export function CommentThread({
  review,
  comment,
  placement,
  role,
  personName,
  onEdit,
  onFocusPassage,
  about = null,
}: {
  review: Review;
  comment: ReviewComment;
  placement: CommentPlacement;
  role: AuthorRole;
  personName: string;
  onEdit: EditReview;
  onFocusPassage?: (commentId: string | null) => void;
  /** "Warning sign 2" when the comment is about one row of the answer. */
  about?: string | null;
}) {
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const note = placementNote(placement);
  const idBase = `comment-${comment.id}`;

  const sendReply = () => {
    const problem = onEdit(review.id, (current) =>
      addReply(current ?? review, comment.id, { author: personName, role, body: reply }, editContext),
    );
    setReplyError(problem);
    if (!problem) setReply('');
  };

  const setAddressed = (addressed: boolean) =>
    setActionError(
      onEdit(review.id, (current) =>
        markAddressed(current ?? review, comment.id, addressed, personName, editContext),
      ),
    );

  return (
    <article
      className={`review-comment${comment.addressed ? ' review-comment--addressed' : ''}`}
      aria-labelledby={`${idBase}-title`}
      data-testid="review-comment"
      onMouseEnter={() => onFocusPassage?.(comment.id)}
      onMouseLeave={() => onFocusPassage?.(null)}
      onFocus={() => onFocusPassage?.(comment.id)}
    >
      <h4 className="review-comment__title" id={`${idBase}-title`}>
        Comment from {comment.author}{' '}
        <span className="secondary-text">
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        </span>{' '}
        {comment.addressed ? (
          <strong className="tag tag--green">Addressed</strong>
        ) : (
          <strong className="tag tag--yellow">Open</strong>
        )}
      </h4>
      {about ? <p className="review-comment__about">About: {about}</p> : null}
      {comment.passage ? (
        <p className="review-comment__quote">
          On the words: “<ReadableText text={comment.passage.quote} />”
        </p>
      ) : null}
      {note ? <p className="review-comment__note">{note}</p> : null}
      <p className="review-comment__body">
        <ReadableText text={comment.body} />
      </p>
      {comment.replies.length > 0 ? (
        <ol className="review-replies" aria-label="Replies">
          {comment.replies.map((item) => (
            <li key={item.id} className="review-replies__item">
              <p className="review-replies__who">
                {item.author} ({roleWords[item.role]}),{' '}
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
              </p>
              <p className="review-comment__body">
                <ReadableText text={item.body} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {comment.addressed ? (
        <p className="secondary-text">
          Marked as addressed by {comment.addressed.by} on {formatDateTime(comment.addressed.at)}.
        </p>
      ) : null}

      <form
        className="review-comment__reply"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          sendReply();
        }}
      >
        <div className={`form-group${replyError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={`${idBase}-reply`}>
            Reply to this comment
          </label>
          <ErrorMessage id={`${idBase}-reply`} error={replyError} />
          <textarea
            id={`${idBase}-reply`}
            className={`textarea${replyError ? ' textarea--error' : ''}`}
            rows={2}
            value={reply}
            aria-invalid={replyError ? true : undefined}
            aria-describedby={replyError ? `${idBase}-reply-error` : undefined}
            onChange={(event) => setReply(event.target.value)}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button button--secondary button--small">
            Send reply
          </button>
          {role === 'trainee' ? (
            comment.addressed ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setAddressed(false)}
              >
                Reopen this comment
              </button>
            ) : (
              <button type="button" className="button button--small" onClick={() => setAddressed(true)}>
                Mark as addressed
              </button>
            )
          ) : (
            <button
              type="button"
              className="button button--warning button--small"
              onClick={() =>
                setActionError(
                  onEdit(review.id, (current) => deleteComment(current ?? review, comment.id, editContext)),
                )
              }
            >
              Delete comment
            </button>
          )}
        </div>
        {actionError ? (
          <p className="error-message" role="alert">
            {actionError}
          </p>
        ) : null}
      </form>
    </article>
  );
}
