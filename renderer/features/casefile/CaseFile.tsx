import { useCallback, useEffect, useMemo, useRef } from 'react';
import { documentKinds } from '@shared/cases';
import { formatIsoDate } from '@shared/templates';
import type { CaseDocument } from '@shared/cases';
import { useWorkspaceUi, useWorkspaceUiStore } from '../workspace/workspace-store';
import { AttachPanel } from './AttachPanel';
import type { AttachPanelProps } from './AttachPanel';
import { DocumentView } from './DocumentView';
import { tidyQuote } from './evidence';
import { countByDocument, describeMatches, matchesBySegment, searchDocuments, stepMatch } from './search';
import './casefile.css';

export interface CaseFileProps {
  /** Released documents, in case-file order. */
  documents: readonly CaseDocument[];
  /** Ids of documents that arrived during the exercise. */
  lateIds: ReadonlySet<string>;
  attach: Omit<AttachPanelProps, 'picked' | 'onClearPicked' | 'documents' | 'onOpenDocument'>;
}

const NO_MATCHES = new Map();

/**
 * The case file beside the form: the list of documents, a readable view of one, search across them all,
 * and the way to use a passage as evidence.
 */
export function CaseFile({ documents, lateIds, attach }: CaseFileProps) {
  const ui = useWorkspaceUiStore();
  const query = useWorkspaceUi((s) => s.query);
  const activeMatch = useWorkspaceUi((s) => s.activeMatch);
  const openId = useWorkspaceUi((s) => s.openDocumentId);
  const unread = useWorkspaceUi((s) => s.unread);
  const picked = useWorkspaceUi((s) => s.picked);
  const actions = useWorkspaceUi((s) => s.actions);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const lastOpened = useRef<string | null>(null);

  const matches = useMemo(() => searchDocuments(documents, query), [documents, query]);
  const counts = useMemo(() => countByDocument(matches), [matches]);
  const open = documents.find((document) => document.id === openId) ?? null;
  const openMatches = useMemo(
    () => (open ? matchesBySegment(matches.filter((m) => m.documentId === open.id)) : NO_MATCHES),
    [matches, open],
  );

  // Opening a document moves focus to its title, so keyboard and screen-reader users land at its start.
  useEffect(() => {
    if (open && lastOpened.current !== open.id) headingRef.current?.focus({ preventScroll: false });
    lastOpened.current = open?.id ?? null;
  }, [open]);

  const step = (direction: 1 | -1) => {
    const next = stepMatch(matches.length, ui.getState().activeMatch, direction);
    actions.setActiveMatch(next);
    const match = next === null ? undefined : matches[next];
    if (match && match.documentId !== ui.getState().openDocumentId) {
      lastOpened.current = match.documentId; // keep focus in the search box while stepping
      actions.openDocument(match.documentId);
    }
  };

  const backToList = () => {
    const was = openId;
    actions.openDocument(null);
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-document="${was}"]`)?.focus(),
    );
  };

  const pickSelection = () => {
    if (!open) return;
    const selection = window.getSelection();
    const article = document.querySelector(`[data-document-id="${open.id}"]`);
    if (!selection || selection.isCollapsed || !article || !selection.anchorNode) return;
    if (!article.contains(selection.anchorNode) || !article.contains(selection.focusNode)) return;
    const quote = tidyQuote(selection.toString());
    if (quote !== '') actions.pick({ documentId: open.id, quote, by: 'selection' });
  };

  const shownId = open?.id ?? null;
  const quote = useCallback(
    (passage: { quote: string }) => {
      if (shownId) actions.pick({ documentId: shownId, quote: passage.quote, by: 'button' });
    },
    [shownId, actions],
  );

  const index = open ? documents.indexOf(open) : -1;
  const status = describeMatches(matches.length, activeMatch, query);

  return (
    <div className="case-file" data-testid="case-file">
      <form
        className="case-file__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          step(1);
        }}
      >
        <label className="label case-file__search-label" htmlFor="case-file-search">
          Search the case file
        </label>
        <div className="case-file__search-row">
          <input
            id="case-file-search"
            className="input case-file__search-input"
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="case-file-search-status"
            onChange={(event) => actions.setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.shiftKey) {
                event.preventDefault();
                step(-1);
              } else if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                actions.setQuery('');
              }
            }}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => step(-1)}
            disabled={matches.length === 0}
          >
            Previous<span className="visually-hidden"> match</span>
          </button>
          <button
            type="submit"
            className="button button--secondary button--small"
            disabled={matches.length === 0}
          >
            Next<span className="visually-hidden"> match</span>
          </button>
        </div>
        <p className="case-file__search-status" id="case-file-search-status" role="status" aria-live="polite">
          {status}
        </p>
      </form>

      {open ? (
        <div className="case-file__reader">
          <nav className="case-file__reader-nav" aria-label="Case-file documents">
            <button type="button" className="link-button" onClick={backToList}>
              All documents ({documents.length})
            </button>
            <span className="case-file__position">
              Document {index + 1} of {documents.length}
            </span>
            <button
              type="button"
              className="link-button"
              disabled={index <= 0}
              onClick={() => actions.openDocument(documents[index - 1]!.id)}
            >
              Previous<span className="visually-hidden"> document</span>
            </button>
            <button
              type="button"
              className="link-button"
              disabled={index >= documents.length - 1}
              onClick={() => actions.openDocument(documents[index + 1]!.id)}
            >
              Next<span className="visually-hidden"> document</span>
            </button>
          </nav>
          <div
            className="case-file__document"
            onMouseUp={pickSelection}
            onKeyUp={(e) => e.shiftKey && pickSelection()}
          >
            <DocumentView
              document={open}
              matches={openMatches}
              activeMatch={activeMatch}
              arrivedLater={lateIds.has(open.id)}
              headingRef={headingRef}
              onQuote={quote}
            />
          </div>
        </div>
      ) : (
        <ol className="document-list" ref={listRef} aria-label="Case-file documents">
          {documents.map((document) => {
            const count = counts.get(document.id) ?? 0;
            const isNew = unread.includes(document.id);
            return (
              <li
                key={document.id}
                className={`document-list__item${isNew ? ' document-list__item--new' : ''}`}
              >
                <button
                  type="button"
                  className="link-button document-list__open"
                  data-document={document.id}
                  onClick={() => actions.openDocument(document.id)}
                >
                  {document.title}
                </button>
                {isNew ? <strong className="tag tag--yellow document-list__tag">New</strong> : null}
                {!isNew && lateIds.has(document.id) ? (
                  <strong className="tag tag--grey document-list__tag">Arrived later</strong>
                ) : null}
                <span className="document-list__meta">
                  {documentKinds[document.kind]} ·{' '}
                  <time dateTime={document.date}>{formatIsoDate(document.date)}</time>
                </span>
                {query.trim() !== '' ? (
                  <span className="document-list__matches">
                    {count === 0 ? 'No matches' : count === 1 ? '1 match' : `${count} matches`}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}

      <AttachPanel
        {...attach}
        documents={documents}
        picked={picked}
        onClearPicked={() => actions.pick(null)}
        onOpenDocument={(id) => actions.openDocument(id)}
      />
    </div>
  );
}
