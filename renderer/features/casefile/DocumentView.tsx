import { memo, useEffect, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import { documentKinds } from '@shared/cases';
import { formatIsoDate } from '@shared/templates';
import type { CaseDocument } from '@shared/cases';
import { layOutDocument } from './passages';
import type { Passage, Segment } from './passages';
import { highlightPieces } from './search';
import type { SearchMatch } from './search';
import { assertNever } from '@shared/assert-never';

interface DocumentViewProps {
  document: CaseDocument;
  /** Search matches in this document, by segment id. */
  matches: ReadonlyMap<string, SearchMatch[]>;
  activeMatch: number | null;
  /** True when the document arrived during the exercise. */
  arrivedLater: boolean;
  onQuote: (passage: Passage, what: string) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

function SegmentText({
  segment,
  matches,
  activeMatch,
}: {
  segment: Segment;
  matches: ReadonlyMap<string, SearchMatch[]>;
  activeMatch: number | null;
}) {
  const pieces = highlightPieces(segment.text, matches.get(segment.id), activeMatch);
  return (
    <>
      {pieces.map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <mark
            key={index}
            className={`search-match${piece.active ? ' search-match--active' : ''}`}
            data-match={piece.index}
          >
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}

/** A small button after each passage: the keyboard way to pick it for quoting. */
function QuoteButton({ what, onQuote }: { what: string; onQuote: () => void }) {
  return (
    <button type="button" className="quote-button" onClick={onQuote}>
      Quote<span className="visually-hidden"> this {what}</span>
    </button>
  );
}

/**
 * One case-file document, readable: headings, paragraphs, lists, labelled details, tables and interview
 * turns with their speaker. Search matches are highlighted; every passage can be picked for quoting.
 */
// Memoised: the workspace draws again on every keystroke in the form, and a long document need not.
export const DocumentView = memo(function DocumentView({
  document,
  matches,
  activeMatch,
  arrivedLater,
  onQuote,
  headingRef,
}: DocumentViewProps) {
  const articleRef = useRef<HTMLElement>(null);
  const blocks = useMemo(() => layOutDocument(document), [document]);
  const headingId = `document-${document.id}-title`;

  useEffect(() => {
    if (activeMatch === null) return;
    const mark = articleRef.current?.querySelector(`[data-match="${activeMatch}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, [activeMatch, document.id]);

  const segment = (s: Segment) => <SegmentText segment={s} matches={matches} activeMatch={activeMatch} />;
  const quote = (passage: Passage, what: string) => (
    <QuoteButton what={what} onQuote={() => onQuote(passage, what)} />
  );

  return (
    <article
      className="case-document"
      aria-labelledby={headingId}
      ref={articleRef}
      data-document-id={document.id}
    >
      <header className="case-document__header">
        <h3 className="heading-m case-document__title" id={headingId} tabIndex={-1} ref={headingRef}>
          {document.title}
        </h3>
        <p className="case-document__meta">
          {documentKinds[document.kind]} · {document.agency} · {document.author} ·{' '}
          <time dateTime={document.date}>{formatIsoDate(document.date)}</time>
        </p>
        {arrivedLater && document.newInformation ? (
          <p className="case-document__new">
            <strong className="tag tag--yellow">New information</strong> {document.newInformation.headline}
          </p>
        ) : null}
      </header>
      <div className="case-document__body">
        {blocks.map((block, b) => {
          switch (block.kind) {
            case 'heading':
              return (
                <h4 key={b} className="heading-s case-document__heading">
                  {segment(block.passage.segments[0]!)}
                </h4>
              );
            case 'paragraph':
              return (
                <p key={b} className="case-document__paragraph">
                  {segment(block.passage.segments[0]!)} {quote(block.passage, 'paragraph')}
                </p>
              );
            case 'note':
              return (
                <p key={b} className="case-document__note">
                  {segment(block.passage.segments[0]!)} {quote(block.passage, 'note')}
                </p>
              );
            case 'list':
              return (
                <ul key={b} className="case-document__list">
                  {block.items.map((item) => (
                    <li key={item.id}>
                      {segment(item.segments[0]!)} {quote(item, 'list item')}
                    </li>
                  ))}
                </ul>
              );
            case 'fields':
              return (
                <dl key={b} className="case-document__fields">
                  {block.entries.map((entry) => (
                    <div key={entry.passage.id} className="case-document__field">
                      <dt>{segment(entry.label)}</dt>
                      <dd>
                        {segment(entry.value)} {quote(entry.passage, `detail: ${entry.label.text}`)}
                      </dd>
                    </div>
                  ))}
                </dl>
              );
            case 'table':
              return (
                // A wide table scrolls sideways in its box; focusable so the keyboard can scroll it.
                <div
                  key={b}
                  className="case-document__table-wrap"
                  tabIndex={0}
                  role="region"
                  aria-label={block.caption ? `Table: ${block.caption}` : 'Table'}
                >
                  <table className="table case-document__table">
                    {block.caption ? <caption>{segment(block.caption)}</caption> : null}
                    <thead>
                      <tr>
                        {block.columns.map((column) => (
                          <th key={column.id} scope="col">
                            {segment(column)}
                          </th>
                        ))}
                        <th scope="col">
                          <span className="visually-hidden">Quote</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {block.rows.map((row, r) => (
                        <tr key={row.passage.id}>
                          {row.cells.map((cell) => (
                            <td key={cell.id}>{segment(cell)}</td>
                          ))}
                          <td>{quote(row.passage, `row ${r + 1}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            case 'dialogue':
              return (
                <div key={b} className="case-document__dialogue" role="list" aria-label="Interview record">
                  {block.turns.map((turn) => (
                    <div
                      key={turn.passage.id}
                      role="listitem"
                      className={`dialogue-turn dialogue-turn--${turn.role}`}
                    >
                      <span className="dialogue-turn__speaker">
                        {segment(turn.speaker)}
                        <span className="visually-hidden">
                          {turn.role === 'practitioner'
                            ? ' (practitioner)'
                            : turn.role === 'person'
                              ? ' (the person)'
                              : ''}
                        </span>
                      </span>{' '}
                      <span className="dialogue-turn__text">{segment(turn.text)}</span>{' '}
                      {quote(turn.passage, `turn by ${turn.speaker.text}`)}
                    </div>
                  ))}
                </div>
              );
            default:
              return assertNever(block, 'document block');
          }
        })}
      </div>
    </article>
  );
});
