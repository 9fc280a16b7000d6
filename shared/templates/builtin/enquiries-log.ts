import type { JsonLogic } from '../logic-schema';
import type { QualityRule } from '../../rules/schema';
import type { Section, Template, TemplateItem } from '../schema';
import { PRACTICE_NOTICE, inUseMarker } from './common';
import { answerVar, computedVar, enquiryStatusOptions, listWhere } from './strengths-needs-logic';

/**
 * Enquiries log: the checks with other agencies an assessment rests on, each with when it was asked, when it was
 * answered, what came back and what it changes (police, children's social care, the proposed address, others).
 * Its rules read the RoSH grid in `rosh-analysis`: a low rating, a proposal or an address judged suitable while
 * a check is outstanding raises a question.
 */

const templateId = 'enquiries-log';
const answer = (itemId: string): JsonLogic => answerVar(templateId, itemId);
const roshCell = (row: string): JsonLogic => ({ var: `answers.rosh-analysis.rosh-grid.${row}.community` });

interface EnquirySpec {
  /** Prefix of the block's item ids. */
  id: string;
  /** Names the enquiry in prompts, e.g. "police domestic abuse enquiry". */
  name: string;
  statusPrompt: string;
  statusGuidance: string;
  outcomePrompt: string;
  showWhen?: JsonLogic;
}

/** The items every enquiry has: status, dates, what came back and what it changes. */
function enquiryBlock(spec: EnquirySpec): TemplateItem[] {
  const status = answer(`${spec.id}-status`);
  const within = (condition: JsonLogic): JsonLogic =>
    spec.showWhen === undefined ? condition : { and: [spec.showWhen, condition] };
  return [
    {
      kind: 'singleChoice',
      id: `${spec.id}-status`,
      prompt: spec.statusPrompt,
      guidance: spec.statusGuidance,
      ...(spec.showWhen === undefined ? {} : { showWhen: spec.showWhen }),
      required: true,
      options: enquiryStatusOptions,
    },
    {
      kind: 'longText',
      id: `${spec.id}-reason`,
      prompt: `Why has the ${spec.name} not been requested?`,
      showWhen: within({ '==': [status, 'not-requested'] }),
      required: true,
      suggestedWords: { min: 10, max: 120 },
    },
    {
      kind: 'date',
      id: `${spec.id}-requested-on`,
      prompt: 'Requested on',
      showWhen: within({ in: [status, ['requested', 'received']] }),
      required: true,
    },
    {
      kind: 'date',
      id: `${spec.id}-received-on`,
      prompt: 'Reply received on',
      showWhen: within({ '==': [status, 'received'] }),
      required: true,
    },
    {
      kind: 'longText',
      id: `${spec.id}-outcome`,
      prompt: spec.outcomePrompt,
      guidance: 'Summarise in your own words; quote the document below where the exact wording matters.',
      showWhen: within({ '==': [status, 'received'] }),
      required: true,
      suggestedWords: { min: 20, max: 200 },
    },
    {
      kind: 'evidenceReference',
      id: `${spec.id}-evidence`,
      prompt: 'Passages from the reply',
      showWhen: within({ '==': [status, 'received'] }),
      maxReferences: 10,
    },
    {
      kind: 'longText',
      id: `${spec.id}-changes`,
      prompt: 'What does it change in your assessment or plans?',
      guidance:
        'Say what you now think differently about, or why nothing changes. A reply that is filed but not used is a common finding in reviews of serious further offences.',
      showWhen: within({ '==': [status, 'received'] }),
      suggestedWords: { min: 20, max: 200 },
    },
  ];
}

const policeDa: EnquirySpec = {
  id: 'police-da',
  name: 'police domestic abuse enquiry',
  statusPrompt: 'Police domestic abuse enquiry',
  statusGuidance:
    'Ask the police what they hold about domestic abuse call-outs and incidents involving the person, as a suspect or a victim. Expected in every case before sentence or at allocation, and again when the person has a new partner or moves.',
  outcomePrompt: 'What did the police hold?',
};

