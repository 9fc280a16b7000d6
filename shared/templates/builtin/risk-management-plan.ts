import type { Template } from '../schema';
import { PRACTICE_NOTICE, roshLevelLabels } from './common';
import {
  anyIdentifiedRisk,
  identifiedRiskItems,
  unansweredIdentifiedRiskRules,
} from './strengths-needs-links';

const answer = (itemId: string) => ({ var: `answers.risk-management-plan.${itemId}` });
const analysisOverall = { var: 'computed.rosh-analysis.overall-rosh' };
const analysisHasRiskFactors = { answered: [{ var: 'answers.rosh-analysis.risk-factors' }] };

export const riskManagementPlan: Template = {
  format: 1,
  id: 'risk-management-plan',
  // 2: the risks identified outside the analysis's own rows (needs linked to harm, risks to the person) join
  // "Answering each risk". Version 1 answers are valid as they are.
  version: 2,
  title: 'Risk management plan',
  description:
    'Set out how the risks in your analysis will be managed: supervision, monitoring and control, interventions and treatment, victim safety planning and contingency. Every risk you identified should be answered somewhere in the plan.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    {
      id: 'basis',
      title: 'Basis for the plan',
      items: [
        {
          kind: 'computed',
          id: 'overall-from-analysis',
          prompt: 'Overall risk of serious harm in your analysis',
          expression: analysisOverall,
          valueLabels: roshLevelLabels,
          emptyLabel: 'Not yet rated in the analysis',
        },
        {
          kind: 'guidance',
          id: 'plan-not-required',
          title: 'A plan is still good practice',
          text: 'Your analysis does not rate the risk as medium or above, so a full plan is not expected. Writing one is still useful practice, and it will be needed if the rating rises.',
          showWhen: { '!': [{ var: 'computed.rosh-analysis.plan-required' }] },
        },
        {
          kind: 'longText',
          id: 'key-information',
          prompt: 'Key information about the current situation',
          guidance:
            'Where the person lives and with whom, their relationships, what order or licence they are on, and anything recent that affects the risk.',
          required: true,
          suggestedWords: { min: 60, max: 250 },
        },
        {
          kind: 'longText',
          id: 'review-triggers',
          prompt: 'What changes would make you review this plan straight away?',
          guidance:
            'Name them: a new relationship, a move, contact with children, missed appointments, an arrest, a return to drinking or drug use, stopping medication.',
          required: true,
          suggestedWords: { min: 30, max: 150 },
        },
      ],
    },
    {
      id: 'supervision',
      title: 'Supervision',
      items: [
        {
          kind: 'longText',
          id: 'supervision-arrangements',
          prompt: 'Who will see the person, how often, where, and to do what?',
          required: true,
          suggestedWords: { min: 40, max: 200 },
        },
        {
          kind: 'yesNoUnknown',
          id: 'home-visits',
          prompt: 'Will home visits be made?',
          required: true,
        },
        {
          kind: 'longText',
          id: 'home-visit-purpose',
          prompt: 'What will the home visits look for, and how often will they happen?',
          showWhen: { '==': [answer('home-visits'), 'yes'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'agencies',
          prompt: 'Which other agencies are involved, and what does each do?',
          guidance:
            'For example police, children’s social care, housing, health, a domestic abuse service, MAPPA.',
          suggestedWords: { min: 20, max: 200 },
        },
      ],
    },
    {
      id: 'monitoring-control',
      title: 'Monitoring and control',
      items: [
        {
          kind: 'multiChoice',
          id: 'controls',
          prompt: 'Which controls will be used?',
          required: true,
          options: [
            { id: 'requirements', label: 'Requirements of the order or licence conditions' },
            { id: 'electronic-monitoring', label: 'Electronic monitoring or curfew' },
            { id: 'exclusion-zone', label: 'Exclusion zone' },
            { id: 'non-contact', label: 'Non-contact condition' },
            { id: 'approved-premises', label: 'Residence at approved premises' },
            { id: 'police-liaison', label: 'Police liaison and information sharing' },
            { id: 'drug-testing', label: 'Drug or alcohol testing' },
            { id: 'multi-agency', label: 'Multi-agency management (MAPPA or MARAC)' },
            { id: 'none', label: 'None beyond reporting' },
          ],
        },
        {
          kind: 'longText',
          id: 'controls-detail',
          prompt: 'How will each control work, and what risk does it address?',
          required: true,
          suggestedWords: { min: 40, max: 250 },
        },
      ],
    },
    {
      id: 'interventions',
      title: 'Interventions and treatment',
      items: [
        {
          kind: 'multiChoice',
          id: 'intervention-types',
          prompt: 'Which kinds of intervention are planned?',
          options: [
            { id: 'accredited-programme', label: 'Accredited programme' },
            { id: 'structured-sessions', label: 'Structured one-to-one sessions' },
            { id: 'substance-misuse', label: 'Drug or alcohol service' },
            { id: 'mental-health', label: 'Mental health service' },
            { id: 'accommodation', label: 'Accommodation support' },
            { id: 'employment', label: 'Education, training or employment support' },
            { id: 'other', label: 'Other' },
          ],
        },
        {
          kind: 'longText',
          id: 'interventions-detail',
          prompt: 'What work will be done, by whom, and how does it reduce the risk?',
          required: true,
          suggestedWords: { min: 40, max: 250 },
        },
      ],
    },
    {
      id: 'victim-safety',
      title: 'Victim safety planning',
      items: [
        {
          kind: 'yesNoUnknown',
          id: 'identified-victims',
          prompt: 'Are there identified or potential victims?',
          required: true,
        },
        {
          kind: 'longText',
          id: 'victim-safety-detail',
          prompt: 'Who is protected, and how?',
          guidance:
            'Victim liaison, police markers on an address, restraining orders, safety planning with a domestic abuse service, sharing information with children’s social care.',
          showWhen: { in: [answer('identified-victims'), ['yes', 'unknown']] },
          requiredWhen: { '==': [answer('identified-victims'), 'yes'] },
          suggestedWords: { min: 40, max: 250 },
        },
      ],
    },
    {
      id: 'contingency',
      title: 'Contingency',
      description:
        'What will be done, by whom and how quickly, if warning signs appear or circumstances change.',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'contingency-lines',
          prompt: 'Contingency plan',
          guidance:
            'One row per warning sign. Be specific: "Misses two appointments in a row" rather than "non-compliance"; "Duty manager considers recall the same day" rather than "take action".',
          rowLabel: 'Warning sign',
          required: true,
          maxRows: 30,
          items: [
            {
              kind: 'shortText',
              id: 'warning-sign',
              prompt: 'Warning sign or change',
              required: true,
              maxLength: 200,
            },
            { kind: 'longText', id: 'action', prompt: 'What will be done', required: true },
            { kind: 'shortText', id: 'who', prompt: 'Who does it', required: true, maxLength: 200 },
            {
              kind: 'shortText',
              id: 'by-when',
              prompt: 'How quickly',
              guidance: 'For example "the same working day" or "within 24 hours".',
              required: true,
              maxLength: 100,
            },
          ],
        },
      ],
    },
    {
      id: 'risk-links',
      title: 'Answering each risk',
      description:
        'Every risk identified in the assessment needs at least one line: the risk factors from your analysis, and the other risks found by the needs assessment and the risk to self assessment.',
      items: [
        {
          kind: 'guidance',
          id: 'nothing-to-link-yet',
          title: 'Nothing to link yet',
          text: 'Risks appear here as your risk of serious harm analysis names risk factors, and as a needs assessment or a risk to self assessment in this attempt identifies risks. Come back to this section when they do.',
          showWhen: { and: [{ '!': [analysisHasRiskFactors] }, { '!': [anyIdentifiedRisk] }] },
        },
        {
          kind: 'repeatingGroup',
          id: 'risk-links',
          prompt: 'Risk factors and the plan',
          // Hidden until the analysis names a risk factor: before that there is nothing to link.
          showWhen: analysisHasRiskFactors,
          rowLabel: 'Risk factor',
          maxRows: 30,
          items: [
            {
              kind: 'singleChoice',
              id: 'risk',
              prompt: 'Risk factor from your analysis',
              required: true,
              optionsFrom: { templateId: 'rosh-analysis', itemId: 'risk-factors', labelItemId: 'factor' },
            },
            {
              kind: 'multiChoice',
              id: 'plan-parts',
              prompt: 'Which parts of the plan answer it?',
              required: true,
              options: [
                { id: 'supervision', label: 'Supervision' },
                { id: 'monitoring-control', label: 'Monitoring and control' },
                { id: 'interventions', label: 'Interventions and treatment' },
                { id: 'victim-safety', label: 'Victim safety planning' },
                { id: 'contingency', label: 'Contingency' },
              ],
            },
            { kind: 'longText', id: 'how', prompt: 'How does the plan answer it?', required: true },
          ],
        },
        ...identifiedRiskItems(),
      ],
    },
  ],
  rules: [
    {
      id: 'risk-not-answered',
      severity: 'question',
      forEachRow: { templateId: 'rosh-analysis', itemId: 'risk-factors' },
      when: {
        and: [
          { answered: [{ var: 'row.factor' }] },
          { '!': [{ row_linked: [{ var: 'rowId' }, answer('risk-links'), 'risk'] }] },
        ],
      },
      message:
        'Your analysis names “{{row.factor}}” as increasing the risk. Which part of the plan answers it?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'risk-links' },
    },
    {
      id: 'contingency-without-trigger-or-action',
      severity: 'question',
      forEachRow: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
      when: {
        or: [
          { '!': [{ answered: [{ var: 'row.warning-sign' }] }] },
          { '!': [{ answered: [{ var: 'row.action' }] }] },
        ],
      },
      message:
        'A contingency line needs a named warning sign and what will be done about it. What exactly would you look out for, and what would happen next?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
    },
    {
      id: 'contingency-without-owner',
      severity: 'question',
      forEachRow: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
      when: {
        and: [
          { answered: [{ var: 'row.warning-sign' }] },
          {
            or: [
              { '!': [{ answered: [{ var: 'row.who' }] }] },
              { '!': [{ answered: [{ var: 'row.by-when' }] }] },
            ],
          },
        ],
      },
      message: 'If “{{row.warning-sign}}” happens, who acts, and how quickly?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
    },
    {
      id: 'no-contingency-with-plan-required',
      severity: 'warning',
      when: {
        and: [
          { var: 'computed.rosh-analysis.plan-required' },
          { '!': [{ answered: [answer('contingency-lines')] }] },
        ],
      },
      message:
        'The risk is rated medium or above and the plan has no contingency yet. What would tell you the risk is rising, and what would you do?',
      sectionRef: { templateId: 'risk-management-plan', sectionId: 'contingency' },
    },
    {
      id: 'known-adult-without-victim-plan',
      severity: 'question',
      when: {
        and: [
          {
            in: [
              { var: 'answers.rosh-analysis.rosh-grid.known-adult.community' },
              ['medium', 'high', 'very-high'],
            ],
          },
          { '!=': [answer('identified-victims'), 'yes'] },
        ],
      },
      message:
        'Your analysis rates the risk to a known adult medium or above. Who is that person, and how will the plan keep them safe?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'identified-victims' },
    },
    {
      id: 'high-without-police-liaison',
      severity: 'question',
      when: {
        and: [
          { in: [analysisOverall, ['high', 'very-high']] },
          { '!': [{ in: ['police-liaison', answer('controls')] }] },
        ],
      },
      message: 'With a high rating, how will the police know what you know, and you what they know?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
    },
    ...unansweredIdentifiedRiskRules('risk-management-plan'),
  ],
};
