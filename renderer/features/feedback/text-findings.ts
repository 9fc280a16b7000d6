import { useEffect } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { PracticeCase } from '@shared/cases';
import type { TextFeedbackInput, TextFinding } from '@shared/text-feedback';
import type { AttemptState, AttemptStore } from '../attempt/attempt-store';
import type { AnalysisReply, AnalysisRequest } from './text-analysis.worker';

/**
 * The text analysis's findings for the open attempt. The analysis is off the typing path twice over: it
 * runs only once the trainee has paused (`PAUSE_MS` after the last change to the answers or the released
 * documents), and in a worker, so loading the language model and reading a long attempt never hold up a
 * key. Where a worker cannot start, the module is loaded on first use and run on the page instead.
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

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { input: TextFeedbackInput; resolve: (findings: TextFinding[]) => void }>();

async function onThePage(input: TextFeedbackInput): Promise<TextFinding[]> {
  const { analyseAttemptText } = await import('@shared/text-feedback');
  return analyseAttemptText(input);
}

function analysisWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./text-analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      waiting.get(event.data.id)?.resolve(event.data.findings);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      // A worker that fails to load is not tried again; waiting requests run on the page.
      worker = null;
      for (const [id, { input, resolve }] of waiting) {
        waiting.delete(id);
        void onThePage(input).then(resolve);
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

async function analyse(input: TextFeedbackInput): Promise<TextFinding[]> {
  const running = typeof Worker === 'function' ? analysisWorker() : null;
  if (running) {
    const id = (nextId += 1);
    const request: AnalysisRequest = { id, input };
    const reply = new Promise<TextFinding[]>((resolve) => waiting.set(id, { input, resolve }));
    running.postMessage(request);
    return reply;
  }
  return onThePage(input);
}

/** Runs the analysis after each pause while the workspace is open. */
export function useTextAnalysis(store: AttemptStore, practiceCase: PracticeCase | null): void {
  useEffect(() => {
    const target = findingsStoreFor(store);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let disposed = false;
    const run = async () => {
      timer = null;
      const state = store.getState();
      const findings = await analyse({
        templates: state.templates,
        answers: state.attempt.answers,
        keyEvidence: practiceCase?.keyEvidence ?? [],
        releasedDocumentIds: state.attempt.releasedDocumentIds,
      });
      if (disposed) return;
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
