import type { Template } from '../schema';
import type { JsonLogic } from '../logic-schema';
import { PRACTICE_NOTICE } from './common';

const model = { var: 'answers.reflective-log.model' };

/** What a decision was. Enforcement and recall decisions are named so rules can test them against the reasons. */
export const decisionTypes = [
  { id: 'acceptable-absence', label: 'Absence judged acceptable' },
  { id: 'unacceptable-absence', label: 'Absence judged unacceptable' },
  { id: 'warning', label: 'Enforcement warning' },
  { id: 'breach', label: 'Breach action (return to court)' },
  { id: 'recall-fixed-term', label: 'Fixed-term recall' },
  { id: 'recall-standard', label: 'Standard recall' },
  { id: 'recall-emergency', label: 'Emergency recall' },
  { id: 'no-action', label: 'No enforcement action' },
  { id: 'risk-rating', label: 'A risk rating or assessment judgement' },
  { id: 'plan', label: 'A plan, control or referral' },
  { id: 'enquiry', label: 'An enquiry or information sharing' },
  { id: 'other', label: 'Another decision' },
];

/** Decisions about a person's compliance: each rests on why they did not comply. */
export const enforcementTypes = [
  'acceptable-absence',
  'unacceptable-absence',
  'warning',
  'breach',
  'recall-fixed-term',
  'recall-standard',
  'recall-emergency',
  'no-action',
];
const recallTypes = ['recall-fixed-term', 'recall-standard', 'recall-emergency'];
/** Decisions that hold an absence against the person. */
const sanctionTypes = ['unacceptable-absence', 'warning', 'breach', ...recallTypes];

export const absenceReasons = [
  { id: 'not-asked', label: 'Not known yet: I have not asked' },
  { id: 'no-reason', label: 'Asked; no reason given' },
  { id: 'service-caused', label: 'The service caused it (for example a wrong or unsent appointment)' },
  { id: 'hospital-or-illness', label: 'In hospital, or ill with evidence' },
  { id: 'assaulted', label: 'The person was assaulted or in danger' },
  { id: 'caring-or-emergency', label: 'A caring responsibility or family emergency' },
  { id: 'work-or-training', label: 'Work or training' },
  {
    id: 'needs-not-met',
    label: 'A need the service did not adjust for (for example memory, literacy or autism)',
  },
  { id: 'chose-not-to', label: 'The person chose not to attend or comply' },
  { id: 'other', label: 'Another reason' },
];
/** Reasons that normally make an absence acceptable. */
const acceptableReasons = ['service-caused', 'hospital-or-illness', 'assaulted', 'needs-not-met'];

export const consultedOptions = [
  { id: 'no-one', label: 'No one' },
  { id: 'practice-tutor', label: 'My practice tutor assessor' },
  { id: 'manager', label: 'My senior probation officer or a manager' },
  { id: 'colleague', label: 'A colleague' },
  { id: 'police', label: 'The police' },
  { id: 'childrens-social-care', label: 'Children’s social care' },
  { id: 'health', label: 'A health or treatment service' },
  { id: 'other-agency', label: 'Another agency' },
];

const decisionRow = { var: 'row.decision-type' };
const isType = (types: string[]): JsonLogic => ({ in: [decisionRow, types] });
const stage = (id: string, prompt: string, guidance: string) => ({
  kind: 'longText' as const,
  id,
  prompt,
  guidance,
  required: true,
  suggestedWords: { min: 60, max: 300 },
});

