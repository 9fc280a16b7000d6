import type { Answers } from '../model/attempt';
import type { QualityRule, RuleResult, RuleSeverity } from '../rules/schema';
import { catalogueTemplate } from '../templates/catalogue';
import { evaluateAttempt } from '../templates/engine';
import type { EvaluationProblem } from '../templates/evaluation-types';
import type { JsonLogic } from '../templates/logic-schema';
import { isAnswerable, type Template } from '../templates/schema';
import { validateRules } from '../templates/validate';
import type { DocumentBlock, PracticeCase } from './schema';
import { ruleBudgetErrors } from './validate';

/**
 * The editor's presets: the shapes the built-in cases' rules and documents repeat, as pure functions that
 * produce checked case data. A preset never writes anything a tutor could not write by hand in JSON Logic;
 * it only saves them from spelling out variable paths and level lists.
 */

/** The columns every list of previous convictions in the built-in cases uses. */
export const convictionColumns = ['Date', 'Court', 'Offence', 'Outcome'] as const;

/** A previous-convictions table with the standard columns (rows of date, court, offence, outcome). */
export function previousConvictionsTable(rows: string[][], caption?: string): DocumentBlock {
  const columns = [...convictionColumns];
  return caption === undefined ? { kind: 'table', columns, rows } : { kind: 'table', columns, rows, caption };
}

/** What every preset rule has: the rule's id, its reflective question, and where it points. */
export interface RulePresetCommon {
  id: string;
  /** `question` unless given. */
  severity?: RuleSeverity;
  message: string;
  /** Speak only once this document is in the trainee's case file (it becomes the rule's documentRef). */
  afterDocumentId?: string;
  /** A document the trainee should look at again; `afterDocumentId` when not given. */
  documentRef?: string;
}

export type RulePreset = RulePresetCommon &
  (
    | {
        /** A rating-grid cell rated below a level (unrated counts as not below: the section rules ask for it). */
        preset: 'rating-below';
        templateId: string;
        itemId: string;
        /** The grid row (e.g. `known-adult`) and column (e.g. `community`). */
        rowId: string;
        columnId: string;
        /** The level the rating should reach, e.g. `high`: the rule speaks for every level below it. */
        below: string;
      }
    | {
        /** An enquiry (a single-choice status item) not recorded as `recordedOptionId`, e.g. `received`. */
        preset: 'enquiry-not-recorded';
        templateId: string;
        itemId: string;
        recordedOptionId: string;
      }
    | {
        /** A choice answered without this option. */
        preset: 'option-not-chosen';
        templateId: string;
        itemId: string;
        optionId: string;
      }
    | {
        /** Nothing in a section answered. */
        preset: 'section-empty';
        templateId: string;
        sectionId: string;
      }
  );

export type RulePresetKind = RulePreset['preset'];

/** For the editor's list of presets, in the order it offers them. */
export const rulePresetLabels: Record<RulePresetKind, string> = {
  'rating-below': 'A rating below a level for a group',
  'enquiry-not-recorded': 'An enquiry not recorded',
  'option-not-chosen': 'An option not chosen',
  'section-empty': 'A section left empty',
};

/** The parts of a case a rule is checked against (a draft in the editor is enough). */
export type RuleCaseContext = Pick<PracticeCase, 'templateSet' | 'documents' | 'facts'>;

export type PresetResult = { ok: true; rule: QualityRule } | { ok: false; errors: string[] };

const answerOf = (templateId: string, path: string): JsonLogic => ({ var: `answers.${templateId}.${path}` });
const answered = (value: JsonLogic): JsonLogic => ({ answered: [value] });

/**
 * Builds a case rule from a preset and checks it as `validateCase` would (templates, items, options,
 * documents, facts, the expression budget). `index` is where the rule will sit in the case's `rules`, so
 * error paths match what the case validation would say.
 */
