import type { Template } from '../schema';
import { PRACTICE_NOTICE, needAreas } from './common';

const answer = (itemId: string) => ({ var: `answers.sentence-plan.${itemId}` });

export const sentencePlan: Template = {
  format: 1,
  id: 'sentence-plan',
  version: 1,
  title: 'Sentence plan',
  description:
    'Agree objectives with the person that address the needs linked to their offending, in words they understand, with actions, owners, target dates and a review point. Build on strengths, and adapt the plan to how the person learns and lives.',
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
    {
      id: 'objectives',
      title: 'Objectives',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'objectives',
          prompt: 'Objectives',
          guidance:
            'Start with the needs most closely linked to the risk of harm and reoffending. Two or three well-owned objectives are better than many vague ones.',
          rowLabel: 'Objective',
          required: true,
          maxRows: 12,
          items: [
            {
              kind: 'singleChoice',
              id: 'area',
              prompt: 'Area of need',
              required: true,
              options: needAreas,
            },
            {
              kind: 'shortText',
              id: 'objective',
              prompt: 'Objective, in a short sentence',
              required: true,
              maxLength: 200,
            },
            {
              kind: 'longText',
              id: 'own-words',
              prompt: 'The person’s own words',
              guidance:
                'How the person would put it, for example "I will find a place of my own away from the estate".',
              suggestedWords: { min: 5, max: 80 },
            },
            {
              kind: 'longText',
              id: 'strengths-to-use',
              prompt: 'Strengths to build on for this objective',
              suggestedWords: { min: 10, max: 100 },
            },
            {
              kind: 'yesNoUnknown',
              id: 'linked-to-harm',
              prompt: 'Is this need linked to the risk of serious harm?',
            },
            {
              kind: 'repeatingGroup',
              id: 'actions',
              prompt: 'Actions',
              rowLabel: 'Action',
              required: true,
              maxRows: 12,
              items: [
                {
                  kind: 'shortText',
                  id: 'action',
                  prompt: 'What will be done',
                  required: true,
                  maxLength: 300,
                },
                {
                  kind: 'singleChoice',
                  id: 'owner',
                  prompt: 'Who will do it',
                  required: true,
                  options: [
                    { id: 'the-person', label: 'The person' },
                    { id: 'practitioner', label: 'The practitioner' },
                    { id: 'other-agency', label: 'Another agency or person' },
                  ],
                },
                {
                  kind: 'shortText',
                  id: 'agency',
                  prompt: 'Which agency or person',
                  showWhen: { '==': [{ var: 'row.owner' }, 'other-agency'] },
                  required: true,
                  maxLength: 200,
                },
                { kind: 'date', id: 'target-date', prompt: 'Target date', required: true },
              ],
            },
            { kind: 'date', id: 'review-date', prompt: 'Review date', required: true },
          ],
        },
      ],
    },
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
        {
          kind: 'singleChoice',
          id: 'agreement',
          prompt: 'Does the person agree with the plan?',
          options: [
            { id: 'agrees', label: 'Agrees' },
            { id: 'disagrees', label: 'Disagrees' },
            { id: 'could-not-answer', label: 'Could not answer' },
          ],
        },
        {
          kind: 'longText',
          id: 'agreement-detail',
          prompt: 'What did the person say?',
          showWhen: { in: [answer('agreement'), ['disagrees', 'could-not-answer']] },
          required: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'objective-without-actions',
      severity: 'question',
      forEachRow: { templateId: 'sentence-plan', itemId: 'objectives' },
      when: { '!': [{ answered: [{ var: 'row.actions' }] }] },
      message: 'No actions are recorded yet for “{{row.objective}}”. Who will do what to meet it?',
      itemRef: { templateId: 'sentence-plan', itemId: 'objectives' },
    },
    {
      id: 'action-without-owner-or-date',
      severity: 'question',
      forEachRow: { templateId: 'sentence-plan', itemId: 'actions' },
      when: {
        or: [
          { '!': [{ answered: [{ var: 'row.owner' }] }] },
          { '!': [{ answered: [{ var: 'row.target-date' }] }] },
        ],
      },
      message: 'Who will do “{{row.action}}”, and by when?',
      itemRef: { templateId: 'sentence-plan', itemId: 'actions' },
    },
    {
      id: 'objective-without-review',
      severity: 'question',
      forEachRow: { templateId: 'sentence-plan', itemId: 'objectives' },
      when: { '!': [{ answered: [{ var: 'row.review-date' }] }] },
      message: 'When will you and the person look at progress on “{{row.objective}}” together?',
      itemRef: { templateId: 'sentence-plan', itemId: 'objectives' },
    },
    {
      id: 'objective-without-own-words',
      severity: 'question',
      forEachRow: { templateId: 'sentence-plan', itemId: 'objectives' },
      when: {
        and: [{ answered: [{ var: 'row.objective' }] }, { '!': [{ answered: [{ var: 'row.own-words' }] }] }],
      },
      message: 'How would the person describe “{{row.objective}}” in their own words?',
      itemRef: { templateId: 'sentence-plan', itemId: 'objectives' },
    },
    {
      id: 'all-actions-on-the-person',
      severity: 'question',
      forEachRow: { templateId: 'sentence-plan', itemId: 'objectives' },
      when: { all: [{ var: 'row.actions' }, { '==': [{ var: 'values.owner' }, 'the-person'] }] },
      message:
        'Every action for “{{row.objective}}” rests on the person. What will you, and other agencies, do to help?',
      itemRef: { templateId: 'sentence-plan', itemId: 'objectives' },
    },
    {
      id: 'harm-without-objective',
      severity: 'question',
      when: {
        and: [
          { var: 'computed.rosh-analysis.plan-required' },
          { answered: [answer('objectives')] },
          {
            none: [
              { var: 'answers.sentence-plan.objectives' },
              { '==': [{ var: 'values.linked-to-harm' }, 'yes'] },
            ],
          },
        ],
      },
      message:
        'Your analysis rates the risk of serious harm medium or above, but no objective is marked as linked to it. Which objective works on what drives the risk?',
      itemRef: { templateId: 'sentence-plan', itemId: 'objectives' },
    },
  ],
};
