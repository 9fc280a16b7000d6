import type { Template } from '../schema';
import { PRACTICE_NOTICE, roshLevelIds, roshLevelLabels, roshLevels, templateInUse } from './common';

const answer = (itemId: string) => ({ var: `answers.rosh-analysis.${itemId}` });
const overall = { var: 'computed.rosh-analysis.overall-rosh' };

/*
 * Risk to the person and the enquiries made are asked here in brief. When the attempt also holds the fuller
 * "Risk to self and other risks" or "Enquiries log" template, the brief questions are hidden and a summary
 * from the fuller template takes their place, so nothing is asked twice (hidden answers are kept, but left out
 * of validation, rules and the PDF). See docs/decisions/0005-needs-links-between-templates.md.
 */
const riskToSelfInUse = templateInUse('risk-to-self');
const enquiriesLogInUse = templateInUse('enquiries-log');
const briefSelfRisk = { '!': [riskToSelfInUse] };
const briefEnquiries = { '!': [enquiriesLogInUse] };

/** Enquiry status options, shared by the domestic abuse and safeguarding questions. */
const enquiryStatus = [
  { id: 'not-requested', label: 'Not requested' },
  { id: 'requested', label: 'Requested, reply awaited' },
  { id: 'received', label: 'Reply received' },
];

