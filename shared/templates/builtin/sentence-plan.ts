import type { QualityRule } from '../../rules/schema';
import type { Template, TemplateItem } from '../schema';
import { PRACTICE_NOTICE } from './common';
import {
  flaggedAreaWithoutGoalRules,
  fromNeedsAssessmentSection,
  needsAreaOptions,
} from './strengths-needs-links';
import { answerVar } from './strengths-needs-logic';

/**
 * The sentence plan, version 2: the goal model of the newer national approach to assessment and planning. Goals
 * in the person's words ("I will..."), a main area and related areas taken from the strengths and needs
 * assessment (suggested when it links them to harm or reoffending, with the person's own answer about change
 * under each), now or future, a target (3, 6 or 12 months, the end of the sentence or a date), steps with who
 * does them and their status, and the person's agreement.
 *
 * Version 1 (objectives with actions) is gone; saved answers are lifted by `migrateSentencePlanV1Answers`
 * (sentence-plan-migration.ts) when the host opens an attempt written against version 1.
 */

const templateId = 'sentence-plan';
const answer = (itemId: string) => answerVar(templateId, itemId);

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

/** A goal's life after the plan is agreed, as the national sentence plan keeps it. */
export const goalStatuses = [
  { id: 'active', label: 'Being worked on' },
  { id: 'achieved', label: 'Achieved' },
  { id: 'removed', label: 'Removed' },
  { id: 're-added', label: 'Added back after being removed' },
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
      kind: 'yesNoUnknown',
      id: 'linked-to-reoffending',
      prompt: 'Does this goal work on something linked to reoffending?',
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
    {
      kind: 'singleChoice',
      id: 'goal-status',
      prompt: 'Where is this goal now?',
      guidance:
        'Once the plan is agreed, keep each goal up to date as the work goes on: progress notes, then achieved, removed (with the reason) or added back.',
      options: goalStatuses,
    },
    {
      kind: 'repeatingGroup',
      id: 'progress',
      prompt: 'Progress notes',
      rowLabel: 'Progress note',
      maxRows: 24,
      items: [
        { kind: 'date', id: 'date', prompt: 'Date', required: true },
        {
          kind: 'longText',
          id: 'note',
          prompt: 'What has happened, in the person’s view and yours?',
          required: true,
          suggestedWords: { min: 5, max: 120 },
        },
      ],
    },
    {
      kind: 'longText',
      id: 'achieved-how',
      prompt: 'How has achieving it helped the person?',
      showWhen: { '==': [{ var: 'row.goal-status' }, 'achieved'] },
      required: true,
      suggestedWords: { min: 10, max: 120 },
    },
    {
      kind: 'longText',
      id: 'removed-reason',
      prompt: 'Why was the goal removed?',
      showWhen: { '==': [{ var: 'row.goal-status' }, 'removed'] },
      required: true,
      suggestedWords: { min: 10, max: 120 },
    },
    {
      kind: 'longText',
      id: 're-added-reason',
      prompt: 'Why was the goal added back?',
      showWhen: { '==': [{ var: 'row.goal-status' }, 're-added'] },
      required: true,
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
    message: 'No steps are recorded yet for “{{row.goal}}”. What needs to happen, and who will do it?',
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
      'Goals are written in the person’s words, starting “I will”. Is “{{row.goal}}” how they would say it?',
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
      // Silent while no goal has been placed in time yet (a goal just added is not "for the future").
      and: [
        { some: [answer('goals'), { '==': [{ var: 'values.start' }, 'future'] }] },
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

export const sentencePlan: Template = {
  format: 1,
  id: templateId,
  // 3: linked to reoffending, the goal's life after agreement, and responsivity for speech, language and
  // communication and for age or maturity. Version 2 answers are valid as they are.
  version: 3,
  title: 'Sentence plan',
  description:
    'Agree goals with the person, in their own words, that work on the needs linked to their offending and to the risk of harm. Each goal has a main area of need, a target and steps that say who does what. Build on strengths, and adapt the plan to how the person learns and lives.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    {
      id: 'starting-point',
      title: 'Starting point',
      items: [
        {
          kind: 'longText',
          id: 'persons-view',
          prompt: 'What does the person want from this order or licence, in their own words?',
          required: true,
          suggestedWords: { min: 30, max: 200 },
        },
        {
          kind: 'longText',
          id: 'strengths',
          prompt: 'Strengths and protective factors to build on',
          guidance:
            'Relationships, work, skills, faith, things they have stopped before, people who support them.',
          required: true,
          suggestedWords: { min: 30, max: 200 },
        },
      ],
    },
    fromNeedsAssessmentSection(),
    { id: 'goals', title: 'Goals', items: [goalsGroup] },
    {
      id: 'responsivity',
      title: 'Responsivity',
      description: 'How the plan fits the way this person learns, communicates and lives.',
      items: [
        {
          kind: 'multiChoice',
          id: 'responsivity-needs',
          prompt: 'What should the plan take into account?',
          required: true,
          options: [
            { id: 'learning-disability', label: 'Learning disability or difficulty' },
            { id: 'neurodivergence', label: 'Autism, ADHD or other neurodivergence' },
            { id: 'literacy', label: 'Reading or writing' },
            { id: 'language', label: 'Language or need for an interpreter' },
            {
              id: 'slcn',
              label: 'Speech, language and communication needs',
              description: 'Difficulty understanding or using spoken language, often unrecognised.',
            },
            { id: 'age-maturity', label: 'Age or maturity (for example a young adult)' },
            { id: 'trauma', label: 'Experience of trauma' },
            { id: 'mental-health', label: 'Mental health' },
            { id: 'physical-health', label: 'Physical health or disability' },
            { id: 'caring', label: 'Caring responsibilities' },
            { id: 'faith-culture', label: 'Faith or culture' },
            { id: 'gender', label: 'Gender' },
            { id: 'none-identified', label: 'Nothing identified yet' },
          ],
        },
        {
          kind: 'longText',
          id: 'adjustments',
          prompt: 'How will you adapt the plan and your work with the person?',
          guidance:
            'For example shorter sessions, written reminders in plain words or pictures, appointments that fit childcare, a worker of a particular gender, an interpreter.',
          requiredWhen: {
            and: [
              { answered: [answer('responsivity-needs')] },
              { '!': [{ in: ['none-identified', answer('responsivity-needs')] }] },
            ],
          },
          suggestedWords: { min: 30, max: 200 },
        },
      ],
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
