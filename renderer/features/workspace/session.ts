import type { Attempt } from '@shared/model/attempt';
import type { AttemptStore } from '../attempt/attempt-store';

/**
 * The one way the workspace changes the open attempt (evidence, released documents, timing, title, the
 * reflective log pre-fill): through the attempt's own store, so the change is evaluated and saved exactly
 * like an answer typed into the form, by the same autosave, with the same revision.
 */
export function updateAttempt(store: AttemptStore, recipe: (attempt: Attempt) => Attempt): void {
  store.getState().actions.updateAttempt(recipe);
}
