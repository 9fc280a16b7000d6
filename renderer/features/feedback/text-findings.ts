import { useEffect } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { PracticeCase } from '@shared/cases';
import type { TextFinding } from '@shared/text-feedback';
import type { AttemptState, AttemptStore } from '../attempt/attempt-store';

/**
 * The text analysis's findings for the open attempt. The analysis is off the typing path: it runs only
 * once the trainee has paused (`PAUSE_MS` after the last change to the answers or the released documents),
 * and its module (with the language model) is loaded on first use as a separate chunk.
 */
export const PAUSE_MS = 1200;

interface TextFindingsState {
  findings: readonly TextFinding[];
  /** Whether the analysis has run at least once for this attempt. */
  ready: boolean;
}

const stores = new WeakMap<AttemptStore, StoreApi<TextFindingsState>>();
const empty: readonly TextFinding[] = [];

function findingsStoreFor(store: AttemptStore): StoreApi<TextFindingsState> {
  let found = stores.get(store);
  if (!found) {
    found = createStore<TextFindingsState>(() => ({ findings: empty, ready: false }));
    stores.set(store, found);
  }
  return found;
}

const sameFindings = (a: readonly TextFinding[], b: readonly TextFinding[]) =>
  a.length === b.length &&
  a.every((f, i) => f.id === b[i]?.id && f.why === b[i]?.why && f.message === b[i]?.message);

/** Runs the analysis after each pause while the workspace is open. */
export function useTextAnalysis(store: AttemptStore, practiceCase: PracticeCase | null): void {
  useEffect(() => {
    const target = findingsStoreFor(store);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let disposed = false;
    const run = async () => {
      timer = null;
      const { analyseAttemptText } = await import('@shared/text-feedback');
      if (disposed) return;
      const state = store.getState();
      const findings = analyseAttemptText({
        templates: state.templates,
        answers: state.attempt.answers,
        keyEvidence: practiceCase?.keyEvidence ?? [],
        releasedDocumentIds: state.attempt.releasedDocumentIds,
      });
      const previous = target.getState();
      if (!previous.ready || !sameFindings(previous.findings, findings))
        target.setState({ findings, ready: true });
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), PAUSE_MS);
    };
    schedule();
    const unsubscribe = store.subscribe((state: AttemptState, previous: AttemptState) => {
      if (
        state.attempt.answers !== previous.attempt.answers ||
        state.attempt.releasedDocumentIds !== previous.attempt.releasedDocumentIds
      )
        schedule();
    });
    return () => {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
    };
  }, [store, practiceCase]);
}

export function useTextFindings(store: AttemptStore): readonly TextFinding[] {
  return useStore(findingsStoreFor(store), (s) => s.findings);
}
