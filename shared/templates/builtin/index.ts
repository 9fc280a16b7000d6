import type { Template } from '../schema';
import { enquiriesLog } from './enquiries-log';
import { reflectiveLog } from './reflective-log';
import { riskManagementPlan } from './risk-management-plan';
import { riskToSelf } from './risk-to-self';
import { roshAnalysis } from './rosh-analysis';
import { sentencePlan } from './sentence-plan';
import { strengthsNeeds } from './strengths-needs';

/**
 * The built-in templates, written as data, in working order: the checks, the needs assessment and the risks
 * to the person first, then the analysis they feed, the plans, and the reflection. `builtin.test.ts` validates
 * each one against the others, so a built-in is held to the same checks as a tutor's template.
 *
 * Case facts the built-in rules read (a case declares them in its `facts`):
 *   daCallouts            number of police domestic abuse call-outs in the case file
 *   daPerpetratorCallouts of those, the call-outs where the person was the alleged perpetrator
 *   childrenInHousehold   true when children live with, or stay with, the person
 */
export const builtinTemplates: readonly Template[] = [
  enquiriesLog,
  strengthsNeeds,
  riskToSelf,
  roshAnalysis,
  riskManagementPlan,
  sentencePlan,
  reflectiveLog,
];

/**
 * The template set a case attempt starts with, in working order. The enquiries log, the needs assessment and
 * risk to self are not in it: the analysis asks about enquiries and risks to the person in brief, and a case
 * (or a trainee starting an own case) adds the fuller templates when the practice calls for them
 * (docs/decisions/0005-needs-links-between-templates.md).
 */
export const defaultTemplateSet: readonly string[] = [
  'rosh-analysis',
  'risk-management-plan',
  'sentence-plan',
  'reflective-log',
];

export function getBuiltinTemplate(id: string): Template | undefined {
  return builtinTemplates.find((template) => template.id === id);
}

export const builtinCaseFacts = ['daCallouts', 'daPerpetratorCallouts', 'childrenInHousehold'] as const;

export {
  enquiriesLog,
  reflectiveLog,
  riskManagementPlan,
  riskToSelf,
  roshAnalysis,
  sentencePlan,
  strengthsNeeds,
};