export const roshAnalysis: Template = {
  format: 1,
  id: 'rosh-analysis',
  // 2: the brief risk to self and enquiries questions give way to the fuller templates when the attempt holds
  // them. Version 1 answers are valid as they are.
  version: 2,
  title: 'Risk of serious harm analysis',
  description:
    'Analyse the offence and the person’s history, screen for risk, then set out who could be harmed, how, when, and what makes it more or less likely. Rate the risk for each group at risk in the community and in custody.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    {
      id: 'about',
      title: 'About this assessment',
      items: [
        {
          kind: 'guidance',
          id: 'about-guidance',
          title: 'Before you start',
          text: 'Read the case file first. Keep asking what each source tells you and what it leaves out: the person’s own account is one source among several, and a difference between accounts is information in itself.\n\nYou can quote the case file in the evidence boxes. Quote exactly, then say in your own words why the passage matters.',
        },
        {
          kind: 'singleChoice',
          id: 'setting',
          prompt: 'Where is the person now?',
          required: true,
          options: [
            { id: 'community', label: 'In the community' },
            { id: 'custody', label: 'In custody (on remand or serving a sentence)' },
          ],
        },
        {
          kind: 'singleChoice',
          id: 'assessment-point',
          prompt: 'At what point is this assessment made?',
          options: [
            { id: 'pre-sentence', label: 'Before sentence (court report)' },
            { id: 'start', label: 'At the start of an order or licence' },
            { id: 'pre-release', label: 'Before release from custody' },
            { id: 'review', label: 'Review after a change in circumstances' },
          ],
        },
      ],
    },
    {
      id: 'offence',
      title: 'Offence analysis',
      description: 'What happened in the current offence, and what it tells you about the risk.',
      items: [
        {
          kind: 'longText',
          id: 'what-happened',
          prompt: 'What happened?',
          guidance:
            'Describe the offence from the prosecution summary and other records: where, when, how, who was present, and any use or threat of a weapon. Keep to the facts here; analysis comes next.',
          required: true,
          suggestedWords: { min: 120, max: 400 },
        },
        {
          kind: 'longText',
          id: 'persons-account',
          prompt: 'The person’s account of the offence',
          guidance:
            'How does the person explain what happened and why? Note what they accept, what they deny or minimise, and whom they blame.',
          required: true,
          suggestedWords: { min: 80, max: 300 },
        },
        {
          kind: 'longText',
          id: 'account-versus-evidence',
          prompt: 'Where does the account differ from the evidence, and what do you make of it?',
          guidance:
            'Compare the account with the prosecution summary, witness statements and police records. Say what each difference might mean for risk rather than simply listing it.',
          required: true,
          suggestedWords: { min: 80, max: 300 },
        },
        {
          kind: 'evidenceReference',
          id: 'offence-evidence',
          prompt: 'Passages from the case file that support your analysis of the offence',
          maxReferences: 20,
        },
        {
          kind: 'multiChoice',
          id: 'victim-relationship',
          prompt: 'Who were the victims, in relation to the person?',
          options: [
            { id: 'partner', label: 'Partner or ex-partner' },
            { id: 'family', label: 'Other family member' },
            { id: 'child', label: 'A child' },
            { id: 'acquaintance', label: 'Someone they knew' },
            { id: 'stranger', label: 'A stranger' },
            { id: 'staff', label: 'Someone at work (for example police, health or shop staff)' },
            { id: 'no-direct-victim', label: 'No direct victim' },
          ],
        },
        {
          kind: 'longText',
          id: 'victims',
          prompt: 'Describe the victims and the impact on them',
          guidance:
            'Say who they were (without real names), whether they were targeted or chosen by chance, whether they were vulnerable, and what harm they suffered.',
          requiredWhen: {
            '!': [{ in: ['no-direct-victim', answer('victim-relationship')] }],
          },
          suggestedWords: { min: 60, max: 250 },
        },
        {
          kind: 'longText',
          id: 'motivation',
          prompt: 'Why did it happen? Motivation and triggers',
          guidance:
            'Consider needs being met by the offence (control, money, status, revenge, sexual gratification), the part played by drink, drugs or mental health, and what happened just before.',
          required: true,
          suggestedWords: { min: 60, max: 250 },
        },
        {
          kind: 'yesNoUnknown',
          id: 'weapon',
          prompt: 'Was a weapon used, carried or threatened?',
          required: true,
        },
        {
          kind: 'longText',
          id: 'patterns',
          prompt: 'Is this offence part of a pattern? Is the behaviour escalating?',
          guidance:
            'Look for repeated victims or types of victim, similar situations, and whether the harm is becoming more frequent, more serious or more planned.',
          required: true,
          suggestedWords: { min: 60, max: 250 },
        },
      ],
    },
    {
      id: 'previous-behaviour',
      title: 'Previous behaviour',
      description: 'Convictions and behaviour that did not lead to a conviction, including in custody.',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'previous-offences',
          prompt: 'Relevant previous offences and incidents',
          guidance:
            'Include call-outs, cautions and incidents that did not lead to a conviction where they help explain the risk. You do not need to list every conviction.',
          rowLabel: 'Previous offence or incident',
          maxRows: 50,
          items: [
            { kind: 'shortText', id: 'when', prompt: 'When (a year or a date)', maxLength: 40 },
            { kind: 'shortText', id: 'what', prompt: 'What happened', required: true, maxLength: 300 },
            { kind: 'shortText', id: 'outcome', prompt: 'Outcome (for example sentence, no further action)' },
            {
              kind: 'longText',
              id: 'relevance',
              prompt: 'What it tells you about the risk of serious harm',
              suggestedWords: { min: 20, max: 120 },
            },
          ],
        },
        {
          kind: 'longText',
          id: 'history-analysis',
          prompt: 'What patterns run through the person’s history?',
          guidance:
            'Analyse rather than list: the same kind of victim, the same triggers, offending while on an order or licence, gaps and what was different then.',
          required: true,
          suggestedWords: { min: 80, max: 300 },
        },
        {
          kind: 'yesNoUnknown',
          id: 'custody-history',
          prompt: 'Has the person spent time in custody before?',
        },
        {
          kind: 'longText',
          id: 'custody-behaviour',
          prompt: 'Behaviour in custody',
          guidance:
            'Adjudications, violence or threats to staff or other prisoners, self-harm, links made in custody, and engagement with work, education or programmes.',
          showWhen: {
            or: [{ '==': [answer('custody-history'), 'yes'] }, { '==': [answer('setting'), 'custody'] }],
          },
          requiredWhen: { '==': [answer('setting'), 'custody'] },
          suggestedWords: { min: 40, max: 200 },
        },
      ],
    },
    {
      id: 'screening',
      title: 'Screening',
      description:
        'Quick questions that show whether a full analysis is needed. Count behaviour as well as convictions.',
      items: [
        {
          kind: 'yesNoUnknown',
          id: 'screen-serious-violence',
          prompt:
            'Any current or previous offence involving serious violence, a weapon, or harm that could have been life-threatening?',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-sexual',
          prompt: 'Any sexual offence or sexually harmful behaviour?',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-domestic-abuse',
          prompt: 'Any domestic abuse towards a partner, ex-partner or family member, convicted or not?',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-children',
          prompt: 'Could the person’s behaviour or circumstances harm a child?',
          required: true,
        },
        {
          kind: 'longText',
          id: 'children-concern',
          prompt: 'Which children, and what is the worry?',
          guidance:
            'Describe the children (age, relationship, where they live, contact with the person) without real names, and whether children’s social care know them.',
          showWhen: { '==': [answer('screen-children'), 'yes'] },
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-stalking',
          prompt: 'Any stalking, harassment or fixated behaviour?',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-custody',
          prompt: 'Any harmful behaviour in custody or towards staff?',
          required: true,
        },
        {
          kind: 'computed',
          id: 'full-analysis-indicated',
          prompt: 'Full analysis indicated by the screening',
          guidance:
            'Yes when any screening answer is yes or not known. Not known is a reason to find out, not to stop.',
          expression: {
            or: [
              { in: [answer('screen-serious-violence'), ['yes', 'unknown']] },
              { in: [answer('screen-sexual'), ['yes', 'unknown']] },
              { in: [answer('screen-domestic-abuse'), ['yes', 'unknown']] },
              { in: [answer('screen-children'), ['yes', 'unknown']] },
              { in: [answer('screen-stalking'), ['yes', 'unknown']] },
              { in: [answer('screen-custody'), ['yes', 'unknown']] },
            ],
          },
          valueLabels: { true: 'Yes', false: 'No' },
        },
        {
          kind: 'longText',
          id: 'screening-rationale',
          prompt: 'The screening does not point to a full analysis. Why are you confident of that?',
          showWhen: {
            and: [
              { '!': [{ var: 'computed.rosh-analysis.full-analysis-indicated' }] },
              { answered: [answer('screen-custody')] },
            ],
          },
          required: true,
        },
      ],
    },
    {
      id: 'full-analysis',
      title: 'Full analysis',
      description:
        'Who could be harmed, how, when, and what makes it more or less likely. Support each point with evidence.',
      items: [
        {
          kind: 'longText',
          id: 'who-at-risk',
          prompt: 'Who is at risk?',
          guidance:
            'Name or describe the people and groups at risk: a partner, particular children, staff in a setting, people who resemble a past victim. Say what the specific risk to each is.',
          required: true,
          suggestedWords: { min: 50, max: 250 },
        },
        {
          kind: 'longText',
          id: 'nature-of-harm',
          prompt: 'What harm is likely, and how would it happen?',
          guidance:
            'Describe the kind of harm (physical, sexual, psychological, coercive control, neglect) and how serious it would be. Serious harm is harm that is life-threatening or traumatic, from which recovery would be difficult or impossible.',
          required: true,
          suggestedWords: { min: 50, max: 250 },
        },
        {
          kind: 'longText',
          id: 'imminence',
          prompt: 'When is the risk greatest?',
          guidance:
            'Think about timing and circumstances: release, contact with a former partner, court dates, anniversaries, payday, particular places or people. Cover custody as well as the community.',
          required: true,
          suggestedWords: { min: 40, max: 200 },
        },
        {
          kind: 'repeatingGroup',
          id: 'risk-factors',
          prompt: 'What increases the risk?',
          guidance:
            'List each factor on its own row so the risk management plan can answer it. Keep the name short (for example "Drinking with old associates"), and explain the evidence underneath.',
          rowLabel: 'Risk factor',
          required: true,
          maxRows: 30,
          items: [
            {
              kind: 'shortText',
              id: 'factor',
              prompt: 'Risk factor, in a few words',
              required: true,
              maxLength: 120,
            },
            {
              kind: 'longText',
              id: 'explanation',
              prompt: 'How does it increase the risk? What is the evidence?',
              required: true,
              suggestedWords: { min: 20, max: 150 },
            },
            {
              kind: 'multiChoice',
              id: 'groups',
              prompt: 'Who does it put at risk?',
              options: [
                { id: 'children', label: 'Children' },
                { id: 'public', label: 'The public' },
                { id: 'known-adult', label: 'A known adult' },
                { id: 'staff', label: 'Staff' },
                { id: 'prisoners', label: 'Other prisoners' },
                { id: 'self', label: 'The person themself' },
              ],
            },
          ],
        },
        {
          kind: 'longText',
          id: 'protective-factors',
          prompt: 'What reduces the risk?',
          guidance:
            'Strengths and protective factors (relationships, work, motivation, what stopped the person before) and external controls (conditions, supervision, where they live).',
          required: true,
          suggestedWords: { min: 40, max: 200 },
        },
        {
          kind: 'evidenceReference',
          id: 'analysis-evidence',
          prompt: 'Passages from the case file that support your analysis',
          maxReferences: 20,
        },
      ],
    },
    {
      id: 'rosh-levels',
      title: 'Risk of serious harm levels',
      items: [
        {
          kind: 'guidance',
          id: 'levels-guidance',
          title: 'How to rate',
          text: 'Rate each group at risk separately, in the community and in custody. For someone in custody, rate the community as if release could happen soon.\n\n- Low: what is known now does not point to serious harm being likely.\n- Medium: clear signs of risk; harm is unlikely unless circumstances change.\n- High: clear signs of risk; harm could happen at any time, with serious impact.\n- Very high: harm is imminent and more likely than not, with serious impact.\n\nThe overall level is the highest rating anywhere in the grid.',
        },
        {
          kind: 'ratingGrid',
          id: 'rosh-grid',
          prompt: 'Risk of serious harm to each group',
          required: true,
          rows: [
            { id: 'children', label: 'Children' },
            { id: 'public', label: 'The public' },
            {
              id: 'known-adult',
              label: 'Known adult',
              description: 'For example a partner, ex-partner or family member.',
            },
            { id: 'staff', label: 'Staff' },
            { id: 'prisoners', label: 'Other prisoners', columns: ['custody'] },
          ],
          columns: [
            { id: 'community', label: 'Community' },
            { id: 'custody', label: 'Custody' },
          ],
          levels: roshLevels,
        },
        {
          kind: 'computed',
          id: 'overall-rosh',
          prompt: 'Overall risk of serious harm',
          guidance: 'The highest rating in the grid.',
          expression: { max_level: [answer('rosh-grid'), roshLevelIds] },
          valueLabels: roshLevelLabels,
          emptyLabel: 'Not yet rated',
        },
        {
          kind: 'computed',
          id: 'plan-required',
          prompt: 'Risk management plan required',
          guidance: 'A risk management plan is needed when the overall level is medium or above.',
          expression: { in: [overall, ['medium', 'high', 'very-high']] },
          valueLabels: { true: 'Yes', false: 'No' },
        },
        {
          kind: 'longText',
          id: 'level-rationale',
          prompt: 'Why these levels?',
          guidance:
            'Link the evidence to the definitions. Where you chose between two levels, say what tipped the balance and what would change your rating.',
          required: true,
          suggestedWords: { min: 80, max: 300 },
        },
      ],
    },
    {
      id: 'risk-to-self',
      title: 'Risk to the person and other risks',
      items: [
        {
          kind: 'guidance',
          id: 'self-risk-elsewhere',
          title: 'Recorded in full elsewhere',
          text: 'This attempt includes the “Risk to self and other risks” template. Record the concerns, the evidence and what has been done there; what it finds is shown below.',
          showWhen: riskToSelfInUse,
        },
        {
          kind: 'computed',
          id: 'self-risk-current-summary',
          prompt: 'Current concerns (from the risk to self assessment)',
          showWhen: riskToSelfInUse,
          expression: { var: 'computed.risk-to-self.current-concerns' },
          emptyLabel: 'None recorded',
        },
        {
          kind: 'computed',
          id: 'self-risk-previous-summary',
          prompt: 'Previous concerns (from the risk to self assessment)',
          showWhen: riskToSelfInUse,
          expression: { var: 'computed.risk-to-self.previous-concerns' },
          emptyLabel: 'None recorded',
        },
        {
          kind: 'ratingGrid',
          id: 'self-risk-grid',
          prompt: 'Are there concerns now, or were there in the past?',
          showWhen: briefSelfRisk,
          required: true,
          rows: [
            { id: 'suicide', label: 'Suicide' },
            { id: 'self-harm', label: 'Self-harm' },
            { id: 'coping-custody', label: 'Coping in custody' },
            { id: 'coping-hostel', label: 'Coping in a hostel or approved premises' },
            { id: 'vulnerability', label: 'Vulnerability to others (exploitation, bullying, victimisation)' },
            { id: 'escape', label: 'Escape or absconding' },
            { id: 'control', label: 'Control problems or breach of trust' },
          ],
          columns: [
            { id: 'current', label: 'Current concern' },
            { id: 'previous', label: 'Previous concern' },
          ],
          levels: [
            { id: 'no', label: 'No' },
            { id: 'not-known', label: 'Not known' },
            { id: 'yes', label: 'Yes' },
          ],
        },
        {
          kind: 'longText',
          id: 'self-risk-evidence',
          prompt: 'What are the concerns, and what is the evidence?',
          guidance:
            'Say where the information comes from (health, custody records, the person, family) and how recent it is.',
          showWhen: {
            in: [{ max_level: [answer('self-risk-grid'), ['no', 'not-known', 'yes']] }, ['not-known', 'yes']],
          },
          requiredWhen: {
            '==': [{ max_level: [answer('self-risk-grid'), ['no', 'not-known', 'yes']] }, 'yes'],
          },
          suggestedWords: { min: 40, max: 250 },
        },
        {
          kind: 'yesNoUnknown',
          id: 'support-plan-open',
          prompt: 'Is a self-harm support plan open in custody?',
          showWhen: { and: [briefSelfRisk, { '==': [answer('setting'), 'custody'] }] },
        },
      ],
    },
    {
      id: 'mappa',
      title: 'Multi-agency public protection (MAPPA)',
      items: [
        {
          kind: 'singleChoice',
          id: 'mappa-category',
          prompt: 'MAPPA category',
          guidance:
            'Category 1: registered sexual offenders. Category 2: violent offenders sentenced to 12 months or more in custody, and some sexual offenders who do not have to register. Category 3: other people whose offending shows they can cause serious harm and who need multi-agency management. Category 4: terrorism-related offending.',
          required: true,
          options: [
            { id: 'not-eligible', label: 'Not eligible' },
            { id: 'category-1', label: 'Category 1' },
            { id: 'category-2', label: 'Category 2' },
            { id: 'category-3', label: 'Category 3' },
            { id: 'category-4', label: 'Category 4' },
            { id: 'not-known', label: 'Not known yet' },
          ],
        },
        {
          kind: 'singleChoice',
          id: 'mappa-level',
          prompt: 'MAPPA level',
          guidance:
            'Level 1: managed by the lead agency with ordinary information sharing. Level 2: active management by several agencies at regular meetings. Level 3: as level 2, with senior oversight and extra resources.',
          showWhen: {
            in: [answer('mappa-category'), ['category-1', 'category-2', 'category-3', 'category-4']],
          },
          required: true,
          options: [
            { id: 'level-1', label: 'Level 1' },
            { id: 'level-2', label: 'Level 2' },
            { id: 'level-3', label: 'Level 3' },
            { id: 'not-set', label: 'Not set yet' },
          ],
        },
        {
          kind: 'longText',
          id: 'mappa-rationale',
          prompt: 'Why this category and level, or why MAPPA does not apply',
          guidance:
            'If the risk is high and there is domestic abuse, say whether you considered a referral and what you decided.',
          required: true,
          suggestedWords: { min: 30, max: 200 },
        },
      ],
    },
    {
      id: 'enquiries',
      title: 'Enquiries made',
      description:
        'Domestic abuse and safeguarding checks are expected for every case, and again when circumstances change.',
      items: [
        {
          kind: 'guidance',
          id: 'enquiries-elsewhere',
          title: 'Recorded in full elsewhere',
          text: 'This attempt includes the “Enquiries log”. Record each check there, with its dates, what came back and what it changes; what is still outstanding is shown below.',
          showWhen: enquiriesLogInUse,
        },
        {
          kind: 'computed',
          id: 'enquiries-outstanding-summary',
          prompt: 'Checks still outstanding (from the enquiries log)',
          showWhen: enquiriesLogInUse,
          expression: { var: 'computed.enquiries-log.outstanding' },
          emptyLabel: 'None: every check in the log has a reply',
        },
        {
          kind: 'singleChoice',
          id: 'da-status',
          prompt: 'Police domestic abuse enquiry',
          showWhen: briefEnquiries,
          required: true,
          options: enquiryStatus,
        },
        {
          kind: 'date',
          id: 'da-requested-on',
          prompt: 'Date the domestic abuse enquiry was requested',
          showWhen: { in: [answer('da-status'), ['requested', 'received']] },
          required: true,
        },
        {
          kind: 'date',
          id: 'da-received-on',
          prompt: 'Date the reply was received',
          showWhen: { '==': [answer('da-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'da-outcome',
          prompt: 'What did the police hold, and what does it change?',
          showWhen: { '==': [answer('da-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'da-reason',
          prompt: 'Why has no domestic abuse enquiry been requested?',
          showWhen: { '==': [answer('da-status'), 'not-requested'] },
          required: true,
        },
        {
          kind: 'singleChoice',
          id: 'safeguarding-status',
          prompt: 'Children’s social care safeguarding enquiry',
          showWhen: briefEnquiries,
          required: true,
          options: enquiryStatus,
        },
        {
          kind: 'date',
          id: 'safeguarding-requested-on',
          prompt: 'Date the safeguarding enquiry was requested',
          showWhen: { in: [answer('safeguarding-status'), ['requested', 'received']] },
          required: true,
        },
        {
          kind: 'date',
          id: 'safeguarding-received-on',
          prompt: 'Date the reply was received',
          showWhen: { '==': [answer('safeguarding-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'safeguarding-outcome',
          prompt: 'What did children’s social care say, and what does it change?',
          showWhen: { '==': [answer('safeguarding-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'safeguarding-reason',
          prompt: 'Why has no safeguarding enquiry been requested?',
          showWhen: { '==': [answer('safeguarding-status'), 'not-requested'] },
          required: true,
        },
        {
          kind: 'repeatingGroup',
          id: 'other-enquiries',
          prompt: 'Other enquiries',
          showWhen: briefEnquiries,
          guidance:
            'For example housing, health, a previous assessment, the prison, or the main occupier of a proposed address.',
          rowLabel: 'Enquiry',
          maxRows: 20,
          items: [
            { kind: 'shortText', id: 'enquiry-source', prompt: 'Who was asked', required: true },
            { kind: 'date', id: 'enquiry-requested-on', prompt: 'Requested on' },
            { kind: 'date', id: 'enquiry-received-on', prompt: 'Received on' },
            { kind: 'longText', id: 'enquiry-outcome', prompt: 'Outcome and what it changes' },
          ],
        },
        {
          kind: 'yesNoUnknown',
          id: 'oversight-sought',
          prompt: 'Have you discussed this assessment with your practice tutor or manager?',
        },
      ],
    },
  ],
  rules: [
    {
      id: 'known-adult-low-with-callouts',
      severity: 'question',
      when: {
        and: [
          { '>': [{ var: 'case.facts.daCallouts' }, 0] },
          { '==': [answer('rosh-grid.known-adult.community'), 'low'] },
        ],
      },
      message:
        'The case file records police call-outs for domestic abuse. What in the evidence supports low rather than medium or high for the known adult?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'children-low-with-household-risk',
      severity: 'question',
      when: {
        and: [
          { '==': [{ var: 'case.facts.childrenInHousehold' }, true] },
          { '>': [{ var: 'case.facts.daCallouts' }, 0] },
          { '==': [answer('rosh-grid.children.community'), 'low'] },
        ],
      },
      message:
        'Children live in a household where police have attended for domestic abuse. What makes you confident the risk to them is low?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'children-screened-in-rated-low',
      severity: 'question',
      when: {
        and: [
          { '==': [answer('screen-children'), 'yes'] },
          { '==': [answer('rosh-grid.children.community'), 'low'] },
        ],
      },
      message:
        'Your screening says the person’s behaviour could harm a child, yet the risk to children is rated low. What explains the difference?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'low-without-da-enquiry',
      severity: 'warning',
      // With the enquiries log in the attempt, its own rules ask this (known-adult-low-while-da-outstanding).
      when: {
        and: [briefEnquiries, { '==': [overall, 'low'] }, { '!=': [answer('da-status'), 'received'] }],
      },
      message:
        'You have rated the risk low without a reply to a police domestic abuse enquiry. What would the rating be if the reply showed call-outs, and is low defensible until you know?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'da-status' },
    },
    {
      id: 'low-without-safeguarding-enquiry',
      severity: 'warning',
      when: {
        and: [
          briefEnquiries,
          { '==': [overall, 'low'] },
          { '!=': [answer('safeguarding-status'), 'received'] },
        ],
      },
      message:
        'You have rated the risk low without a reply from children’s social care. How do you know whether children are in contact with the person?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'safeguarding-status' },
    },
    {
      id: 'serious-violence-rated-low',
      severity: 'question',
      when: { and: [{ '==': [answer('screen-serious-violence'), 'yes'] }, { '==': [overall, 'low'] }] },
      message:
        'The screening found serious violence, but every rating is low. What has changed since then that makes serious harm unlikely now?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'high-domestic-abuse-mappa',
      severity: 'question',
      when: {
        and: [
          { in: [overall, ['high', 'very-high']] },
          { '==': [answer('screen-domestic-abuse'), 'yes'] },
          { in: [answer('mappa-category'), ['not-eligible', 'not-known']] },
        ],
      },
      message:
        'The risk is high and there is domestic abuse. Have you considered whether the case should be referred for multi-agency management?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'mappa-category' },
    },
    {
      id: 'rating-without-risk-factors',
      severity: 'question',
      when: {
        and: [
          { var: 'computed.rosh-analysis.plan-required' },
          { '!': [{ answered: [answer('risk-factors')] }] },
        ],
      },
      message:
        'You rated the risk medium or above but have not named anything that increases it. What drives your rating?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'risk-factors' },
    },
    {
      id: 'risk-factor-without-evidence',
      severity: 'question',
      forEachRow: { templateId: 'rosh-analysis', itemId: 'risk-factors' },
      when: {
        and: [{ answered: [{ var: 'row.factor' }] }, { '!': [{ answered: [{ var: 'row.explanation' }] }] }],
      },
      message: 'What in the case file shows that “{{row.factor}}” increases the risk?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'risk-factors' },
    },
    {
      id: 'custody-behaviour-missing',
      severity: 'question',
      when: {
        and: [
          { '==': [answer('custody-history'), 'yes'] },
          { '!': [{ answered: [answer('custody-behaviour')] }] },
        ],
      },
      message: 'The person has been in custody before. What did their behaviour there tell you?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'custody-behaviour' },
    },
  ],
};
