import type { JsonValue } from '../model/json';
import type { QualityRule, RuleResult } from '../rules/schema';
import type { AnswerValue } from './answers';
import type { ChoiceOption, Template } from './schema';

/** What the evaluator takes and gives (see engine.ts). */

export interface CaseContext {
  /** null for an "own case" attempt. */
  caseId: string | null;
  /** Facts the case declares for rules, e.g. { daCallouts: 2, childrenInHousehold: true }. */
  facts: Record<string, JsonValue>;
  /** Case-file documents released so far (the attempt's `releasedDocumentIds`). */
  releasedDocumentIds: readonly string[];
  /** The case's own quality rules, checked beside the templates' rules. */
  rules?: readonly QualityRule[];
  /**
   * What rules read as `interview.asked.<questionId>`, `interview.uncovered.<factId>` and `interview.held`:
   * every question and fact of the case's interview, true or false. Absent means no interview was held.
   */
  interview?: {
    asked: Readonly<Record<string, boolean>>;
    uncovered: Readonly<Record<string, boolean>>;
    held: boolean;
  };
}

export type SectionStatus = 'complete' | 'incomplete' | 'has-questions';

export interface SectionState {
  visible: boolean;
  /**
   * incomplete: a visible required item is unanswered, an answer is not valid, or nothing in a section
   * without required items has been answered yet (a section whose answerable items are all hidden has
   * nothing to answer, so it is not incomplete); has-questions: otherwise, when quality rules speak about
   * the section; complete: otherwise.
   */
  status: SectionStatus;
  requiredCount: number;
  answeredCount: number;
  errorCount: number;
  ruleCount: number;
}

export interface ItemError {
  templateId: string;
  sectionId: string;
  itemId: string;
  /** [] for a top-level item; [rowId] inside a group; [outerRowId, innerRowId] inside a nested group. */
  rowPath: string[];
  problem: 'required' | 'invalid';
  /** Plain words for the error summary and the field, e.g. "Choose an answer." */
  message: string;
}

/** An expression that failed at run time (e.g. compared text with a number); treated as false/null. */
export interface EvaluationProblem {
  templateId: string;
  /** e.g. `sections[1].items[2].showWhen` or `rules[3].when` or `case.rules[0].when`. */
  at: string;
  message: string;
}

/** An option on offer now: `suggested` from its `suggestedWhen`, `hint` the text its `hint` works out (or null). */
export type OfferedOption = Omit<ChoiceOption, 'hint'> & { suggested: boolean; hint: string | null };

export interface AttemptEvaluation {
  /** Whether an item (in a row, give the row path) is shown. Unknown items and rows are not. */
  visible(templateId: string, itemId: string, rowPath?: string | readonly string[]): boolean;
  /** Whether a visible item must be answered. */
  required(templateId: string, itemId: string, rowPath?: string | readonly string[]): boolean;
  sectionVisible(templateId: string, sectionId: string): boolean;
  /** The options a choice item offers now (options taken from a group's rows included), with suggestions. */
  options(templateId: string, itemId: string, rowPath?: string | readonly string[]): OfferedOption[];
  /** computed[templateId][itemId]: null while there is nothing to work from. */
  computed: Record<string, Record<string, JsonValue>>;
  /**
   * What the PDF prints: answers of visible items only, with hidden row items removed and badly shaped
   * values dropped. visibleAnswers[templateId][itemId].
   */
  visibleAnswers: Record<string, Record<string, AnswerValue>>;
  itemErrors: ItemError[];
  errorsFor(templateId: string, itemId: string, rowPath?: string | readonly string[]): ItemError[];
  sections: Record<string, Record<string, SectionState>>;
  sectionStatus: Record<string, Record<string, SectionStatus>>;
  /** 0..1: share of visible required items answered, over all templates (1 when nothing is required). */
  progress: number;
  templateProgress: Record<string, number>;
  ruleResults: RuleResult[];
  evaluationProblems: EvaluationProblem[];
}

export interface EvaluateInput {
  templates: readonly Template[];
  /** answers[templateId][itemId] as stored in the attempt (`Attempt['answers']`); every value is checked. */
  answers: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
  caseContext?: CaseContext | null;
}
