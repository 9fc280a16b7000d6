import type { JsonValue } from '../../model/json';
import type { QualityRule } from '../../rules/schema';
import type { Section, Template, TemplateItem } from '../schema';
import { PRACTICE_NOTICE } from './common';
import { sentencePlan } from './sentence-plan';
import {
  flaggedAreaWithoutGoalRules,
  fromNeedsAssessmentSection,
  needsAreaOptions,
} from './strengths-needs-links';
import { answerVar } from './strengths-needs-logic';

/**
 * PROPOSED version 2 of the sentence plan, on the newer goal model (research §2.3; issue 9): goals in the person's
 * words ("I will..."), a main area and related areas taken from the strengths and needs assessment (suggested when
 * it links them to harm or reoffending), now or future, a target (3, 6 or 12 months, the end of the sentence or a
 * date), steps with who does them and their status, and the person's agreement.
 *
 * It is not registered: the sentence plan belongs to the template owner, and switching it changes ids the PDF
 * sample, the bench and the cases read. To adopt it, replace `sentencePlan` with this (id 'sentence-plan',
 * version 2), run `migrateSentencePlanV1Answers` on saved attempts whose templateVersions['sentence-plan'] is 1,
 * and move the v1 weakenings in builtin.test.ts to the rules below. See docs/decisions/needs-links-between-templates.md.
 */

const templateId = 'sentence-plan';
const answer = (itemId: string) => answerVar(templateId, itemId);

const v1Section = (id: string): Section => {
  const section = sentencePlan.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`sentence plan v1 has no section '${id}'`);
  return section;
};
const v1Item = (sectionId: string, itemId: string): TemplateItem => {
  const item = v1Section(sectionId).items.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`sentence plan v1 has no item '${itemId}'`);
  return item;
};

export const goalActors = [
  { id: 'the-person', label: 'The person on probation' },
  { id: 'practitioner', label: 'The probation practitioner' },
  { id: 'programme-staff', label: 'Programme staff' },
  { id: 'partnership-agency', label: 'A partnership agency' },
  { id: 'crs-provider', label: 'A commissioned rehabilitative services provider' },
  { id: 'someone-else', label: 'Someone else' },
];

export const stepStatuses = [
  { id: 'not-started', label: 'Not started' },
  { id: 'in-progress', label: 'In progress' },
  { id: 'cannot-do-yet', label: 'Cannot be done yet' },
  { id: 'no-longer-needed', label: 'No longer needed' },
  { id: 'completed', label: 'Completed' },
];

const goalsGroup: TemplateItem = {
  kind: 'repeatingGroup',
  id: 'goals',
  prompt: 'Goals',
  guidance:
    'Agree each goal with the person and write it as they would say it, starting "I will". Begin with the areas the needs assessment links to serious harm or reoffending. A few goals the person owns are better than many they do not.',
  rowLabel: 'Goal',
  required: true,
  maxRows: 12,
  items: [
    {
      kind: 'shortText',
      id: 'goal',
      prompt: 'The goal, in the person’s words',
      guidance: 'For example "I will find a place of my own away from the estate".',
      required: true,
      maxLength: 300,
    },
    {
      kind: 'singleChoice',
      id: 'area',
      prompt: 'Main area of need',
      required: true,
      options: needsAreaOptions,
    },
    {
      kind: 'multiChoice',
      id: 'related-areas',
      prompt: 'Related areas of need',
      guidance: 'Other areas this goal also helps with, if any.',
      options: needsAreaOptions,
    },
    {
      kind: 'yesNoUnknown',
      id: 'linked-to-harm',
      prompt: 'Does this goal work on something linked to the risk of serious harm?',
      required: true,
    },
    {
      kind: 'singleChoice',
      id: 'start',
      prompt: 'Can the person start working on this now?',
      required: true,
      options: [
        { id: 'now', label: 'Yes' },
        { id: 'future', label: 'No, it is a future goal' },
      ],
    },
    {
      kind: 'singleChoice',
      id: 'target',
      prompt: 'When should the goal be achieved?',
      showWhen: { '==': [{ var: 'row.start' }, 'now'] },
      required: true,
      options: [
        { id: 'three-months', label: 'In 3 months' },
        { id: 'six-months', label: 'In 6 months' },
        { id: 'twelve-months', label: 'In 12 months' },
        { id: 'end-of-sentence', label: 'By the end of the sentence' },
        { id: 'custom', label: 'By a date you set' },
      ],
    },
    {
      kind: 'date',
      id: 'target-date',
      prompt: 'Target date',
      showWhen: { '==': [{ var: 'row.target' }, 'custom'] },
      required: true,
    },
    {
      kind: 'repeatingGroup',
      id: 'steps',
      prompt: 'Steps',
      guidance: 'What needs to happen to achieve the goal, one step per row, and who does it.',
      rowLabel: 'Step',
      requiredWhen: { '==': [{ var: 'row.start' }, 'now'] },
      maxRows: 12,
      items: [
        { kind: 'shortText', id: 'step', prompt: 'What should be done?', required: true, maxLength: 1000 },
        { kind: 'singleChoice', id: 'actor', prompt: 'Who will do it?', required: true, options: goalActors },
        {
          kind: 'shortText',
          id: 'actor-name',
          prompt: 'Name them',
          showWhen: { in: [{ var: 'row.actor' }, ['partnership-agency', 'crs-provider', 'someone-else']] },
          required: true,
          maxLength: 200,
        },
        { kind: 'singleChoice', id: 'status', prompt: 'Status', required: true, options: stepStatuses },
      ],
    },
    {
      kind: 'longText',
      id: 'notes',
      prompt: 'Strengths to build on, and other notes',
      suggestedWords: { min: 10, max: 120 },
    },
  ],
};

