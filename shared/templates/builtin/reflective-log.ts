import type { Template } from '../schema';
import { PRACTICE_NOTICE } from './common';

const model = { var: 'answers.reflective-log.model' };
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
  version: 1,
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
            { kind: 'longText', id: 'reasons', prompt: 'Why you made it', required: true },
            { kind: 'longText', id: 'evidence', prompt: 'What you knew at the time that supported it' },
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
  ],
};
