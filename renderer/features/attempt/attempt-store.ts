import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Attempt } from '@shared/model/attempt';
import { randomId } from '@shared/model/ids';
import { libraryEntryFor } from '@shared/model/library';
import { questionCounts } from '@shared/review/progress';
import type { LibraryEntry } from '@shared/model/library';
import { catalogueTemplate, evaluateAttempt, isAnswerable } from '@shared/templates';
import type {
  AnyItem,
  AttemptEvaluation,
  CaseContext,
  OfferedOption,
  RuleResult,
  SectionState,
  Template,
} from '@shared/templates';
import type { HostClient } from '../../host';
import { createAutosave } from '../../state/autosave';
import type { Autosave } from '../../state/autosave';
import type { SaveState } from '../../state/save-status';
import * as paths from './answer-paths';
import type { AnswerScope } from './answer-paths';
import type { QuotableDocument } from './attempt-context';
import { sameArray, shareRecord } from './shared-structure';

export interface ItemProblem {
  problem: 'required' | 'invalid';
  message: string;
}

/** What one field needs from the engine; kept referentially stable while it does not change. */
export interface ItemView {
  visible: boolean;
  required: boolean;
  problems: readonly ItemProblem[];
  /** For choice items: what is on offer now (options from another group's rows included). */
  options: readonly OfferedOption[] | null;
}

/** One line of a section's error summary. */
export interface ErrorLink {
  fieldId: string;
  problem: ItemProblem['problem'];
  text: string;
}

export interface AttemptState {
  attempt: Attempt;
  templates: readonly Template[];
  caseContext: CaseContext;
  documents: readonly QuotableDocument[];
  evaluation: AttemptEvaluation;
  /** Keyed by `paths.itemKey`. */
  views: Readonly<Record<string, ItemView>>;
  /** Keyed by `templateId/sectionId`. */
  sections: Readonly<Record<string, SectionState>>;
  sectionErrors: Readonly<Record<string, readonly ErrorLink[]>>;
  sectionRules: Readonly<Record<string, readonly RuleResult[]>>;
  /** Rule results pointing at a top-level item, keyed `templateId/itemId`. */
  itemRules: Readonly<Record<string, readonly RuleResult[]>>;
  /** Sections where "answer this" errors are shown (after the trainee asked to move on or to finish). */
  revealed: Readonly<Record<string, true>>;
  /** True while the answers have changed and the engine has not yet caught up (see `evaluationDelayMs`). */
  evaluationPending: boolean;
  actions: AttemptActions;
}

export interface AttemptActions {
  /**
   * Any other change to the attempt (title, evidence, released documents, timing): evaluated and saved
   * exactly like an answer. Return the same object to change nothing.
   */
  updateAttempt(recipe: (attempt: Attempt) => Attempt): void;
  setAnswer(scope: AnswerScope, itemId: string, value: unknown): void;
  /** Adds an empty row and answers its id (for moving focus into it). */
  addRow(scope: AnswerScope, groupId: string): string;
  removeRow(scope: AnswerScope, groupId: string, rowId: string): void;
  reveal(sectionKeys: readonly string[]): void;
  finish(): Promise<boolean>;
  reopen(): void;
  /** Save now if anything is unsaved; true when everything is on disk. */
  flush(): Promise<boolean>;
  /** Bring visibility, errors and progress up to date with the answers now (before checking a section). */
  evaluateNow(): void;
  dispose(): void;
}

export type AttemptStore = StoreApi<AttemptState>;

export const sectionKey = (templateId: string, sectionId: string) => `${templateId}/${sectionId}`;

const sameProblem = (a: ItemProblem, b: ItemProblem) => a.problem === b.problem && a.message === b.message;
const sameOption = (a: OfferedOption, b: OfferedOption) =>
  a.id === b.id && a.label === b.label && a.description === b.description && a.suggested === b.suggested;
