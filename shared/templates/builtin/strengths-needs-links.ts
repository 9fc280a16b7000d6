import type { QualityRule } from '../../rules/schema';
import type { JsonLogic } from '../logic-schema';
import type { ChoiceOption, RepeatingGroupItem, Section, TemplateItem } from '../schema';
import { templateInUse } from './common';
import { riskToSelfAreas } from './risk-to-self';
import { areaFlaggedForPlan, motivationSummaryLabels, strengthsNeedsAreas } from './strengths-needs';
import { answerVar, computedVar, labelOf, listWhere } from './strengths-needs-logic';

/**
 * Building blocks that link the strengths and needs assessment (and the risk to self assessment) to the plans,
 * as data the current engine already runs (docs/decisions/0005-needs-links-between-templates.md):
 *
 * - for the sentence plan: the eight areas of need as options suggested when the needs assessment links them to
 *   serious harm or reoffending, a section showing what the assessment says about each flagged area (the person's
 *   own answer about change included), and one rule per area left without a goal;
 * - for the risk management plan: a list of plan lines for the risks identified outside the RoSH analysis's own
 *   risk-factor rows (need areas linked to serious harm, current risks to the person), and one rule per such risk
 *   left without a line.
 *
 * `sentence-plan.ts` and `risk-management-plan.ts` wire these in.
 */

/**
 * The person's own answer about change in an area, as a line shown under the area's option ("In the needs
 * assessment the person is thinking about changing."), or "" (no hint) until they have answered.
 */
export function motivationHint(areaId: string): JsonLogic {
  const motivation = answerVar('strengths-needs', `${areaId}-motivation`);
  return {
    if: [
      { answered: [motivation] },
      { cat: ['In the needs assessment the person ', labelOf(motivation, motivationSummaryLabels, ''), '.'] },
      '',
    ],
  };
}

/**
 * The areas of need as choice options, each suggested when the needs assessment flags it for the plan, with the
 * person's motivation answer as the option's hint.
 */
export const needsAreaOptions: ChoiceOption[] = strengthsNeedsAreas.map((area) => ({
  id: area.id,
  label: area.label,
  suggestedWhen: areaFlaggedForPlan(area.id),
  hint: motivationHint(area.id),
}));

/** A read-only section for the sentence plan: what the needs assessment found in each flagged area. */
export function fromNeedsAssessmentSection(sectionId = 'from-needs-assessment'): Section {
  return {
    id: sectionId,
    title: 'From the needs assessment',
    // Only with the needs assessment in the attempt: without it there is nothing to show.
    showWhen: templateInUse('strengths-needs'),
    description:
      'The areas your strengths and needs assessment links to serious harm or to reoffending, with the person’s own answer about change. Start the plan with these.',
    items: [
      {
        kind: 'computed',
        id: 'suggested-areas',
        prompt: 'Suggested areas for goals',
        expression: computedVar('strengths-needs', 'plan-areas'),
        emptyLabel: 'None yet: the needs assessment has not linked any area to harm or reoffending',
      },
      ...strengthsNeedsAreas.map((area) => ({
        kind: 'computed' as const,
        id: `needs-${area.id}`,
        prompt: area.label,
        showWhen: areaFlaggedForPlan(area.id),
        expression: computedVar('strengths-needs', `${area.id}-summary`),
        emptyLabel: 'Not assessed yet',
      })),
    ],
  };
}

/**
 * One rule per area of need: flagged in the needs assessment, yet no goal has it as its main or a related area.
 * Silent until the plan has at least one goal (an empty plan has its own "add a goal" error).
 */
export function flaggedAreaWithoutGoalRules(
  planTemplateId: string,
  goalsItemId: string,
  areaItemId: string,
  relatedAreasItemId: string,
): QualityRule[] {
  const goals = answerVar(planTemplateId, goalsItemId);
  return strengthsNeedsAreas.map((area): QualityRule => ({
    id: `no-goal-for-${area.id}`,
    severity: 'question',
    when: {
      and: [
        areaFlaggedForPlan(area.id),
        { answered: [goals] },
        {
          none: [
            goals,
            {
              or: [
                { '==': [{ var: `values.${areaItemId}` }, area.id] },
                { in: [area.id, { var: `values.${relatedAreasItemId}` }] },
              ],
            },
          ],
        },
      ],
    },
    message: `Your needs assessment links ${area.label.toLowerCase()} to serious harm or reoffending, but no goal covers it. Is that a choice you can explain, or a gap?`,
    itemRef: { templateId: planTemplateId, itemId: goalsItemId },
  }));
}

