import { createContext, useContext } from 'react';
import type { RefObject } from 'react';
import { ReadableText } from './ReadableText';
import { computedLabel, gridCell, isAnswerable } from '@shared/templates';
import type {
  AnyItem,
  ComputedItem,
  EvidenceReference,
  RatingGridItem,
  RepeatingGroupRow,
} from '@shared/templates';
import { kindOf, type ItemOf } from '@shared/templates/kinds';
import type { AnswerContext } from './AnswerView';
import { AnswerText, AnswerValue, NotAnswered } from './AnswerView';
import type { Highlight } from './passages';

/**
 * The read-only views of answers, one per way of showing them; the registry says which kind uses which.
 * Every value is React text, so markup in an answer stays as typed.
 */

export interface AnswerViewProps<I> {
  ctx: AnswerContext;
  item: I;
  value: unknown;
  /** Locates the answer inside repeating groups. */
  rowPath: string[];
  highlights: readonly Highlight[];
  textRef?: RefObject<HTMLDivElement | null> | undefined;
  activeCommentId?: string | null | undefined;
  /** Offered on each row of a top-level group: the tutor comments on that row. */
  onCommentRow?: ((rowId: string, label: string) => void) | undefined;
}

function optionLabel(ctx: AnswerContext, itemId: string, rowPath: string[], id: string): string {
  return (
    ctx.evaluation.options(ctx.templateId, itemId, rowPath).find((option) => option.id === id)?.label ?? id
  );
}

/** Short and long text keep their line breaks and show the passages comments point at. */
export function TextAnswerView({
  value,
  highlights,
  textRef,
  activeCommentId,
}: AnswerViewProps<ItemOf<'shortText' | 'longText'>>) {
  return typeof value === 'string' ? (
    <AnswerText text={value} highlights={highlights} textRef={textRef} activeCommentId={activeCommentId} />
  ) : (
    <NotAnswered />
  );
}

/** An answer read in one line: the kind's own words for it (a saved value it has no words for, as stored). */
export function WordsAnswerView({ ctx, item, value, rowPath }: AnswerViewProps<AnyItem>) {
  const words = kindOf(item).words(item, value, {
    optionLabel: (id) => optionLabel(ctx, item.id, rowPath, id),
  });
  return (
    <p className="body">
      <ReadableText text={words ?? String(value)} />
    </p>
  );
}

export function ChoicesAnswerView({ ctx, item, value, rowPath }: AnswerViewProps<ItemOf<'multiChoice'>>) {
  return (
    <ul className="list review-answer__list">
      {(Array.isArray(value) ? (value as string[]) : []).map((id) => (
        <li key={id}>{optionLabel(ctx, item.id, rowPath, id)}</li>
      ))}
    </ul>
  );
}

export function GridAnswerView({ item, value }: AnswerViewProps<RatingGridItem>) {
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

export function QuotesAnswerView({ value }: AnswerViewProps<ItemOf<'evidenceReference'>>) {
  const references = Array.isArray(value) ? (value as EvidenceReference[]) : [];
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

/**
 * The level of a row's heading: h5 under the review's h4 item headings; pages whose items are not headings
 * (Check your answers, where an item is a summary-list key under an h3) set 4, so no level is skipped.
 */
export const RowHeadingLevel = createContext<4 | 5>(5);

export function RowsAnswerView({
  ctx,
  item,
  value,
  rowPath,
  onCommentRow,
}: AnswerViewProps<ItemOf<'repeatingGroup'>>) {
  const rows = Array.isArray(value) ? (value as RepeatingGroupRow[]) : [];
  const RowHeading = useContext(RowHeadingLevel) === 4 ? 'h4' : 'h5';
  return (
    <ol className="review-rows">
      {rows.map((row, index) => (
        <li key={row.rowId} className="review-rows__row">
          <div className="review-rows__head">
            <RowHeading className="heading-s" id={`row-${row.rowId}`}>
              {item.rowLabel} {index + 1}
            </RowHeading>
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

/** A computed value (e.g. the overall RoSH level) as the trainee's form shows it. */
export function ComputedAnswer({ ctx, item }: { ctx: AnswerContext; item: ComputedItem }) {
  return (
    <div className="review-item review-item--computed">
      <p className="review-item__prompt">{item.prompt}</p>
      <p className="body">
        <strong>{computedLabel(item, ctx.evaluation.computed[ctx.templateId]?.[item.id] ?? null)}</strong>
      </p>
    </div>
  );
}

/** Guidance has no answer to show. */
export function NoAnswerView() {
  return null;
}