const childrensSocialCare: EnquirySpec = {
  id: 'csc',
  name: 'children’s social care enquiry',
  statusPrompt: 'Children’s social care safeguarding enquiry',
  statusGuidance:
    'Ask whether the person, and any children they live with or see, are known to children’s social care. Expected in every case, and again when the person’s contact with children changes.',
  outcomePrompt: 'What did children’s social care say?',
};

const addressProposed: JsonLogic = { '==': [answer('address-proposed'), 'yes'] };
const childrenAtAddress: JsonLogic = {
  and: [addressProposed, { in: [answer('address-children'), ['yes', 'unknown']] }],
};

const addressPolice: EnquirySpec = {
  id: 'address-police',
  name: 'police check on the address',
  statusPrompt: 'Police check on the address and the people living there',
  statusGuidance: 'Call-outs to the address, and anything known about the main occupier and other residents.',
  outcomePrompt: 'What did the police hold about the address and its residents?',
  showWhen: addressProposed,
};

const addressCsc: EnquirySpec = {
  id: 'address-csc',
  name: 'children’s social care check on the household',
  statusPrompt: 'Children’s social care check on the household at the address',
  statusGuidance: 'Children live at or visit the address, so ask whether the household is known.',
  outcomePrompt: 'What did children’s social care say about the household?',
  showWhen: childrenAtAddress,
};

const fixedEnquiries = [policeDa, childrensSocialCare, addressPolice, addressCsc];

const otherSourceOptions = [
  { id: 'cps', label: 'Prosecution case summary (CPS)' },
  { id: 'previous-assessments', label: 'Previous assessments or reports' },
  { id: 'prison', label: 'Prison or custody records' },
  { id: 'health', label: 'Health or mental health services' },
  { id: 'housing', label: 'Housing provider' },
  { id: 'marac', label: 'MARAC (domestic abuse risk conference)' },
  { id: 'mappa', label: 'MAPPA coordinator' },
  { id: 'youth-justice', label: 'Youth justice service' },
  { id: 'other', label: 'Someone else' },
];

/** An enquiry that is expected here and has not been answered: not requested, or requested and awaited. */
const outstanding = (spec: EnquirySpec): JsonLogic => {
  const condition = { in: [answer(`${spec.id}-status`), ['not-requested', 'requested']] };
  return spec.showWhen === undefined ? condition : { and: [spec.showWhen, condition] };
};
const otherRowPending: JsonLogic = {
  some: [
    answer('other-enquiries'),
    {
      and: [
        { answered: [{ var: 'values.requested-on' }] },
        { '!': [{ answered: [{ var: 'values.received-on' }] }] },
      ],
    },
  ],
};
const anyOutstanding: JsonLogic = { or: [...fixedEnquiries.map(outstanding), otherRowPending] };

