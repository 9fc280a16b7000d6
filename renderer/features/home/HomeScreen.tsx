import { useEffect } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { libraryStore, useLibrary, useSettings } from '../../state/app-stores';
import { AttemptsList, DeletedBanner } from './AttemptsList';
import { CaseLibrary } from './CaseLibrary';
import { RecentlyDeleted } from './RecentlyDeleted';
import { SharedWorkPanel } from '../import/SharedWorkPanel';
import { StartOwnCase } from './StartOwnCase';
import './home.css';

export function HomeScreen() {
  const entries = useLibrary((s) => s.entries);
  const loadState = useLibrary((s) => s.loadState);
  const loadError = useLibrary((s) => s.loadError);
  const complete = useLibrary((s) => s.complete);
  const total = useLibrary((s) => s.total);
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

      <DeletedBanner />

      <section aria-labelledby="saved-attempts">
        <h2 className="heading-l" id="saved-attempts">
          Your attempts
        </h2>
        {loadState === 'failed' ? (
          <div className="inset-text inset-text--error" role="alert">
            {loadError}
          </div>
        ) : loadState !== 'ready' ? (
          <p className="body">Loading your saved attempts…</p>
        ) : entries.length === 0 ? (
          <div className="inset-text" data-testid="no-attempts">
            <p className="body">You have not started any practice yet.</p>
            <p className="body">
              Choose a practice case below, or bring your own. Nothing is shared, and you can come back to it
              at any time.
            </p>
          </div>
        ) : (
          <AttemptsList entries={entries} listing={complete ? null : { total }} />
        )}
      </section>

      <SharedWorkPanel />

      <CaseLibrary />

      <StartOwnCase />

      <RecentlyDeleted />
    </>
  );
}
