import { useStore } from 'zustand';
import { host } from '../../host';
import { libraryStore } from '../../state/app-stores';
import { casesStore } from '@renderer/features/cases/cases-store';
import { templatesStore } from '@renderer/features/templates/template-store';
import { exportAllWork, importAllWork, moveWorkStore } from './move-work';

/** An import may bring attempts, templates and cases: each list the app holds is read again. */
function afterImport(): void {
  void libraryStore.getState().actions.refresh();
  void templatesStore.getState().actions.load();
  void casesStore.getState().actions.load();
}

/**
 * Settings > Move your work to another computer: one file with all of one's work (attempts and reviews, a
 * tutor's copies of trainees' work, supervision records, tutors' templates and cases; also File > Export all
 * my work…), and bringing such a file back in.
 */
export function MoveWork() {
  const status = useStore(moveWorkStore, (state) => state.status);
  const working = status.kind === 'working';
  return (
    <section aria-labelledby="move-work-heading" className="settings-move-work">
      <h2 className="heading-m" id="move-work-heading">
        Move your work to another computer
      </h2>
      <p className="body">
        Export all your work to one file, then import that file in Casework Practice on the other computer.
        The file holds your attempts and their reviews, trainees’ work you are reviewing, supervision records,
        and the templates and cases you added. Do this before switching encryption on, too, so you have a
        copy.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => void exportAllWork(host)}
        >
          Export all my work
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => void importAllWork(host, afterImport)}
        >
          Import work from another computer
        </button>
      </div>
      {status.kind === 'working' ? (
        <p className="body" role="status">
          {status.what === 'export' ? 'Exporting your work…' : 'Importing…'}
        </p>
      ) : null}
      {status.kind === 'done' ? (
        <p className="body" role="status" data-testid="move-work-status">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert" data-testid="move-work-status">
          {status.message}
        </div>
      ) : null}
    </section>
  );
}
