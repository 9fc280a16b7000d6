import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';
import { jsonLogicSchema, localIdSchema } from '../templates/logic-schema';

/**
 * A quality rule: a JSON Logic check that, when it is true, raises a reflective question or a warning.
 * Rules never score; their message is the question a good tutor would ask.
 */
export const ruleSeverities = ['question', 'warning'] as const;
export type RuleSeverity = (typeof ruleSeverities)[number];

export const itemRefSchema = z.strictObject({ templateId: localIdSchema, itemId: localIdSchema });
export type ItemRef = z.infer<typeof itemRefSchema>;

export const sectionRefSchema = z.strictObject({ templateId: localIdSchema, sectionId: localIdSchema });
export type SectionRef = z.infer<typeof sectionRefSchema>;

export const qualityRuleSchema = z.strictObject({
  id: localIdSchema,
  severity: z.enum(ruleSeverities),
  /** True when the rule should speak. Reads the same variables as every other expression. */
  when: jsonLogicSchema,
  /**
   * A reflective question in plain British English. `{{row.<itemId>}}` is replaced by that answer of the
   * row being checked when the rule has `forEachRow`.
   */
  message: z.string().min(1).max(1000),
  /** Evaluate `when` once per visible row of this repeating group, with `row`, `rowId` and `rowIndex` set. */
  forEachRow: itemRefSchema.optional(),
  itemRef: itemRefSchema.optional(),
  sectionRef: sectionRefSchema.optional(),
  /** A case-file document the trainee should look at again. */
  documentRef: authoredIdSchema.optional(),
});
export type QualityRule = z.infer<typeof qualityRuleSchema>;

/** Where a rule came from: a template's own rules or the case's. */
export type RuleSource = { kind: 'template'; templateId: string } | { kind: 'case'; caseId: string | null };

export interface RuleResult {
  ruleId: string;
  source: RuleSource;
  severity: RuleSeverity;
  /** The message with any `{{row.x}}` placeholders filled in. */
  message: string;
  itemRef?: ItemRef;
  /** The section the result belongs to: the rule's sectionRef, else the section holding itemRef or forEachRow. */
  sectionRef?: SectionRef;
  documentRef?: string;
  /** Set for rules with forEachRow: the row that raised the result. */
  rowId?: string;
}
