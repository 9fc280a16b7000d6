import type { JsonValue } from '@shared/model/json';
import type { CaseContext } from '../../engine';

export type Answers = Record<string, Record<string, JsonValue>>;

const text = (words: string) => `${words} (fictional practice answer).`;

/**
 * A sound attempt at the four built-ins of the default template set for a fictional domestic abuse case: complete, valid, and no rule
 * speaks. Tests weaken it one answer at a time; the PDF and renderer tests can use it as a full attempt.
 * Returns a fresh copy each call.
 */
export function sampleSoundAnswers(): Answers {
  return {
    'rosh-analysis': {
      setting: 'community',
      'assessment-point': 'start',
      'what-happened': text('Pushed his partner into a door frame during an argument at home'),
      'persons-account': text('Says she fell while they were both shouting'),
      'account-versus-evidence': text('The police summary records a neighbour who saw him push her'),
      'victim-relationship': ['partner'],
      victims: text('His partner of four years, who needed hospital treatment'),
      motivation: text('Jealousy and control when she sees friends, worse after drinking'),
      weapon: 'no',
      patterns: text('Two earlier call-outs show the same jealousy, with injuries growing'),
      'previous-offences': [
        {
          rowId: 'prev-000001',
          values: { when: '2023', what: 'Common assault of a former partner', outcome: 'Community order' },
        },
      ],
      'history-analysis': text('Each incident follows a partner spending time away from him'),
      'custody-history': 'no',
      'screen-serious-violence': 'yes',
      'screen-sexual': 'no',
      'screen-domestic-abuse': 'yes',
      'screen-children': 'yes',
      'children-concern': text('Her son, aged six, lives in the household and saw one incident'),
      children: [
        {
          rowId: 'child-000001',
          values: {
            child: 'Her son, at primary school',
            age: 6,
            relationship: 'partners-child',
            contact: 'lives-with',
            'known-to-csc': 'yes',
            'csc-status': 'child-in-need',
          },
        },
      ],
      'screen-stalking': 'no',
      'screen-custody': 'no',
      'screen-arson': 'no',
      'screen-hate': 'no',
      'screen-custody-offence': 'no',
      'orders-in-force': ['none'],
      'who-at-risk': text('His partner, her son, and any future partner'),
      'nature-of-harm': text('Physical assault and fear; emotional harm to the child'),
      imminence: text('Evenings after drinking, and if she tries to end the relationship'),
      'risk-factors': [
        {
          rowId: 'risk-000001',
          values: {
            factor: 'Jealousy and control',
            explanation: text('Both call-outs'),
            groups: ['known-adult'],
          },
        },
        {
          rowId: 'risk-000002',
          values: {
            factor: 'Drinking',
            explanation: text('Drunk at each incident'),
            groups: ['known-adult', 'children'],
          },
        },
      ],
      'protective-factors': text('Steady work, and he wants to keep contact with his own daughter'),
      'rosh-grid': {
        children: { community: 'medium', custody: 'low' },
        public: { community: 'low', custody: 'low' },
        'known-adult': { community: 'high', custody: 'low' },
        staff: { community: 'low', custody: 'low' },
        prisoners: { custody: 'low' },
      },
      'level-rationale': text('High for his partner: the harm could happen at any time'),
      'self-risk-grid': Object.fromEntries(
        ['suicide', 'self-harm', 'coping-custody', 'coping-hostel', 'vulnerability', 'escape', 'control'].map(
          (row) => [row, { current: 'no', previous: 'no' }],
        ),
      ),
      'mappa-category': 'category-3',
      'mappa-level': 'level-2',
      'mappa-rationale': text('Referred for active multi-agency management given the escalation'),
      'da-status': 'received',
      'da-requested-on': '2026-10-01',
      'da-received-on': '2026-10-08',
      'da-outcome': text('Two call-outs, one with an injury'),
      'safeguarding-status': 'received',
      'safeguarding-requested-on': '2026-10-01',
      'safeguarding-received-on': '2026-10-10',
      'safeguarding-outcome': text('The child is known; a child in need plan is open'),
      'address-status': 'no-address',
      'predictors-available': 'yes',
      'predictor-scores': [
        {
          rowId: 'pred-000001',
          values: { predictor: 'ogrs', score: 38, band: 'medium', source: 'Worked out in the sandbox' },
        },
      ],
      'predictors-use': text(
        'A medium reoffending score says nothing about how serious harm to his partner would be',
      ),
      'new-information-arrived': 'no',
      'oversight-sought': 'yes',
      'oversight-who': 'practice-tutor',
      'oversight-date': '2026-10-12',
      'oversight-outcome': text('Agreed high for his partner and a MAPPA referral'),
    },
    'risk-management-plan': {
      'key-information': text('Lives with his partner and her son'),
      'review-triggers': text('A new relationship, a move, an arrest, missed appointments'),
      'supervision-arrangements': text('Weekly office appointments for the first three months'),
      'home-visits': 'yes',
      'home-visit-purpose': text('Monthly visits to see the household'),
      agencies: text('Police, children’s social care and a domestic abuse service'),
      controls: ['requirements', 'police-liaison', 'non-contact'],
      'controls-detail': text('Police share call-outs within a day'),
      'intervention-types': ['accredited-programme'],
      'interventions-detail': text('A domestic abuse programme, and an alcohol service referral'),
      'identified-victims': 'yes',
      victims: [
        {
          rowId: 'vict-000001',
          values: {
            victim: 'His partner',
            'victim-risk': text('Assault when she sees friends or tries to leave'),
            measures: text('Safety planning with a domestic abuse service; marker on the address'),
            'lead-agency': 'domestic-abuse-service',
            'victim-support': 'idva',
          },
        },
        {
          rowId: 'vict-000002',
          values: {
            victim: 'Her son, aged six',
            'victim-risk': text('Seeing violence at home'),
            measures: text('Information shared with children’s social care under the child in need plan'),
            'lead-agency': 'childrens-social-care',
            'victim-support': 'not-eligible',
          },
        },
      ],
      'contingency-lines': [
        {
          rowId: 'cont-000001',
          values: {
            'warning-sign': 'A new call-out to the address',
            action: 'Review the risk and consider recall or breach',
            'response-types': ['review-assessment', 'breach'],
            'who-role': 'manager',
            'how-quickly': 'same-day',
          },
        },
      ],
      'risk-links': [
        {
          rowId: 'link-000001',
          values: { risk: 'risk-000001', 'plan-parts': ['interventions'], how: text('The programme') },
        },
        {
          rowId: 'link-000002',
          values: { risk: 'risk-000002', 'plan-parts': ['interventions'], how: text('Alcohol service') },
        },
      ],
    },
    'sentence-plan': {
      'persons-view': text('Wants to keep his job and stay with his family'),
      strengths: text('Steady work and a supportive brother'),
      goals: [
        {
          rowId: 'goal-000001',
          values: {
            goal: 'I will learn to walk away when I feel jealous',
            area: 'relationships',
            'related-areas': ['thinking'],
            'linked-to-harm': 'yes',
            'linked-to-reoffending': 'yes',
            start: 'now',
            target: 'six-months',
            steps: [
              {
                rowId: 'step-000001',
                values: { step: 'Refer to the programme', actor: 'practitioner', status: 'completed' },
              },
              {
                rowId: 'step-000002',
                values: { step: 'Attend every session', actor: 'the-person', status: 'not-started' },
              },
            ],
            notes: text('He is proud of being a good father'),
          },
        },
      ],
      'responsivity-needs': ['literacy'],
      adjustments: text('Appointment letters in plain words, and a text message reminder'),
      agreement: 'agrees',
      'review-date': '2027-01-15',
    },
    'reflective-log': {
      subject: 'Rating the risk to the known adult',
      'event-date': '2026-10-12',
      model: 'rolfe',
      'rolfe-what': text('I rated the risk to his partner high'),
      'rolfe-so-what': text('The call-outs mattered more than his account'),
      'rolfe-now-what': text('I will ask for police information earlier'),
      decisions: [
        {
          rowId: 'dec-0000001',
          values: {
            decision: 'High for the known adult',
            'decision-type': 'risk-rating',
            reasons: text('Escalation and jealousy'),
            consulted: ['practice-tutor'],
            evidence: text('Two call-outs, one with an injury'),
          },
        },
      ],
      'do-differently': text('Check the account against the police summary before the interview'),
      'supervision-questions': text('When should a case like this go to MAPPA?'),
    },
  };
}

/** The case the sample answers were written for: police call-outs and children in the household. */
export const sampleCaseContext: CaseContext = {
  caseId: 'practice-case',
  facts: { daCallouts: 2, daPerpetratorCallouts: 2, childrenInHousehold: true },
  releasedDocumentIds: [],
};
