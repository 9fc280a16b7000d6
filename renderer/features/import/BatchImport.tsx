import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ImportFileResult } from '@shared/contract/channels/imports';
import { importCountsOf } from '@shared/contract/channels/imports';
import { hrefs } from '../../app/routes';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';
import {
  batchImportStore,
  dismissBatch,
  importChosenFiles,
  importDropped,
  importFolder,
  outcomeLabels,
  summaryText,
} from './batch-import';
import type { BatchImportState } from './batch-import';
import {
  dismissArrivals,
  refreshWatch,
  startWatching,
  stopWatching,
  WATCH_POLL_MS,
  watchStore,
} from './watch-folder';
import './import.css';

const tagClass: Record<ImportFileResult['outcome'], string> = {
  imported: 'tag tag--green',
  updated: 'tag tag--light-blue',
  'already-here': 'tag tag--grey',
  refused: 'tag tag--yellow',
};

/** After a batch that changed something, the lists of work are read again. */
function refreshAfter(state: BatchImportState): void {
  if (state.kind === 'done' && (state.counts.imported > 0 || state.counts.updated > 0))
    void libraryStore.getState().actions.refresh();
}

export async function importFilesAndRefresh(): Promise<void> {
  refreshAfter(await importChosenFiles(host));
}

export async function importFolderAndRefresh(): Promise<void> {
  refreshAfter(await importFolder(host));
}

export async function importDroppedAndRefresh(files: readonly File[]): Promise<void> {
  refreshAfter(await importDropped(host, files));
}

/** One file's line: its name, what happened as a tag, the sentence, and a way to the work. */
function ResultLine({ result }: { result: ImportFileResult }) {
  return (
    <li className="import-results__item" data-testid="import-result" data-outcome={result.outcome}>
      <div className="import-results__head">
        <span className="import-results__name">{result.name}</span>{' '}
        <strong className={tagClass[result.outcome]}>{outcomeLabels[result.outcome]}</strong>
      </div>
      <p className="body import-results__message">{result.message}</p>
      {result.outcome !== 'refused' ? (
        <a href={hrefs.review(result.attemptId)}>
          Review {result.traineeName ? `${result.traineeName}’s work` : 'this work'}
          <span className="visually-hidden">: {result.title}</span>
        </a>
      ) : null}
    </li>
  );
}

/**
 * The last batch's results: a summary that is announced politely, then one line per file. Focus moves to the
 * heading when the results arrive, so a keyboard or screen reader user lands on them.
 */
export function BatchImportResults() {
  const state = useStore(batchImportStore, (s) => s.state);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'failed') heading.current?.focus();
  }, [state]);

  if (state.kind === 'idle') return null;
  if (state.kind === 'working')
    return (
      <p className="body" role="status" data-testid="import-results-status">
        Importing{' '}
        {state.files === null ? 'the files' : `${state.files} ${state.files === 1 ? 'file' : 'files'}`}…
      </p>
    );
  if (state.kind === 'failed')
    return (
      <div className="notification-banner notification-banner--warning" data-testid="import-results">
        <div className="notification-banner__header">
          <h2 className="notification-banner__title" tabIndex={-1} ref={heading}>
            The files were not imported
          </h2>
        </div>
        <div className="notification-banner__content">
          <p className="body" role="alert">
            {state.message}
          </p>
          <p className="body">Nothing in your practice was changed.</p>
          <button type="button" className="button button--secondary button--small" onClick={dismissBatch}>
            Dismiss
          </button>
        </div>
      </div>
    );
  const summary = summaryText(state.counts);
  const from = state.folderName ? `From “${state.folderName}”: ` : '';
  return (
    <section className="import-results" aria-labelledby="import-results-title" data-testid="import-results">
      <h2 className="heading-m" id="import-results-title" tabIndex={-1} ref={heading}>
        Import results
      </h2>
      <p className="body import-results__summary" role="status" data-testid="import-results-summary">
        {from}
        {from ? summary.charAt(0).toLocaleLowerCase('en-GB') + summary.slice(1) : summary}.
        {state.leftAlone > 0
          ? ` ${state.leftAlone} other ${state.leftAlone === 1 ? 'file was' : 'files were'} left alone (not .casework or PDF files).`
          : ''}
      </p>
      {state.results.length > 0 ? (
        <ul className="import-results__list" aria-label={`Results, ${summary}`}>
          {state.results.map((result, index) => (
            <ResultLine key={`${index}-${result.name}`} result={result} />
          ))}
        </ul>
      ) : (
        <p className="body">The folder has no .casework or PDF files in it.</p>
      )}
      <button type="button" className="button button--secondary button--small" onClick={dismissBatch}>
        Dismiss the results
      </button>
    </section>
  );
}

/** The buttons that bring several files in, beside the single-file "Open a file" button. */
export function BatchImportButtons() {
  const working = useStore(batchImportStore, (s) => s.state.kind === 'working');
  return (
    <div className="button-group">
      <button
        type="button"
        className="button button--secondary"
        disabled={working}
        onClick={() => void importFilesAndRefresh()}
      >
        Import several files
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={working}
        onClick={() => void importFolderAndRefresh()}
      >
        Import a folder
      </button>
    </div>
  );
}

/** The setting to watch a folder (off until the tutor turns it on and chooses the folder). */
export function WatchFolderControl() {
  const { watching, folderName, busy, problem } = useStore(watchStore);
  return (
    <div className="watch-folder" data-testid="watch-folder">
      <h3 className="heading-s">Watch a folder for new files</h3>
      <p className="body">
        {watching && folderName
          ? `Watching “${folderName}”: new .casework files are imported once they have finished arriving.`
          : 'Off. Choose a folder (one your organisation’s file sharing keeps in sync, say) and new .casework files that arrive in it are imported. The app itself never goes online.'}
      </p>
      {problem ? (
        <p className="body error-message" role="alert">
          {problem}
        </p>
      ) : null}
      {watching ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void stopWatching(host)}
        >
          Stop watching
        </button>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void startWatching(host)}
        >
          Choose a folder to watch
        </button>
      )}
    </div>
  );
}

/**
 * Learns whether a folder is watched, asks for new arrivals every few seconds while one is, and says what
 * arrived in a polite notice the tutor dismisses.
 */
export function WatchArrivalsNotice() {
  const { watching, folderName, arrived } = useStore(watchStore);
  useEffect(() => {
    void refreshWatch(host).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!watching) return;
    const timer = window.setInterval(() => {
      void refreshWatch(host).then(
        (fresh) => {
          if (fresh > 0) void libraryStore.getState().actions.refresh();
        },
        // A missed look is tried again at the next tick.
        () => undefined,
      );
    }, WATCH_POLL_MS);
    return () => window.clearInterval(timer);
  }, [watching]);

  return (
    <div role="status" aria-live="polite">
      {arrived.length > 0 ? (
        <div className="notification-banner" data-testid="watch-arrivals">
          <div className="notification-banner__header">
            <h2 className="notification-banner__title">
              New files {folderName ? `in “${folderName}”` : 'arrived'}:{' '}
              {summaryText(importCountsOf(arrived))}
            </h2>
          </div>
          <div className="notification-banner__content">
            <ul className="import-results__list">
              {arrived.map((result, index) => (
                <ResultLine key={`${index}-${result.name}`} result={result} />
              ))}
            </ul>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={dismissArrivals}
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
