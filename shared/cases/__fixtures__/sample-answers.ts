import type { JsonValue } from '../../model/json';

/**
 * Answer fixtures for the case library's tests (and for any test that needs a realistic attempt at a
 * case): for each case, a sound attempt at the four built-in templates, and weak attempts that should make
 * the case's own rules speak. Each function returns a fresh copy.
 *
 * The sound answers are deliberately short: they stand for a defensible attempt (ratings inside the tutor
 * notes' ranges, the enquiries recorded, the plan answering the risks), not for model prose.
 */

export type Answers = Record<string, Record<string, JsonValue>>;

const said = (words: string) => `${words} (practice answer).`;

const noSelfRisk = (): Record<string, JsonValue> =>
  Object.fromEntries(
    ['suicide', 'self-harm', 'coping-custody', 'coping-hostel', 'vulnerability', 'escape', 'control'].map(
      (row) => [row, { current: 'no', previous: 'no' }],
    ),
  );

type Level = 'low' | 'medium' | 'high' | 'very-high';
interface Ratings {
  children: Level;
  public: Level;
  knownAdult: Level;
  staff: Level;
  prisoners?: Level;
  /** Custody column for children, public, known adult and staff; low unless given. */
  custody?: Partial<Record<'children' | 'public' | 'known-adult' | 'staff', Level>>;
}

export function roshGrid(ratings: Ratings): JsonValue {
  const custody = ratings.custody ?? {};
  return {
    children: { community: ratings.children, custody: custody.children ?? 'low' },
    public: { community: ratings.public, custody: custody.public ?? 'low' },
    'known-adult': { community: ratings.knownAdult, custody: custody['known-adult'] ?? 'low' },
    staff: { community: ratings.staff, custody: custody.staff ?? 'low' },
    prisoners: { custody: ratings.prisoners ?? 'low' },
  };
}

/**
 * A complete, valid attempt at the four built-ins with neutral content; each case's sound answer starts
 * here and changes what the case needs. Ratings are medium for the public so that a plan is required.
 */
export function soundBase(): Answers {
  return {
    'rosh-analysis': {
      setting: 'community',
      'assessment-point': 'start',
      'what-happened': said('What happened, from the prosecution summary'),
      'persons-account': said('The person’s own account'),
      'account-versus-evidence': said('Where the account and the records differ, and what that may mean'),
      'victim-relationship': ['stranger'],
      victims: said('Who was harmed and how'),
      motivation: said('What drove the offence and what happened just before'),
      weapon: 'no',
      patterns: said('How this offence fits the history'),
      'previous-offences': [
        {
          rowId: 'prev-000001',
          values: { when: '2019', what: 'An earlier relevant offence', outcome: 'Community order' },
        },
      ],
      'history-analysis': said('Patterns across the history'),
      'custody-history': 'no',
      'screen-serious-violence': 'yes',
      'screen-sexual': 'no',
      'screen-domestic-abuse': 'no',
      'screen-children': 'no',
      'screen-stalking': 'no',
      'screen-custody': 'no',
      'screen-arson': 'no',
      'screen-hate': 'no',
      'screen-custody-offence': 'no',
      'orders-in-force': ['none'],
      'who-at-risk': said('The people at risk and the specific risk to each'),
      'nature-of-harm': said('The harm that is likely and how serious it would be'),
      imminence: said('When the risk is greatest'),
      'risk-factors': [
        {
          rowId: 'risk-000001',
          values: {
            factor: 'The main driver of the risk',
            explanation: said('The evidence for it'),
            groups: ['public'],
          },
        },
      ],
      'protective-factors': said('Strengths and controls'),
      'rosh-grid': roshGrid({ children: 'low', public: 'medium', knownAdult: 'low', staff: 'low' }),
      'level-rationale': said('Why these levels, against the definitions'),
      'self-risk-grid': noSelfRisk(),
      'mappa-category': 'not-eligible',
      'mappa-rationale': said('Why MAPPA does or does not apply'),
      'da-status': 'received',
      'da-requested-on': '2026-10-01',
      'da-received-on': '2026-10-08',
      'da-outcome': said('What the police hold and what it changes'),
      'safeguarding-status': 'received',
      'safeguarding-requested-on': '2026-10-01',
      'safeguarding-received-on': '2026-10-09',
      'safeguarding-outcome': said('What children’s services said and what it changes'),
      'address-status': 'no-address',
      'predictors-available': 'no',
      'new-information-arrived': 'no',
      'oversight-sought': 'yes',
      'oversight-who': 'practice-tutor',
      'oversight-date': '2026-11-18',
      'oversight-outcome': said('What we agreed about the ratings'),
    },
    'risk-management-plan': {
      'key-information': said('Where the person lives, with whom, and on what order'),
      'review-triggers': said('A new relationship, a move, an arrest, missed appointments'),
      'supervision-arrangements': said('Who sees the person, how often and where'),
      'home-visits': 'yes',
      'home-visit-purpose': said('To see the household for myself'),
      agencies: said('The other agencies involved and their roles'),
      controls: ['requirements', 'police-liaison'],
      'controls-detail': said('How the controls are checked'),
      'intervention-types': ['structured-sessions'],
      'interventions-detail': said('The work that will be done'),
      'identified-victims': 'yes',
      victims: [
        {
          rowId: 'vict-000001',
          values: {
            victim: 'The person harmed in the offence',
            'victim-risk': said('The risk to them'),
            measures: said('What protects them'),
            'lead-agency': 'probation',
            'victim-support': 'not-eligible',
          },
        },
      ],
      'victim-safety-detail': said('Who is protected and how'),
      'contingency-lines': [
        {
          rowId: 'cont-000001',
          values: {
            'warning-sign': 'A new arrest or police call-out',
            action: said('Review the risk with my manager and consider enforcement'),
            'response-types': ['review-assessment'],
            'who-role': 'manager',
            'how-quickly': 'same-day',
          },
        },
      ],
      'risk-links': [
        {
          rowId: 'link-000001',
          values: {
            risk: 'risk-000001',
            'plan-parts': ['supervision', 'contingency'],
            how: said('How it is answered'),
          },
        },
      ],
    },
    'sentence-plan': {
      'persons-view': said('What the person wants from the order'),
      strengths: said('Strengths to build on'),
      goals: [
        {
          rowId: 'goal-000001',
          values: {
            goal: 'I will notice when I am getting wound up and step away',
            area: 'thinking',
            'linked-to-harm': 'yes',
            'linked-to-reoffending': 'yes',
            start: 'now',
            target: 'six-months',
            steps: [
              {
                rowId: 'step-000001',
                values: { step: 'Plan the sessions', actor: 'practitioner', status: 'in-progress' },
              },
              {
                rowId: 'step-000002',
                values: { step: 'Attend the sessions', actor: 'the-person', status: 'not-started' },
              },
            ],
            notes: said('What has helped before'),
          },
        },
      ],
      'responsivity-needs': ['none-identified'],
      agreement: 'agrees',
      'review-date': '2027-01-15',
    },
    'reflective-log': {
      subject: 'The rating I found hardest',
      'event-date': '2026-11-20',
      model: 'rolfe',
      'rolfe-what': said('What I decided'),
      'rolfe-so-what': said('What the evidence showed'),
      'rolfe-now-what': said('What I will do next time'),
      decisions: [
        {
          rowId: 'dec-0000001',
          values: {
            decision: 'The overall rating',
            'decision-type': 'risk-rating',
            consulted: ['practice-tutor'],
            reasons: said('The reasons'),
            evidence: said('The evidence'),
          },
        },
      ],
      'do-differently': said('What I would do differently'),
      'supervision-questions': said('What I want to discuss with my tutor'),
    },
  };
}