const rules: QualityRule[] = [
  {
    id: 'goal-without-steps',
    severity: 'question',
    forEachRow: { templateId, itemId: 'goals' },
    when: { and: [{ '==': [{ var: 'row.start' }, 'now'] }, { '!': [{ answered: [{ var: 'row.steps' }] }] }] },
    message: 'What needs to happen, and who will do it, for “{{row.goal}}”? No steps are recorded yet.',
    itemRef: { templateId, itemId: 'goals' },
  },
  {
    id: 'goal-not-in-own-words',
    severity: 'question',
    forEachRow: { templateId, itemId: 'goals' },
    when: {
      and: [
        { answered: [{ var: 'row.goal' }] },
        { '!=': [{ substr: [{ var: 'row.goal' }, 0, 7] }, 'I will '] },
      ],
    },
    message:
      'Is “{{row.goal}}” how the person would say it? Goals are written in their words, starting “I will”.',
    itemRef: { templateId, itemId: 'goals' },
  },
  {
    id: 'all-steps-on-the-person',
    severity: 'question',
    forEachRow: { templateId, itemId: 'goals' },
    when: {
      and: [
        { answered: [{ var: 'row.steps' }] },
        { all: [{ var: 'row.steps' }, { '==': [{ var: 'values.actor' }, 'the-person'] }] },
      ],
    },
    message: 'Every step for “{{row.goal}}” rests on the person. What will you, and others, do to help?',
    itemRef: { templateId, itemId: 'goals' },
  },
  {
    id: 'no-goal-to-start-now',
    severity: 'question',
    when: {
      and: [
        { answered: [answer('goals')] },
        { none: [answer('goals'), { '==': [{ var: 'values.start' }, 'now'] }] },
      ],
    },
    message: 'Every goal is for the future. What can the person start working on now?',
    itemRef: { templateId, itemId: 'goals' },
  },
  {
    id: 'harm-without-goal',
    severity: 'question',
    when: {
      and: [
        { var: 'computed.rosh-analysis.plan-required' },
        { answered: [answer('goals')] },
        { none: [answer('goals'), { '==': [{ var: 'values.linked-to-harm' }, 'yes'] }] },
      ],
    },
    message:
      'Your analysis rates the risk of serious harm medium or above, but no goal is marked as working on it. Which goal works on what drives the risk?',
    itemRef: { templateId, itemId: 'goals' },
  },
  ...flaggedAreaWithoutGoalRules(templateId, 'goals', 'area', 'related-areas'),
];

export const proposedSentencePlanV2: Template = {
  format: 1,
  id: templateId,
  version: 2,
  title: 'Sentence plan',
  description:
    'Agree goals with the person, in their own words, that work on the needs linked to their offending and to the risk of harm. Each goal has a main area of need, a target and steps that say who does what. Build on strengths, and adapt the plan to how the person learns and lives.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    v1Section('starting-point'),
    fromNeedsAssessmentSection(),
    { id: 'goals', title: 'Goals', items: [goalsGroup] },
    {
      id: 'responsivity',
      title: 'Responsivity',
      description: 'How the plan fits the way this person learns, communicates and lives.',
      items: [v1Item('responsivity', 'responsivity-needs'), v1Item('responsivity', 'adjustments')],
    },
    {
      id: 'agreement',
      title: 'Agreement',
      items: [
        {
          kind: 'singleChoice',
          id: 'agreement',
          prompt: 'Does the person agree with this plan?',
          guidance:
            'The person answers this themselves. If they could not, say why and share the plan at the next meeting.',
          required: true,
          options: [
            { id: 'agrees', label: 'Yes, they agree' },
            { id: 'disagrees', label: 'No, they do not agree' },
            { id: 'could-not-answer', label: 'They could not answer' },
          ],
        },
        {
          kind: 'longText',
          id: 'agreement-detail',
          prompt: 'Why? What did the person say, or why could they not answer?',
          showWhen: { in: [answer('agreement'), ['disagrees', 'could-not-answer']] },
          required: true,
        },
        { kind: 'longText', id: 'agreement-notes', prompt: 'Anything else the person said about the plan' },
        {
          kind: 'date',
          id: 'review-date',
          prompt: 'When will you review the plan together?',
          required: true,
        },
      ],
    },
  ],
  rules,
};

