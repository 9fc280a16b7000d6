import type { JsonLogic } from '../logic-schema';
import type { Section, Template, TemplateItem } from '../schema';
import { PRACTICE_NOTICE, inUseMarker } from './common';
import {
  answerVar,
  countAnswered,
  countEqual,
  labelOf,
  listWhere,
  yesNoOptions,
  type Labelled,
} from './strengths-needs-logic';

/**
 * Strengths and needs assessment, modelled on the nine areas of the newer national approach to assessment,
 * in our own words. Eight need areas each end the same way: the person's
 * own answer about change, then the practitioner's analysis (strengths, link to serious harm, link to
 * reoffending) and a computed summary. Offence analysis is the ninth area; it feeds the risk of serious harm
 * analysis rather than the plan, so it has no question about change.
 *
 * Other templates read this one: the sentence plan suggests the areas linked to harm or reoffending
 * (`answers.strengths-needs.<area>-harm` / `-reoffending`, `computed.strengths-needs.<area>-summary`), and the
 * risk management plan can list them as risk factors to answer.
 */

const templateId = 'strengths-needs';
const answer = (itemId: string): JsonLogic => answerVar(templateId, itemId);

const notKnown = { id: 'not-known', label: 'Not known' };

/** The person's own answer about change, a stages-of-change style scale. */
export const motivationOptions = [
  { id: 'made-changes', label: 'I have already made positive changes and want to keep them up' },
  { id: 'making-changes', label: 'I am making changes now' },
  { id: 'want-know-how', label: 'I want to make changes and I know how to' },
  { id: 'want-need-help', label: 'I want to make changes but I need help' },
  { id: 'thinking', label: 'I am thinking about making changes' },
  { id: 'not-want', label: 'I do not want to make changes' },
  { id: 'not-answer', label: 'I do not want to answer' },
  {
    id: 'not-applicable',
    label: 'Not present or not applicable',
    description: 'The person was not there to answer, or this area does not apply to them.',
  },
];

/** Short third-person forms of the motivation answers, for summaries and other templates. */
export const motivationSummaryLabels: Labelled[] = [
  { id: 'made-changes', label: 'has already made changes and wants to keep them up' },
  { id: 'making-changes', label: 'is making changes now' },
  { id: 'want-know-how', label: 'wants to change and knows how' },
  { id: 'want-need-help', label: 'wants to change but needs help' },
  { id: 'thinking', label: 'is thinking about changing' },
  { id: 'not-want', label: 'does not want to change' },
  { id: 'not-answer', label: 'did not want to answer' },
  { id: 'not-applicable', label: 'was not present, or this area does not apply' },
];

/** Motivation answers that say the person wants change, is making it or is considering it. */
export const motivationTowardsChange = [
  'made-changes',
  'making-changes',
  'want-know-how',
  'want-need-help',
  'thinking',
];

/** The eight need areas (the newer sentence plan offers the same eight), in the assessment's order. */
export const strengthsNeedsAreas: Labelled[] = [
  { id: 'accommodation', label: 'Accommodation' },
  { id: 'employment-education', label: 'Employment and education' },
  { id: 'finances', label: 'Finances' },
  { id: 'alcohol', label: 'Alcohol use' },
  { id: 'drugs', label: 'Drug use' },
  { id: 'health', label: 'Health and wellbeing' },
  { id: 'relationships', label: 'Personal relationships and community' },
  { id: 'thinking', label: 'Thinking, behaviours and attitudes' },
];

/** A three-point behavioural scale (no problems / some / significant, as the older tool scored 0/1/2) plus "not known". */
function scale(
  id: string,
  prompt: string,
  labels: [noProblems: string, someProblems: string, significantProblems: string],
  guidance?: string,
): TemplateItem {
  return {
    kind: 'singleChoice',
    id,
    prompt,
    ...(guidance ? { guidance } : {}),
    required: true,
    options: [
      { id: 'no-problems', label: labels[0] },
      { id: 'some-problems', label: labels[1] },
      { id: 'significant-problems', label: labels[2] },
      notKnown,
    ],
  };
}

/** A "give details" box under a single choice, shown (and then required) for the answers listed. */
function detailsFor(forId: string, prompt: string, when: readonly string[], guidance?: string): TemplateItem {
  return {
    kind: 'longText',
    id: `${forId}-details`,
    prompt,
    ...(guidance ? { guidance } : {}),
    showWhen: when.length === 1 ? { '==': [answer(forId), when[0]!] } : { in: [answer(forId), [...when]] },
    required: true,
    suggestedWords: { min: 10, max: 150 },
  };
}

/** A "give details" box under a multiple choice, shown (and then required) when any listed option is ticked. */
function detailsForAny(
  forId: string,
  prompt: string,
  when: readonly string[],
  guidance?: string,
): TemplateItem {
  return {
    kind: 'longText',
    id: `${forId}-details`,
    prompt,
    ...(guidance ? { guidance } : {}),
    showWhen:
      when.length === 1
        ? { in: [when[0]!, answer(forId)] }
        : { or: when.map((id) => ({ in: [id, answer(forId)] })) },
    required: true,
    suggestedWords: { min: 10, max: 150 },
  };
}

/**
 * The questions a section summary counts: the required ones, each only while it is shown (a "give details" box
 * counts once its answer calls for it). Hidden answers read as null, so they never count as answered.
 */
function progressText(items: readonly TemplateItem[]): JsonLogic[] {
  const counted = items.filter(
    (item) => item.kind !== 'guidance' && item.kind !== 'computed' && item.required === true,
  );
  return [
    'Answered ',
    countAnswered(counted.map((item) => answer(item.id))),
    ' of ',
    { '+': counted.map((item) => (item.showWhen === undefined ? 1 : { if: [item.showWhen, 1, 0] })) },
    ' questions.',
  ];
}

interface NeedAreaSpec {
  id: string;
  title: string;
  /** Finishes "Does the person want to make changes to ...?" */
  changeTopic: string;
  description: string;
  items: TemplateItem[];
}

const analysisQuestion = (
  id: string,
  prompt: string,
  detailsPrompt: string,
  guidance: string,
): TemplateItem[] => [
  { kind: 'singleChoice', id, prompt, guidance, required: true, options: yesNoOptions },
  {
    kind: 'longText',
    id: `${id}-details`,
    prompt: detailsPrompt,
    showWhen: { answered: [answer(id)] },
    requiredWhen: { '==': [answer(id), 'yes'] },
    suggestedWords: { min: 20, max: 200 },
  },
];