/** answers[templateId][itemId] = value, on a copy-free answers object (fixtures only). */
function set(answers: Answers, templateId: string, itemId: string, value: JsonValue | undefined): Answers {
  const template = (answers[templateId] ??= {});
  if (value === undefined) delete template[itemId];
  else template[itemId] = value;
  return answers;
}

/** Applies `changes` as `{ 'template-id': { itemId: value | undefined } }`; undefined removes the answer. */
export function withAnswers(
  answers: Answers,
  changes: Record<string, Record<string, JsonValue | undefined>>,
): Answers {
  for (const [templateId, items] of Object.entries(changes))
    for (const [itemId, value] of Object.entries(items)) set(answers, templateId, itemId, value);
  return answers;
}

/** Changes one RoSH grid cell. */
export function withRating(answers: Answers, group: string, setting: string, level: Level): Answers {
  const grid = answers['rosh-analysis']?.['rosh-grid'] as Record<string, Record<string, JsonValue>>;
  grid[group] = { ...grid[group], [setting]: level };
  return answers;
}

/**
 * Risk management plan lines answering the current risks to the person marked in the analysis's short grid:
 * each one is an identified risk the plan must answer (risk-management-plan `unanswered-self-*`).
 */
function selfRiskLines(...areas: string[]): JsonValue {
  return areas.map((area, index) => ({
    rowId: `other-00000${index + 1}`,
    values: {
      source: `self-${area}`,
      'source-plan-parts': ['supervision', 'interventions'],
      'source-how': said(`How the plan answers the ${area} concern`),
    },
  }));
}

type YesNoUnknown = 'yes' | 'no' | 'unknown';
interface SelfRiskArea {
  current: YesNoUnknown;
  previous: YesNoUnknown;
  /** What the concern is and the evidence; the sources and what was done follow from the answers. */
  evidence?: string;
  triggers?: string;
  action?: string;
}

/**
 * A complete "risk to self and other risks" answer: every area given, with the evidence, sources, support plan
 * and action its answers call for. Areas not named are "no" now and in the past.
 */
export function riskToSelfAnswers(
  areas: Partial<Record<string, SelfRiskArea>>,
  linksToHarm: string,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { 'links-to-harm': said(linksToHarm) };
  const all = [
    'suicide',
    'self-harm',
    'coping-custody',
    'coping-hostel',
    'vulnerability',
    'escape',
    'control',
    'breach-of-trust',
  ];
  for (const id of all) {
    const area = areas[id] ?? { current: 'no', previous: 'no' };
    out[`${id}-current`] = area.current;
    out[`${id}-previous`] = area.previous;
    const anyYes = area.current === 'yes' || area.previous === 'yes';
    if (area.evidence) out[`${id}-evidence`] = said(area.evidence);
    if (anyYes) out[`${id}-sources`] = ['person', 'previous-assessments'];
    if (anyYes && (id === 'suicide' || id === 'self-harm')) out[`${id}-support-plan`] = 'previously';
    if (area.triggers) out[`${id}-triggers`] = said(area.triggers);
    if (area.current === 'yes')
      out[`${id}-action`] = said(area.action ?? `What was done about ${id} and who was told`);
  }
  return out;
}

/** Practitioner analysis answers for one need area of the strengths and needs assessment. */
function needArea(
  area: string,
  motivation: string,
  links: { strengths?: string; harm?: string; reoffending?: string },
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { [`${area}-motivation`]: motivation };
  for (const part of ['strengths', 'harm', 'reoffending'] as const) {
    const why = links[part];
    out[`${area}-${part}`] = why ? 'yes' : 'no';
    if (why) out[`${area}-${part}-details`] = said(why);
  }
  return out;
}