type Answers = Record<string, JsonValue>;
type Row = { rowId: string; values: Record<string, JsonValue> };

/** Version 1's eleven areas of need, mapped to the eight of the newer model. */
export const v1AreaToV2: Record<string, string> = {
  accommodation: 'accommodation',
  'education-training-employment': 'employment-education',
  finance: 'finances',
  relationships: 'relationships',
  'lifestyle-associates': 'relationships',
  'drug-use': 'drugs',
  'alcohol-use': 'alcohol',
  'emotional-wellbeing': 'health',
  'thinking-behaviour': 'thinking',
  attitudes: 'thinking',
  health: 'health',
};

const v1OwnerToActor: Record<string, string> = {
  'the-person': 'the-person',
  practitioner: 'practitioner',
  'other-agency': 'someone-else',
};

const isRows = (value: JsonValue | undefined): value is Row[] =>
  Array.isArray(value) &&
  value.every(
    (row) =>
      typeof row === 'object' &&
      row !== null &&
      !Array.isArray(row) &&
      typeof row.rowId === 'string' &&
      typeof row.values === 'object' &&
      row.values !== null &&
      !Array.isArray(row.values),
  );

/** An own-property lookup, so a saved value such as "constructor" cannot reach the prototype. */
const lookup = (map: Record<string, string>, key: JsonValue | undefined): string | undefined =>
  typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;

const text = (value: JsonValue | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Lifts saved sentence plan answers from version 1 (objectives with actions) to version 2 (goals with steps).
 * Pure: the same old answers always give the same new ones. Nothing the trainee wrote is dropped: the objective's
 * short title, when the person's own words are used as the goal, goes into the notes with the strengths.
 *
 * - objective -> goal: the goal is the person's own words if given, else the objective; start now; the target is
 *   a date, the latest of the actions' target dates, else the objective's review date;
 * - area -> main area (eleven areas mapped to eight, `v1AreaToV2`); an unknown area is left unanswered;
 * - actions -> steps: owner -> actor ("another agency" becomes "someone else", named), status "not started";
 * - the plan's agreement answers keep their ids; the plan's review date is the earliest objective review date.
 */
export function migrateSentencePlanV1Answers(v1: Answers): Answers {
  const { objectives, ...rest } = v1;
  const v2: Answers = { ...rest };
  const reviewDates: string[] = [];
  if (isRows(objectives)) {
    v2.goals = objectives.map((objective): Row => {
      const values = objective.values;
      const title = text(values.objective);
      const ownWords = text(values['own-words']);
      const strengths = text(values['strengths-to-use']);
      const review = text(values['review-date']);
      if (review) reviewDates.push(review);
      const actions = isRows(values.actions) ? values.actions : [];
      const actionDates = actions.flatMap((action) => text(action.values['target-date']) ?? []).sort();
      const targetDate = actionDates[actionDates.length - 1] ?? review;
      const area = lookup(v1AreaToV2, values.area);
      const notes = [ownWords && title ? `Objective as first written: ${title}` : null, strengths]
        .filter((part): part is string => part !== null)
        .join('\n\n');
      const goal: Record<string, JsonValue> = { start: 'now' };
      if (ownWords ?? title) goal.goal = (ownWords ?? title)!;
      if (area) goal.area = area;
      if (values['linked-to-harm'] !== undefined) goal['linked-to-harm'] = values['linked-to-harm'];
      if (targetDate) {
        goal.target = 'custom';
        goal['target-date'] = targetDate;
      }
      goal.steps = actions.map((action): Row => {
        const step: Record<string, JsonValue> = { status: 'not-started' };
        const description = text(action.values.action);
        if (description) step.step = description;
        const owner = lookup(v1OwnerToActor, action.values.owner);
        if (owner) step.actor = owner;
        const agency = text(action.values.agency);
        if (agency) step['actor-name'] = agency;
        return { rowId: action.rowId, values: step };
      });
      if (notes) goal.notes = notes;
      return { rowId: objective.rowId, values: goal };
    });
  }
  if (!text(v2['review-date'])) {
    const earliest = reviewDates.sort()[0];
    if (earliest) v2['review-date'] = earliest;
  }
  return v2;
}
