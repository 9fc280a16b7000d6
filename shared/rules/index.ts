/**
 * Quality rules: JSON Logic checks with a severity and a reflective message. They live in a template
 * (`template.rules`) or in a case (`caseContext.rules`) and are evaluated by the template engine
 * (`evaluateAttempt` in `shared/templates/engine.ts`), which returns `RuleResult`s.
 * Validate a case's rules against its template set with `validateRules` from `shared/templates`.
 */
export * from './schema';
