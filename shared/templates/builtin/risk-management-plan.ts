import type { Template } from '../schema';
import { PRACTICE_NOTICE, roshLevelLabels } from './common';
import {
  anyIdentifiedRisk,
  identifiedRiskItems,
  unansweredIdentifiedRiskRules,
} from './strengths-needs-links';
import { choseAnyOf } from './strengths-needs-logic';

const answer = (itemId: string) => ({ var: `answers.risk-management-plan.${itemId}` });
const analysisOverall = { var: 'computed.rosh-analysis.overall-rosh' };
const analysisHasRiskFactors = { answered: [{ var: 'answers.rosh-analysis.risk-factors' }] };

/** Who acts on a contingency line: a role, named where the role alone does not say who. */
export const contingencyRoles = [
  { id: 'practitioner', label: 'The probation practitioner' },
  { id: 'manager', label: 'The senior probation officer or manager' },
  { id: 'duty-officer', label: 'The duty officer or duty manager' },
  { id: 'police', label: 'The police' },
  { id: 'childrens-social-care', label: 'Children’s social care' },
  { id: 'adult-social-care', label: 'Adult social care' },
  { id: 'approved-premises', label: 'Approved premises staff' },
  { id: 'mappa-coordinator', label: 'The MAPPA coordinator or chair' },
  { id: 'treatment-provider', label: 'A treatment or support provider' },
  { id: 'other-agency', label: 'Another agency (name it)' },
  { id: 'someone-else', label: 'Someone else (name them)' },
];

/** How quickly a contingency line is acted on. */
export const contingencyTimescales = [
  { id: 'immediately', label: 'Immediately' },
  { id: 'same-day', label: 'The same day' },
  { id: 'within-24-hours', label: 'Within 24 hours' },
  { id: 'within-two-working-days', label: 'Within two working days' },
  { id: 'next-contact', label: 'At the next contact' },
];

/** Named responses, so rules can tell an enforcement step or a recall from a review or a referral. */
export const contingencyResponseTypes = [
  { id: 'review-assessment', label: 'Review the assessment and plan' },
  { id: 'increase-contact', label: 'More contact or a home visit' },
  { id: 'police-alert', label: 'Tell the police or ask them to check' },
  { id: 'safeguarding-referral', label: 'Safeguarding referral (child or adult)' },
  { id: 'multi-agency-referral', label: 'Refer to or reconvene MAPPA, MARAC or another panel' },
  { id: 'warning', label: 'Enforcement warning' },
  { id: 'breach', label: 'Breach action (return to court)' },
  { id: 'recall-fixed-term', label: 'Fixed-term recall' },
  { id: 'recall-standard', label: 'Standard recall' },
  { id: 'recall-emergency', label: 'Emergency recall' },
  { id: 'treatment-referral', label: 'Referral to a treatment or support service' },
  { id: 'other', label: 'Another response' },
];

const recallResponses = ['recall-fixed-term', 'recall-standard', 'recall-emergency'];