export function presetRule(
  preset: RulePreset,
  context: { practiceCase: RuleCaseContext; templates: readonly Template[]; index?: number },
): PresetResult {
  const at = `rules[${context.index ?? 0}]`;
  const caseTemplates = context.templates.filter((template) =>
    context.practiceCase.templateSet.includes(template.id),
  );
  const template = caseTemplates.find((candidate) => candidate.id === preset.templateId);
  if (!template)
    return {
      ok: false,
      errors: [`${at}.templateId: '${preset.templateId}' is not in the case's template set`],
    };
  const documentIds = context.practiceCase.documents.map((doc) => doc.id);
  if (preset.afterDocumentId !== undefined && !documentIds.includes(preset.afterDocumentId))
    return { ok: false, errors: [`${at}.afterDocumentId: unknown document '${preset.afterDocumentId}'`] };
  const built = buildWhen(preset, template, at);
  if (!built.ok) return built;
  const documentRef = preset.documentRef ?? preset.afterDocumentId;
  const when: JsonLogic = preset.afterDocumentId
    ? { and: [{ in: [preset.afterDocumentId, { var: 'case.releasedDocuments' }] }, built.when] }
    : built.when;
  const rule: QualityRule = {
    id: preset.id,
    severity: preset.severity ?? 'question',
    when,
    message: preset.message,
    ...(built.itemRef ? { itemRef: built.itemRef } : {}),
    ...(built.sectionRef ? { sectionRef: built.sectionRef } : {}),
    ...(documentRef ? { documentRef } : {}),
  };
  const errors = checkCaseRule(rule, { ...context, index: context.index ?? 0 });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rule };
}

/**
 * The checks `validateCase` runs on one case rule, with its paths: the expression budget, then the
 * template engine's rule checks (variables, operators, items, documents and facts the rule names).
 */
export function checkCaseRule(
  rule: unknown,
  context: { practiceCase: RuleCaseContext; templates: readonly Template[]; index: number },
): string[] {
  const overBudget = ruleBudgetErrors([rule], context.index);
  if (overBudget.length > 0) return overBudget;
  const at = `rules[${context.index}]`;
  const caseTemplates = context.templates.filter((template) =>
    context.practiceCase.templateSet.includes(template.id),
  );
  const checked = validateRules([rule], caseTemplates, {
    prefix: 'rules',
    knownFacts: Object.keys(context.practiceCase.facts),
    documentIds: context.practiceCase.documents.map((doc) => doc.id),
  });
  return checked.ok ? [] : checked.errors.map((error) => error.replace(/^rules\[0\]/, at));
}

type Built =
  | {
      ok: true;
      when: JsonLogic;
      itemRef?: { templateId: string; itemId: string };
      sectionRef?: { templateId: string; sectionId: string };
    }
  | { ok: false; errors: string[] };

