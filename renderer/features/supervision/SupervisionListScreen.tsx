import { useEffect } from 'react';
import { followUpSummary } from '@shared/supervision/record';
import { reflectiveModels } from '@shared/supervision/schema';
import type { SupervisionRecord } from '@shared/supervision/schema';
import { formatIsoDate } from '@shared/dates/format';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { supervisionStore, useSupervision } from './supervision-store';

function followUpText(record: SupervisionRecord): string {
  const summary = followUpSummary(record);
  if (!summary) return 'First session';
  if (summary.total === 0) return 'Nothing to follow up';
  const open = summary.notYetReviewed;
  return `${summary.done} of ${summary.total} done${open > 0 ? `, ${open} not yet followed up` : ''}`;
}

export function SupervisionListScreen() {
  const records = useSupervision((s) => s.records);
  const loadState = useSupervision((s) => s.loadState);
  const loadError = useSupervision((s) => s.loadError);

  useEffect(() => {
    void supervisionStore.getState().actions.load();
  }, []);

  return (
    <>
      <PageHeading title="Supervision records">Supervision records</PageHeading>
      <p className="body-l">
        Record a reflective supervision session about one or more of your attempts: who took part, what you
        talked through, and the actions you agreed. The next session follows those actions up.
      </p>
      <p className="body">
        <a className="button" href={hrefs.supervisionNew}>
          Start a new record
        </a>
      </p>
      {loadState === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          {loadError}
        </div>
      ) : loadState !== 'ready' ? (
        <p className="body">Loading your supervision records…</p>
      ) : records.length === 0 ? (
        <div className="inset-text" data-testid="no-supervision-records">
          <p className="body">There are no supervision records yet.</p>
        </div>
      ) : (
        <table className="table" data-testid="supervision-records">
          <caption className="visually-hidden">Supervision records, newest session first</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Who took part</th>
              <th scope="col">Attempts discussed</th>
              <th scope="col">Model</th>
              <th scope="col">Actions agreed</th>
              <th scope="col">Last session’s actions</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id}>
                <th scope="row">
                  <a href={hrefs.supervision(record.id)}>{formatIsoDate(record.date)}</a>
                </th>
                <td>{record.participants}</td>
                <td>
                  <ul className="supervision-list">
                    {record.attempts.map((attempt) => (
                      <li key={attempt.attemptId}>{attempt.title}</li>
                    ))}
                  </ul>
                </td>
                <td>{reflectiveModels[record.model].label}</td>
                <td>{record.actions.length}</td>
                <td>{followUpText(record)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
