import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { parseCase } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import type { Template } from '@shared/templates';
import { blankCase, blankDocument, duplicateCase, setAt } from './draft';
import type { CaseDraft } from './draft';
import { splitErrors } from './field-ids';
import type { PathError } from './field-ids';

type Path = readonly (string | number)[];

/**
 * The case a tutor is writing: one draft at a time, kept while they move between the editor's parts.
 * Edits go through `set(path, value)`, which copies only along the path, so a field's selector sees a new
 * value only when that field changed. Problems are shown once the tutor asks for a check, and from then
 * on follow every edit, so a fixed problem leaves the summary as it is fixed.
 */
export interface CaseEditorState {
  draft: CaseDraft | null;
  /** What the draft started from, in words for the page ("a new case", "a copy of …"). */
  startedFrom: string;
  /** Null until the first check. */
  errors: PathError[] | null;
  /** The checked case, when the last check passed. */
  valid: PracticeCase | null;
  actions: {
    startNew: (today: string) => void;
    duplicate: (source: PracticeCase, takenIds: Iterable<string>) => void;
    /** Opens a case the tutor wrote before (or one they just imported) to change it. */
    open: (draft: CaseDraft, startedFrom: string) => void;
    set: (path: Path, value: unknown) => void;
    addDocument: (today: string) => void;
    removeAt: (path: Path, index: number) => void;
    move: (path: Path, index: number, by: -1 | 1) => void;
    check: () => PracticeCase | null;
    close: () => void;
  };
}

export type CaseEditorStore = StoreApi<CaseEditorState>;

export function createCaseEditorStore(templates: () => readonly Template[]): CaseEditorStore {
  return createStore<CaseEditorState>()((set, get) => {
    const evaluate = (draft: CaseDraft) => {
      // The one path every case takes in (an import, the host's save): the same checks, the same paths.
      const result = parseCase(draft, templates());
      return result.ok
        ? { errors: [], valid: result.practiceCase }
        : { errors: splitErrors(result.errors), valid: null };
    };
    const replaceDraft = (draft: CaseDraft) =>
      set((state) => (state.errors === null ? { draft } : { draft, ...evaluate(draft) }));
    const list = (path: Path): unknown[] => {
      let at: unknown = get().draft;
      for (const key of path) at = (at as Record<string | number, unknown>)[key];
      return at as unknown[];
    };
    return {
      draft: null,
      startedFrom: '',
      errors: null,
      valid: null,
      actions: {
        startNew(today) {
          set({ draft: blankCase(today), startedFrom: 'a new case', errors: null, valid: null });
        },
        duplicate(source, takenIds) {
          set({
            draft: duplicateCase(source, takenIds),
            startedFrom: `a copy of “${source.title}”`,
            errors: null,
            valid: null,
          });
        },
        open(draft, startedFrom) {
          set({ draft, startedFrom, errors: null, valid: null });
        },
        set(path, value) {
          const draft = get().draft;
          if (draft) replaceDraft(setAt(draft, path, value));
        },
        addDocument(today) {
          const draft = get().draft;
          if (!draft) return;
          const doc = blankDocument(
            draft.documents.map((d) => d.id),
            today,
          );
          replaceDraft({ ...draft, documents: [...draft.documents, doc] });
        },
        removeAt(path, index) {
          const draft = get().draft;
          if (draft) replaceDraft(setAt(draft, path, list(path).toSpliced(index, 1)));
        },
        move(path, index, by) {
          const draft = get().draft;
          if (!draft) return;
          const items = [...list(path)];
          const to = index + by;
          if (to < 0 || to >= items.length) return;
          [items[index], items[to]] = [items[to], items[index]];
          replaceDraft(setAt(draft, path, items));
        },
        check() {
          const draft = get().draft;
          if (!draft) return null;
          const outcome = evaluate(draft);
          set(outcome);
          return outcome.valid;
        },
        close() {
          set({ draft: null, startedFrom: '', errors: null, valid: null });
        },
      },
    };
  });
}