/** Danny Rooke's strengths and needs: drugs drive the thefts and the pushes; housing and money follow. */
function rookeStrengthsNeeds(): Record<string, JsonValue> {
  return {
    'person-present': 'yes',
    'acc-type': 'rough-sleeping',
    'acc-living-with': ['alone'],
    'acc-living-with-details': said('Alone in a tent by the river since April'),
    'acc-location': 'significant-problems',
    'acc-location-details': said('Near where he buys and uses; his tent has been taken'),
    'acc-property': 'significant-problems',
    'acc-property-details': said('A tent with no lock, no heating and no address for letters'),
    'acc-future': 'yes',
    'acc-future-details': said('A night shelter bed is offered once he has identification'),
    ...needArea('accommodation', 'want-need-help', {
      reoffending: 'Sleeping rough keeps him near the supply and stealing to eat and use',
    }),
    'ete-status': 'unemployed-not-looking',
    'ete-ever-employed': 'yes',
    'ete-history': 'some-problems',
    'ete-qualifications': 'none',
    'ete-skills': 'some-problems',
    'ete-basic-skills': ['reading', 'writing'],
    'ete-basic-skills-details': said('Asked for the order to be read to him; letters do not reach him'),
    ...needArea('employment-education', 'thinking', {
      strengths: 'Worked as a labourer while stable on methadone',
    }),
    'fin-income': ['benefits', 'offending'],
    'fin-income-details': said('Benefits stopped when he lost his address; theft pays for drugs'),
    'fin-relies-on-others': 'no',
    'fin-bank-account': 'no',
    'fin-managing': 'problems',
    'fin-gambling': 'no',
    'fin-debt': 'own',
    'fin-debt-details': said('Drug debts he will not talk about'),
    ...needArea('finances', 'want-need-help', {
      reoffending: 'No income but theft; no ID, so no bank account or claim',
    }),
    'alc-use': 'past',
    'alc-frequency': 'monthly-or-less',
    'alc-binge-evidence': 'no',
    'alc-past-problems': 'no',
    'alc-effects': ['none'],
    ...needArea('alcohol', 'not-applicable', {}),
    'drug-ever': 'yes',
    'drug-which': ['heroin', 'crack'],
    'drug-recent': 'yes',
    'drug-frequency': 'daily',
    'drug-injected': 'current',
    'drug-injected-details': said('Injects alone; overdosed in March'),
    'drug-treatment': 'yes',
    'drug-effects': ['offending', 'health', 'housing-community'],
    'drug-what-helped': said('A methadone script from 2017 to 2019, when he worked and did not offend'),
    ...needArea('drugs', 'want-need-help', {
      harm: 'The robbery and the pushes came when he was challenged while withdrawing',
      reoffending: 'Almost every theft is to pay for heroin and crack',
    }),
    'hw-physical': 'yes',
    'hw-physical-details': said('An untreated leg infection; left hospital after a head injury'),
    'hw-mental-health': 'ongoing',
    'hw-mental-health-details': said('Low mood and passive thoughts of death, not in treatment'),
    'hw-treatment': 'never',
    'hw-head-injury': 'yes',
    'hw-neurodivergence': 'no',
    'hw-learning': 'no',
    'hw-adjustments': said('Appointments in person through outreach, on a card with a clock face'),
    'hw-coping': 'significant-problems',
    'hw-self-harm': 'never',
    'hw-self-harm-details': said('No self-harm known'),
    'hw-suicide': 'current',
    'hw-suicide-details': said('Says he would not mind not waking up; no plan'),
    'hw-outlook': 'significant-problems',
    ...needArea('health', 'want-know-how', { strengths: 'Wants to see his son again' }),
    'rel-children': ['no-contact', 'wants-contact'],
    'rel-children-details': said('His son Jake, 15, lives with Danny’s mother; phone calls only'),
    'rel-parenting': 'no',
    'rel-status': 'single',
    'rel-intimate-history': 'some-problems',
    'rel-intimate-history-details': said('One argument with a former partner in 2019, no allegation'),
    'rel-resolving': 'some-problems',
    'rel-family': 'some-problems',
    'rel-childhood': 'no-problems',
    'rel-childhood-behaviour': 'no',
    'rel-belonging': 'significant-problems',
    ...needArea('relationships', 'thinking', {
      strengths: 'His mother and his son still want him in their lives',
    }),
    'tba-consequences': 'some-problems',
    'tba-stability': 'some-problems',
    'tba-peer-pressure': 'some-problems',
    'tba-problem-solving': 'some-problems',
    'tba-others-views': 'no-problems',
    'tba-temper': 'some-problems',
    'tba-impulsivity': 'some-problems',
    'tba-controlling': 'no-problems',
    'tba-excuses-crime': 'some-problems',
    'tba-supervision': 'no-problems',
    'tba-staff-safety': 'no',
    'tba-staff-safety-details': said('Calm and apologetic with staff'),
    'tba-sexual-harm': 'no',
    ...needArea('thinking', 'thinking', {}),
    'oa-description': said('Stole from a shop and pushed a security guard who stopped him'),
    'oa-elements': ['violence-threats'],
    'oa-motivation': ['addiction'],
    'oa-why': said('To sell the goods and buy heroin; he was withdrawing when stopped'),
    'oa-victims': [
      {
        rowId: 'victim-000001',
        values: { 'victim-relationship': 'worker', 'victim-age': 'adult', 'victim-sex': 'male' },
      },
    ],
    'oa-others-involved': 'alone',
    'oa-impact': 'some-problems',
    'oa-responsibility': 'no-problems',
    'oa-pattern': 'yes',
    'oa-pattern-details': said('Pushes when challenged while withdrawing: 2012, 2021 and now'),
    'oa-escalation': 'no',
    'oa-escalation-details': said('No escalation since the 2012 robbery'),
    'oa-da-perpetrator': ['no'],
    'oa-da-perpetrator-details': said('One argument in 2019, no allegation'),
    'oa-da-victim': ['no'],
    'offence-harm': 'no',
    'overall-analysis': said(
      'Dependence drives the thefts, the rough sleeping and the risks to Danny himself; a script, a bed and ID come first, and his son is the strength to build on',
    ),
  };
}

/** Craig Deverell's enquiries log: the pre-release replies used, and the checks on 14 Heron Way logged. */
function deverellEnquiries(): Record<string, JsonValue> {
  return {
    'police-da-status': 'received',
    'police-da-requested-on': '2026-06-10',
    'police-da-received-on': '2026-06-24',
    'police-da-outcome': said('Four incidents with his former partner, including a threat to burn the house'),
    'police-da-changes': said(
      'A pattern of abuse when a relationship ends; the known adult row starts at high',
    ),
    'csc-status': 'received',
    'csc-requested-on': '2026-06-10',
    'csc-received-on': '2026-06-30',
    'csc-outcome': said('His own children were on child protection plans because of the abuse'),
    'csc-changes': said('Children’s services must be told of any relationship with a parent'),
    'csc-involvement': 'past',
    'address-proposed': 'yes',
    'address-description': said('14 Heron Way, Orbury: Nicola Grant’s home'),
    'address-occupier': 'partner',
    'address-residents': said(
      'Nicola Grant, the tenant, and her two children, aged 12 and 9; nobody else stays there',
    ),
    'address-children': 'yes',
    'occupier-spoken-to': 'not-yet',
    'home-visit': 'not-planned',
    'address-police-status': 'received',
    'address-police-requested-on': '2026-11-03',
    'address-police-received-on': '2026-11-09',
    'address-police-outcome': said(
      'Nicola and her children, 12 and 9, live there; she was abused by a former partner',
    ),
    'address-police-changes': said('Two children and a past victim at the address he wants to move to'),
    'address-csc-status': 'received',
    'address-csc-requested-on': '2026-11-03',
    'address-csc-received-on': '2026-11-09',
    'address-csc-outcome': said(
      'A child in need plan in 2024; they would not support the move without an assessment',
    ),
    'address-csc-changes': said('The children row rises; the move is not agreed'),
    'address-suitability': 'not-suitable',
    'address-reasons': said('Two children, a mother who may not know his history, and no assessment yet'),
    'follow-up': said('Disclosure to Nicola through the police; children’s services to speak to her first'),
    'proposal-made': 'none',
  };
}

