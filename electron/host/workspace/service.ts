import { getCase, initialReleasedDocumentIds } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { caseVersionOf } from '@shared/model/attempt';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import { emptyTiming } from '@shared/model/attempt';
import type { LibraryEntry } from '@shared/model/library';

/** The storage calls these actions are built from (structural, so this area does not import storage). */
export interface WorkspaceStorage {
  listAttempts(): LibraryEntry[];
  getAttempt(id: string): Promise<Attempt>;
  createAttempt(input: {
    title: string;
    caseId: string | null;
    templateIds: string[];
    templateVersions: Record<string, number>;
    releasedDocumentIds: string[];
  }): Promise<Attempt>;
  saveAttempt(request: { attempt: Attempt; progress: number }): Promise<{ revision: number }>;
  deleteAttempt(id: string): Promise<void>;
}

function entryOf(storage: WorkspaceStorage, id: string): LibraryEntry {
  const entry = storage.listAttempts().find((candidate) => candidate.id === id);
  // Storage lists every attempt it has just written; a missing entry means it was deleted meanwhile.
  if (!entry) throw new HostError('not-found', 'This attempt is no longer in your library.');
  return entry;
}

/** The documents a fresh start on the case has; an own case, or a case no longer in the library, has none. */
function startingDocuments(practiceCase: PracticeCase | undefined): string[] {
  return practiceCase ? initialReleasedDocumentIds(practiceCase) : [];
}

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;

/** Library actions built from storage calls: a fresh or answered copy of an attempt, and renaming one. */
export function createWorkspaceService(
  storage: WorkspaceStorage,
  log: (message: string, error?: unknown) => void = () => undefined,
  /** A case at the version an attempt recorded; the built-ins when absent. */
  findCase: (caseId: string, version?: number) => PracticeCase | undefined = getCase,
) {
  return {
    async duplicateAttempt({
      id,
      title,
      keepAnswers,
    }: ParsedRequestOf<'duplicateAttempt'>): Promise<ResponseOf<'duplicateAttempt'>> {
      const source = await storage.getAttempt(id);
      const progress = keepAnswers
        ? (storage.listAttempts().find((entry) => entry.id === id)?.progress ?? 0)
        : 0;
      const created = await storage.createAttempt({
        title,
        caseId: source.caseId,
        templateIds: source.templateIds,
        templateVersions: source.templateVersions,
        ...(source.caseVersion === undefined ? {} : { caseVersion: source.caseVersion }),
        releasedDocumentIds: keepAnswers
          ? source.releasedDocumentIds
          : startingDocuments(
              source.caseId === null
                ? undefined
                : findCase(source.caseId, caseVersionOf(source) ?? undefined),
            ),
      });
      if (keepAnswers) {
        const copy: Attempt = {
          ...created,
          answers: source.answers,
          evidence: source.evidence,
          // The interview goes with the answers it informed (and the documents it released).
          ...(source.interview ? { interview: source.interview } : {}),
          // The new try keeps the trainee's timer choice but starts its own clock.
          timing: {
            ...emptyTiming,
            timerEnabled: source.timing.timerEnabled,
            targetMinutes: source.timing.targetMinutes,
          },
        };
        try {
          await storage.saveAttempt({ attempt: copy, progress });
        } catch (error) {
          // An empty "copy" would mislead: take it away again (storage keeps a backup of it anyway).
          await storage
            .deleteAttempt(created.id)
            .catch((cleanup: unknown) => log('Could not remove a half-made copy', cleanup));
          throw error;
        }
      }
      return { entry: entryOf(storage, created.id) };
    },

    async renameAttempt({
      id,
      title,
    }: ParsedRequestOf<'renameAttempt'>): Promise<ResponseOf<'renameAttempt'>> {
      const attempt = await storage.getAttempt(id);
      if (attempt.title !== title) {
        const progress = storage.listAttempts().find((entry) => entry.id === id)?.progress ?? 0;
        await storage.saveAttempt({ attempt: { ...attempt, title }, progress });
      }
      return { entry: entryOf(storage, id) };
    },
  };
}
