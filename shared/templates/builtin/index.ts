import type { Template } from '../schema';
import { reflectiveLog } from './reflective-log';
import { riskManagementPlan } from './risk-management-plan';
import { roshAnalysis } from './rosh-analysis';
import { sentencePlan } from './sentence-plan';

/**
 * The built-in templates, written as data. `builtin.test.ts` validates each one against the others, so a
 * built-in is held to the same checks as a tutor's template.
 *
 * Case facts the built-in rules read (a case declares them in its `facts`):
 *   daCallouts            number of police domestic abuse call-outs in the case file
 *   childrenInHousehold   true when children live with, or stay with, the person
 */
export const builtinTemplates: readonly Template[] = [
  roshAnalysis,
  riskManagementPlan,
  sentencePlan,
  reflectiveLog,
];

/** The template set a case attempt starts with, in working order. */
export const defaultTemplateSet: readonly string[] = [
  'rosh-analysis',
  'risk-management-plan',
  'sentence-plan',
  'reflective-log',
];

export function getBuiltinTemplate(id: string): Template | undefined {
  return builtinTemplates.find((template) => template.id === id);
}

export const builtinCaseFacts = ['daCallouts', 'childrenInHousehold'] as const;

export { reflectiveLog, riskManagementPlan, roshAnalysis, sentencePlan };