const sections: Section[] = [
  {
    id: 'about',
    title: 'About this log',
    items: [
      {
        kind: 'guidance',
        id: 'about-guidance',
        title: 'Why the checks matter',
        text: 'An assessment is only as good as the information it rests on. Record every check you make: when you asked, when the reply came, what it said and what it changes.\n\nA check that has been asked but not answered is not a clear check. If you rate a risk or make a proposal before the reply comes, say so, and say what you will do if the reply changes the picture.',
      },
      inUseMarker,
    ],
  },
  {
    id: 'police-da',
    title: 'Police domestic abuse information',
    items: enquiryBlock(policeDa),
  },
  {
    id: 'childrens-social-care',
    title: 'Children’s social care',
    items: [
      ...enquiryBlock(childrensSocialCare),
      {
        kind: 'singleChoice',
        id: 'csc-involvement',
        prompt: 'How are children’s social care involved?',
        showWhen: { '==': [answer('csc-status'), 'received'] },
        required: true,
        options: [
          { id: 'not-known', label: 'Not known to them' },
          { id: 'past', label: 'Known in the past, no current involvement' },
          { id: 'early-help', label: 'Early help' },
          { id: 'child-in-need', label: 'Child in need plan' },
          { id: 'child-protection', label: 'Child protection plan' },
          { id: 'looked-after', label: 'A child is looked after by the local authority' },
        ],
      },
    ],
  },
  {
    id: 'proposed-address',
    title: 'Proposed address',
    description: 'An address proposed for bail, a community order, release, or a move during supervision.',
    items: [
      {
        kind: 'singleChoice',
        id: 'address-proposed',
        prompt: 'Is an address proposed?',
        required: true,
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No, the person is staying where they are' },
          { id: 'not-yet', label: 'Not yet known' },
        ],
      },
      {
        kind: 'shortText',
        id: 'address-description',
        prompt: 'Describe the address',
        guidance:
          'For example "a two-bedroom flat in the town centre". Fictional cases only: never a real address.',
        showWhen: addressProposed,
        required: true,
        maxLength: 200,
      },
      {
        kind: 'singleChoice',
        id: 'address-occupier',
        prompt: 'Who is the main occupier?',
        showWhen: addressProposed,
        required: true,
        options: [
          { id: 'the-person', label: 'The person themself' },
          { id: 'partner', label: 'A partner' },
          { id: 'parent', label: 'A parent' },
          { id: 'family', label: 'Other family' },
          { id: 'friend', label: 'A friend' },
          { id: 'provider', label: 'A landlord, hostel or housing provider' },
          { id: 'other', label: 'Someone else' },
        ],
      },
      {
        kind: 'longText',
        id: 'address-residents',
        prompt: 'Who lives at the address, children included?',
        guidance: 'Everyone who lives there or stays often, with their ages and how they know the person.',
        showWhen: addressProposed,
        required: true,
        suggestedWords: { min: 10, max: 150 },
      },
      {
        kind: 'yesNoUnknown',
        id: 'address-children',
        prompt: 'Do children live at, or often visit, the address?',
        showWhen: addressProposed,
        required: true,
      },
      {
        kind: 'singleChoice',
        id: 'occupier-spoken-to',
        prompt: 'Have you spoken to the main occupier without the person there?',
        showWhen: { and: [addressProposed, { '!=': [answer('address-occupier'), 'the-person'] }] },
        required: true,
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'not-yet', label: 'Not yet' },
        ],
      },
      {
        kind: 'date',
        id: 'occupier-spoken-on',
        prompt: 'When did you speak to them?',
        showWhen: { and: [addressProposed, { '==': [answer('occupier-spoken-to'), 'yes'] }] },
        required: true,
      },
      {
        kind: 'longText',
        id: 'occupier-outcome',
        prompt: 'What did the occupier tell you, and do they agree to the person living there?',
        showWhen: { and: [addressProposed, { '==': [answer('occupier-spoken-to'), 'yes'] }] },
        required: true,
        suggestedWords: { min: 10, max: 150 },
      },
      {
        kind: 'singleChoice',
        id: 'home-visit',
        prompt: 'Home visit',
        showWhen: addressProposed,
        required: true,
        options: [
          { id: 'done', label: 'Done' },
          { id: 'planned', label: 'Planned' },
          { id: 'not-planned', label: 'Not planned' },
        ],
      },
      ...enquiryBlock(addressPolice),
      ...enquiryBlock(addressCsc),
      {
        kind: 'singleChoice',
        id: 'address-suitability',
        prompt: 'Is the address suitable?',
        showWhen: addressProposed,
        required: true,
        options: [
          { id: 'suitable', label: 'Suitable' },
          { id: 'not-suitable', label: 'Not suitable' },
          { id: 'undecided', label: 'Not decided yet' },
        ],
      },
      {
        kind: 'longText',
        id: 'address-reasons',
        prompt: 'Why? Who could be at risk there, and from whom?',
        showWhen: {
          and: [addressProposed, { in: [answer('address-suitability'), ['suitable', 'not-suitable']] }],
        },
        required: true,
        suggestedWords: { min: 30, max: 200 },
      },
    ],
  },
  {
    id: 'other-sources',
    title: 'Other sources',
    items: [
      {
        kind: 'repeatingGroup',
        id: 'other-enquiries',
        prompt: 'Other information requested',
        guidance:
          'The prosecution case summary, previous assessments, prison records, health, housing, MARAC or MAPPA: one row for each request.',
        rowLabel: 'Enquiry',
        maxRows: 30,
        items: [
          {
            kind: 'singleChoice',
            id: 'source',
            prompt: 'Source',
            required: true,
            options: otherSourceOptions,
          },
          {
            kind: 'shortText',
            id: 'source-name',
            prompt: 'Who was asked?',
            showWhen: { '==': [{ var: 'row.source' }, 'other'] },
            required: true,
            maxLength: 200,
          },
          { kind: 'date', id: 'requested-on', prompt: 'Requested on', required: true },
          { kind: 'date', id: 'received-on', prompt: 'Reply received on' },
          {
            kind: 'longText',
            id: 'outcome',
            prompt: 'What came back?',
            showWhen: { answered: [{ var: 'row.received-on' }] },
            required: true,
            suggestedWords: { min: 10, max: 200 },
          },
          {
            kind: 'longText',
            id: 'what-it-changes',
            prompt: 'What does it change in your assessment or plans?',
            showWhen: { answered: [{ var: 'row.received-on' }] },
            suggestedWords: { min: 10, max: 200 },
          },
        ],
      },
    ],
  },
  {
    id: 'summary',
    title: 'Outstanding checks and follow-up',
    items: [
      {
        kind: 'computed',
        id: 'outstanding',
        prompt: 'Checks still outstanding',
        guidance: 'Not requested, or requested with no reply yet. Worked out from your answers.',
        expression: listWhere([
          ...fixedEnquiries.map((spec) => ({ when: outstanding(spec), label: spec.statusPrompt })),
          { when: otherRowPending, label: 'Other sources (see the list)' },
        ]),
        emptyLabel: 'None: every check recorded here has a reply',
      },
      {
        kind: 'computed',
        id: 'any-outstanding',
        prompt: 'Is anything outstanding?',
        expression: anyOutstanding,
        valueLabels: { true: 'Yes', false: 'No' },
      },
      {
        kind: 'longText',
        id: 'follow-up',
        prompt:
          'How are you following up what is outstanding, and what will you do if a reply changes the picture?',
        showWhen: computedVar(templateId, 'any-outstanding'),
        required: true,
        suggestedWords: { min: 20, max: 200 },
      },
    ],
  },
  {
    id: 'decisions',
    title: 'Decisions',
    items: [
      {
        kind: 'singleChoice',
        id: 'proposal-made',
        prompt: 'Have you made a proposal or recommendation that rests on these checks?',
        required: true,
        options: [
          { id: 'none', label: 'No, not yet' },
          { id: 'sentence-proposal', label: 'A sentencing proposal to the court' },
          { id: 'address-approved', label: 'Approval of an address' },
          { id: 'release', label: 'A recommendation about release' },
          { id: 'other', label: 'Another decision' },
        ],
      },
      {
        kind: 'date',
        id: 'proposal-date',
        prompt: 'Made on',
        showWhen: {
          in: [answer('proposal-made'), ['sentence-proposal', 'address-approved', 'release', 'other']],
        },
        required: true,
      },
      {
        kind: 'longText',
        id: 'proposal-details',
        prompt: 'What did you propose, and what did you know when you did?',
        showWhen: {
          in: [answer('proposal-made'), ['sentence-proposal', 'address-approved', 'release', 'other']],
        },
        required: true,
        suggestedWords: { min: 30, max: 200 },
      },
    ],
  },
];

