import type { JsonValue } from '../model/json';
import type { RuleResult } from '../rules/schema';
import { computedValueLabel } from './kinds/computed';
import type { AnyItem } from './schema';
import { isAnswerable } from './schema';
import type {
  AttemptEvaluation,
  EvaluateInput,
  SectionState,
  SectionStatus,
  ItemError,
} from './evaluation-types';
import { Evaluation, rowKey, toRowPath } from './evaluation';
import { prepareTemplates } from './prepare';

/**
 * The one evaluator the renderer and the PDF builder share. Given templates, the attempt's answers and the
 * case, it works out what is visible and required, computed values, problems per item, section status,
 * progress and quality-rule results.
 *
 * Hidden items keep their answers in the attempt, but every expression sees them as null and they are left
 * out of validation, progress, rules and `visibleAnswers` (what the PDF prints).
 *
 * It runs on every keystroke: templates are prepared once per template set (dependency order, catalogues;
 * the JSON Logic engine caches each expression's plan by object identity), then each call is one pass.
 */

export type * from './evaluation-types';
export { prepareTemplates } from './prepare';

/** Evaluates an attempt. Never throws for bad answers or failing expressions; it reports them instead. */
export function evaluateAttempt(input: EvaluateInput): AttemptEvaluation {
  const prepared = prepareTemplates(input.templates);
  const evaluation = new Evaluation(prepared, input.answers, input.caseContext ?? null);
  evaluation.resolveNodes();
  evaluation.checkItems();

  const ruleResults: RuleResult[] = [];
  for (const template of prepared.byId.values()) {
    if (template.rules)
      ruleResults.push(
        ...evaluation.runRules(template.rules, { kind: 'template', templateId: template.id }, 'rules'),
      );
  }
  if (input.caseContext?.rules)
    ruleResults.push(
      ...evaluation.runRules(
        input.caseContext.rules,
        { kind: 'case', caseId: input.caseContext.caseId },
        'case.rules',
      ),
    );

  const sections: Record<string, Record<string, SectionState>> = {};
  const sectionStatus: Record<string, Record<string, SectionStatus>> = {};
  const templateProgress: Record<string, number> = {};
  let requiredTotal = 0;
  let answeredTotal = 0;
  for (const template of prepared.byId.values()) {
    sections[template.id] = {};
    sectionStatus[template.id] = {};
    let templateRequired = 0;
    let templateAnswered = 0;
    template.sections.forEach((section, sectionIndex) => {
      const visible = evaluation.sectionShown(template, section, sectionIndex);
      const counts = evaluation.counts.get(`${template.id}/${section.id}`) ?? {
        required: 0,
        answered: 0,
        errors: 0,
        anyAnswer: false,
      };
      const ruleCount = ruleResults.filter(
        (result) =>
          result.sectionRef?.templateId === template.id && result.sectionRef.sectionId === section.id,
      ).length;
      // Only a visible answerable item can be started: a section whose questions are all hidden for now
      // (e.g. follow-up asked only while something is outstanding) has nothing to do, so it is complete.
      const notStarted =
        counts.required === 0 &&
        !counts.anyAnswer &&
        section.items.some(
          (item) =>
            isAnswerable(item) && evaluation.visibility.get(rowKey(template.id, item.id, [])) === true,
        );
      const status: SectionStatus =
        counts.answered < counts.required || counts.errors > 0 || notStarted
          ? 'incomplete'
          : ruleCount > 0
            ? 'has-questions'
            : 'complete';
      sections[template.id]![section.id] = {
        visible,
        status,
        requiredCount: counts.required,
        answeredCount: counts.answered,
        errorCount: counts.errors,
        ruleCount,
      };
      if (visible) {
        sectionStatus[template.id]![section.id] = status;
        templateRequired += counts.required;
        templateAnswered += counts.answered;
      }
    });
    templateProgress[template.id] = templateRequired === 0 ? 1 : templateAnswered / templateRequired;
    requiredTotal += templateRequired;
    answeredTotal += templateAnswered;
  }

  const itemErrors = evaluation.itemErrors;
  const errorsByKey = new Map<string, ItemError[]>();
  for (const error of itemErrors) {
    const key = rowKey(error.templateId, error.itemId, error.rowPath);
    const list = errorsByKey.get(key);
    if (list) list.push(error);
    else errorsByKey.set(key, [error]);
  }

  return {
    visible: (templateId, itemId, rowPath) =>
      evaluation.visibility.get(rowKey(templateId, itemId, toRowPath(rowPath))) === true,
    required: (templateId, itemId, rowPath) =>
      evaluation.requiredness.get(rowKey(templateId, itemId, toRowPath(rowPath))) === true,
    sectionVisible: (templateId, sectionId) =>
      evaluation.sectionVisibility.get(`${templateId}/${sectionId}`) === true,
    options: (templateId, itemId, rowPath) => evaluation.options(templateId, itemId, toRowPath(rowPath)),
    computed: evaluation.data.computed,
    visibleAnswers: evaluation.data.answers,
    itemErrors,
    errorsFor: (templateId, itemId, rowPath) =>
      errorsByKey.get(rowKey(templateId, itemId, toRowPath(rowPath))) ?? [],
    sections,
    sectionStatus,
    progress: requiredTotal === 0 ? 1 : answeredTotal / requiredTotal,
    templateProgress,
    ruleResults,
    evaluationProblems: evaluation.problems,
  };
}

/** The label to show for a computed value (its valueLabels, else the value as text, else its emptyLabel). */
export function computedLabel(item: AnyItem, value: JsonValue | undefined): string {
  return item.kind === 'computed' ? computedValueLabel(item, value) : '';
}