export const reflectiveLog: Template = {
  format: 1,
  id: 'reflective-log',
  // 2: each decision records its type, the reason for an absence, the alternatives weighed and who was
  // consulted. Version 1 answers are valid as they are.
  version: 2,
  title: 'Reflective log',
  description:
    'Reflect on a piece of practice using a model you choose, then record the decisions you made and why, what you would do differently, and what you want to take to supervision.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    {
      id: 'about',
      title: 'What you are reflecting on',
      items: [
        {
          kind: 'shortText',
          id: 'subject',
          prompt: 'What are you reflecting on?',
          required: true,
          maxLength: 200,
        },
        { kind: 'date', id: 'event-date', prompt: 'When did it happen?' },
        {
          kind: 'singleChoice',
          id: 'model',
          prompt: 'Which model of reflection will you use?',
          required: true,
          options: [
            {
              id: 'gibbs',
              label: 'Gibbs',
              description: 'Description, feelings, evaluation, analysis, conclusion, action plan.',
            },
            {
              id: 'kolb',
              label: 'Kolb',
              description: 'Experience, reflection, making sense of it, trying it out.',
            },
            { id: 'rolfe', label: 'Rolfe', description: 'What? So what? Now what?' },
          ],
        },
      ],
    },
    {
      id: 'gibbs',
      title: 'Reflection (Gibbs)',
      showWhen: { '==': [model, 'gibbs'] },
      items: [
        stage(
          'gibbs-description',
          'Description: what happened?',
          'Keep to what happened, in order, as if for someone who was not there.',
        ),
        stage(
          'gibbs-feelings',
          'Feelings: what were you thinking and feeling?',
          'At the time and now. Include doubts and reactions to the person or the case.',
        ),
        stage('gibbs-evaluation', 'Evaluation: what went well and what did not?', 'Be specific about both.'),
        stage(
          'gibbs-analysis',
          'Analysis: why did it go that way?',
          'Bring in theory, policy, research or what colleagues have taught you.',
        ),
        stage(
          'gibbs-conclusion',
          'Conclusion: what else could you have done?',
          'What have you learned about yourself and your practice?',
        ),
        stage(
          'gibbs-action-plan',
          'Action plan: if it happened again, what would you do?',
          'Steps you will take, with how you will know they worked.',
        ),
      ],
    },
    {
      id: 'kolb',
      title: 'Reflection (Kolb)',
      showWhen: { '==': [model, 'kolb'] },
      items: [
        stage('kolb-experience', 'The experience: what happened?', 'Describe the piece of practice plainly.'),
        stage(
          'kolb-reflection',
          'Reflecting on it: what did you notice?',
          'Look at it from different angles: yours, the person’s, a colleague’s.',
        ),
        stage(
          'kolb-conceptualisation',
          'Making sense of it: what does it tell you?',
          'Link it to theory, research or principles you have learned.',
        ),
        stage(
          'kolb-experimentation',
          'Trying it out: what will you do next time?',
          'A concrete change you will test in practice.',
        ),
      ],
    },
    {
      id: 'rolfe',
      title: 'Reflection (Rolfe)',
      showWhen: { '==': [model, 'rolfe'] },
      items: [
        stage(
          'rolfe-what',
          'What? What happened, and what was your part in it?',
          'Describe the situation and your role.',
        ),
        stage(
          'rolfe-so-what',
          'So what? What does it mean?',
          'What knowledge or theory applies, and what did you learn about the person, the risk and yourself?',
        ),
        stage(
          'rolfe-now-what',
          'Now what? What will you do now?',
          'What will you do differently, and what else do you need to know?',
        ),
      ],
    },
    {
      id: 'decisions',
      title: 'Decisions I made and why',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'decisions',
          prompt: 'Decisions',
          guidance:
            'For example the level you chose for a group at risk, a control you proposed, or an enquiry you decided to make.',
          rowLabel: 'Decision',
          required: true,
          maxRows: 20,
          items: [
            { kind: 'shortText', id: 'decision', prompt: 'The decision', required: true, maxLength: 200 },
            {
              kind: 'singleChoice',
              id: 'decision-type',
              prompt: 'What kind of decision was it?',
              required: true,
              options: decisionTypes,
            },
            {
              kind: 'singleChoice',
              id: 'absence-reason',
              prompt: 'Why did the absence or failure to comply happen?',
              guidance:
                'Ask before you judge it. An absence the service caused, or one caused by the person being assaulted or taken into hospital, is normally acceptable.',
              showWhen: { in: [{ var: 'row.decision-type' }, enforcementTypes] },
              required: true,
              options: absenceReasons,
            },
            { kind: 'longText', id: 'reasons', prompt: 'Why you made it', required: true },
            { kind: 'longText', id: 'evidence', prompt: 'What you knew at the time that supported it' },
            {
              kind: 'longText',
              id: 'alternatives',
              prompt: 'What else did you consider, and why did you not choose it?',
              requiredWhen: { in: [{ var: 'row.decision-type' }, [...enforcementTypes, 'no-action']] },
              suggestedWords: { min: 10, max: 150 },
            },
            {
              kind: 'multiChoice',
              id: 'consulted',
              prompt: 'Who did you consult?',
              required: true,
              options: consultedOptions,
            },
            {
              kind: 'shortText',
              id: 'consulted-when',
              prompt: 'When, and what did they advise?',
              showWhen: {
                and: [
                  { answered: [{ var: 'row.consulted' }] },
                  { '!': [{ in: ['no-one', { var: 'row.consulted' }] }] },
                ],
              },
              maxLength: 300,
            },
          ],
        },
      ],
    },
    {
      id: 'differently',
      title: 'What I would do differently',
      items: [
        {
          kind: 'longText',
          id: 'do-differently',
          prompt: 'Knowing what you know now, what would you do differently?',
          required: true,
          suggestedWords: { min: 40, max: 250 },
        },
      ],
    },
    {
      id: 'supervision',
      title: 'Questions for supervision',
      items: [
        {
          kind: 'longText',
          id: 'supervision-questions',
          prompt: 'What do you want to discuss with your practice tutor or manager?',
          required: true,
          suggestedWords: { min: 20, max: 200 },
        },
      ],
    },
  ],
  rules: [
    {
      id: 'decision-without-evidence',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: {
        and: [{ answered: [{ var: 'row.decision' }] }, { '!': [{ answered: [{ var: 'row.evidence' }] }] }],
      },
      message: 'What did you know at the time that led you to “{{row.decision}}”?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
    {
      id: 'recall-without-manager',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: {
        and: [isType(recallTypes), { '!': [{ in: ['manager', { var: 'row.consulted' }] }] }],
      },
      message:
        'A recall is agreed with a manager. Who agreed “{{row.decision}}” with you, and what did they weigh?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
    {
      id: 'sanction-without-asking-why',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: { and: [isType(sanctionTypes), { '==': [{ var: 'row.absence-reason' }, 'not-asked'] }] },
      message:
        'The reason decides whether an absence is acceptable. Before “{{row.decision}}”, what did the person say about why it happened?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
    {
      id: 'sanction-for-acceptable-reason',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: {
        and: [isType(sanctionTypes), { in: [{ var: 'row.absence-reason' }, acceptableReasons] }],
      },
      message:
        'You record a reason for the absence that is normally judged acceptable (the service, hospital, an assault, or a need not adjusted for), yet the decision was “{{row.decision}}”. How would you defend it to the person, and to a manager?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
    {
      id: 'enforcement-without-alternatives',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: {
        and: [
          isType(['warning', 'breach', ...recallTypes]),
          { '!': [{ answered: [{ var: 'row.alternatives' }] }] },
        ],
      },
      message:
        'A proportionate decision shows the alternatives. What else did you weigh before “{{row.decision}}”, and why was it not enough?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
    {
      // A recall taken alone is asked about by recall-without-manager.
      id: 'sanction-decided-alone',
      severity: 'question',
      forEachRow: { templateId: 'reflective-log', itemId: 'decisions' },
      when: {
        and: [isType(['warning', 'breach']), { in: ['no-one', { var: 'row.consulted' }] }],
      },
      message:
        'You made “{{row.decision}}” without consulting anyone. Who could have told you something you did not know, and when would you ask next time?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
    },
  ],
};