const replyNotUsed = (spec: EnquirySpec): QualityRule => ({
  id: `${spec.id}-reply-not-used`,
  severity: 'question',
  when: {
    and: [
      ...(spec.showWhen === undefined ? [] : [spec.showWhen]),
      { '==': [answer(`${spec.id}-status`), 'received'] },
      { '!': [{ answered: [answer(`${spec.id}-changes`)] }] },
    ],
  },
  message: `The reply to the ${spec.name} is in. What does it change in your assessment or plans, or why does it change nothing?`,
  itemRef: { templateId, itemId: `${spec.id}-changes` },
});

const repliedBeforeAsked = (spec: EnquirySpec): JsonLogic => ({
  and: [
    { answered: [answer(`${spec.id}-requested-on`)] },
    { answered: [answer(`${spec.id}-received-on`)] },
    { '<': [answer(`${spec.id}-received-on`), answer(`${spec.id}-requested-on`)] },
  ],
});

const rules: QualityRule[] = [
  {
    id: 'known-adult-low-while-da-outstanding',
    severity: 'question',
    when: {
      and: [{ '==': [roshCell('known-adult'), 'low'] }, outstanding(policeDa)],
    },
    message:
      'You rate the risk to a known adult low in the community while the police domestic abuse enquiry is outstanding. What would the rating be if the reply showed call-outs, and is low defensible until you know?',
    itemRef: { templateId, itemId: 'police-da-status' },
  },
  {
    id: 'children-low-while-csc-outstanding',
    severity: 'question',
    when: {
      and: [{ '==': [roshCell('children'), 'low'] }, outstanding(childrensSocialCare)],
    },
    message:
      'You rate the risk to children low in the community before children’s social care have replied. How do you know which children the person is in contact with?',
    itemRef: { templateId, itemId: 'csc-status' },
  },
  {
    id: 'proposal-while-outstanding',
    severity: 'question',
    when: {
      and: [
        { in: [answer('proposal-made'), ['sentence-proposal', 'address-approved', 'release', 'other']] },
        anyOutstanding,
      ],
    },
    message:
      'You made a proposal while checks were still outstanding. What would you tell the court or the decision-maker if a reply changed the picture, and could the proposal have waited?',
    itemRef: { templateId, itemId: 'proposal-made' },
  },
  {
    id: 'address-suitable-while-checks-outstanding',
    severity: 'question',
    when: {
      and: [
        addressProposed,
        { '==': [answer('address-suitability'), 'suitable'] },
        {
          or: [
            outstanding(addressPolice),
            outstanding(addressCsc),
            { '!=': [answer('home-visit'), 'done'] },
            { '==': [answer('occupier-spoken-to'), 'not-yet'] },
          ],
        },
      ],
    },
    message:
      'You judge the address suitable before every check on it is complete. What could the outstanding checks, the home visit or the occupier tell you that would change that?',
    itemRef: { templateId, itemId: 'address-suitability' },
  },
  {
    id: 'children-in-life-without-csc-enquiry',
    severity: 'question',
    when: {
      and: [
        {
          or: ['lives-with', 'sees', 'wants-contact'].map((option) => ({
            in: [option, { var: 'answers.strengths-needs.rel-children' }],
          })),
        },
        { '==': [answer('csc-status'), 'not-requested'] },
      ],
    },
    message:
      'The strengths and needs assessment records children in the person’s life, but no children’s social care enquiry has been requested. What stops you asking?',
    itemRef: { templateId, itemId: 'csc-status' },
  },
  ...fixedEnquiries.map(replyNotUsed),
  {
    id: 'other-reply-not-used',
    severity: 'question',
    forEachRow: { templateId, itemId: 'other-enquiries' },
    when: {
      and: [
        { answered: [{ var: 'row.received-on' }] },
        { '!': [{ answered: [{ var: 'row.what-it-changes' }] }] },
      ],
    },
    message:
      'A reply has come in from one of your other sources. What does it change in your assessment or plans?',
    itemRef: { templateId, itemId: 'other-enquiries' },
  },
  {
    id: 'reply-dated-before-request',
    severity: 'warning',
    when: {
      or: [
        ...fixedEnquiries.map(repliedBeforeAsked),
        {
          some: [
            answer('other-enquiries'),
            {
              and: [
                { answered: [{ var: 'values.requested-on' }] },
                { answered: [{ var: 'values.received-on' }] },
                { '<': [{ var: 'values.received-on' }, { var: 'values.requested-on' }] },
              ],
            },
          ],
        },
      ],
    },
    message: 'A reply is dated before its request. Which date is right?',
    sectionRef: { templateId, sectionId: 'summary' },
  },
];

export const enquiriesLog: Template = {
  format: 1,
  id: templateId,
  // 2: the occupier check has its date and outcome, and the household at the address is described. Version 1
  // answers are valid as they are.
  version: 2,
  title: 'Enquiries log',
  description:
    'Record the checks your assessment rests on: police domestic abuse information, children’s social care, the proposed address and its occupier, and other sources. For each: when you asked, when the reply came, what it said and what it changes.',
  practiceNotice: PRACTICE_NOTICE,
  sections,
  rules,
};
