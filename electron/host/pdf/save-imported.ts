import type { Attempt } from '@shared/model/attempt';
import type { PdfServiceDeps, PdfStorage } from './service';

/** The storage calls the export/import handlers make (structural, so this area does not import storage). */
export interface PdfHostStorage extends PdfStorage {
  createAttempt(input: {
    title: string;
    caseId: string | null;
    templateIds: string[];
    templateVersions: Record<string, number>;
    releasedDocumentIds: string[];
  }): Promise<Attempt>;
  saveAttempt(request: { attempt: Attempt; progress: number }): Promise<{ revision: number }>;
  /** Preferred when storage offers it: saves under a new id, keeping the attempt's dates and revision. */
  importAttempt?(attempt: Attempt, progress: number, options?: { indexLater?: boolean }): Promise<Attempt>;
}

/**
 * Saves an imported attempt as a new one. Uses storage's own `importAttempt` when it exists; otherwise
 * creates a fresh attempt and saves the imported answers into it (created and saved dates become now).
 */
export function saveImportedWith(storage: PdfHostStorage): PdfServiceDeps['saveImportedAttempt'] {
  return async (attempt, progress) => {
    if (typeof storage.importAttempt === 'function') return storage.importAttempt(attempt, progress);
    const created = await storage.createAttempt({
      title: attempt.title,
      caseId: attempt.caseId,
      templateIds: attempt.templateIds,
      templateVersions: attempt.templateVersions,
      releasedDocumentIds: attempt.releasedDocumentIds,
    });
    await storage.saveAttempt({
      attempt: { ...attempt, id: created.id, revision: created.revision },
      progress,
    });
    return storage.getAttempt(created.id);
  };
}