function needArea(spec: NeedAreaSpec): Section {
  const id = spec.id;
  return {
    id,
    title: spec.title,
    description: spec.description,
    items: [
      ...spec.items,
      {
        kind: 'guidance',
        id: `${id}-change-guidance`,
        title: 'The person’s view, then yours',
        text: 'Ask the next question in the person’s own terms and record the answer they give, even if you see it differently. Your own analysis follows it.',
      },
      {
        kind: 'singleChoice',
        id: `${id}-motivation`,
        prompt: `Does the person want to make changes to ${spec.changeTopic}?`,
        guidance:
          'This is the person’s answer, not your judgement. Choose "Not present or not applicable" if they were not there to answer or the area does not apply to them.',
        required: true,
        options: motivationOptions,
      },
      {
        kind: 'longText',
        id: `${id}-motivation-notes`,
        prompt: 'What did they say about it, in their words?',
        showWhen: { answered: [answer(`${id}-motivation`)] },
        suggestedWords: { min: 5, max: 100 },
      },
      ...analysisQuestion(
        `${id}-strengths`,
        'Are there strengths or protective factors in this area?',
        'What are they, and how could they be built on?',
        'Things that are going well, skills, support, or changes the person has already made. Record strengths as carefully as problems.',
      ),
      ...analysisQuestion(
        `${id}-harm`,
        'Is this area linked to the risk of serious harm?',
        'How is it linked? What is the evidence?',
        'Yes when a problem here makes serious harm to someone more likely or more severe, for example drinking before each assault, or a home shared with a past victim.',
      ),
      ...analysisQuestion(
        `${id}-reoffending`,
        'Is this area linked to the risk of reoffending?',
        'How is it linked? What is the evidence?',
        'Yes when a problem here helps explain why the person offends, or would make further offending more likely.',
      ),
      {
        kind: 'computed',
        id: `${id}-summary`,
        prompt: `Summary: ${spec.title.toLowerCase()}`,
        guidance: 'Worked out from your answers above. Change an answer and the summary follows.',
        expression: {
          cat: [
            ...progressText(spec.items),
            ' The person ',
            labelOf(
              answer(`${id}-motivation`),
              motivationSummaryLabels,
              'has not yet been asked about change',
            ),
            '. Strengths or protective factors: ',
            labelOf(answer(`${id}-strengths`), yesNoOptions, 'not answered'),
            '. Linked to serious harm: ',
            labelOf(answer(`${id}-harm`), yesNoOptions, 'not answered'),
            '. Linked to reoffending: ',
            labelOf(answer(`${id}-reoffending`), yesNoOptions, 'not answered'),
            '.',
          ],
        },
      },
    ],
  };
}