function soundRooke(): Answers {
  return withAnswers(soundBase(), {
    'rosh-analysis': {
      'victim-relationship': ['staff'],
      'custody-history': 'yes',
      'custody-behaviour': said('Short sentences served without violence; detoxed in custody each time'),
      'screen-custody': 'yes',
      'self-risk-grid': undefined,
      'self-risk-evidence': said('Overdose in March, injecting alone, passive thoughts of death, tent taken'),
    },
    'strengths-needs': rookeStrengthsNeeds(),
    'risk-to-self': riskToSelfAnswers(
      {
        suicide: {
          current: 'yes',
          previous: 'yes',
          evidence: 'Passive thoughts of death since his tent was taken; an overdose in March',
          triggers: 'Losing his flat and his mother’s illness; a dangerous local supply now',
          action: 'Naloxone and harm reduction through the recovery service; GP and outreach told',
        },
        vulnerability: {
          current: 'yes',
          previous: 'yes',
          evidence: 'Sleeping rough, his tent taken, injecting alone',
          action: 'Outreach and the night shelter; police told of the theft of his tent',
        },
      },
      'Withdrawal makes him both more likely to push when challenged and more at risk himself',
    ),
    'reflective-log': {
      decisions: decisionsWith({
        decision: 'The missed appointment after the assault was acceptable',
        'decision-type': 'acceptable-absence',
        'absence-reason': 'assaulted',
        alternatives: said('A warning, which would make it harder for him to come back'),
        consulted: ['practice-tutor'],
        reasons: said('He was attacked in his tent the night before and asked outreach to tell us'),
      }),
    },
    'risk-management-plan': {
      'intervention-types': ['substance-misuse', 'accommodation'],
      'other-risk-links': [
        ...(selfRiskLines('suicide', 'vulnerability') as JsonValue[]),
        {
          rowId: 'other-000003',
          values: {
            source: 'needs-drugs',
            'source-plan-parts': ['interventions', 'contingency'],
            'source-how': said('The drug rehabilitation requirement and a script, with a plan if he misses'),
          },
        },
      ],
    },
    'sentence-plan': {
      goals: [
        {
          rowId: 'goal-000001',
          values: {
            goal: 'I will take the shelter bed and get my ID sorted',
            area: 'accommodation',
            'linked-to-harm': 'no',
            'linked-to-reoffending': 'yes',
            start: 'now',
            target: 'custom',
            'target-date': '2026-11-30',
            steps: [
              {
                rowId: 'step-000001',
                values: {
                  step: 'Help with identification',
                  actor: 'practitioner',
                  status: 'in-progress',
                },
              },
              {
                rowId: 'step-000002',
                values: { step: 'Take the shelter bed', actor: 'the-person', status: 'not-started' },
              },
            ],
          },
        },
        {
          rowId: 'goal-000002',
          values: {
            goal: 'I will go to the recovery service and start my script',
            area: 'drugs',
            'related-areas': ['finances', 'health'],
            'linked-to-harm': 'yes',
            'linked-to-reoffending': 'yes',
            start: 'now',
            target: 'three-months',
            steps: [
              {
                rowId: 'step-000003',
                values: {
                  step: 'Remind Danny in person via outreach',
                  actor: 'practitioner',
                  status: 'not-started',
                },
              },
              {
                rowId: 'step-000004',
                values: {
                  step: 'Attend the start appointment',
                  actor: 'the-person',
                  status: 'not-started',
                },
              },
            ],
          },
        },
      ],
      'responsivity-needs': ['literacy', 'physical-health'],
      adjustments: said('Appointments in person through outreach, on a card with a clock face'),
    },
  });
}

/** The sound base's one decision, with an absence or enforcement decision after it. */
function decisionsWith(decision: Record<string, JsonValue>): JsonValue {
  const base = (soundBase()['reflective-log']!['decisions'] as JsonValue[])[0]!;
  return [
    base,
    { rowId: 'dec-0000002', values: { evidence: said('What I knew when I decided'), ...decision } },
  ];
}

export interface WeakAttempt {
  /** What is wrong with it, in a few words. */
  name: string;
  /** Documents released when it is checked: only the start documents, or every document. */
  released: 'start' | 'all';
  answers: () => Answers;
  /** Case rule ids that must speak. */
  fires: string[];
  /** The interview questions asked, in order; without it no interview was held. */
  interviewAsked?: readonly string[];
}

export interface CaseAnswerFixture {
  sound: () => Answers;
  /**
   * Template rules that may still ask a fair question of the sound answer, with the reason. Anything else a
   * template rule says about the sound answer fails the test.
   */
  templateQuestionsAllowed?: Record<string, string>;
  weak: WeakAttempt[];
  /**
   * Other sound attempts: valid choices the sound attempt did not make (another recall type, another way of
   * recording a need). No case rule may speak on them.
   */
  otherSound?: Array<{
    name: string;
    released: 'start' | 'all';
    answers: () => Answers;
    interviewAsked?: readonly string[];
  }>;
}

/** The values of the `index`th decision row of an attempt's reflective log, to change in place (fixtures only). */
function decisionValues(answers: Answers, index: number): Record<string, JsonValue> {
  const rows = answers['reflective-log']!['decisions'] as Array<{ values: Record<string, JsonValue> }>;
  return rows[index]!.values;
}

const domesticAbuseScreen = { 'screen-domestic-abuse': 'yes' };

interface Child {
  child: string;
  age: number;
  relationship: string;
  contact: string;
  knownToCsc?: 'yes' | 'no' | 'unknown';
  cscStatus?: string;
}

/** The analysis's record per child (shown when the screening says a child could be harmed). */
function childRows(...children: Child[]): JsonValue {
  return children.map(({ knownToCsc = 'no', cscStatus, ...child }, index) => ({
    rowId: `child-00000${index + 1}`,
    values: {
      ...child,
      'known-to-csc': knownToCsc,
      ...(knownToCsc === 'yes' ? { 'csc-status': cscStatus ?? 'not-known' } : {}),
    },
  }));
}

/** Ryan Cotter's sound attempt with Leanne and the children rated medium: defensible at the start. */
function cotterAtMedium(): Answers {
  const sound = caseAnswerFixtures['cotter-domestic-abuse']!.sound();
  return withRating(
    withRating(sound, 'children', 'community', 'medium'),
    'known-adult',
    'community',
    'medium',
  );
}

