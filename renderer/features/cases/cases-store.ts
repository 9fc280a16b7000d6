import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { caseLibrary, getCase, isBuiltinCaseId } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import type { CaseListEntry } from '@shared/contract/channels/cases';
import { host } from '../../host';
import type { HostClient } from '../../host';

/**
 * The cases the renderer knows: the built-ins (in the app) and tutors' cases, every version of each, read
 * from the host once at start and again after an import or a save. Every screen that turns a case id into a
 * case asks `resolveCase`, so an attempt on a tutor's case opens with the version it was started on, like
 * one on a built-in.
 */
export interface CasesState {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** Tutors' cases as the host lists them (newest version's summary, every version's origin). */
  entries: CaseListEntry[];
  /** Every version of every tutor's case, in full. */
  versions: PracticeCase[];
  actions: {
    load: () => Promise<void>;
    /** Asks the host to open its file dialog and add the chosen pack; throws HostError when refused. */
    importFromFile: () => Promise<ResponseOf<'importCase'>>;
  };
}

export type CasesStore = StoreApi<CasesState>;

type CasesClient = Pick<HostClient, 'listCases' | 'getCase' | 'importCase'>;

export function createCasesStore(client: CasesClient): CasesStore {
  return createStore<CasesState>()((set, get) => ({
    loadState: 'idle',
    loadError: null,
    entries: [],
    versions: [],
    actions: {
      async load() {
        set((s) => ({ loadState: s.loadState === 'ready' ? 'ready' : 'loading', loadError: null }));
        try {
          const { cases } = await client.listCases({});
          const entries = cases.filter((entry) => entry.source === 'tutor');
          const versions = await Promise.all(
            entries.flatMap((entry) =>
              entry.versions.map(async ({ version }) => {
                const { practiceCase } = await client.getCase({ caseId: entry.caseId, version });
                return practiceCase;
              }),
            ),
          );
          set({ loadState: 'ready', entries, versions });
        } catch (error) {
          set({
            loadState: 'failed',
            loadError: error instanceof HostError ? error.message : 'Tutors’ cases could not be listed.',
          });
        }
      },
      async importFromFile() {
        const result = await client.importCase({});
        if (result.imported) await get().actions.load();
        return result;
      },
    },
  }));
}

/** A case by id: a built-in, or a tutor's at the version given (the newest when none is given). */
export function resolveFrom(
  versions: readonly PracticeCase[],
  caseId: string,
  version?: number | null,
): PracticeCase | undefined {
  // A built-in has one version, the app's own; attempts made before versions were recorded say 1.
  if (isBuiltinCaseId(caseId)) return getCase(caseId);
  const held = versions.filter((candidate) => candidate.id === caseId);
  if (version !== undefined && version !== null)
    return held.find((candidate) => candidate.version === version);
  return held.reduce<PracticeCase | undefined>(
    (newest, candidate) => (!newest || candidate.version > newest.version ? candidate : newest),
    undefined,
  );
}

/** The cases a trainee can start: the built-ins, then the newest version of each tutor's case in the library. */
export function startableCasesFrom(
  entries: readonly CaseListEntry[],
  versions: readonly PracticeCase[],
): PracticeCase[] {
  const tutors = entries
    .filter((entry) => entry.inLibrary)
    .map((entry) => resolveFrom(versions, entry.caseId, entry.latestVersion))
    .filter((practiceCase): practiceCase is PracticeCase => practiceCase !== undefined);
  return [...caseLibrary, ...tutors];
}

export const casesStore = createCasesStore(host);

let firstLoad: Promise<void> | null = null;

/** Resolves once tutors' cases have been asked for (loaded or failed: the built-ins work either way). */
export function casesReady(): Promise<void> {
  if (casesStore.getState().loadState === 'ready') return Promise.resolve();
  firstLoad ??= casesStore.getState().actions.load();
  return firstLoad;
}

export function resolveCase(caseId: string, version?: number | null): PracticeCase | undefined {
  return resolveFrom(casesStore.getState().versions, caseId, version);
}

export function useCases<T>(selector: (state: CasesState) => T): T {
  return useStore(casesStore, selector);
}
