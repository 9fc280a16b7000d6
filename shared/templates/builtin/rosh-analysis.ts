import type { Template } from '../schema';
import { PRACTICE_NOTICE, roshLevelIds, roshLevelLabels, roshLevels, templateInUse } from './common';
import { choseAnyOf } from './strengths-needs-logic';

const answer = (itemId: string) => ({ var: `answers.rosh-analysis.${itemId}` });
const overall = { var: 'computed.rosh-analysis.overall-rosh' };
const communityCell = (group: string) => answer(`rosh-grid.${group}.community`);
/** The case file holds police domestic abuse call-outs where the person was the alleged perpetrator. */
const perpetratorCallouts = { '>': [{ var: 'case.facts.daPerpetratorCallouts' }, 0] };

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
  // 3: screening for fire-setting, hate, custody incidents and orders in force; a record per child; the
  // proposed-address check; who, when and the outcome of oversight; reviews; the MAPPA referral state; predictor
  // scores. Version 2 answers are valid as they are (only questions and options were added).
  version: 3,
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
          kind: 'repeatingGroup',
          id: 'children',
          prompt: 'Each child',
          guidance:
            'One row for each child the person lives with, sees or wants to see, and each child harmed before. Anyone under 18 is a child, victims of 16 or 17 included.',
          rowLabel: 'Child',
          showWhen: { in: [answer('screen-children'), ['yes', 'unknown']] },
          requiredWhen: { '==': [answer('screen-children'), 'yes'] },
          maxRows: 12,
          items: [
            {
              kind: 'shortText',
              id: 'child',
              prompt: 'Name or description',
              guidance: 'Fictional cases only; for example "her son, at primary school".',
              required: true,
              maxLength: 200,
            },
            { kind: 'number', id: 'age', prompt: 'Age', min: 0, max: 17, step: 1, unit: 'years' },
            {
              kind: 'singleChoice',
              id: 'relationship',
              prompt: 'Relationship to the person',
              required: true,
              options: [
                { id: 'own-child', label: 'Their own child' },
                { id: 'partners-child', label: 'A partner’s or ex-partner’s child' },
                { id: 'relative', label: 'Another relative' },
                { id: 'household', label: 'Lives in or visits the household' },
                { id: 'victim', label: 'A child harmed in an offence' },
                { id: 'other', label: 'Another child' },
              ],
            },
            {
              kind: 'singleChoice',
              id: 'contact',
              prompt: 'Contact with the person',
              required: true,
              options: [
                { id: 'lives-with', label: 'Lives with them' },
                { id: 'regular', label: 'Regular contact' },
                { id: 'supervised', label: 'Supervised or occasional contact' },
                { id: 'wants-contact', label: 'No contact now, but the person wants it' },
                { id: 'none', label: 'No contact' },
                { id: 'not-known', label: 'Not known' },
              ],
            },
            {
              kind: 'yesNoUnknown',
              id: 'known-to-csc',
              prompt: 'Known to children’s social care?',
              required: true,
            },
            {
              kind: 'singleChoice',
              id: 'csc-status',
              prompt: 'Plan in place',
              showWhen: { '==': [{ var: 'row.known-to-csc' }, 'yes'] },
              required: true,
              options: [
                { id: 'none', label: 'None now' },
                { id: 'early-help', label: 'Early help' },
                { id: 'child-in-need', label: 'Child in need' },
                { id: 'child-protection', label: 'Child protection' },
                { id: 'looked-after', label: 'Looked after by the local authority' },
                { id: 'not-known', label: 'Not known yet' },
              ],
            },
          ],
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
          kind: 'yesNoUnknown',
          id: 'screen-arson',
          prompt: 'Any arson or fire-setting, convicted or not?',
          guidance: 'Include fires set in custody, in hostels or at home, and threats to set a fire.',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-hate',
          prompt: 'Any behaviour motivated by hostility to a group (hate-motivated), convicted or not?',
          guidance:
            'Hostility because of race, religion, sexual orientation, disability or transgender identity, shown in an offence, in what the person says, or in material they hold.',
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'screen-custody-offence',
          prompt: 'Any offence or serious incident in custody?',
          guidance:
            'For example an assault, a serious adjudication, a hostage or barricade incident, or a referral to the police from prison.',
          required: true,
        },
        {
          kind: 'multiChoice',
          id: 'orders-in-force',
          prompt: 'Which orders are in force now?',
          guidance:
            'Orders are controls in the plan, and a breach is a warning sign. A restraining order is made by a criminal court; a non-molestation order by the family court.',
          required: true,
          options: [
            { id: 'restraining-order', label: 'Restraining order' },
            { id: 'non-molestation-order', label: 'Non-molestation order' },
            { id: 'shpo', label: 'Sexual harm prevention order' },
            { id: 'licence-conditions', label: 'Licence conditions' },
            { id: 'other-order', label: 'Another order (for example a stalking protection order)' },
            { id: 'none', label: 'None' },
            { id: 'not-known', label: 'Not known yet' },
          ],
        },
        {
          kind: 'longText',
          id: 'orders-detail',
          prompt: 'What does each order require, who is protected, and until when?',
          showWhen: choseAnyOf(
            ['restraining-order', 'non-molestation-order', 'shpo', 'licence-conditions', 'other-order'],
            answer('orders-in-force'),
          ),
          required: true,
          suggestedWords: { min: 20, max: 200 },
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
              { in: [answer('screen-arson'), ['yes', 'unknown']] },
              { in: [answer('screen-hate'), ['yes', 'unknown']] },
              { in: [answer('screen-custody-offence'), ['yes', 'unknown']] },
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
              { answered: [answer('screen-custody-offence')] },
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
            'Category 1: registered sexual offenders.\n\nCategory 2 turns on the sentence imposed for a violent (or a sexual but not registrable) offence: 12 months or more of imprisonment or detention, or a hospital or guardianship order. A community order never makes someone category 2, however serious the offence.\n\nCategory 3: other people whose offending shows they can cause serious harm and who need multi-agency management. It needs a referral that the MAPPA meeting accepts, so a case can be referred and awaiting a decision.\n\nCategory 4: terrorism-related offending.',
          required: true,
          options: [
            { id: 'not-eligible', label: 'Not eligible' },
            { id: 'category-1', label: 'Category 1' },
            { id: 'category-2', label: 'Category 2' },
            { id: 'category-3', label: 'Category 3' },
            { id: 'category-4', label: 'Category 4' },
            { id: 'referred-awaiting', label: 'Referred, awaiting the MAPPA decision' },
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
          kind: 'date',
          id: 'mappa-referred-on',
          prompt: 'Date of the referral',
          showWhen: { '==': [answer('mappa-category'), 'referred-awaiting'] },
          required: true,
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
          kind: 'singleChoice',
          id: 'address-status',
          prompt: 'Check on a proposed address and its occupier',
          guidance:
            'An address proposed for bail, a community order, release or a move: ask the police about the address and speak to the main occupier without the person there.',
          showWhen: briefEnquiries,
          required: true,
          options: [{ id: 'no-address', label: 'No address proposed' }, ...enquiryStatus],
        },
        {
          kind: 'date',
          id: 'address-requested-on',
          prompt: 'Date the address check was requested',
          showWhen: { in: [answer('address-status'), ['requested', 'received']] },
          required: true,
        },
        {
          kind: 'date',
          id: 'address-received-on',
          prompt: 'Date the check was completed',
          showWhen: { '==': [answer('address-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'address-occupants',
          prompt: 'Who lives at the address, children included?',
          showWhen: { in: [answer('address-status'), ['not-requested', 'requested', 'received']] },
          required: true,
          suggestedWords: { min: 10, max: 150 },
        },
        {
          kind: 'yesNoUnknown',
          id: 'address-children',
          prompt: 'Do children live at, or often visit, the address?',
          showWhen: { in: [answer('address-status'), ['not-requested', 'requested', 'received']] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'address-outcome',
          prompt: 'What did the check find, and is the address suitable?',
          showWhen: { '==': [answer('address-status'), 'received'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'address-reason',
          prompt: 'Why has the address not been checked?',
          showWhen: { '==': [answer('address-status'), 'not-requested'] },
          required: true,
        },
        {
          kind: 'repeatingGroup',
          id: 'other-enquiries',
          prompt: 'Other enquiries',
          showWhen: briefEnquiries,
          guidance: 'For example housing, health, a previous assessment or the prison.',
          rowLabel: 'Enquiry',
          maxRows: 20,
          items: [
            { kind: 'shortText', id: 'enquiry-source', prompt: 'Who was asked', required: true },
            { kind: 'date', id: 'enquiry-requested-on', prompt: 'Requested on' },
            { kind: 'date', id: 'enquiry-received-on', prompt: 'Received on' },
            { kind: 'longText', id: 'enquiry-outcome', prompt: 'Outcome and what it changes' },
          ],
        },
      ],
    },
    {
      id: 'predictors',
      title: 'Predictor scores',
      items: [
        {
          kind: 'guidance',
          id: 'predictors-guidance',
          title: 'Predictors are not risk of serious harm',
          text: 'Actuarial predictors such as OGRS estimate how likely reoffending is, from criminal history, age and gender. They say nothing about how serious the harm would be, to whom, or when. A high score beside a low RoSH, or a low score beside a serious risk to a child, can both be right.\n\nYou can work out an OGRS3 score for a fictional person in the Predictor sandbox (in the header). Record the scores that inform this assessment here, and say how you used them.',
        },
        {
          kind: 'singleChoice',
          id: 'predictors-available',
          prompt: 'Do you have predictor scores for this person?',
          required: true,
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No, none are available yet' },
          ],
        },
        {
          kind: 'repeatingGroup',
          id: 'predictor-scores',
          prompt: 'Predictor scores',
          rowLabel: 'Score',
          showWhen: { '==': [answer('predictors-available'), 'yes'] },
          required: true,
          maxRows: 8,
          items: [
            {
              kind: 'singleChoice',
              id: 'predictor',
              prompt: 'Predictor',
              required: true,
              options: [
                { id: 'ogrs', label: 'OGRS (general proven reoffending)' },
                { id: 'ovp', label: 'OVP (violent reoffending)' },
                { id: 'ogp', label: 'OGP (non-violent reoffending)' },
                { id: 'osp-c', label: 'OSP/C (sexual reoffending, contact)' },
                { id: 'osp-i', label: 'OSP/I (sexual reoffending, images)' },
                { id: 'rsr', label: 'RSR (serious reoffending)' },
                { id: 'other', label: 'Another predictor' },
              ],
            },
            {
              kind: 'number',
              id: 'score',
              prompt: 'Score',
              guidance: 'As a percentage likelihood where the predictor gives one.',
              min: 0,
              max: 100,
              step: 0.1,
              unit: '%',
            },
            {
              kind: 'singleChoice',
              id: 'band',
              prompt: 'Band',
              options: [
                { id: 'low', label: 'Low' },
                { id: 'medium', label: 'Medium' },
                { id: 'high', label: 'High' },
                { id: 'very-high', label: 'Very high' },
              ],
            },
            { kind: 'shortText', id: 'source', prompt: 'Where the score comes from', maxLength: 200 },
          ],
        },
        {
          kind: 'longText',
          id: 'predictors-use',
          prompt: 'How do the scores inform, and not replace, your judgement of the risk of serious harm?',
          showWhen: { '==': [answer('predictors-available'), 'yes'] },
          required: true,
          suggestedWords: { min: 20, max: 150 },
        },
      ],
    },
    {
      id: 'review',
      title: 'Review after new information',
      description:
        'When new information arrives (a reply, a police report, a change in the person’s life), record what it was, what it changed, and what you did.',
      items: [
        {
          kind: 'singleChoice',
          id: 'new-information-arrived',
          prompt: 'Has new information arrived since you first made this assessment?',
          required: true,
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
        {
          kind: 'repeatingGroup',
          id: 'reviews',
          prompt: 'Reviews',
          rowLabel: 'Review',
          showWhen: { '==': [answer('new-information-arrived'), 'yes'] },
          required: true,
          maxRows: 12,
          items: [
            { kind: 'date', id: 'date', prompt: 'When it arrived', required: true },
            {
              kind: 'longText',
              id: 'new-information',
              prompt: 'What new information arrived?',
              required: true,
              suggestedWords: { min: 10, max: 150 },
            },
            {
              kind: 'longText',
              id: 'what-changed',
              prompt: 'What changed in your assessment, rating by rating, or why nothing did',
              required: true,
              suggestedWords: { min: 10, max: 200 },
            },
            {
              kind: 'longText',
              id: 'what-you-did',
              prompt: 'What did you do (plan changes, referrals, who you told, and when)?',
              required: true,
              suggestedWords: { min: 10, max: 200 },
            },
          ],
        },
      ],
    },
    {
      id: 'oversight',
      title: 'Management oversight',
      items: [
        {
          kind: 'yesNoUnknown',
          id: 'oversight-sought',
          prompt: 'Have you discussed this assessment with your practice tutor or manager?',
          required: true,
        },
        {
          kind: 'singleChoice',
          id: 'oversight-who',
          prompt: 'With whom?',
          showWhen: { '==': [answer('oversight-sought'), 'yes'] },
          required: true,
          options: [
            { id: 'practice-tutor', label: 'My practice tutor assessor' },
            { id: 'manager', label: 'My senior probation officer or line manager' },
            { id: 'duty-manager', label: 'A duty or other manager' },
            { id: 'colleague', label: 'An experienced colleague' },
          ],
        },
        {
          kind: 'date',
          id: 'oversight-date',
          prompt: 'When?',
          showWhen: { '==': [answer('oversight-sought'), 'yes'] },
          required: true,
        },
        {
          kind: 'longText',
          id: 'oversight-outcome',
          prompt: 'What was the outcome? What did you agree, and what changed?',
          showWhen: { '==': [answer('oversight-sought'), 'yes'] },
          required: true,
          suggestedWords: { min: 10, max: 150 },
        },
        {
          kind: 'longText',
          id: 'oversight-plan',
          prompt: 'When will you discuss it, and with whom?',
          showWhen: { in: [answer('oversight-sought'), ['no', 'unknown']] },
          suggestedWords: { min: 5, max: 100 },
        },
      ],
    },
  ],
  rules: [
    {
      id: 'known-adult-low-with-callouts',
      severity: 'question',
      // Call-outs where the person was the alleged victim say nothing about the harm they might cause.
      when: {
        and: [perpetratorCallouts, { '==': [communityCell('known-adult'), 'low'] }],
      },
      message:
        'The case file records police call-outs for domestic abuse with the person as the alleged perpetrator. What in the evidence supports low rather than medium or high for the known adult?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'children-low-with-household-risk',
      severity: 'question',
      when: {
        and: [
          { '==': [{ var: 'case.facts.childrenInHousehold' }, true] },
          perpetratorCallouts,
          { '==': [communityCell('children'), 'low'] },
        ],
      },
      message:
        'Children live in a household where police have attended for domestic abuse by the person. What makes you confident the risk to them is low?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'children-screened-in-rated-low',
      severity: 'question',
      when: {
        and: [{ '==': [answer('screen-children'), 'yes'] }, { '==': [communityCell('children'), 'low'] }],
      },
      message:
        'Your screening says the person’s behaviour could harm a child, yet the risk to children is rated low. What explains the difference?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'da-screened-in-known-adult-low',
      severity: 'question',
      when: {
        and: [
          { '==': [answer('screen-domestic-abuse'), 'yes'] },
          { '==': [communityCell('known-adult'), 'low'] },
        ],
      },
      message:
        'Your screening found domestic abuse, yet the risk to a known adult is rated low. Who was abused, is that relationship over, and what tells you serious harm to them or a future partner is unlikely?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
    },
    {
      id: 'da-screened-out-with-callouts',
      severity: 'question',
      when: {
        and: [perpetratorCallouts, { in: [answer('screen-domestic-abuse'), ['no', 'unknown']] }],
      },
      message:
        'The case file holds police call-outs for domestic abuse with the person as the alleged perpetrator, yet the screening says no or not known. Domestic abuse counts whether or not it led to a conviction: what do the call-outs tell you?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-domestic-abuse' },
    },
    {
      // Per group, not on the overall level: a low rating for the known adult needs the police check even when
      // another group is rated higher. With the enquiries log in the attempt, its own rules ask this.
      id: 'known-adult-low-without-da-enquiry',
      severity: 'warning',
      when: {
        and: [
          briefEnquiries,
          { '==': [communityCell('known-adult'), 'low'] },
          { '!=': [answer('da-status'), 'received'] },
        ],
      },
      message:
        'You have rated the risk to a known adult low without a reply to a police domestic abuse enquiry. What would the rating be if the reply showed call-outs, and is low defensible until you know?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'da-status' },
    },
    {
      id: 'children-low-without-safeguarding-enquiry',
      severity: 'warning',
      when: {
        and: [
          briefEnquiries,
          { '==': [communityCell('children'), 'low'] },
          { '!=': [answer('safeguarding-status'), 'received'] },
        ],
      },
      message:
        'You have rated the risk to children low without a reply from children’s social care. How do you know which children the person is in contact with, and whether any are known to them?',
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