export const caseAnswerFixtures: Record<string, CaseAnswerFixture> = {
  'cotter-domestic-abuse': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          ...domesticAbuseScreen,
          'victim-relationship': ['partner'],
          'screen-children': 'yes',
          'children-concern': said('Kai (7) saw the assault and ran for help; Ava (2) lives in the home'),
          children: childRows(
            { child: 'Kai', age: 7, relationship: 'household', contact: 'lives-with' },
            { child: 'Ava', age: 2, relationship: 'household', contact: 'lives-with' },
          ),
          'rosh-grid': roshGrid({ children: 'high', public: 'low', knownAdult: 'high', staff: 'low' }),
          'mappa-category': 'category-3',
          'mappa-level': 'level-2',
        },
        'risk-management-plan': {
          controls: ['requirements', 'police-liaison', 'mappa', 'marac'],
          'intervention-types': ['accredited-programme', 'substance-misuse'],
        },
      }),
    weak: [
      {
        name: 'the interview never asks where Ryan sleeps or about the children’s day, and rates both medium',
        released: 'start',
        answers: () => cotterAtMedium(),
        interviewAsked: [
          'own-words',
          'neck',
          'children-that-night',
          'still-at-mums',
          'apart-for-now',
          'good-dad',
        ],
        fires: ['interview-return-home-not-uncovered', 'interview-children-routine-not-uncovered'],
      },
      {
        name: 'takes his account, skips the records, rates Leanne medium after the late incident',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'rosh-analysis': {
                'previous-offences': undefined,
                'da-status': 'not-requested',
                'da-reason': said('Not needed'),
                'safeguarding-status': 'requested',
              },
              'risk-management-plan': { 'home-visits': 'no', 'intervention-types': ['structured-sessions'] },
            }),
            'known-adult',
            'community',
            'medium',
          ),
        fires: [
          'recheck-known-adult-community-after-police-incident-november',
          'history-not-analysed',
          'da-reply-not-recorded',
          'safeguarding-reply-not-recorded',
          'no-home-visit',
          'programme-not-in-plan',
        ],
      },
      {
        name: 'Leanne re-rated after the incident, the children left where they were',
        released: 'all',
        answers: () =>
          withRating(
            withRating(soundBase(), 'known-adult', 'community', 'high'),
            'children',
            'community',
            'medium',
          ),
        fires: ['recheck-children-community-after-police-incident-november'],
      },
    ],
    otherSound: [
      {
        name: 'the interview asks where Ryan has slept and about the children’s weekday, and rates both medium',
        released: 'start',
        answers: () => cotterAtMedium(),
        interviewAsked: ['own-words', 'nights-this-week', 'ordinary-weekday', 'school-contact'],
      },
    ],
  },

  'doyle-street-violence': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'assessment-point': 'pre-sentence',
          'victim-relationship': ['stranger', 'child'],
          weapon: 'yes',
          'screen-children': 'yes',
          'children-concern': said(
            'The victim was 17; his brother Tyler (13) is being drawn towards the same group',
          ),
          children: childRows(
            { child: 'The victim', age: 17, relationship: 'victim', contact: 'none' },
            { child: 'His brother Tyler', age: 13, relationship: 'relative', contact: 'lives-with' },
          ),
          'rosh-grid': roshGrid({
            children: 'high',
            public: 'high',
            knownAdult: 'low',
            staff: 'low',
            prisoners: 'medium',
          }),
        },
        'risk-management-plan': {
          controls: ['requirements', 'police-liaison', 'non-contact', 'exclusion-zone'],
        },
        'sentence-plan': {
          'responsivity-needs': ['neurodivergence', 'slcn', 'literacy'],
          adjustments: said('Short sessions with a break, one instruction at a time, and he says it back'),
        },
      }),
    weak: [
      {
        name: 'one punch taken at face value, no weapon, children and the victim forgotten',
        released: 'all',
        answers: () =>
          withRating(
            withRating(
              withAnswers(soundBase(), {
                'rosh-analysis': { weapon: 'no', 'screen-children': 'no' },
                'risk-management-plan': { 'identified-victims': 'no', controls: ['requirements'] },
              }),
              'children',
              'community',
              'low',
            ),
            'public',
            'community',
            'medium',
          ),
        fires: [
          'weapon-not-recognised',
          'children-rated-low',
          'brother-not-screened',
          'recheck-public-community-after-police-arrest-november',
          'recheck-children-community-after-police-arrest-november',
          'victim-not-protected',
          'no-association-limits',
          'adhd-and-language-not-planned',
        ],
      },
    ],
    otherSound: [
      {
        name: 'his difficulty with spoken instructions recorded as a learning difficulty',
        released: 'all',
        answers: () =>
          withAnswers(caseAnswerFixtures['doyle-street-violence']!.sound(), {
            'sentence-plan': {
              'responsivity-needs': ['neurodivergence', 'learning-disability', 'age-maturity'],
            },
          }),
      },
    ],
  },
  'hale-indecent-images': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'victim-relationship': ['child'],
          'screen-serious-violence': 'no',
          'screen-sexual': 'yes',
          'screen-children': 'yes',
          'children-concern': said(
            'His stepdaughter Lily (13) is in the age range of the material; he coached children',
          ),
          children: childRows({
            child: 'His stepdaughter Lily',
            age: 13,
            relationship: 'partners-child',
            contact: 'not-known',
          }),
          'rosh-grid': roshGrid({ children: 'high', public: 'low', knownAdult: 'low', staff: 'low' }),
          'self-risk-grid': { ...noSelfRisk(), suicide: { current: 'yes', previous: 'no' } },
          'self-risk-evidence': said(
            'Thoughts of being better off dead after arrest and after publicity; drinking',
          ),
          'mappa-category': 'category-1',
          'mappa-level': 'level-2',
          'orders-in-force': ['shpo'],
          'orders-detail': said('A sexual harm prevention order for ten years, and notification'),
        },
        'risk-management-plan': {
          controls: ['requirements', 'police-liaison', 'mappa', 'civil-ancillary-orders'],
          'intervention-types': ['accredited-programme', 'mental-health'],
          'other-risk-links': selfRiskLines('suicide'),
        },
      }),
    weak: [
      {
        name: 'only pictures: no sexual screening, no MAPPA, children low, suicide missed',
        released: 'start',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'rosh-analysis': { 'screen-sexual': 'no', 'mappa-category': 'not-eligible' },
              'risk-management-plan': { controls: ['requirements'] },
            }),
            'children',
            'community',
            'low',
          ),
        fires: [
          'sexual-not-screened',
          'mappa-not-category-1',
          'children-rated-low',
          'suicide-not-assessed',
          'police-not-in-plan',
          'prevention-order-not-recorded',
        ],
      },
      {
        name: 'not revisited after the visits and the hidden phone',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'rosh-analysis': {
                'screen-sexual': 'yes',
                'mappa-category': 'category-1',
                'mappa-level': 'level-1',
              },
            }),
            'children',
            'community',
            'medium',
          ),
        fires: ['recheck-children-community-after-social-care-breach-email', 'mappa-level-after-phone'],
      },
    ],
  },
  'rooke-acquisitive': {
    sound: () => soundRooke(),
    templateQuestionsAllowed: {
      'known-adult-low-with-callouts':
        'The file holds one call-out, a 2019 argument with no allegation; the question is fair to ask, and the sound answer explains low in its rationale.',
      'da-screened-out-with-callouts':
        'The same call-out lists him as the alleged perpetrator; screening it out is defensible, but asking what it shows is fair.',
    },
    weak: [
      {
        name: 'a long record rated high, the robbery and Danny’s own risks missed',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'rosh-analysis': { 'previous-offences': undefined },
              'risk-management-plan': { 'intervention-types': ['structured-sessions'] },
            }),
            'public',
            'community',
            'high',
          ),
        fires: [
          'public-rated-high',
          'robbery-not-considered',
          'vulnerability-not-recorded',
          'no-drug-service-in-plan',
          'no-accommodation-objective',
          'literacy-not-planned',
          'suicide-risk-discounted',
        ],
      },
      {
        name: 'staff rated high for one push, years ago',
        released: 'start',
        answers: () => withRating(soundRooke(), 'staff', 'community', 'high'),
        fires: ['staff-rated-high'],
      },
      {
        name: 'suicide recorded as no concern because he denies a plan',
        released: 'start',
        answers: () => {
          const answers = soundRooke();
          answers['risk-to-self']!['suicide-current'] = 'no';
          delete answers['risk-to-self']!['suicide-action'];
          return answers;
        },
        fires: ['suicide-risk-discounted'],
      },
      {
        name: 'literacy recorded, but nothing adapted',
        released: 'start',
        answers: () => withAnswers(soundRooke(), { 'sentence-plan': { adjustments: undefined } }),
        fires: ['literacy-not-planned'],
      },
      {
        name: 'a warning for missing the appointment after the assault',
        released: 'all',
        answers: () =>
          withAnswers(soundRooke(), {
            'reflective-log': {
              decisions: decisionsWith({
                decision: 'First warning for the missed appointment',
                'decision-type': 'warning',
                'absence-reason': 'no-reason',
                alternatives: said('Accepting the absence'),
                consulted: ['practice-tutor'],
                reasons: said('No contact before the appointment'),
              }),
            },
          }),
        fires: ['sanction-after-assault'],
      },
      {
        name: 'no decision about the absence',
        released: 'all',
        answers: () => withAnswers(soundRooke(), { 'reflective-log': { decisions: undefined } }),
        fires: ['missed-appointment-decision'],
      },
    ],
    otherSound: [
      {
        name: 'the absence judged acceptable for another reason recorded, literacy beside a learning difficulty',
        released: 'all',
        answers: () => {
          const answers = withAnswers(soundRooke(), {
            'sentence-plan': { 'responsivity-needs': ['literacy', 'learning-disability', 'physical-health'] },
          });
          decisionValues(answers, 1)['absence-reason'] = 'other';
          return answers;
        },
      },
    ],
  },
  'kerr-arson-trauma': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'assessment-point': 'pre-sentence',
          'victim-relationship': ['acquaintance'],
          'custody-history': 'yes',
          'custody-behaviour': said(
            'Self-harm support plan on remand, a ligature found, one adjudication when restrained',
          ),
          ...domesticAbuseScreen,
          'screen-custody': 'yes',
          'screen-arson': 'yes',
          'rosh-grid': roshGrid({ children: 'low', public: 'medium', knownAdult: 'medium', staff: 'medium' }),
          'self-risk-grid': undefined,
          'self-risk-evidence': said(
            'Cutting on the night and on remand, two overdoses, abuse by her former partner',
          ),
        },
        'risk-to-self': riskToSelfAnswers(
          {
            suicide: {
              current: 'yes',
              previous: 'yes',
              evidence: 'Two overdoses after rejection; a ligature found on remand',
              triggers: 'Rejection or threats from her former partner, with drink',
              action:
                'Safety plan agreed; her mental health team and GP told; the report names the risk in custody',
            },
            'self-harm': {
              current: 'yes',
              previous: 'yes',
              evidence:
                'Cut herself on the night of the fire and three times in her first fortnight on remand',
              triggers: 'Feeling rejected and that she has nothing to lose',
              action: 'Shared with the mental health team; what helps her is in the plan',
            },
            'coping-custody': {
              current: 'unknown',
              previous: 'yes',
              evidence: 'A self-harm support plan from her first day on remand',
            },
            vulnerability: {
              current: 'yes',
              previous: 'yes',
              evidence: 'Victim of her former partner in three incidents, two heard at MARAC',
              action: 'Police and the women’s centre told; MARAC referral considered',
            },
          },
          'Rejection and drink drive both the fire and the self-harm',
        ),
        'risk-management-plan': {
          controls: ['requirements', 'police-liaison', 'marac'],
          'intervention-types': ['mental-health', 'structured-sessions'],
          'other-risk-links': selfRiskLines('suicide', 'self-harm', 'vulnerability'),
        },
        'sentence-plan': {
          'responsivity-needs': ['trauma', 'mental-health', 'gender'],
          adjustments: said('A consistent female worker, sessions at the women’s centre, no surprises'),
        },
      }),
    weak: [
      {
        name: 'the fire minimised and the risks to Shannon left out',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), { 'sentence-plan': { 'responsivity-needs': ['none-identified'] } }),
            'public',
            'community',
            'low',
          ),
        fires: [
          'self-harm-not-current',
          'suicide-risk-discounted',
          'arson-not-screened',
          'coping-in-custody-missed',
          'vulnerability-missed',
          'public-rated-low',
          'trauma-not-in-responsivity',
          'no-marac-after-contact',
        ],
      },
    ],
  },
  'deverell-licence-recall': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'assessment-point': 'review',
          'victim-relationship': ['stranger', 'partner'],
          weapon: 'yes',
          'custody-history': 'yes',
          'custody-behaviour': said('Fighting and a threat over debt early on; settled and enhanced later'),
          ...domesticAbuseScreen,
          'screen-children': 'yes',
          'children-concern': said('Nicola’s children, aged 9 and 12, at the address he wants to move to'),
          children: childRows(
            {
              child: 'Nicola’s younger child',
              age: 9,
              relationship: 'partners-child',
              contact: 'wants-contact',
            },
            {
              child: 'Nicola’s older child',
              age: 12,
              relationship: 'partners-child',
              contact: 'wants-contact',
            },
          ),
          'new-information-arrived': 'yes',
          reviews: [
            {
              rowId: 'review-00001',
              values: {
                date: '2026-11-15',
                'new-information': said('The approved premises report and the police notification'),
                'what-changed': said('The risk to Nicola rose to very high, and to her children to high'),
                'what-you-did': said(
                  'Recall agreed with my manager the same day; police and children’s social care told',
                ),
              },
            },
          ],
          'orders-in-force': ['licence-conditions'],
          'orders-detail': said('Licence conditions: residence, exclusion zone and no contact with Nicola'),
          'screen-stalking': 'yes',
          'screen-custody': 'yes',
          'rosh-grid': roshGrid({
            children: 'high',
            public: 'high',
            knownAdult: 'very-high',
            staff: 'medium',
            prisoners: 'medium',
          }),
          'mappa-category': 'category-2',
          'mappa-level': 'level-2',
          'da-status': undefined,
          'da-requested-on': undefined,
          'da-received-on': undefined,
          'da-outcome': undefined,
          'safeguarding-status': undefined,
          'safeguarding-requested-on': undefined,
          'safeguarding-received-on': undefined,
          'safeguarding-outcome': undefined,
        },
        'enquiries-log': deverellEnquiries(),
        'risk-management-plan': {
          victims: [
            {
              rowId: 'vict-000001',
              values: {
                victim: 'Lee Harding, the victim of the index offence',
                'victim-risk': said('Serious violence if they meet in Saltmere'),
                measures: said('Exclusion zone and no contact, checked with the police'),
                'lead-agency': 'probation',
                'victim-support': 'victim-liaison',
              },
            },
            {
              rowId: 'vict-000002',
              values: {
                victim: 'Nicola Grant and her children',
                'victim-risk': said('Domestic abuse, and her children harmed by it'),
                measures: said('Police disclosure, children’s services assessment, the address refused'),
                'lead-agency': 'police',
                'victim-support': 'idva',
              },
            },
          ],
          controls: [
            'requirements',
            'approved-premises',
            'exclusion-zone',
            'non-contact',
            'police-liaison',
            'mappa',
            'marac',
          ],
          'intervention-types': ['substance-misuse', 'structured-sessions'],
        },
        'reflective-log': {
          decisions: [
            {
              rowId: 'dec-0000001',
              values: {
                decision: 'Recall, agreed with my manager on 15/11',
                'decision-type': 'recall-standard',
                'absence-reason': 'chose-not-to',
                alternatives: said(
                  'A warning and tighter conditions, not enough with the risk to Nicola imminent',
                ),
                consulted: ['manager', 'police'],
                reasons: said('A night away, drunk, a probable assault on Nicola with her children present'),
                evidence: said('The approved premises report and the police notification'),
              },
            },
          ],
        },
      }),
    weak: [
      {
        name: 'the interview takes “just a friend” at her word, and the log records Nicola as a friend',
        released: 'start',
        answers: () => {
          const answers = caseAnswerFixtures['deverell-licence-recall']!.sound();
          answers['enquiries-log']!['address-occupier'] = 'friend';
          return answers;
        },
        interviewAsked: ['late-returns', 'just-a-friend', 'who-lives-there', 'stopped-drinking'],
        fires: ['interview-relationship-not-uncovered'],
      },
      {
        name: 'each sign taken alone, no licence controls, no decision recorded',
        released: 'all',
        answers: () =>
          withRating(
            withRating(
              withAnswers(soundBase(), {
                'rosh-analysis': { 'oversight-sought': 'no' },
                'risk-management-plan': { controls: ['requirements', 'police-liaison'] },
                'reflective-log': { decisions: undefined },
              }),
              'children',
              'community',
              'low',
            ),
            'known-adult',
            'community',
            'medium',
          ),
        fires: [
          'mappa-not-category-2',
          'licence-controls-missing',
          'recheck-children-community-after-heron-way-checks',
          'recheck-known-adult-community-after-police-heron-way-incident',
          'recall-without-oversight',
          'recall-decision-not-recorded',
          'proposed-address-not-logged',
          'address-checks-not-used',
          'index-victim-no-liaison',
          'licence-conditions-not-recorded',
        ],
      },
      {
        name: 'a fixed-term recall for a risk rated very high, and the address judged suitable',
        released: 'all',
        answers: () => {
          const answers = caseAnswerFixtures['deverell-licence-recall']!.sound();
          answers['enquiries-log']!['address-suitability'] = 'suitable';
          const [decision] = answers['reflective-log']!['decisions'] as Array<{
            values: Record<string, JsonValue>;
          }>;
          decision!.values['decision-type'] = 'recall-fixed-term';
          return answers;
        },
        fires: ['response-does-not-fit-risk', 'address-checks-not-used'],
      },
      {
        name: 'a warning after the night away, decided without a manager',
        released: 'all',
        answers: () => {
          const answers = withAnswers(caseAnswerFixtures['deverell-licence-recall']!.sound(), {
            'rosh-analysis': { 'oversight-who': 'practice-tutor' },
          });
          const [decision] = answers['reflective-log']!['decisions'] as Array<{
            values: Record<string, JsonValue>;
          }>;
          decision!.values['decision-type'] = 'warning';
          decision!.values['consulted'] = ['practice-tutor'];
          return answers;
        },
        fires: ['response-does-not-fit-risk', 'recall-without-oversight'],
      },
    ],
    otherSound: [
      {
        name: 'the interview asks what he and Nicola are to each other, and the log records a partner',
        released: 'start',
        answers: () => caseAnswerFixtures['deverell-licence-recall']!.sound(),
        interviewAsked: ['how-you-met', 'what-you-are-now', 'who-lives-there'],
      },
      {
        name: 'an emergency recall, the manager recorded in the oversight rather than the decision',
        released: 'all',
        answers: () => {
          const answers = withAnswers(caseAnswerFixtures['deverell-licence-recall']!.sound(), {
            'rosh-analysis': { 'oversight-who': 'manager' },
          });
          Object.assign(decisionValues(answers, 0), {
            'decision-type': 'recall-emergency',
            consulted: ['police'],
          });
          return answers;
        },
      },
      {
        name: 'a written warning for the breath test in October, then a standard recall',
        released: 'all',
        answers: () => {
          const answers = caseAnswerFixtures['deverell-licence-recall']!.sound();
          const rows = answers['reflective-log']!['decisions'] as JsonValue[];
          rows.unshift({
            rowId: 'dec-0000009',
            values: {
              decision: 'A warning for the positive breath test on 24/10',
              'decision-type': 'warning',
              'absence-reason': 'chose-not-to',
              alternatives: said('No action, or asking for a recall'),
              consulted: ['manager'],
              reasons: said('A low reading, the first lapse, with the alcohol service involved'),
              evidence: said('The approved premises report'),
            },
          });
          return answers;
        },
      },
    ],
  },
  'whitcombe-account-contradicted': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'assessment-point': 'pre-sentence',
          weapon: 'yes',
          ...domesticAbuseScreen,
          'screen-children': 'yes',
          'children-concern': said(
            'Tracy’s son Callum (10) was present in April and is frightened when Paul shouts',
          ),
          children: childRows({
            child: 'Tracy’s son Callum',
            age: 10,
            relationship: 'partners-child',
            contact: 'lives-with',
          }),
          'screen-stalking': 'yes',
          'rosh-grid': roshGrid({ children: 'medium', public: 'medium', knownAdult: 'medium', staff: 'low' }),
        },
      }),
    weak: [
      {
        name: 'the interview accepts “I live on my own” and the children are rated low',
        released: 'start',
        answers: () =>
          withRating(
            caseAnswerFixtures['whitcombe-account-contradicted']!.sound(),
            'children',
            'community',
            'low',
          ),
        interviewAsked: ['what-happened', 'cameras-wrong', 'live-alone', 'april-one-off'],
        fires: ['interview-household-not-uncovered'],
      },
      {
        name: 'his account repeated, the partner and the victim overlooked',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'rosh-analysis': { 'account-versus-evidence': undefined },
              'risk-management-plan': { 'identified-victims': 'no' },
            }),
            'known-adult',
            'community',
            'low',
          ),
        fires: [
          'account-not-tested',
          'weapon-not-recognised',
          'domestic-abuse-not-screened',
          'harassment-not-screened',
          'recheck-known-adult-community-after-tracy-call-note',
          'victim-harassed-not-planned',
        ],
      },
    ],
  },
  'pritchard-autism-responsivity': {
    sound: () =>
      withAnswers(soundBase(), {
        'rosh-analysis': {
          'victim-relationship': ['staff'],
          'screen-serious-violence': 'no',
          'screening-rationale': said('A push and a grab in distress, no injury beyond a bruise, no weapon'),
          'rosh-grid': roshGrid({ children: 'low', public: 'low', knownAdult: 'low', staff: 'low' }),
          'self-risk-grid': {
            ...noSelfRisk(),
            'coping-custody': { current: 'yes', previous: 'no' },
            vulnerability: { current: 'yes', previous: 'yes' },
          },
          'self-risk-evidence': said(
            'Men using his flat and bank card; the police now treat him as a possible victim',
          ),
        },
        'risk-management-plan': {
          controls: ['requirements', 'police-liaison', 'adult-safeguarding'],
          'other-risk-links': selfRiskLines('coping-custody', 'vulnerability'),
        },
        'reflective-log': {
          decisions: decisionsWith({
            decision: 'The missed first appointment was acceptable',
            'decision-type': 'acceptable-absence',
            'absence-reason': 'service-caused',
            alternatives: said('A warning, which would punish Owen for our mistake'),
            consulted: ['manager'],
            reasons: said('Our letter went to the wrong address and the waiting room overwhelmed him'),
          }),
        },
        'sentence-plan': {
          'responsivity-needs': ['learning-disability', 'neurodivergence', 'literacy'],
          adjustments: said(
            'Same room and time, Easy Read, a text the day before, his mother at the first session',
          ),
        },
      }),
    weak: [
      {
        name: 'the interview takes Owen’s “yes” for understanding and never asks him to say it back',
        released: 'start',
        answers: () => caseAnswerFixtures['pritchard-autism-responsivity']!.sound(),
        interviewAsked: ['understand-order', 'order-compound', 'what-happened-bus', 'angry-leading'],
        fires: ['interview-understanding-not-checked'],
      },
      {
        name: 'distress read as danger, no adjustments, exploitation missed',
        released: 'all',
        answers: () =>
          withRating(
            withAnswers(soundBase(), {
              'sentence-plan': { 'responsivity-needs': ['none-identified'] },
              'risk-management-plan': { controls: ['requirements'] },
              'reflective-log': { decisions: undefined },
            }),
            'public',
            'community',
            'high',
          ),
        fires: [
          'responsivity-not-recorded',
          'adjustments-missing',
          'public-rated-high',
          'vulnerability-not-recorded',
          'missed-appointment-decision',
          'exploitation-not-in-plan',
        ],
      },
      {
        name: 'distress at a broken routine read as danger to staff',
        released: 'start',
        answers: () =>
          withRating(
            caseAnswerFixtures['pritchard-autism-responsivity']!.sound(),
            'staff',
            'community',
            'high',
          ),
        fires: ['staff-rated-high'],
      },
      {
        name: 'a warning for an absence the service caused',
        released: 'all',
        answers: () =>
          withAnswers(caseAnswerFixtures['pritchard-autism-responsivity']!.sound(), {
            'reflective-log': {
              decisions: decisionsWith({
                decision: 'Warning letter for the missed first appointment',
                'decision-type': 'warning',
                'absence-reason': 'other',
                alternatives: said('Treating it as acceptable'),
                consulted: ['manager'],
                reasons: said('He did not attend and did not ring'),
              }),
            },
          }),
        fires: ['sanction-for-service-caused-absence'],
      },
      {
        name: 'the police told, adult social care and the exploitation route left out',
        released: 'all',
        answers: () =>
          withAnswers(caseAnswerFixtures['pritchard-autism-responsivity']!.sound(), {
            'risk-management-plan': { controls: ['requirements', 'police-liaison'] },
          }),
        fires: ['exploitation-not-in-plan'],
      },
    ],
    otherSound: [
      {
        name: 'asks Owen to say back when he will come, in the interview',
        released: 'start',
        answers: () => caseAnswerFixtures['pritchard-autism-responsivity']!.sound(),
        interviewAsked: ['this-room', 'say-it-back', 'what-happened-bus'],
      },
      {
        name: 'no action on the absence, and the exploitation panel rather than adult safeguarding',
        released: 'all',
        answers: () => {
          const answers = withAnswers(caseAnswerFixtures['pritchard-autism-responsivity']!.sound(), {
            'risk-management-plan': { controls: ['requirements', 'police-liaison', 'exploitation-panel'] },
          });
          decisionValues(answers, 1)['decision-type'] = 'no-action';
          return answers;
        },
      },
    ],
  },
};
