import { useEffect } from 'react';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { libraryStore, useLibrary, useSettings } from '../../state/app-stores';
import { supervisionStore, useSupervision } from './supervision-store';
import { SupervisionEditor } from './SupervisionEditor';
import './supervision.css';

export function SupervisionEditScreen({ recordId }: { recordId: string | null }) {
  const records = useSupervision((s) => s.records);
  const loadState = useSupervision((s) => s.loadState);
  const loadError = useSupervision((s) => s.loadError);
  const libraryState = useLibrary((s) => s.loadState);
  // A new record starts with the trainee's name, so wait for settings too.
  const settingsState = useSettings((s) => s.loadState);

  useEffect(() => {
    void supervisionStore.getState().actions.load();
    void libraryStore.getState().actions.refresh();
  }, []);

  if (loadState === 'failed')
    return (
      <>
        <PageHeading title="Supervision record">Supervision record</PageHeading>
        <div className="inset-text inset-text--error" role="alert">
          {loadError}
        </div>
      </>
    );
  if (
    loadState !== 'ready' ||
    (libraryState !== 'ready' && libraryState !== 'failed') ||
    settingsState === 'loading'
  )
    return <p className="body">Loading the supervision record…</p>;
  const record = recordId === null ? null : (records.find((candidate) => candidate.id === recordId) ?? null);
  if (recordId !== null && record === null)
    return (
      <>
        <PageHeading title="Record not found">Record not found</PageHeading>
        <p className="body">
          This supervision record is not here any more. <a href={hrefs.supervisionList}>See all records</a>.
        </p>
      </>
    );
  return <SupervisionEditor key={recordId ?? 'new'} record={record} records={records} />;
}
