import type { Storage } from '../storage/storage';

/**
 * The attempts service is storage itself (`storage/attempts.ts` holds the operations, `Storage` composes
 * them): this names the part of it the attempts channels use, so the handlers ask for no more than that.
 */
export type AttemptsService = Pick<
  Storage,
  | 'listAttempts'
  | 'listForFirstPaint'
  | 'whenLibraryRead'
  | 'createAttempt'
  | 'getAttempt'
  | 'saveAttempt'
  | 'deleteAttempt'
  | 'listDeletedAttempts'
  | 'restoreDeletedAttempt'
>;
