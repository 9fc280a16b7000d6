/**
 * Templates as data: the public API for the renderer, the PDF builder, the case library and importers.
 *
 * - `Template` and its item types (`schema.ts`): sections of items of twelve kinds; `showWhen`,
 *   `requiredWhen`, computed `expression`s and quality `rules` are JSON Logic.
 * - Item kinds (`kinds/`): one file per kind with its item schema, answer shape and checks, the answer in
 *   words, its diff and examples, collected in `kinds` (one entry per kind); `kindOf(item)` finds an item's.
 * - Answer shapes per item kind (`answers.ts`): `AnswerValue`, `RatingGridAnswer`, `RepeatingGroupAnswer`,
 *   `EvidenceReferenceAnswer`...; attempts store `answers[templateId][itemId]`.
 * - The variable namespace expressions read (`references.ts`): `answers.<templateId>.<itemId>[.<row>.<column>]`,
 *   `computed.<templateId>.<itemId>`, `case.facts.<name>`, `case.releasedDocuments`, `case.id`,
 *   and inside repeating groups `row.<itemId>`, `parentRow.<itemId>`, `rowId`, `rowIndex`.
 * - `validateTemplate(input, { otherTemplates })` -> `{ ok: true, template } | { ok: false, errors }` with
 *   paths like `sections[2].items[4].showWhen: unknown item id 'rosh-grid'`; `validateRules` for a case's rules.
 * - `evaluateAttempt({ templates, answers, caseContext })` (`engine.ts`): visible/required per item and row,
 *   `computed`, `visibleAnswers` (what to print), `itemErrors`, `sections`/`sectionStatus`, `progress`,
 *   `ruleResults`, `options` (choices on offer, including rows of another group). One pass per keystroke.
 * - Dates: stored `yyyy-mm-dd`, shown with `formatIsoDate` (dd/mm/yyyy), typed in with `parseUkDate`.
 * - Built-ins (`builtin/`): `builtinTemplates` (enquiries-log, strengths-needs, risk-to-self, rosh-analysis,
 *   risk-management-plan, sentence-plan, reflective-log), `getBuiltinTemplate(id)`, `defaultTemplateSet` (what a
 *   case starts with: rosh-analysis, risk-management-plan, sentence-plan, reflective-log), and
 *   `builtinCaseFacts` (the case facts their rules read: daCallouts, daPerpetratorCallouts, childrenInHousehold).
 * - Saved answers written against an older template version: `migrateAttemptAnswers` (answer-migrations.ts).
 * - Quality rules and their results: `shared/rules`.
 */
export * from './schema';
export * from './answers';
export { kinds, kindOf, type ItemOf, type KindRegistry, type KindSpec, type WordsContext } from './kinds';
export { formatIsoDate, isIsoDate, parseUkDate } from '../dates/format';
export { localIdSchema, jsonLogicSchema, templateJsonLimits, type JsonLogic } from './logic-schema';
export { customOperators, standardOperators, runLogic, isTruthy, type LogicOutcome } from './logic';
export { parseVarPath, type VarRef } from './references';
export { catalogueTemplate, type ItemEntry, type TemplateCatalogue } from './catalogue';
export {
  validateTemplate,
  validateRules,
  formatPath,
  type ValidationContext,
  type TemplateValidation,
  type RulesValidation,
} from './validate';
export {
  evaluateAttempt,
  prepareTemplates,
  computedLabel,
  type AttemptEvaluation,
  type CaseContext,
  type EvaluateInput,
  type EvaluationProblem,
  type ItemError,
  type OfferedOption,
  type SectionState,
  type SectionStatus,
} from './engine';
export { builtinTemplates, getBuiltinTemplate, defaultTemplateSet, builtinCaseFacts } from './builtin';
export {
  answerMigrationSteps,
  migrateAttemptAnswers,
  type AnswerMigrationStep,
  type MigratedTemplate,
} from './answer-migrations';
export * from '../rules/schema';