export const riskManagementPlan: Template = {
  format: 1,
  id: 'risk-management-plan',
  // 2: the risks identified outside the analysis's own rows (needs linked to harm, risks to the person) join
  // "Answering each risk". Version 1 answers are valid as they are.
  // 3: contingency owners are a role (and a name) and timescales a choice, with named response types;
  // multi-agency management is split into its forums; a row per victim; civil and ancillary orders and adult
  // safeguarding. `migrateRiskManagementPlanV2Answers` lifts version 2 answers.
  version: 3,
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
            { id: 'mappa', label: 'MAPPA (multi-agency management of the person)' },
            { id: 'marac', label: 'MARAC (conference on a domestic abuse victim’s safety)' },
            {
              id: 'safeguarding-strategy',
              label: 'Child or adult safeguarding strategy meeting',
            },
            { id: 'iom', label: 'Integrated offender management' },
            {
              id: 'exploitation-panel',
              label: 'Exploitation panel (for example county lines or trafficking)',
            },
            {
              id: 'civil-ancillary-orders',
              label:
                'Monitoring civil and ancillary orders (for example a restraining, non-molestation or sexual harm prevention order)',
            },
            { id: 'adult-safeguarding', label: 'Adult safeguarding (an adult with care and support needs)' },
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
          kind: 'repeatingGroup',
          id: 'victims',
          prompt: 'Each victim or potential victim',
          guidance:
            'One row per person or group protected: a partner, a child, a former victim, staff at a named setting.',
          rowLabel: 'Victim',
          showWhen: { in: [answer('identified-victims'), ['yes', 'unknown']] },
          requiredWhen: { '==': [answer('identified-victims'), 'yes'] },
          maxRows: 12,
          items: [
            {
              kind: 'shortText',
              id: 'victim',
              prompt: 'Who (described, without real names)',
              required: true,
              maxLength: 200,
            },
            {
              kind: 'longText',
              id: 'victim-risk',
              prompt: 'The risk to them',
              required: true,
              suggestedWords: { min: 10, max: 120 },
            },
            {
              kind: 'longText',
              id: 'measures',
              prompt: 'The measures that protect them',
              guidance:
                'For example a non-contact condition or exclusion zone, a police marker on the address, a restraining order, safety planning, sharing information with children’s social care.',
              required: true,
              suggestedWords: { min: 10, max: 150 },
            },
            {
              kind: 'singleChoice',
              id: 'lead-agency',
              prompt: 'Lead agency for their safety',
              required: true,
              options: [
                { id: 'probation', label: 'Probation' },
                { id: 'police', label: 'Police' },
                { id: 'childrens-social-care', label: 'Children’s social care' },
                { id: 'adult-social-care', label: 'Adult social care' },
                { id: 'domestic-abuse-service', label: 'A domestic abuse service' },
                { id: 'other', label: 'Another agency' },
              ],
            },
            {
              kind: 'singleChoice',
              id: 'victim-support',
              prompt: 'Victim liaison or an independent domestic violence adviser (IDVA)',
              guidance:
                'The victim contact scheme (through a victim liaison officer) is offered to victims of violent or sexual offences sentenced to 12 months or more.',
              required: true,
              options: [
                { id: 'victim-liaison', label: 'Victim liaison officer (victim contact scheme)' },
                { id: 'idva', label: 'IDVA' },
                { id: 'both', label: 'Both' },
                { id: 'offered-declined', label: 'Offered and declined' },
                { id: 'not-eligible', label: 'Not eligible or not appropriate' },
                { id: 'not-yet', label: 'Not arranged yet' },
              ],
            },
          ],
        },
        {
          kind: 'longText',
          id: 'victim-safety-detail',
          prompt: 'Anything else about keeping victims safe',
          showWhen: { in: [answer('identified-victims'), ['yes', 'unknown']] },
          suggestedWords: { min: 0, max: 250 },
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
            {
              kind: 'multiChoice',
              id: 'response-types',
              prompt: 'What kind of response is it?',
              options: contingencyResponseTypes,
            },
            {
              kind: 'singleChoice',
              id: 'who-role',
              prompt: 'Who does it',
              required: true,
              options: contingencyRoles,
            },
            {
              kind: 'shortText',
              id: 'who-name',
              prompt: 'Name them',
              guidance: 'A named person or team, where you know it.',
              requiredWhen: { in: [{ var: 'row.who-role' }, ['other-agency', 'someone-else']] },
              maxLength: 200,
            },
            {
              kind: 'singleChoice',
              id: 'how-quickly',
              prompt: 'How quickly',
              required: true,
              options: contingencyTimescales,
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
              { '!': [{ answered: [{ var: 'row.who-role' }] }] },
              { '!': [{ answered: [{ var: 'row.how-quickly' }] }] },
            ],
          },
        ],
      },
      message: 'If “{{row.warning-sign}}” happens, who acts, and how quickly?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
    },
    {
      // "Another agency" or "someone else" with no name leaves nobody to act: the owner is generic.
      id: 'contingency-generic-owner',
      severity: 'question',
      forEachRow: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
      when: {
        and: [
          { answered: [{ var: 'row.warning-sign' }] },
          { in: [{ var: 'row.who-role' }, ['other-agency', 'someone-else']] },
          { '!': [{ answered: [{ var: 'row.who-name' }] }] },
        ],
      },
      message:
        'If “{{row.warning-sign}}” happens, who exactly acts: which agency or person, named, so that you can check they did?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
    },
    {
      id: 'contingency-recall-without-manager',
      severity: 'question',
      forEachRow: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
      when: {
        and: [
          { answered: [{ var: 'row.warning-sign' }] },
          choseAnyOf(recallResponses, { var: 'row.response-types' }),
          { '!': [{ in: [{ var: 'row.who-role' }, ['manager', 'duty-officer']] }] },
        ],
      },
      message:
        'The response to “{{row.warning-sign}}” is a recall. A recall is decided with a manager: who agrees it, and how quickly can they be reached?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
    },
    {
      id: 'contingency-high-risk-sign-at-next-contact',
      severity: 'question',
      forEachRow: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
      when: {
        and: [
          { in: [analysisOverall, ['high', 'very-high']] },
          { answered: [{ var: 'row.warning-sign' }] },
          { '==': [{ var: 'row.how-quickly' }, 'next-contact'] },
          choseAnyOf([...recallResponses, 'police-alert', 'safeguarding-referral'], {
            var: 'row.response-types',
          }),
        ],
      },
      message:
        'With a high rating, a recall, a police alert or a safeguarding referral for “{{row.warning-sign}}” waits until the next contact. What could happen in the meantime?',
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
      id: 'order-in-force-not-monitored',
      severity: 'question',
      when: {
        and: [
          choseAnyOf(['restraining-order', 'non-molestation-order', 'shpo', 'other-order'], {
            var: 'answers.rosh-analysis.orders-in-force',
          }),
          { answered: [answer('controls')] },
          { '!': [{ in: ['civil-ancillary-orders', answer('controls')] }] },
        ],
      },
      message:
        'Your analysis records an order in force, but the plan does not say how it will be monitored. How would you know it had been breached, and who would tell you?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
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
