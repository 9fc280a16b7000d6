import { useEffect, useState } from 'react';
import { HostError } from '@shared/contract';
import type { Route } from '../../app/routes';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { host } from '../../host';
import { libraryStore, settingsStore } from '../../state/app-stores';
import { registerFlush } from '../../state/flush';
import { saveStatusStore } from '../../state/save-status';
import { Workspace } from '../workspace/Workspace';
import { templatesReady } from '../templates/template-store';
import { casesReady } from '../cases/cases-store';
import { setupFor } from './attempt-context';
import { createAttemptStore } from './attempt-store';
import type { AttemptStore } from './attempt-store';
import { AttemptOverview } from './AttemptOverview';
import { AttemptStoreContext } from './context';
import { SectionPage } from './SectionPage';
import './attempt.css';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; store: AttemptStore };

/**
 * Leaving an attempt: write what is unsaved. If that fails the store stays alive (still retrying, still
 * registered for the window's exit) until a save succeeds, so leaving a screen never drops an edit.
 */
function retireWhenSaved(store: AttemptStore, source: string, unregister: (() => void) | null): void {
  const retire = () => {
    store.getState().actions.dispose();
    unregister?.();
  };
  void store
    .getState()
    .actions.flush()
    .then((saved) => {
      if (saved) return retire();
      const stop = saveStatusStore.subscribe((state) => {
        if (state.sources[source]?.kind === 'saved') {
          stop();
          retire();
        }
      });
    });
}

/** Opens an attempt, keeps its store for as long as the trainee stays in it, and saves on the way out. */
function useAttemptStoreFor(attemptId: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded & { attemptId?: string }>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let store: AttemptStore | null = null;
    let unregister: (() => void) | null = null;
    const source = `attempt:${attemptId}`;
    // Tutors' templates are loaded first, so an attempt on one opens even straight after a reload.
    Promise.all([host.getAttempt({ id: attemptId }), templatesReady(), casesReady()]).then(
      ([attempt]) => {
        if (cancelled) return;
        const setup = setupFor(attempt);
        if (!setup.ok) {
          setLoaded({ kind: 'failed', message: setup.message, attemptId });
          return;
        }
        store = createAttemptStore({
          attempt,
          templates: setup.templates,
          caseContext: setup.caseContext,
          documents: setup.documents,
          documentsFor: (current) => {
            const again = setupFor(current);
            return again.ok ? again.documents : [];
          },
          caseContextFor: (current) => {
            const again = setupFor(current);
            return again.ok ? again.caseContext : setup.caseContext;
          },
          client: host,
          report: (state) => saveStatusStore.getState().report(source, state),
          delayMs: () => settingsStore.getState().settings.autosaveDelayMs,
          onSaved: (entry) => libraryStore.getState().actions.upsert(entry),
        });
        unregister = registerFlush(() => store!.getState().actions.flush());
        setLoaded({ kind: 'ready', store, attemptId });
      },
      (error: unknown) => {
        if (cancelled) return;
        const message =
          error instanceof HostError ? error.message : 'This attempt could not be opened. Please try again.';
        setLoaded({ kind: 'failed', message, attemptId });
      },
    );
    return () => {
      cancelled = true;
      if (store) retireWhenSaved(store, source, unregister);
    };
  }, [attemptId]);

  return loaded.attemptId === attemptId ? loaded : { kind: 'loading' };
}

export function AttemptScreen({ route }: { route: Extract<Route, { screen: 'attempt' }> }) {
  const loaded = useAttemptStoreFor(route.attemptId);
  if (loaded.kind === 'loading') {
    return <p className="body">Opening your practice…</p>;
  }
  if (loaded.kind === 'failed') {
    return (
      <>
        <PageHeading title="This practice could not be opened">This practice could not be opened</PageHeading>
        <p className="body">{loaded.message}</p>
        <p className="body">
          <a href={hrefs.home}>Go back to your practice</a>
        </p>
      </>
    );
  }
  return (
    <AttemptStoreContext.Provider value={loaded.store}>
      {/* Keyed by attempt: a "try again" copy opens with its own workspace (panels, timer, notices). */}
      <Workspace key={route.attemptId} templateId={route.templateId} sectionId={route.sectionId}>
        {route.templateId && route.sectionId ? (
          <SectionPage templateId={route.templateId} sectionId={route.sectionId} />
        ) : (
          <AttemptOverview />
        )}
      </Workspace>
    </AttemptStoreContext.Provider>
  );
}