export interface IdentifiedRiskSource {
  id: string;
  label: string;
  /** True when the assessment identifies this as a risk the plan must answer. */
  identified: JsonLogic;
}

/** Risks identified outside the RoSH analysis's own rows, which the risk management plan must answer too. */
export const identifiedRiskSources: IdentifiedRiskSource[] = [
  ...strengthsNeedsAreas.map((area) => ({
    id: `needs-${area.id}`,
    label: `${area.label} (needs assessment: linked to serious harm)`,
    identified: { '==': [answerVar('strengths-needs', `${area.id}-harm`), 'yes'] },
  })),
  ...riskToSelfAreas.map((area) => ({
    id: `self-${area.id}`,
    label: `${area.title} (risk to self: current concern)`,
    // The short grid in the analysis is answered only when the risk to self template is not in the attempt.
    // One grid row covers control and breach of trust: it identifies the first of them only.
    identified: {
      or: [
        { '==': [answerVar('risk-to-self', `${area.id}-current`), 'yes'] },
        ...(area.gridRow && riskToSelfAreas.find((other) => other.gridRow === area.gridRow) === area
          ? [{ '==': [{ var: `answers.rosh-analysis.self-risk-grid.${area.gridRow}.current` }, 'yes'] }]
          : []),
      ],
    },
  })),
];

const planParts: ChoiceOption[] = [
  { id: 'supervision', label: 'Supervision' },
  { id: 'monitoring-control', label: 'Monitoring and control' },
  { id: 'interventions', label: 'Interventions and treatment' },
  { id: 'victim-safety', label: 'Victim safety planning' },
  { id: 'contingency', label: 'Contingency' },
];

/** A repeating group for the risk management plan: one line per identified risk, saying which part answers it. */
export function otherRiskLinksGroup(groupId = 'other-risk-links'): RepeatingGroupItem {
  return {
    kind: 'repeatingGroup',
    id: groupId,
    prompt: 'Other risks identified in the assessment, and the plan',
    guidance:
      'Needs linked to serious harm and current risks to the person are suggested here. Add a line for each, saying which part of the plan answers it.',
    rowLabel: 'Risk',
    maxRows: identifiedRiskSources.length,
    items: [
      {
        kind: 'singleChoice',
        id: 'source',
        prompt: 'Risk identified in the assessment',
        required: true,
        options: identifiedRiskSources.map((source) => ({
          id: source.id,
          label: source.label,
          suggestedWhen: source.identified,
        })),
      },
      {
        kind: 'multiChoice',
        id: 'source-plan-parts',
        prompt: 'Which parts of the plan answer it?',
        required: true,
        options: planParts,
      },
      { kind: 'longText', id: 'source-how', prompt: 'How does the plan answer it?', required: true },
    ],
  };
}

/** True when the assessment identifies at least one risk outside the analysis's own rows. */
export const anyIdentifiedRisk: JsonLogic = { or: identifiedRiskSources.map((source) => source.identified) };

/** A computed list of the identified risks, for the top of the plan's section. */
export const identifiedRisksExpression: JsonLogic = listWhere(
  identifiedRiskSources.map((source) => ({ when: source.identified, label: source.label })),
);

/** One rule per identified risk with no plan line choosing it. */
export function unansweredIdentifiedRiskRules(
  planTemplateId: string,
  groupId = 'other-risk-links',
): QualityRule[] {
  const lines = answerVar(planTemplateId, groupId);
  return identifiedRiskSources.map((source): QualityRule => ({
    id: `unanswered-${source.id}`,
    severity: 'question',
    when: {
      and: [source.identified, { none: [lines, { '==': [{ var: 'values.source' }, source.id] }] }],
    },
    message: `The assessment identifies “${source.label}”. Which part of the risk management plan answers it?`,
    itemRef: { templateId: planTemplateId, itemId: groupId },
  }));
}

/**
 * What the risk management plan's "Answering each risk" section adds for the risks identified outside the RoSH
 * analysis's own rows: the list of them, worked out from the assessment, and a line for each.
 */
export function identifiedRiskItems(): TemplateItem[] {
  return [
    {
      kind: 'computed',
      id: 'identified-risks-list',
      prompt: 'Other risks identified in the assessment',
      guidance:
        'Need areas your strengths and needs assessment links to serious harm, and current concerns about the person’s own safety. Each needs at least one line below.',
      showWhen: anyIdentifiedRisk,
      expression: identifiedRisksExpression,
      emptyLabel: 'None identified yet',
    },
    // Hidden while nothing is identified (lines already written are kept, and come back with the risk).
    { ...otherRiskLinksGroup(), showWhen: anyIdentifiedRisk },
  ];
}
