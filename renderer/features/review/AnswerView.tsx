import type { ReactNode, RefObject } from 'react';
import type { Attempt } from '@shared/model/attempt';
import { hasContent } from '@shared/templates';
import type { AnswerableItem, AttemptEvaluation, Template } from '@shared/templates';
import { answerViewFor } from '../attempt/items/registry';
import { segmentsOf } from './passages';
import { ReadableText } from './ReadableText';
import type { Highlight } from './passages';

/**
 * A trainee's answer shown for reading, never for editing: every value is React text (markup in an answer
 * stays as typed). Long and short text keep their line breaks and show the passages comments point at.
 */

export interface AnswerContext {
  templateId: string;
  evaluation: AttemptEvaluation;
  attempt: Attempt;
  templates: readonly Template[];
}

export function NotAnswered() {
  return <p className="review-answer__empty">Not answered</p>;
}

export function AnswerText({
  text,
  highlights,
  textRef,
  activeCommentId,
}: {
  text: string;
  highlights: readonly Highlight[];
  textRef?: RefObject<HTMLDivElement | null>;
  activeCommentId?: string | null;
}) {
  return (
    <div className="review-answer__text" ref={textRef} data-testid="answer-text">
      {segmentsOf(text, highlights).map((segment, index) =>
        segment.commentIds.length === 0 ? (
          <ReadableText key={index} text={segment.text} />
        ) : (
          <mark
            // Runs never reorder for one answer, so the index is a stable key here.
            key={index}
            className={`review-mark${segment.commentIds.includes(activeCommentId ?? '') ? ' review-mark--active' : ''}`}
            data-comments={segment.commentIds.join(' ')}
          >
            <ReadableText text={segment.text} />
          </mark>
        ),
      )}
    </div>
  );
}

/** One answer, read-only. `rowPath` locates it inside repeating groups. */
export function AnswerValue({
  ctx,
  item,
  value,
  rowPath,
  highlights = [],
  textRef,
  activeCommentId,
  onCommentRow,
}: {
  ctx: AnswerContext;
  item: AnswerableItem;
  value: unknown;
  rowPath: string[];
  highlights?: readonly Highlight[];
  textRef?: RefObject<HTMLDivElement | null>;
  activeCommentId?: string | null;
  /** Offered on each row of a top-level group: the tutor comments on that row. */
  onCommentRow?: (rowId: string, label: string) => void;
}): ReactNode {
  const { View, showsEmpty } = answerViewFor(item);
  if (!showsEmpty && !hasContent(value)) return <NotAnswered />;
  return (
    <View
      ctx={ctx}
      item={item}
      value={value}
      rowPath={rowPath}
      highlights={highlights}
      textRef={textRef}
      activeCommentId={activeCommentId}
      onCommentRow={onCommentRow}
    />
  );
}