function buildWhen(preset: RulePreset, template: Template, at: string): Built {
  const catalogue = catalogueTemplate(template);
  const fail = (field: string, message: string): Built => ({
    ok: false,
    errors: [`${at}.${field}: ${message}`],
  });
  if (preset.preset === 'section-empty') {
    const entry = catalogue.sections.get(preset.sectionId);
    if (!entry)
      return fail('sectionId', `unknown section '${preset.sectionId}' in template '${template.id}'`);
    const items = entry.section.items.filter(isAnswerable);
    if (items.length === 0) return fail('sectionId', `section '${preset.sectionId}' has nothing to answer`);
    return {
      ok: true,
      when: { '!': [{ or: items.map((item) => answered(answerOf(template.id, item.id))) }] },
      sectionRef: { templateId: template.id, sectionId: preset.sectionId },
    };
  }
  const entry = catalogue.items.get(preset.itemId);
  if (!entry) return fail('itemId', `unknown item '${preset.itemId}' in template '${template.id}'`);
  if (entry.depth > 0)
    return fail(
      'itemId',
      `'${preset.itemId}' is inside a repeating group; write a rule with forEachRow instead`,
    );
  const item = entry.item;
  const itemRef = { templateId: template.id, itemId: item.id };
  const value = answerOf(template.id, item.id);
  switch (preset.preset) {
    case 'rating-below': {
      if (item.kind !== 'ratingGrid') return fail('itemId', `'${item.id}' is not a rating grid`);
      const row = item.rows.find((candidate) => candidate.id === preset.rowId);
      if (!row) return fail('rowId', `unknown row '${preset.rowId}' in '${item.id}'`);
      if (!item.columns.some((column) => column.id === preset.columnId))
        return fail('columnId', `unknown column '${preset.columnId}' in '${item.id}'`);
      if (row.columns && !row.columns.includes(preset.columnId))
        return fail('columnId', `'${preset.rowId}' is not rated in '${preset.columnId}'`);
      const levelIds = item.levels.map((level) => level.id);
      const index = levelIds.indexOf(preset.below);
      if (index < 0) return fail('below', `unknown level '${preset.below}' in '${item.id}'`);
      if (index === 0) return fail('below', `nothing is below '${preset.below}', the lowest level`);
      return {
        ok: true,
        when: {
          in: [
            answerOf(template.id, `${item.id}.${preset.rowId}.${preset.columnId}`),
            levelIds.slice(0, index),
          ],
        },
        itemRef,
      };
    }
    case 'enquiry-not-recorded': {
      if (item.kind !== 'singleChoice') return fail('itemId', `'${item.id}' is not a single choice`);
      if (!item.options?.some((option) => option.id === preset.recordedOptionId))
        return fail('recordedOptionId', `unknown option '${preset.recordedOptionId}' in '${item.id}'`);
      return { ok: true, when: { '!=': [value, preset.recordedOptionId] }, itemRef };
    }
    case 'option-not-chosen': {
      if (item.kind !== 'singleChoice' && item.kind !== 'multiChoice')
        return fail('itemId', `'${item.id}' is not a choice`);
      if (!item.options?.some((option) => option.id === preset.optionId))
        return fail('optionId', `unknown option '${preset.optionId}' in '${item.id}'`);
      const lacks: JsonLogic =
        item.kind === 'multiChoice'
          ? { '!': [{ in: [preset.optionId, value] }] }
          : { '!=': [value, preset.optionId] };
      return { ok: true, when: { and: [answered(value), lacks] }, itemRef };
    }
  }
}

export interface TryRuleInput {
  practiceCase: Pick<PracticeCase, 'id' | 'facts' | 'templateSet'>;
  /** The templates available; the case's template set is taken from them. */
  templates: readonly Template[];
  /** A sample attempt's answers, answers[templateId][itemId]. */
  answers: Answers;
  /** The documents in the sample's case file (a late document's rules speak only once it is released). */
  releasedDocumentIds: readonly string[];
}

export interface TryRuleResult {
  /** True when the rule raises its question against the sample. */
  speaks: boolean;
  /** What the trainee would see: one result, or one per row for a rule with forEachRow. */
  results: RuleResult[];
  /** Expressions that failed at run time (treated as not speaking), e.g. comparing text with a number. */
  problems: EvaluationProblem[];
}

/**
 * Runs one rule against a sample attempt with the template engine, exactly as the workspace would run it
 * among the case's rules, and says whether it speaks. Pure; the editor's "try this rule" panel.
 */
export function tryRule(rule: QualityRule, sample: TryRuleInput): TryRuleResult {
  const templates = sample.practiceCase.templateSet
    .map((templateId) => sample.templates.find((template) => template.id === templateId))
    .filter((template): template is Template => template !== undefined);
  const evaluation = evaluateAttempt({
    templates,
    answers: sample.answers,
    caseContext: {
      caseId: sample.practiceCase.id,
      facts: { ...sample.practiceCase.facts },
      releasedDocumentIds: sample.releasedDocumentIds,
      rules: [rule],
    },
  });
  const results = evaluation.ruleResults.filter(
    (result) => result.source.kind === 'case' && result.ruleId === rule.id,
  );
  const problems = evaluation.evaluationProblems.filter((problem) => problem.at.startsWith('case.'));
  return { speaks: results.length > 0, results, problems };
}
