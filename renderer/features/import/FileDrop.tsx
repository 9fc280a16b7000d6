import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { navigate } from '../../app/routes';
import { host } from '../../host';
import { HostError } from '@shared/contract';
import { libraryStore } from '../../state/app-stores';
import { casesStore } from '../cases/cases-store';
import { importStatusStore, openSharedFile } from './open-shared-file';
import { BatchImportResults, importDroppedAndRefresh, WatchArrivalsNotice } from './BatchImport';
import './import.css';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Opens a file however it came (dialog, drop, the shell) and refreshes the list of work afterwards. */
export async function openAndRefresh(file: File | null): Promise<void> {
  const status = await openSharedFile(host, file, navigate, () => casesStore.getState().actions.load());
  if (status.kind === 'done') void libraryStore.getState().actions.refresh();
}

/**
 * Drop a .casework file (or a PDF the app exported) anywhere on the window to open it, or several to import
 * them all (each with its own result line). The page reads the
 * dropped file's bytes, which the browser gives it, and sends them to the host; no path is ever involved,
 * so this works the same in the desktop shell and the browser harness. Also takes the files the operating system asked the app to open (file association), which
 * the shell passes on as name and bytes. Shows how the last opening went.
 */
export function FileDrop() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself (the shell also refuses that navigation).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      // One file opens as before (straight to its review or feedback); several are imported as a batch with
      // a result line each.
      if (files.length === 1) void openAndRefresh(files[0]!);
      else if (files.length > 1) void importDroppedAndRefresh(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    // A .casework file double-clicked (or given to the running app) arrives from the shell as bytes.
    const unsubscribeFiles = window.caseworkEvents?.onFileOpened((file) => {
      if ('problem' in file)
        importStatusStore.setState({ status: { kind: 'failed', message: file.problem } });
      else void openAndRefresh(new File([new Uint8Array(file.bytes)], file.name));
    });
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragleave', leave);
      unsubscribeFiles?.();
    };
  }, []);

  return (
    <>
      {dragging ? (
        <div className="file-drop" aria-hidden="true">
          <p className="file-drop__text">Drop the file to open it, or several to import them</p>
        </div>
      ) : null}
      <ImportStatusBanner />
      <BatchImportResults />
      <WatchArrivalsNotice />
    </>
  );
}

/** How the last file opening went: a success with a link, or the host's message naming the problem. */
export function ImportStatusBanner() {
  const status = useStore(importStatusStore, (state) => state.status);
  if (status.kind === 'idle') return null;
  if (status.kind === 'working')
    return (
      <p className="body" role="status" data-testid="import-status">
        Opening {status.name ? `“${status.name}”` : 'the file'}…
      </p>
    );
  if (status.kind === 'failed')
    return (
      <div
        className="notification-banner notification-banner--warning"
        role="alert"
        data-testid="import-status"
      >
        <div className="notification-banner__header">
          <h2 className="notification-banner__title">The file was not opened</h2>
        </div>
        <div className="notification-banner__content">
          <p className="body">{status.message}</p>
          <p className="body">Nothing in your practice was changed.</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => importStatusStore.setState({ status: { kind: 'idle' } })}
          >
            Dismiss
          </button>
        </div>
      </div>
    );
  return (
    <div className="notification-banner" role="status" data-testid="import-status">
      <div className="notification-banner__header">
        <h2 className="notification-banner__title">File opened</h2>
      </div>
      <div className="notification-banner__content">
        <p className="body">{status.message}</p>
        {status.caseToAdd ? <AddCarriedCase caseToAdd={status.caseToAdd} /> : null}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => importStatusStore.setState({ status: { kind: 'idle' } })}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** The choice to keep a tutor's case that came inside a file, so it can be started from the home screen. */
function AddCarriedCase({ caseToAdd }: { caseToAdd: { caseId: string; title: string } }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const add = async () => {
    setAdding(true);
    setProblem(null);
    try {
      await host.addCaseToLibrary({ caseId: caseToAdd.caseId });
      await casesStore.getState().actions.load();
      const { status } = importStatusStore.getState();
      if (status.kind === 'done')
        importStatusStore.setState({
          status: {
            ...status,
            caseToAdd: null,
            message: `${status.message} “${caseToAdd.title}” is now in your case library.`,
          },
        });
    } catch (error) {
      setProblem(
        error instanceof HostError ? error.message : 'The case could not be added. Please try again.',
      );
    } finally {
      setAdding(false);
    }
  };
  return (
    <>
      {problem ? (
        <p className="body error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button button--small" disabled={adding} onClick={() => void add()}>
        Add “{caseToAdd.title}” to your case library
      </button>{' '}
    </>
  );
}