const sameView = (a: ItemView, b: ItemView) =>
  a.visible === b.visible &&
  a.required === b.required &&
  sameArray(a.problems, b.problems, sameProblem) &&
  (a.options === b.options ||
    (a.options !== null && b.options !== null && sameArray(a.options, b.options, sameOption)));
const sameSection = (a: SectionState, b: SectionState) =>
  a.visible === b.visible &&
  a.status === b.status &&
  a.requiredCount === b.requiredCount &&
  a.answeredCount === b.answeredCount &&
  a.errorCount === b.errorCount &&
  a.ruleCount === b.ruleCount;
const sameError = (a: ErrorLink, b: ErrorLink) =>
  a.fieldId === b.fieldId && a.problem === b.problem && a.text === b.text;
const sameRule = (a: RuleResult, b: RuleResult) =>
  a.ruleId === b.ruleId && a.rowId === b.rowId && a.message === b.message && a.severity === b.severity;
const sameList =
  <T>(same: (x: T, y: T) => boolean) =>
  (a: readonly T[], b: readonly T[]) =>
    sameArray(a, b, same);

/** A short name for an item in an error summary: its prompt, cut at the first sentence if long. */
export function shortPrompt(item: AnyItem): string {
  if (item.kind === 'guidance') return item.title ?? '';
  const prompt = item.prompt.trim();
  if (prompt.length <= 90) return prompt.replace(/[?.:]$/, '');
  const cut = prompt.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

interface Derived {
  evaluation: AttemptEvaluation;
  views: Record<string, ItemView>;
  sections: Record<string, SectionState>;
  sectionErrors: Record<string, readonly ErrorLink[]>;
  sectionRules: Record<string, readonly RuleResult[]>;
  itemRules: Record<string, readonly RuleResult[]>;
}

/** Runs the engine once and lays its answer out per field and per section for the components. */
export function derive(
  templates: readonly Template[],
  answers: Attempt['answers'],
  caseContext: CaseContext,
): Derived {
  const evaluation = evaluateAttempt({ templates, answers, caseContext });
  const views: Record<string, ItemView> = {};
  const sections: Record<string, SectionState> = {};
  const sectionErrors: Record<string, ErrorLink[]> = {};
  const sectionRules: Record<string, RuleResult[]> = {};
  const itemRules: Record<string, RuleResult[]> = {};

  for (const template of templates) {
    const catalogue = catalogueTemplate(template);
    for (const section of template.sections) {
      const key = sectionKey(template.id, section.id);
      sections[key] = evaluation.sections[template.id]?.[section.id] ?? {
        visible: false,
        status: 'incomplete',
        requiredCount: 0,
        answeredCount: 0,
        errorCount: 0,
        ruleCount: 0,
      };
      sectionErrors[key] = [];
      sectionRules[key] = [];
    }

    const visit = (items: readonly AnyItem[], scope: AnswerScope, rowLabels: string[]) => {
      for (const item of items) {
        const rowPath = paths.rowPathOf(scope);
        const itemKey = paths.itemKey(scope, item.id);
        const problems = evaluation
          .errorsFor(template.id, item.id, rowPath)
          .map((error) => ({ problem: error.problem, message: error.message }));
        const choice = item.kind === 'singleChoice' || item.kind === 'multiChoice';
        views[itemKey] = {
          visible: evaluation.visible(template.id, item.id, rowPath),
          required: evaluation.required(template.id, item.id, rowPath),
          problems,
          options: choice ? evaluation.options(template.id, item.id, rowPath) : null,
        };
        const entry = catalogue.items.get(item.id);
        if (entry && problems.length > 0) {
          const where = [...rowLabels, shortPrompt(item)].join(', ');
          for (const problem of problems) {
            sectionErrors[sectionKey(template.id, entry.section.id)]?.push({
              fieldId: paths.fieldId(scope, item.id),
              problem: problem.problem,
              text: `${where}: ${problem.message}`,
            });
          }
        }
        if (item.kind === 'repeatingGroup' && isAnswerable(item)) {
          paths.rowsOf(answers, scope, item.id).forEach((row, index) =>
            visit(
              item.items,
              {
                templateId: scope.templateId,
                rows: [...scope.rows, { groupId: item.id, rowId: row.rowId }],
              },
              [...rowLabels, `${item.rowLabel} ${index + 1}`],
            ),
          );
        }
      }
    };
    for (const section of template.sections) visit(section.items, paths.topLevel(template.id), []);
  }

  for (const result of evaluation.ruleResults) {
    if (result.sectionRef)
      sectionRules[sectionKey(result.sectionRef.templateId, result.sectionRef.sectionId)]?.push(result);
    if (result.itemRef && !result.rowId) {
      const key = `${result.itemRef.templateId}/${result.itemRef.itemId}`;
      (itemRules[key] ??= []).push(result);
    }
  }
  return { evaluation, views, sections, sectionErrors, sectionRules, itemRules };
}

export interface AttemptStoreOptions {
  attempt: Attempt;
  templates: readonly Template[];
  caseContext: CaseContext;
  documents?: readonly QuotableDocument[];
  client: Pick<HostClient, 'saveAttempt'>;
  report: (state: SaveState) => void;
  delayMs: () => number;
  /** The documents the trainee may quote, worked out again when the released documents change. */
  documentsFor?: (attempt: Attempt) => readonly QuotableDocument[];
  /**
   * The case context worked out again when the released documents or the interview change (what rules read
   * as `interview.asked.*` follows the questions asked). Without it only the released ids are updated.
   */
  caseContextFor?: (attempt: Attempt) => CaseContext;
  /** Told after each acknowledged save, so the library list stays current. */
  onSaved?: (entry: LibraryEntry) => void;
  now?: () => Date;
  newRowId?: () => string;
  /**
   * How long evaluation (visibility, errors, progress, rules) may trail the answers while the trainee types:
   * the engine takes tens of milliseconds for a full template set, too long to run inside every keystroke.
   * The field itself updates at once; 0 evaluates synchronously (tests).
   */
  evaluationDelayMs?: number;
  /** Evaluation runs at least this often during continuous typing. */
  evaluationMaxWaitMs?: number;
}

export function createAttemptStore(options: AttemptStoreOptions): AttemptStore {
  const now = options.now ?? (() => new Date());
  const newRowId = options.newRowId ?? randomId;
  const evaluationDelay = options.evaluationDelayMs ?? 150;
  const evaluationMaxWait = options.evaluationMaxWaitMs ?? 600;
  let autosave: Autosave | null = null;
  let evaluationTimer: ReturnType<typeof setTimeout> | null = null;
  let staleSince: number | null = null;

  const shared = (previous: AttemptState | null, derived: Derived) => ({
    evaluation: derived.evaluation,
    views: shareRecord(previous?.views, derived.views, sameView),
    sections: shareRecord(previous?.sections, derived.sections, sameSection),
    sectionErrors: shareRecord(previous?.sectionErrors, derived.sectionErrors, sameList(sameError)),
    sectionRules: shareRecord(previous?.sectionRules, derived.sectionRules, sameList(sameRule)),
    itemRules: shareRecord(previous?.itemRules, derived.itemRules, sameList(sameRule)),
  });

  let evaluate: () => void = () => {};
  const store = createStore<AttemptState>()((set, get) => {
    const evaluateNow = () => {
      if (evaluationTimer !== null) clearTimeout(evaluationTimer);
      evaluationTimer = null;
      staleSince = null;
      const state = get();
      set({
        ...shared(state, derive(state.templates, state.attempt.answers, state.caseContext)),
        evaluationPending: false,
      });
    };
    const change = (next: (attempt: Attempt) => Attempt) => {
      const state = get();
      const attempt = next(state.attempt);
      if (attempt === state.attempt) return;
      if (
        attempt.releasedDocumentIds !== state.attempt.releasedDocumentIds ||
        attempt.interview !== state.attempt.interview
      ) {
        // Newly released documents and questions asked change what rules can see and what can be quoted
        // (the interview's transcript is a document too).
        set({
          attempt,
          caseContext: options.caseContextFor?.(attempt) ?? {
            ...state.caseContext,
            releasedDocumentIds: attempt.releasedDocumentIds,
          },
          documents: options.documentsFor?.(attempt) ?? state.documents,
        });
      } else set({ attempt });
      if (evaluationDelay === 0) evaluateNow();
      else {
        const at = Date.now();
        staleSince ??= at;
        if (evaluationTimer !== null) clearTimeout(evaluationTimer);
        const wait = Math.max(0, Math.min(evaluationDelay, staleSince + evaluationMaxWait - at));
        evaluationTimer = setTimeout(evaluateNow, wait);
        if (!get().evaluationPending) set({ evaluationPending: true });
      }
      autosave?.changed();
    };
    evaluate = evaluateNow;
    const initial = derive(options.templates, options.attempt.answers, options.caseContext);
    return {
      attempt: options.attempt,
      templates: options.templates,
      caseContext: options.caseContext,
      documents: options.documents ?? [],
      ...shared(null, initial),
      revealed: {},
      evaluationPending: false,
      actions: {
        updateAttempt(recipe) {
          change(recipe);
        },
        setAnswer(scope, itemId, value) {
          change((attempt) => {
            const answers = paths.setAnswer(attempt.answers, scope, itemId, value);
            return answers === attempt.answers
              ? attempt
              : { ...attempt, answers: answers as Attempt['answers'] };
          });
        },
        addRow(scope, groupId) {
          const rowId = newRowId();
          change((attempt) => ({
            ...attempt,
            answers: paths.addRow(attempt.answers, scope, groupId, rowId) as Attempt['answers'],
          }));
          // A new row's questions exist only once the engine has seen it; evaluating now (not after the
          // typing delay) lets the row render whole, so focus can move into its first field at once.
          evaluateNow();
          return rowId;
        },
        removeRow(scope, groupId, rowId) {
          change((attempt) => ({
            ...attempt,
            answers: paths.removeRow(attempt.answers, scope, groupId, rowId) as Attempt['answers'],
          }));
          evaluateNow();
        },
        reveal(keys) {
          const revealed = get().revealed;
          if (keys.every((key) => revealed[key])) return;
          set({ revealed: { ...revealed, ...Object.fromEntries(keys.map((key) => [key, true as const])) } });
        },
        async finish() {
          change((attempt) => ({ ...attempt, status: 'finished', finishedAt: now().toISOString() }));
          return (await autosave?.flush()) ?? false;
        },
        reopen() {
          change((attempt) => ({ ...attempt, status: 'in-progress', finishedAt: null }));
        },
        flush: () => autosave?.flush() ?? Promise.resolve(true),
        evaluateNow: () => evaluate(),
        dispose: () => {
          if (evaluationTimer !== null) clearTimeout(evaluationTimer);
          autosave?.dispose();
        },
      },
    };
  });

  autosave = createAutosave({
    delayMs: options.delayMs,
    report: options.report,
    now,
    save: async () => {
      // The saved progress must describe the saved answers.
      if (staleSince !== null) evaluate();
      const { attempt, evaluation } = store.getState();
      const progress = evaluation.progress;
      // The rule counts go with it so the progress screen never has to open the attempt.
      const counts = questionCounts(evaluation.ruleResults);
      const acknowledged = await options.client.saveAttempt({ attempt, progress, ...counts });
      // Edits made during the save stay; only the revision and time move on.
      store.setState((state) => ({
        attempt: { ...state.attempt, revision: acknowledged.revision, updatedAt: acknowledged.savedAt },
      }));
      options.onSaved?.(
        libraryEntryFor(
          { ...attempt, revision: acknowledged.revision, updatedAt: acknowledged.savedAt },
          progress,
          // Review levels are the host's to keep; the renderer's copy of the list does not show them.
          { ...counts, reviews: null },
        ),
      );
      return new Date(acknowledged.savedAt);
    },
  });
  return store;
}
