import { useRef, useState } from 'react';
import type { AuthorRole, Review } from '@shared/review/schema';
import { rowLabel } from '@shared/review/present';
import { addComment, placeComment } from '@shared/review/threads';
import type { AnswerableItem } from '@shared/templates';
import { ErrorMessage } from '../../components/form';
import { answerViewFor } from '../attempt/items/registry';
import { AnswerValue } from './AnswerView';
import type { AnswerContext } from './AnswerView';
import { CommentThread } from './CommentThread';
import type { EditReview } from './CommentThread';
import { highlightsFrom, passageFromWords, selectionOffsets } from './passages';
import { editContext } from './session';

interface CommentFormProps {
  idBase: string;
  /** The answer's text when words in it can be quoted; null for other answers and for a row. */
  answerText: string | null;
  /** "Warning sign 2" when the comment is about one row. */
  about: string | null;
  initialWords: string;
  hintStart: number;
  onAdd: (body: string, words: string, hintStart: number) => { body?: string; words?: string } | null;
  onCancel: () => void;
}

function CommentForm({
  idBase,
  answerText,
  about,
  initialWords,
  hintStart,
  onAdd,
  onCancel,
}: CommentFormProps) {
  const [body, setBody] = useState('');
  const [words, setWords] = useState(initialWords);
  const [errors, setErrors] = useState<{ body?: string; words?: string }>({});
  return (
    <form
      className="review-comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problems = onAdd(body, words, hintStart);
        if (problems) setErrors(problems);
      }}
    >
      {about ? <p className="body review-comment-form__about">About: {about}</p> : null}
      {answerText !== null ? (
        <div className={`form-group${errors.words ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={`${idBase}-words`}>
            Words in the answer this comment is about (optional)
          </label>
          <div className="hint" id={`${idBase}-words-hint`}>
            Select words in the answer to fill this in, or copy them here. Leave it empty to comment on the
            whole answer.
          </div>
          <ErrorMessage id={`${idBase}-words`} error={errors.words} />
          <input
            id={`${idBase}-words`}
            className={`input${errors.words ? ' input--error' : ''}`}
            value={words}
            aria-invalid={errors.words ? true : undefined}
            aria-describedby={[`${idBase}-words-hint`, errors.words ? `${idBase}-words-error` : null]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => setWords(event.target.value)}
          />
        </div>
      ) : null}
      <div className={`form-group${errors.body ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={`${idBase}-body`}>
          Your comment
        </label>
        <ErrorMessage id={`${idBase}-body`} error={errors.body} />
        <textarea
          id={`${idBase}-body`}
          className={`textarea${errors.body ? ' textarea--error' : ''}`}
          rows={3}
          value={body}
          // The tutor asked to write a comment: the box they type in takes focus.
          autoFocus
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${idBase}-body-error` : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button button--small">
          Add comment
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * One question and the trainee's answer, with the comments about it beside it. A tutor can comment on the
 * answer or on words selected in it; both sides can reply.
 */
export function ReviewItem({
  ctx,
  item,
  reviews,
  role,
  personName,
  onEdit,
  canComment,
}: {
  ctx: AnswerContext;
  item: AnswerableItem;
  reviews: readonly Review[];
  role: AuthorRole;
  personName: string;
  onEdit: EditReview;
  /** The review new comments go into; null when this person does not comment (the trainee). */
  canComment: Review | null;
}) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const [writing, setWriting] = useState<{
    words: string;
    hint: number;
    row?: { id: string; label: string };
  } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const value = ctx.attempt.answers[ctx.templateId]?.[item.id];
  const answerText = answerViewFor(item).selectableText ? (typeof value === 'string' ? value : '') : null;
  const idBase = `item-${ctx.templateId}-${item.id}`;

  const threads = reviews.flatMap((review) =>
    review.comments
      .filter((comment) => comment.anchor.templateId === ctx.templateId && comment.anchor.itemId === item.id)
      .map((comment) => ({
        review,
        comment,
        placement: placeComment(comment, ctx.attempt.answers),
      })),
  );
  const highlights =
    answerText === null
      ? []
      : highlightsFrom(
          threads
            .filter((t) => !t.comment.anchor.rowId)
            .map((t) => ({ id: t.comment.id, placement: t.placement })),
        );

  const noteSelection = () => {
    if (!textRef.current || answerText === null) return;
    setSelected(selectionOffsets(textRef.current, window.getSelection()));
  };

  return (
    <div className="review-item" data-testid="review-item" data-item={`${ctx.templateId}/${item.id}`}>
      <div className="review-item__answer">
        <h4 className="review-item__prompt" id={`${idBase}-prompt`}>
          {item.prompt}
        </h4>
        <div onMouseUp={noteSelection} onKeyUp={noteSelection}>
          <AnswerValue
            ctx={ctx}
            item={item}
            value={value}
            rowPath={[]}
            highlights={highlights}
            textRef={textRef}
            activeCommentId={active}
            onCommentRow={
              canComment ? (id, label) => setWriting({ words: '', hint: 0, row: { id, label } }) : undefined
            }
          />
        </div>
      </div>
      <aside className="review-item__comments" aria-label={`Comments on: ${item.prompt}`}>
        {threads.map((thread) => (
          <CommentThread
            key={thread.comment.id}
            review={thread.review}
            comment={thread.comment}
            placement={thread.placement}
            role={role}
            personName={personName}
            onEdit={onEdit}
            onFocusPassage={setActive}
            about={rowLabel(thread.comment.anchor, ctx.attempt.answers, ctx.templates)}
          />
        ))}
        {canComment ? (
          writing ? (
            <CommentForm
              key={writing.row?.id ?? 'item'}
              idBase={idBase}
              answerText={writing.row ? null : answerText}
              about={writing.row?.label ?? null}
              initialWords={writing.words}
              hintStart={writing.hint}
              onCancel={() => setWriting(null)}
              onAdd={(body, words, hint) => {
                const found =
                  answerText === null || writing.row
                    ? { ok: true as const, passage: null }
                    : passageFromWords(answerText, words, hint);
                if (!found.ok) return { words: found.message };
                const problem = onEdit(canComment.id, (current) =>
                  addComment(
                    current ?? canComment,
                    {
                      anchor: {
                        templateId: ctx.templateId,
                        itemId: item.id,
                        ...(writing.row ? { rowId: writing.row.id } : {}),
                      },
                      passage: found.passage,
                      author: personName,
                      body,
                    },
                    editContext,
                  ),
                );
                if (problem) return { body: problem };
                setWriting(null);
                setSelected(null);
                return null;
              }}
            />
          ) : (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-describedby={`${idBase}-prompt`}
              onClick={() =>
                setWriting(
                  selected && answerText !== null
                    ? { words: answerText.slice(selected.start, selected.end), hint: selected.start }
                    : { words: '', hint: 0 },
                )
              }
            >
              {selected ? 'Comment on the selected words' : 'Comment on this answer'}
            </button>
          )
        ) : null}
      </aside>
    </div>
  );
}
