import type { ReactNode, RefObject } from 'react';
import type { Attempt } from '../../../shared/model/attempt';
import { ownLabel } from '../../../shared/model/own-key';
import {
  computedLabel,
  formatIsoDate,
  gridCell,
  hasContent,
  isAnswerable,
  yesNoUnknownLabels,
} from '../../../shared/templates';
import type {
  AnswerableItem,
  AnyItem,
  AttemptEvaluation,
  EvidenceReference,
  RepeatingGroupRow,
  Template,
} from '../../../shared/templates';
import { readableRuns } from '../../../shared/text/readable';
import { segmentsOf } from './passages';
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

function NotAnswered() {
  return <p className="review-answer__empty">Not answered</p>;
}

function optionLabel(ctx: AnswerContext, itemId: string, rowPath: string[], id: string): string {
  return (
    ctx.evaluation.options(ctx.templateId, itemId, rowPath).find((option) => option.id === id)?.label ?? id
  );
}

/**
 * Text someone else wrote, with each hidden directional or invisible character drawn as a visible marker. The
 * character itself stays (isolated, so it reorders nothing) so that offsets into the answer still line up.
 */
export function ReadableText({ text }: { text: string }) {
  return readableRuns(text).map((run, index) =>
    run.marker ? (
      <span
        // Runs never reorder for one text, so the index is a stable key here.
        key={index}
        className="hidden-character"
        data-hidden-character={run.marker}
        title={`Hidden in the text: ${run.description ?? run.marker}`}
      >
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
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

function Grid({ item, value }: { item: Extract<AnswerableItem, { kind: 'ratingGrid' }>; value: unknown }) {
  return (
    <table className="table review-grid">
      <thead>
        <tr>
          <td />
          {item.columns.map((column) => (
            <th scope="col" key={column.id}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {item.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {item.columns.map((column) => {
              if (row.columns && !row.columns.includes(column.id))
                return (
                  <td key={column.id} className="review-grid__na">
                    Not rated here
                  </td>
                );
              const level = item.levels.find(
                (candidate) => candidate.id === gridCell(value, row.id, column.id),
              );
              return <td key={column.id}>{level ? <strong>{level.label}</strong> : 'Not answered'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Quotes({ references }: { references: EvidenceReference[] }) {
  return (
    <>
      {references.map((reference, index) => (
        <blockquote className="review-quote" key={index}>
          <p>
            “<ReadableText text={reference.quote} />”
          </p>
          <p className="secondary-text">Source: {reference.documentId}</p>
          {reference.note ? <p>Note: {reference.note}</p> : null}
        </blockquote>
      ))}
    </>
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
  if (!hasContent(value) && item.kind !== 'ratingGrid') return <NotAnswered />;
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return typeof value === 'string' ? (
        <AnswerText
          text={value}
          highlights={highlights}
          textRef={textRef}
          activeCommentId={activeCommentId}
        />
      ) : (
        <NotAnswered />
      );
    case 'singleChoice':
      return <p className="body">{optionLabel(ctx, item.id, rowPath, String(value))}</p>;
    case 'multiChoice':
      return (
        <ul className="list review-answer__list">
          {(Array.isArray(value) ? (value as string[]) : []).map((id) => (
            <li key={id}>{optionLabel(ctx, item.id, rowPath, id)}</li>
          ))}
        </ul>
      );
    case 'yesNoUnknown':
      return (
        <p className="body">
          {(typeof value === 'string' ? ownLabel(yesNoUnknownLabels, value) : undefined) ?? String(value)}
        </p>
      );
    case 'date':
      return <p className="body">{formatIsoDate(String(value))}</p>;
    case 'number':
      return (
        <p className="body">
          {String(value)}
          {item.unit ? ` ${item.unit}` : ''}
        </p>
      );
    case 'ratingGrid':
      return <Grid item={item} value={value} />;
    case 'evidenceReference':
      return <Quotes references={Array.isArray(value) ? (value as EvidenceReference[]) : []} />;
    case 'repeatingGroup': {
      const rows = Array.isArray(value) ? (value as RepeatingGroupRow[]) : [];
      return (
        <ol className="review-rows">
          {rows.map((row, index) => (
            <li key={row.rowId} className="review-rows__row">
              <div className="review-rows__head">
                <h5 className="heading-s" id={`row-${row.rowId}`}>
                  {item.rowLabel} {index + 1}
                </h5>
                {onCommentRow && rowPath.length === 0 ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onCommentRow(row.rowId, `${item.rowLabel} ${index + 1}`)}
                  >
                    Comment on {item.rowLabel.toLowerCase()} {index + 1}
                  </button>
                ) : null}
              </div>
              {(item.items as readonly AnyItem[]).filter(isAnswerable).map((child) =>
                ctx.evaluation.visible(ctx.templateId, child.id, [...rowPath, row.rowId]) ? (
                  <div key={child.id} className="review-rows__field">
                    <p className="review-rows__prompt">{child.prompt}</p>
                    <AnswerValue
                      ctx={ctx}
                      item={child}
                      value={row.values[child.id]}
                      rowPath={[...rowPath, row.rowId]}
                    />
                  </div>
                ) : null,
              )}
            </li>
          ))}
        </ol>
      );
    }
  }
}

/** A computed value (e.g. the overall RoSH level) as the trainee's form shows it. */
export function ComputedAnswer({
  ctx,
  item,
}: {
  ctx: AnswerContext;
  item: Extract<AnyItem, { kind: 'computed' }>;
}) {
  return (
    <div className="review-item review-item--computed">
      <p className="review-item__prompt">{item.prompt}</p>
      <p className="body">
        <strong>{computedLabel(item, ctx.evaluation.computed[ctx.templateId]?.[item.id] ?? null)}</strong>
      </p>
    </div>
  );
}
