import { useEffect } from 'react';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatPercent } from '../../format';
import { libraryStore, useLibrary, useSettings } from '../../state/app-stores';
import type { LibraryEntry } from '../../../shared/model/library';
import { StartOwnCase } from './StartOwnCase';

function StatusTag({ status }: { status: LibraryEntry['status'] }) {
  return status === 'finished' ? (
    <strong className="tag tag--green">Finished</strong>
  ) : (
    <strong className="tag tag--blue">In progress</strong>
  );
}

function AttemptsTable({ entries }: { entries: LibraryEntry[] }) {
  return (
    <table className="table" data-testid="attempts">
      <caption className="table__caption visually-hidden">Your saved practice attempts</caption>
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Last saved</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <a href={hrefs.attempt(entry.id)}>{entry.title}</a>
            </th>
            <td>
              <StatusTag status={entry.status} />
            </td>
            <td>{formatPercent(entry.progress)}</td>
            <td>
              <time dateTime={entry.updatedAt}>{formatDateTime(entry.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HomeScreen() {
  const entries = useLibrary((s) => s.entries);
  const loadState = useLibrary((s) => s.loadState);
  const loadError = useLibrary((s) => s.loadError);
  const traineeName = useSettings((s) => s.settings.traineeName);

  useEffect(() => {
    void libraryStore.getState().actions.refresh();
  }, []);

  return (
    <>
      <PageHeading title="Your practice">
        {traineeName ? `Your practice, ${traineeName}` : 'Your practice'}
      </PageHeading>
      <p className="body-l">
        Rehearse risk of serious harm analyses, risk management plans, sentence plans and reflective logs on
        fictional cases. Your work is saved on this computer as you go.
      </p>

      <h2 className="heading-l">Saved attempts</h2>
      {loadState === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          {loadError}
        </div>
      ) : loadState !== 'ready' ? (
        <p className="body">Loading your saved attempts…</p>
      ) : entries.length === 0 ? (
        <div className="inset-text" data-testid="no-attempts">
          <p className="body">You have not started any practice yet.</p>
          <p className="body">Start one below: nothing is shared, and you can come back to it at any time.</p>
        </div>
      ) : (
        <AttemptsTable entries={entries} />
      )}

      <StartOwnCase />
    </>
  );
}