const accommodation = needArea({
  id: 'accommodation',
  title: 'Accommodation',
  changeTopic: 'where they live',
  description:
    'Where the person lives, with whom, and whether it is safe and suitable for them and for others.',
  items: [
    {
      kind: 'singleChoice',
      id: 'acc-type',
      prompt: 'What kind of accommodation does the person have now?',
      required: true,
      options: [
        { id: 'settled-own', label: 'Settled: owns or rents their own home' },
        { id: 'settled-family', label: 'Settled: lives long term with family or friends' },
        { id: 'temporary-friends', label: 'Temporary: staying with family or friends for now' },
        { id: 'approved-premises', label: 'Temporary: approved premises' },
        { id: 'supported', label: 'Temporary: hostel or supported housing' },
        { id: 'provided', label: 'Temporary: housing provided for bail or release' },
        { id: 'rough-sleeping', label: 'None: sleeping rough' },
        { id: 'no-fixed-abode', label: 'None: no fixed address, moving between places' },
        { id: 'custody', label: 'In custody now' },
        notKnown,
      ],
    },
    {
      kind: 'date',
      id: 'acc-end-date',
      prompt: 'When is this accommodation expected to end?',
      guidance: 'Leave blank if nobody knows; say so in the details below.',
      showWhen: {
        in: [answer('acc-type'), ['temporary-friends', 'approved-premises', 'supported', 'provided']],
      },
    },
    {
      kind: 'multiChoice',
      id: 'acc-living-with',
      prompt: 'Who does the person live with?',
      showWhen: { '!': [{ in: [answer('acc-type'), ['rough-sleeping', 'custody']] }] },
      required: true,
      options: [
        { id: 'alone', label: 'Lives alone' },
        { id: 'partner', label: 'A partner' },
        { id: 'own-children', label: 'Their own children' },
        { id: 'other-children', label: 'Other children' },
        { id: 'family', label: 'Parents or other family' },
        { id: 'friends', label: 'Friends' },
        { id: 'other-residents', label: 'Other residents (hostel or approved premises)' },
        notKnown,
      ],
    },
    detailsForAny(
      'acc-living-with',
      'Who are they? Give the ages of any children.',
      ['partner', 'own-children', 'other-children'],
      'Use descriptions, not real names. Children in the household matter for safeguarding checks.',
    ),
    scale('acc-location', 'Is the location suitable?', [
      'Yes, the location is suitable',
      'There are some concerns about the location',
      'No, the location is not suitable',
    ]),
    detailsFor(
      'acc-location',
      'What are the concerns about the location?',
      ['some-problems', 'significant-problems'],
      'For example close to a victim or a school, near old associates, or in an area linked to the person’s drug use.',
    ),
    scale('acc-property', 'Is the property itself suitable?', [
      'Yes, the property is suitable',
      'There are some concerns about the property',
      'No, the property is not suitable',
    ]),
    detailsFor(
      'acc-property',
      'What are the concerns about the property?',
      ['some-problems', 'significant-problems'],
      'For example overcrowding, poor repair, no basic facilities, or others using the home to deal drugs or exploit the person.',
    ),
    {
      kind: 'yesNoUnknown',
      id: 'acc-future',
      prompt: 'Is suitable accommodation arranged for the future?',
      showWhen: {
        '!': [{ in: [answer('acc-type'), ['settled-own', 'settled-family']] }],
      },
      required: true,
    },
    {
      kind: 'longText',
      id: 'acc-future-details',
      prompt: 'What is arranged, or what stands in the way?',
      showWhen: { answered: [answer('acc-future')] },
      requiredWhen: { in: [answer('acc-future'), ['no', 'unknown']] },
      suggestedWords: { min: 10, max: 150 },
    },
    {
      kind: 'longText',
      id: 'acc-history',
      prompt: 'What has helped the person keep a home before, and what led to losing one?',
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

const employmentEducation = needArea({
  id: 'employment-education',
  title: 'Employment and education',
  changeTopic: 'their work, training or education',
  description: 'Work, study and skills, and anything that makes learning harder.',
  items: [
    {
      kind: 'singleChoice',
      id: 'ete-status',
      prompt: 'What is the person’s current work or study?',
      required: true,
      options: [
        { id: 'employed-full-time', label: 'Employed full time' },
        { id: 'employed-part-time', label: 'Employed part time' },
        { id: 'self-employed', label: 'Self-employed' },
        { id: 'casual', label: 'Temporary or casual work' },
        { id: 'education', label: 'In education or training' },
        { id: 'unemployed-looking', label: 'Unemployed and looking for work' },
        { id: 'unemployed-not-looking', label: 'Unemployed and not looking' },
        { id: 'unable', label: 'Unable to work because of illness or disability' },
        { id: 'caring', label: 'Caring for someone full time' },
        { id: 'retired', label: 'Retired' },
        { id: 'custody', label: 'In custody now' },
        notKnown,
      ],
    },
    {
      kind: 'yesNoUnknown',
      id: 'ete-ever-employed',
      prompt: 'Has the person ever been in paid work?',
      showWhen: {
        in: [answer('ete-status'), ['unemployed-looking', 'unemployed-not-looking', 'unable', 'custody']],
      },
      required: true,
    },
    scale('ete-history', 'How would you describe their history of work or study?', [
      'Mostly steady',
      'Periods of work or study with gaps',
      'Little or none, or very unsettled',
    ]),
    {
      kind: 'singleChoice',
      id: 'ete-qualifications',
      prompt: 'Highest qualification',
      required: true,
      options: [
        { id: 'none', label: 'None' },
        { id: 'entry', label: 'Entry level' },
        { id: 'level-1-2', label: 'Level 1 or 2 (for example GCSEs)' },
        { id: 'level-3', label: 'Level 3 (for example A levels)' },
        { id: 'level-4-plus', label: 'Level 4 or above (for example a degree)' },
        notKnown,
      ],
    },
    scale('ete-skills', 'Does the person have skills that would help them find or keep work?', [
      'Yes, relevant skills',
      'Some relevant skills',
      'Few or no relevant skills',
    ]),
    {
      kind: 'multiChoice',
      id: 'ete-basic-skills',
      prompt: 'Does the person find any of these difficult?',
      required: true,
      options: [
        { id: 'reading', label: 'Reading' },
        { id: 'writing', label: 'Writing' },
        { id: 'numbers', label: 'Working with numbers' },
        { id: 'none', label: 'None of these' },
        notKnown,
      ],
    },
    detailsForAny(
      'ete-basic-skills',
      'How does it affect them, and have they had help?',
      ['reading', 'writing', 'numbers'],
      'This also shapes how you write the plan and any letters to the person.',
    ),
    {
      kind: 'longText',
      id: 'ete-experience',
      prompt: 'How does the person talk about school and work?',
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

const finances = needArea({
  id: 'finances',
  title: 'Finances',
  changeTopic: 'how they manage money',
  description: 'Where money comes from and how it is managed, including debt and gambling.',
  items: [
    {
      kind: 'multiChoice',
      id: 'fin-income',
      prompt: 'Where does the person’s money come from?',
      required: true,
      options: [
        { id: 'wages', label: 'Wages' },
        { id: 'benefits', label: 'Benefits' },
        { id: 'disability-benefits', label: 'Disability or sickness benefits' },
        { id: 'pension', label: 'Pension' },
        { id: 'family-friends', label: 'Family or friends' },
        { id: 'partner', label: 'A partner' },
        { id: 'student', label: 'Student finance' },
        { id: 'offending', label: 'Offending, admitted or suspected' },
        { id: 'no-income', label: 'No income' },
        { id: 'other', label: 'Other' },
        notKnown,
      ],
    },
    detailsForAny('fin-income', 'Tell us more about this income.', ['offending', 'other', 'no-income']),
    {
      kind: 'yesNoUnknown',
      id: 'fin-relies-on-others',
      prompt: 'Does the person rely on family or friends for money more than they can sustain?',
      required: true,
    },
    {
      kind: 'yesNoUnknown',
      id: 'fin-bank-account',
      prompt: 'Does the person have their own bank account?',
      required: true,
    },
    {
      kind: 'singleChoice',
      id: 'fin-managing',
      prompt: 'How well does the person manage their money?',
      required: true,
      options: [
        { id: 'strength', label: 'Well: managing money is a strength' },
        { id: 'coping', label: 'They get by, with some difficulty' },
        { id: 'problems', label: 'They have problems managing money' },
        { id: 'causing-problems', label: 'Money problems are causing other problems' },
        notKnown,
      ],
    },
    {
      kind: 'singleChoice',
      id: 'fin-gambling',
      prompt: 'Is the person affected by gambling?',
      required: true,
      options: [
        { id: 'own', label: 'Yes, their own gambling' },
        { id: 'someone-else', label: 'Yes, someone else’s gambling' },
        { id: 'no', label: 'No' },
        notKnown,
      ],
    },
    detailsFor('fin-gambling', 'How does gambling affect them?', ['own', 'someone-else']),
    {
      kind: 'singleChoice',
      id: 'fin-debt',
      prompt: 'Is the person affected by debt?',
      required: true,
      options: [
        { id: 'own', label: 'Yes, their own debt' },
        { id: 'someone-else', label: 'Yes, someone else’s debt' },
        { id: 'no', label: 'No' },
        notKnown,
      ],
    },
    detailsFor(
      'fin-debt',
      'What kind of debt, roughly how much, and is anyone pressing for it?',
      ['own', 'someone-else'],
      'Debts to dealers or other people who offend can be a risk as well as a need.',
    ),
  ],
});

const drugs = needArea({
  id: 'drugs',
  title: 'Drug use',
  changeTopic: 'their drug use',
  description: 'Use of illegal drugs and misuse of prescribed medicine, now and in the past.',
  items: [
    {
      kind: 'yesNoUnknown',
      id: 'drug-ever',
      prompt: 'Has the person ever misused drugs, illegal or prescribed?',
      required: true,
    },
    {
      kind: 'multiChoice',
      id: 'drug-which',
      prompt: 'Which drugs?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      required: true,
      options: [
        { id: 'cannabis', label: 'Cannabis' },
        { id: 'synthetic-cannabinoids', label: 'Synthetic cannabinoids (for example spice)' },
        { id: 'cocaine', label: 'Powder cocaine' },
        { id: 'crack', label: 'Crack cocaine' },
        { id: 'heroin', label: 'Heroin or other opiates' },
        { id: 'substitutes', label: 'Methadone or buprenorphine not prescribed to them' },
        { id: 'benzodiazepines', label: 'Benzodiazepines' },
        { id: 'amphetamines', label: 'Amphetamines' },
        { id: 'ecstasy', label: 'Ecstasy' },
        { id: 'ketamine', label: 'Ketamine' },
        { id: 'prescribed', label: 'Prescribed medicine, misused' },
        { id: 'other', label: 'Other' },
      ],
    },
    {
      kind: 'yesNoUnknown',
      id: 'drug-recent',
      prompt: 'Has the person used any of them in the last six months?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      required: true,
    },
    {
      kind: 'singleChoice',
      id: 'drug-frequency',
      prompt: 'How often, at its most frequent, in the last six months?',
      showWhen: { '==': [answer('drug-recent'), 'yes'] },
      required: true,
      options: [
        { id: 'daily', label: 'Daily' },
        { id: 'weekly', label: 'Weekly' },
        { id: 'occasionally', label: 'Less than weekly' },
        notKnown,
      ],
    },
    {
      kind: 'singleChoice',
      id: 'drug-injected',
      prompt: 'Has the person ever injected drugs?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      required: true,
      options: [
        { id: 'never', label: 'Never' },
        { id: 'past', label: 'In the past' },
        { id: 'current', label: 'Yes, currently' },
        notKnown,
      ],
    },
    detailsFor('drug-injected', 'Which drugs, and when? Has harm reduction been discussed?', [
      'past',
      'current',
    ]),
    {
      kind: 'yesNoUnknown',
      id: 'drug-treatment',
      prompt: 'Is the person receiving treatment for drug use?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      required: true,
    },
    {
      kind: 'multiChoice',
      id: 'drug-effects',
      prompt: 'How has drug use affected the person’s life?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      required: true,
      options: [
        { id: 'behaviour', label: 'Their behaviour, including violence' },
        { id: 'offending', label: 'Their offending (for example stealing to buy drugs)' },
        { id: 'health', label: 'Their physical or mental health' },
        { id: 'relationships', label: 'Their relationships' },
        { id: 'money', label: 'Their money' },
        { id: 'housing-community', label: 'Their housing or community' },
        { id: 'work', label: 'Work or study' },
        { id: 'none', label: 'No effect they or you can see' },
      ],
    },
    {
      kind: 'longText',
      id: 'drug-what-helped',
      prompt: 'What has helped the person stop or cut down before, and what might help now?',
      showWhen: { '==': [answer('drug-ever'), 'yes'] },
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

const alcohol = needArea({
  id: 'alcohol',
  title: 'Alcohol use',
  changeTopic: 'their drinking',
  description: 'How much and how often the person drinks, and what it does to their life and to others.',
  items: [
    {
      kind: 'singleChoice',
      id: 'alc-use',
      prompt: 'Does the person drink alcohol?',
      required: true,
      options: [
        { id: 'never', label: 'Has never drunk alcohol' },
        { id: 'past', label: 'Has drunk, but not in the last three months' },
        { id: 'current', label: 'Has drunk in the last three months' },
        notKnown,
      ],
    },
    {
      kind: 'singleChoice',
      id: 'alc-frequency',
      prompt: 'How often in the last three months?',
      showWhen: { '==': [answer('alc-use'), 'current'] },
      required: true,
      options: [
        { id: 'monthly-or-less', label: 'Once a month or less' },
        { id: 'few-times-month', label: 'Two to four times a month' },
        { id: 'few-times-week', label: 'Two or three times a week' },
        { id: 'most-days', label: 'Four or more times a week' },
        notKnown,
      ],
    },
    {
      kind: 'number',
      id: 'alc-units',
      prompt: 'Units on a typical drinking day',
      guidance:
        'A pint of ordinary strength beer is about 2 units; a 175 ml glass of wine about 2; a bottle of wine about 10.',
      showWhen: { '==': [answer('alc-use'), 'current'] },
      min: 0,
      max: 200,
      unit: 'units',
    },
    {
      kind: 'yesNoUnknown',
      id: 'alc-binge-evidence',
      prompt:
        'Is there evidence, beyond what the person says, of heavy or binge drinking in the last six months?',
      guidance: 'For example police records of drunkenness, a partner’s account, hospital attendances.',
      showWhen: { in: [answer('alc-use'), ['past', 'current']] },
      required: true,
    },
    detailsFor('alc-binge-evidence', 'What is the evidence?', ['yes']),
    {
      kind: 'yesNoUnknown',
      id: 'alc-past-problems',
      prompt: 'Has drinking caused the person problems in the past?',
      showWhen: { in: [answer('alc-use'), ['past', 'current']] },
      required: true,
    },
    detailsFor('alc-past-problems', 'What happened?', ['yes']),
    {
      kind: 'multiChoice',
      id: 'alc-reasons',
      prompt: 'Why does the person drink, as they see it?',
      showWhen: { in: [answer('alc-use'), ['past', 'current']] },
      options: [
        { id: 'social', label: 'To be sociable' },
        { id: 'feelings', label: 'To cope with feelings, memories or pain' },
        { id: 'boredom', label: 'Boredom' },
        { id: 'habit', label: 'Habit or dependence' },
        { id: 'confidence', label: 'For confidence' },
        { id: 'others', label: 'Pressure from other people' },
        { id: 'other', label: 'Another reason' },
      ],
    },
    {
      kind: 'multiChoice',
      id: 'alc-effects',
      prompt: 'How has drinking affected the person’s life?',
      showWhen: { in: [answer('alc-use'), ['past', 'current']] },
      required: true,
      options: [
        { id: 'behaviour', label: 'Their behaviour, including violence' },
        { id: 'offending', label: 'Their offending' },
        { id: 'health', label: 'Their physical or mental health' },
        { id: 'relationships', label: 'Their relationships' },
        { id: 'money', label: 'Their money' },
        { id: 'housing-community', label: 'Their housing or community' },
        { id: 'work', label: 'Work or study' },
        { id: 'none', label: 'No effect they or you can see' },
      ],
    },
    {
      kind: 'longText',
      id: 'alc-what-helped',
      prompt: 'What has helped the person stop or cut down before?',
      showWhen: { in: [answer('alc-use'), ['past', 'current']] },
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

const health = needArea({
  id: 'health',
  title: 'Health and wellbeing',
  changeTopic: 'their health and wellbeing',
  description:
    'Physical and mental health, neurodivergence, and how the person copes. If you are worried about someone’s safety now, act on it at once; in this practice tool, record what you would do in the risk to self assessment.',
  items: [
    {
      kind: 'yesNoUnknown',
      id: 'hw-physical',
      prompt: 'Does the person have any physical health conditions?',
      required: true,
    },
    detailsFor('hw-physical', 'What conditions, and what treatment or medication?', ['yes']),
    {
      kind: 'singleChoice',
      id: 'hw-mental-health',
      prompt: 'Has the person had a diagnosed or documented mental health problem?',
      required: true,
      options: [
        { id: 'ongoing-severe', label: 'Yes, ongoing and severe: it affects daily life a great deal' },
        { id: 'ongoing', label: 'Yes, ongoing' },
        { id: 'past', label: 'In the past only' },
        { id: 'no', label: 'No' },
        notKnown,
      ],
    },
    detailsFor('hw-mental-health', 'What is known, and from whom?', ['ongoing-severe', 'ongoing', 'past']),
    {
      kind: 'singleChoice',
      id: 'hw-treatment',
      prompt: 'Is the person receiving treatment for their mental health?',
      showWhen: { in: [answer('hw-mental-health'), ['ongoing-severe', 'ongoing', 'past']] },
      required: true,
      options: [
        { id: 'current', label: 'Yes, now' },
        { id: 'waiting', label: 'Waiting for treatment' },
        { id: 'past', label: 'In the past' },
        { id: 'never', label: 'Never' },
        notKnown,
      ],
    },
    {
      kind: 'yesNoUnknown',
      id: 'hw-head-injury',
      prompt: 'Has the person had a head injury or illness affecting the brain?',
      required: true,
    },
    {
      kind: 'yesNoUnknown',
      id: 'hw-neurodivergence',
      prompt:
        'Is the person autistic, or do they have ADHD or another neurodivergent condition, diagnosed or suspected?',
      required: true,
    },
    {
      kind: 'yesNoUnknown',
      id: 'hw-learning',
      prompt: 'Does the person have a learning disability or difficulty?',
      required: true,
    },
    {
      kind: 'longText',
      id: 'hw-adjustments',
      prompt: 'What helps the person take part in appointments and programmes?',
      showWhen: {
        or: [
          { '==': [answer('hw-head-injury'), 'yes'] },
          { '==': [answer('hw-neurodivergence'), 'yes'] },
          { '==': [answer('hw-learning'), 'yes'] },
        ],
      },
      required: true,
      suggestedWords: { min: 10, max: 150 },
    },
    scale('hw-coping', 'How does the person cope day to day?', [
      'Copes well',
      'Sometimes struggles',
      'Struggles most days',
    ]),
    {
      kind: 'singleChoice',
      id: 'hw-self-harm',
      prompt: 'Has the person ever self-harmed?',
      required: true,
      options: [
        { id: 'never', label: 'No' },
        { id: 'past', label: 'Yes, in the past' },
        { id: 'current', label: 'Yes, recently or now' },
        notKnown,
      ],
    },
    detailsFor('hw-self-harm', 'What happened, and when?', ['past', 'current']),
    {
      kind: 'singleChoice',
      id: 'hw-suicide',
      prompt: 'Has the person attempted suicide or had thoughts of suicide?',
      required: true,
      options: [
        { id: 'never', label: 'No' },
        { id: 'past', label: 'Yes, in the past' },
        { id: 'current', label: 'Yes, recently or now' },
        notKnown,
      ],
    },
    detailsFor(
      'hw-suicide',
      'What happened, and when?',
      ['past', 'current'],
      'A current concern also belongs in the risk to self assessment, with what has been done and who has been told.',
    ),
    scale('hw-outlook', 'How does the person see their future?', [
      'Mostly hopeful',
      'Mixed',
      'Mostly without hope',
    ]),
    {
      kind: 'longText',
      id: 'hw-good-times',
      prompt: 'What has helped the person through good periods?',
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

const relationships = needArea({
  id: 'relationships',
  title: 'Personal relationships and community',
  changeTopic: 'their relationships',
  description: 'Family, partners, children, friends and belonging, now and growing up.',
  items: [
    {
      kind: 'multiChoice',
      id: 'rel-children',
      prompt: 'Are there children in the person’s life?',
      required: true,
      options: [
        { id: 'lives-with', label: 'Children they live with' },
        { id: 'sees', label: 'Children they do not live with but see' },
        { id: 'no-contact', label: 'Children they have no contact with' },
        { id: 'wants-contact', label: 'Children they want contact with' },
        { id: 'none', label: 'No children in their life' },
        notKnown,
      ],
    },
    detailsForAny(
      'rel-children',
      'Describe each child: age, relationship to the person, and the contact arrangements.',
      ['lives-with', 'sees', 'no-contact', 'wants-contact'],
      'Use descriptions, not real names. Any child here should be covered by the children’s social care enquiry.',
    ),
    {
      kind: 'yesNoUnknown',
      id: 'rel-parenting',
      prompt: 'Does the person have parenting or caring responsibilities for a child?',
      showWhen: {
        or: [{ in: ['lives-with', answer('rel-children')] }, { in: ['sees', answer('rel-children')] }],
      },
      required: true,
    },
    {
      kind: 'singleChoice',
      id: 'rel-status',
      prompt: 'Is the person in an intimate relationship?',
      required: true,
      options: [
        { id: 'living-together', label: 'Yes, living together' },
        { id: 'not-living-together', label: 'Yes, not living together' },
        { id: 'single', label: 'No, single' },
        { id: 'separating', label: 'Separated recently or separating' },
        notKnown,
      ],
    },
    scale('rel-intimate-history', 'How have the person’s intimate relationships gone?', [
      'Mostly stable and respectful',
      'Some instability or conflict',
      'Repeated conflict, control or abuse',
    ]),
    detailsFor('rel-intimate-history', 'What has happened in past relationships? Whose account is this?', [
      'some-problems',
      'significant-problems',
    ]),
    scale('rel-resolving', 'How does the person handle disagreements with a partner or family?', [
      'Talks things through calmly',
      'Sometimes struggles, raising their voice or walking out',
      'Disagreements often turn to threats, control or violence',
    ]),
    scale('rel-family', 'What is the person’s relationship with their family like?', [
      'Positive and supportive',
      'Mixed, with some difficulties',
      'Poor, hostile or no contact',
    ]),
    scale('rel-childhood', 'What was the person’s childhood like?', [
      'Mostly positive',
      'Some difficulties',
      'Serious adversity, for example abuse, neglect or time in care',
    ]),
    {
      kind: 'yesNoUnknown',
      id: 'rel-childhood-behaviour',
      prompt:
        'Did the person have behaviour problems as a child, such as exclusion from school or police contact?',
      required: true,
    },
    scale('rel-belonging', 'Does the person belong to groups or a community that support a settled life?', [
      'Yes, for example faith, sport, volunteering or a supportive network',
      'A little',
      'No, or mainly with people who offend',
    ]),
    {
      kind: 'longText',
      id: 'rel-important-people',
      prompt: 'Who are the important people in the person’s life, and how do they help or hinder?',
      suggestedWords: { min: 10, max: 150 },
    },
  ],
});

/** The thinking, behaviours and attitudes scales, used by the section and by a rule. */
const thinkingScaleIds = [
  'tba-consequences',
  'tba-stability',
  'tba-peer-pressure',
  'tba-problem-solving',
  'tba-others-views',
  'tba-temper',
  'tba-impulsivity',
  'tba-controlling',
  'tba-excuses-crime',
];

const thinking = needArea({
  id: 'thinking',
  title: 'Thinking, behaviours and attitudes',
  changeTopic: 'the way they think and behave',
  description: 'How the person thinks things through, manages feelings, treats others and sees offending.',
  items: [
    scale('tba-consequences', 'Does the person think about the consequences of what they do?', [
      'Yes, usually',
      'Sometimes',
      'Rarely',
    ]),
    scale('tba-stability', 'Is the person’s behaviour steady, or reckless and thrill-seeking?', [
      'Mostly steady',
      'Sometimes reckless',
      'Often reckless or thrill-seeking',
    ]),
    scale('tba-peer-pressure', 'Can the person resist pressure from others?', [
      'Yes, usually',
      'Sometimes',
      'Rarely',
    ]),
    scale('tba-problem-solving', 'Does the person solve problems in a positive way?', [
      'Yes, usually',
      'Sometimes',
      'Rarely',
    ]),
    scale('tba-others-views', 'Does the person understand other people’s views and feelings?', [
      'Yes, usually',
      'Sometimes',
      'Rarely',
    ]),
    scale('tba-temper', 'Does the person manage their temper?', ['Yes, usually', 'Sometimes', 'Rarely']),
    scale('tba-impulsivity', 'Does the person act on impulse?', ['Rarely', 'Sometimes', 'Often']),
    scale(
      'tba-controlling',
      'Does the person use violence, threats or controlling behaviour to get their own way?',
      ['No', 'Sometimes', 'Often'],
    ),
    scale('tba-excuses-crime', 'Does the person excuse, justify or support offending?', [
      'No',
      'Sometimes',
      'Often',
    ]),
    scale('tba-supervision', 'What is the person’s attitude to supervision and to criminal justice staff?', [
      'Willing to engage',
      'Mixed or guarded',
      'Hostile or refuses to engage',
    ]),
    {
      kind: 'yesNoUnknown',
      id: 'tba-staff-safety',
      prompt: 'Are there concerns for the safety of staff?',
      required: true,
    },
    detailsFor('tba-staff-safety', 'What are the concerns, and what precautions are needed?', ['yes']),
    {
      kind: 'yesNoUnknown',
      id: 'tba-sexual-harm',
      prompt: 'Is there any evidence that the person poses a risk of sexual harm?',
      guidance: 'Convictions, allegations, or behaviour that did not lead to a charge.',
      required: true,
    },
    {
      ...scale('tba-sexual-preoccupation', 'Is there evidence of sexual preoccupation?', [
        'No',
        'Some evidence',
        'Clear evidence',
      ]),
      showWhen: { '==': [answer('tba-sexual-harm'), 'yes'] },
    },
    {
      ...scale('tba-offence-related-interests', 'Is there evidence of offence-related sexual interests?', [
        'No',
        'Some evidence',
        'Clear evidence',
      ]),
      showWhen: { '==': [answer('tba-sexual-harm'), 'yes'] },
    },
    {
      ...scale(
        'tba-closeness-children',
        'Is there evidence that the person feels closer emotionally to children than to adults?',
        ['No', 'Some evidence', 'Clear evidence'],
      ),
      showWhen: { '==': [answer('tba-sexual-harm'), 'yes'] },
    },
  ],
});

const offenceElements = [
  { id: 'arson', label: 'Arson' },
  { id: 'domestic-abuse', label: 'Domestic abuse' },
  { id: 'excessive-violence', label: 'Excessive or sadistic violence' },
  { id: 'hostility', label: 'Hostility towards a group (for example race, religion, disability, sexuality)' },
  { id: 'property-damage', label: 'Damage to property' },
  { id: 'sexual', label: 'A sexual element' },
  { id: 'targeted', label: 'A victim chosen on purpose' },
  { id: 'violence-threats', label: 'Violence, threats or coercion' },
  { id: 'weapon', label: 'A weapon' },
  { id: 'none', label: 'None of these' },
];

const offenceItems: TemplateItem[] = [
  {
    kind: 'longText',
    id: 'oa-description',
    prompt: 'Briefly, what happened in the current offence?',
    guidance:
      'A few sentences from the prosecution summary and other records. The full analysis belongs in the risk of serious harm analysis.',
    required: true,
    suggestedWords: { min: 40, max: 200 },
  },
  {
    kind: 'multiChoice',
    id: 'oa-elements',
    prompt: 'Did the offence involve any of these?',
    required: true,
    options: offenceElements,
  },
  {
    kind: 'multiChoice',
    id: 'oa-motivation',
    prompt: 'What seems to have motivated the offence?',
    required: true,
    options: [
      { id: 'addiction', label: 'Addiction or a perceived need (for example money for drugs)' },
      { id: 'pressure', label: 'Pressure from other people' },
      { id: 'emotional-state', label: 'Their emotional state at the time' },
      { id: 'financial', label: 'Money' },
      { id: 'hatred', label: 'Hatred' },
      { id: 'power-control', label: 'Power or control' },
      { id: 'sexual', label: 'Sexual motivation' },
      { id: 'thrill', label: 'Thrill-seeking' },
      { id: 'other', label: 'Something else' },
      notKnown,
    ],
  },
  {
    kind: 'longText',
    id: 'oa-why',
    prompt: 'Why did it happen, as you understand it?',
    required: true,
    suggestedWords: { min: 30, max: 200 },
  },
  {
    kind: 'repeatingGroup',
    id: 'oa-victims',
    prompt: 'Victims',
    guidance: 'One row per victim, described without real names. Leave empty if there was no direct victim.',
    rowLabel: 'Victim',
    maxRows: 20,
    items: [
      {
        kind: 'singleChoice',
        id: 'victim-relationship',
        prompt: 'Relationship to the person',
        required: true,
        options: [
          { id: 'partner', label: 'Partner or ex-partner' },
          { id: 'family', label: 'Other family member' },
          { id: 'known', label: 'Someone they knew' },
          { id: 'stranger', label: 'A stranger' },
          { id: 'worker', label: 'Someone at work (for example police, health or shop staff)' },
          notKnown,
        ],
      },
      {
        kind: 'singleChoice',
        id: 'victim-age',
        prompt: 'Age',
        required: true,
        options: [
          { id: 'child', label: 'Under 18' },
          { id: 'adult', label: '18 to 64' },
          { id: 'older', label: '65 or over' },
          notKnown,
        ],
      },
      {
        kind: 'singleChoice',
        id: 'victim-sex',
        prompt: 'Sex',
        options: [
          { id: 'female', label: 'Female' },
          { id: 'male', label: 'Male' },
          { id: 'other', label: 'Described another way' },
          notKnown,
        ],
      },
    ],
  },
  {
    kind: 'singleChoice',
    id: 'oa-others-involved',
    prompt: 'Was anyone else involved in the offence?',
    required: true,
    options: [
      { id: 'alone', label: 'No, the person acted alone' },
      { id: 'led', label: 'Yes, and the person led' },
      { id: 'followed', label: 'Yes, and the person went along with others' },
      notKnown,
    ],
  },
  scale('oa-impact', 'Does the person recognise the impact on the victims and others?', [
    'Yes',
    'Partly',
    'No',
  ]),
  scale('oa-responsibility', 'Does the person accept responsibility for the offence?', [
    'Yes',
    'Partly, minimising or blaming others',
    'No',
  ]),
  {
    kind: 'yesNoUnknown',
    id: 'oa-pattern',
    prompt: 'Is the offence part of a pattern of offending?',
    required: true,
  },
  detailsFor('oa-pattern', 'What is the pattern?', ['yes']),
  {
    kind: 'yesNoUnknown',
    id: 'oa-escalation',
    prompt: 'Is the offending becoming more frequent, more serious or more planned?',
    required: true,
  },
  detailsFor('oa-escalation', 'What shows the escalation?', ['yes']),
  {
    kind: 'multiChoice',
    id: 'oa-da-perpetrator',
    prompt:
      'Has the person been abusive towards a partner or family member, whether or not it led to a conviction?',
    required: true,
    options: [
      { id: 'partner', label: 'Yes, towards a partner or ex-partner' },
      { id: 'family', label: 'Yes, towards another family member' },
      { id: 'no', label: 'No evidence of this' },
      notKnown,
    ],
  },
  detailsForAny('oa-da-perpetrator', 'What is known, and from which source?', ['partner', 'family']),
  {
    kind: 'multiChoice',
    id: 'oa-da-victim',
    prompt: 'Has the person been a victim of domestic abuse?',
    required: true,
    options: [
      { id: 'partner', label: 'Yes, from a partner or ex-partner' },
      { id: 'family', label: 'Yes, from a family member' },
      { id: 'no', label: 'No evidence of this' },
      notKnown,
    ],
  },
];

const offenceAnalysis: Section = {
  id: 'offence',
  title: 'Offence analysis',
  description: 'The current offence and what it shows about patterns, motives and harm.',
  items: [
    ...offenceItems,
    ...analysisQuestion(
      'offence-harm',
      'Does the offence analysis point to a risk of serious harm?',
      'What in the offence points to it?',
      'Yes when the offence itself, or the pattern it belongs to, shows the person could cause serious harm. Carry this into the risk of serious harm analysis.',
    ),
    {
      kind: 'computed',
      id: 'offence-summary',
      prompt: 'Summary: offence analysis',
      expression: {
        cat: [
          ...progressText(offenceItems),
          ' Points to a risk of serious harm: ',
          labelOf(answer('offence-harm'), yesNoOptions, 'not answered'),
          '.',
        ],
      },
    },
  ],
};

const needSections = [
  accommodation,
  employmentEducation,
  finances,
  alcohol,
  drugs,
  health,
  relationships,
  thinking,
];

const linked = (areaId: string, link: 'harm' | 'reoffending'): JsonLogic => ({
  '==': [answer(`${areaId}-${link}`), 'yes'],
});

/** True when the area is linked to serious harm or to reoffending: what the sentence plan suggests. */
export const areaFlaggedForPlan = (areaId: string): JsonLogic => ({
  or: [
    { '==': [answerVar(templateId, `${areaId}-harm`), 'yes'] },
    { '==': [answerVar(templateId, `${areaId}-reoffending`), 'yes'] },
  ],
});

const overview: Section = {
  id: 'overview',
  title: 'Overview',
  description: 'What the nine areas add up to. The lists below are worked out from your answers.',
  items: [
    {
      kind: 'computed',
      id: 'areas-linked-harm',
      prompt: 'Areas linked to the risk of serious harm',
      expression: listWhere([
        ...strengthsNeedsAreas.map((area) => ({ when: linked(area.id, 'harm'), label: area.label })),
        { when: { '==': [answer('offence-harm'), 'yes'] }, label: 'Offence analysis' },
      ]),
      emptyLabel: 'None marked yet',
    },
    {
      kind: 'computed',
      id: 'areas-linked-reoffending',
      prompt: 'Areas linked to the risk of reoffending',
      expression: listWhere(
        strengthsNeedsAreas.map((area) => ({ when: linked(area.id, 'reoffending'), label: area.label })),
      ),
      emptyLabel: 'None marked yet',
    },
    {
      kind: 'computed',
      id: 'areas-with-strengths',
      prompt: 'Areas with strengths or protective factors',
      expression: listWhere(
        strengthsNeedsAreas.map((area) => ({
          when: { '==': [answer(`${area.id}-strengths`), 'yes'] },
          label: area.label,
        })),
      ),
      emptyLabel: 'None marked yet',
    },
    {
      kind: 'computed',
      id: 'areas-wanting-change',
      prompt: 'Areas where the person wants to change, or is already changing',
      expression: listWhere(
        strengthsNeedsAreas.map((area) => ({
          when: { in: [answer(`${area.id}-motivation`), motivationTowardsChange] },
          label: area.label,
        })),
      ),
      emptyLabel: 'None yet',
    },
    {
      kind: 'computed',
      id: 'plan-areas',
      prompt: 'Areas the sentence plan should consider first',
      guidance:
        'Need areas linked to serious harm or to reoffending. The sentence plan offers these as suggested areas for goals.',
      expression: listWhere(
        strengthsNeedsAreas.map((area) => ({ when: areaFlaggedForPlan(area.id), label: area.label })),
      ),
      emptyLabel: 'None marked yet',
    },
    {
      kind: 'longText',
      id: 'overall-analysis',
      prompt: 'How do the needs connect with each other and with the offending?',
      guidance:
        'For example debt that follows drinking, which follows a relationship ending. Say which needs matter most for keeping people safe, and which strengths the plan can build on.',
      required: true,
      suggestedWords: { min: 80, max: 300 },
    },
  ],
};

const yesForArea = (areaId: string, link: 'harm' | 'reoffending' | 'strengths'): JsonLogic => ({
  '==': [answer(`${areaId}-${link}`), 'yes'],
});
const answeredForAll = (link: 'harm' | 'reoffending' | 'strengths'): JsonLogic => ({
  and: strengthsNeedsAreas.map((area) => ({ answered: [answer(`${area.id}-${link}`)] })),
});
const noneYes = (link: 'harm' | 'reoffending' | 'strengths'): JsonLogic => ({
  '!': [{ or: strengthsNeedsAreas.map((area) => yesForArea(area.id, link)) }],
});

export const strengthsNeeds: Template = {
  format: 1,
  id: templateId,
  version: 1,
  title: 'Strengths and needs assessment',
  description:
    'Work through nine areas of the person’s life with them. In each need area, record their own view of whether they want to change, then your analysis: strengths to build on, and whether the area is linked to serious harm or to reoffending. The areas you link to harm or reoffending are offered to the sentence plan.',
  practiceNotice: PRACTICE_NOTICE,
  sections: [
    {
      id: 'about',
      title: 'About this assessment',
      items: [
        {
          kind: 'guidance',
          id: 'about-guidance',
          title: 'How this assessment works',
          text: 'Much of this assessment is a conversation. Ask in plain words, let the person tell it their way, and check what they say against the case file: where the two differ, note both.\n\nEach need area ends with two parts:\n- the person’s own answer to whether they want to make changes;\n- your analysis: strengths or protective factors, and whether the area is linked to the risk of serious harm or of reoffending.\n\nChoose "Not known" when you do not know yet, and come back when you do.',
        },
        inUseMarker,
        {
          kind: 'singleChoice',
          id: 'person-present',
          prompt: 'Did you complete this assessment with the person?',
          required: true,
          options: [
            { id: 'yes', label: 'Yes, with the person' },
            { id: 'partly', label: 'Partly: some areas from records only' },
            { id: 'no', label: 'No: from records only so far' },
          ],
        },
      ],
    },
    ...needSections,
    offenceAnalysis,
    overview,
  ],
  rules: [
    {
      id: 'no-area-linked-to-reoffending',
      severity: 'question',
      when: { and: [answeredForAll('reoffending'), noneYes('reoffending')] },
      message:
        'No area is marked as linked to reoffending. What, then, explains the offending, and what will the sentence plan work on?',
      sectionRef: { templateId, sectionId: 'overview' },
    },
    {
      id: 'offence-harm-without-area',
      severity: 'question',
      when: {
        and: [{ '==': [answer('offence-harm'), 'yes'] }, answeredForAll('harm'), noneYes('harm')],
      },
      message:
        'Your offence analysis points to a risk of serious harm, but no need area is linked to it. Which parts of the person’s life make that harm more likely?',
      itemRef: { templateId, itemId: 'offence-harm' },
    },
    {
      id: 'addiction-motive-not-linked',
      severity: 'question',
      when: {
        and: [
          { in: ['addiction', answer('oa-motivation')] },
          { '!=': [answer('drugs-reoffending'), 'yes'] },
          { '!=': [answer('alcohol-reoffending'), 'yes'] },
        ],
      },
      message:
        'You describe the offence as driven by addiction or need, yet neither drug nor alcohol use is linked to reoffending. What is the need the offence met?',
      itemRef: { templateId, itemId: 'oa-motivation' },
    },
    {
      id: 'domestic-abuse-relationships-not-harm',
      severity: 'question',
      when: {
        and: [
          {
            or: [
              { in: ['partner', answer('oa-da-perpetrator')] },
              { in: ['family', answer('oa-da-perpetrator')] },
            ],
          },
          { '==': [answer('relationships-harm'), 'no'] },
        ],
      },
      message:
        'The person has been abusive towards a partner or family member, but relationships are not linked to the risk of serious harm. What makes you confident of that?',
      itemRef: { templateId, itemId: 'relationships-harm' },
    },
    {
      id: 'thinking-problems-not-linked',
      severity: 'question',
      when: {
        and: [
          { '>=': [countEqual(thinkingScaleIds.map(answer), 'significant-problems'), 2] },
          { '==': [answer('thinking-reoffending'), 'no'] },
        ],
      },
      message:
        'You record serious difficulties in the way the person thinks and behaves, but do not link them to reoffending. How did those difficulties show in the offence?',
      itemRef: { templateId, itemId: 'thinking-reoffending' },
    },
    {
      id: 'no-strengths-anywhere',
      severity: 'question',
      when: { and: [answeredForAll('strengths'), noneYes('strengths')] },
      message:
        'No area records a strength or protective factor. What has the person done well, or stopped doing, at any point? Desistance builds on what is already there.',
      sectionRef: { templateId, sectionId: 'overview' },
    },
    {
      id: 'linked-but-not-willing',
      severity: 'question',
      when: {
        or: strengthsNeedsAreas.map((area) => ({
          and: [yesForArea(area.id, 'harm'), { '==': [answer(`${area.id}-motivation`), 'not-want'] }],
        })),
      },
      message:
        'The person does not want to change an area you link to serious harm. How will the plans manage that risk meanwhile, and what might build their motivation?',
      sectionRef: { templateId, sectionId: 'overview' },
    },
  ],
};
