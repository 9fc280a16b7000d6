import type { Attempt } from '../../model/attempt';
import type { JsonValue } from '../../model/json';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildAttemptPdf, type PdfCaseInfo } from '../builder';
import { builtinTemplates } from '../../templates/builtin';

/**
 * A completed, fictional attempt at the four built-in templates, for the PDF tests, the benchmark and the
 * export demo. Every name and place is invented. Returns a fresh copy each call.
 *
 * Planted on purpose: Welsh letters, a 300-character unbroken token, a hidden item that still holds an answer
 * (`da-reason`, hidden once the enquiry reply is received), evidence quotes, and an objective without the
 * person's own words (so a quality rule speaks).
 */

export const SAMPLE_HIDDEN_ANSWER = 'HIDDEN-ANSWER-MUST-NOT-PRINT';
export const SAMPLE_WELSH = 'Mae Gwŷn yn byw yn Nhŷ Ŵyn, Pentre Ffŵl; “dŵr”, â, ê, î, ô, û, Ŵ, Ŷ.';
export const SAMPLE_LONG_TOKEN = `ref:${'A1b2C3d4E5'.repeat(30)}`.slice(0, 300);

const sentences = [
  'Rhys Pennant was seen at the probation office after his partner, Carys, reported a further argument at the flat.',
  'The prosecution summary says a neighbour heard shouting and saw him push her against the kitchen door.',
  'He says the argument started over money and that she fell while trying to leave; he accepts he raised his voice.',
  'Two earlier police call-outs describe the same pattern: drinking in the afternoon, accusations about her friends, then damage to property.',
  'Her son, aged seven, was in the flat on both occasions and told the attending officer he hid in his bedroom.',
  'Rhys works part time at a builders’ merchant and says the job matters to him; his manager describes him as reliable.',
  'He has not yet accepted a referral to the alcohol service, saying he can stop whenever he chooses.',
  'What reduces the risk is his work, his mother’s support and his wish to keep contact with his daughter from a previous relationship.',
];

/** Roughly `words` words of plausible practice prose, in paragraphs. */
export function sampleProse(words: number, seed = 0): string {
  const paragraphsOut: string[] = [];
  let count = 0;
  let index = seed;
  while (count < words) {
    const paragraph: string[] = [];
    for (let n = 0; n < 4 && count < words; n += 1) {
      const sentence = sentences[index % sentences.length]!;
      paragraph.push(sentence);
      count += sentence.split(' ').length;
      index += 1;
    }
    paragraphsOut.push(paragraph.join(' '));
  }
  return paragraphsOut.join('\n\n');
}

export interface SampleOptions {
  /** Words in each long answer (default about 60). The benchmark raises it to make a ~30-page document. */
  longAnswerWords?: number;
  /** Rows in each repeating group (default 2 or 3). */
  rows?: number;
}

const rowId = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

export function sampleAnswers(options: SampleOptions = {}): Attempt['answers'] {
  const words = options.longAnswerWords ?? 60;
  const rows = options.rows ?? 3;
  let seed = 0;
  const prose = (extra = '') => `${sampleProse(words, (seed += 3))}${extra}`;
  const rowsOf = (prefix: string, make: (n: number) => Record<string, JsonValue>) =>
    Array.from({ length: rows }, (_, n) => ({ rowId: rowId(prefix, n + 1), values: make(n + 1) }));
  return {
    'rosh-analysis': {
      setting: 'community',
      'assessment-point': 'start',
      'what-happened': prose(`\n\n${SAMPLE_WELSH}`),
      'persons-account': prose(),
      'account-versus-evidence': prose(`\n\nPolice log reference: ${SAMPLE_LONG_TOKEN}`),
      'offence-evidence': [
        {
          documentId: 'cps-summary',
          quote: 'A neighbour saw the defendant push the complainant against the kitchen door.',
          note: 'Contradicts his account that she fell.',
        },
      ],
      'victim-relationship': ['partner', 'child'],
      victims: prose(),
      motivation: prose(),
      weapon: 'no',
      patterns: prose(),
      'previous-offences': rowsOf('prev', (n) => ({
        when: String(2018 + n),
        what:
          n === 1
            ? 'Criminal damage at a former partner’s home'
            : `Police call-out ${n} for a domestic argument`,
        outcome: n === 1 ? 'Conditional discharge' : 'No further action',
        relevance: sampleProse(Math.min(words, 40), n),
      })),
      'history-analysis': prose(),
      'custody-history': 'no',
      'screen-serious-violence': 'yes',
      'screen-sexual': 'no',
      'screen-domestic-abuse': 'yes',
      'screen-children': 'yes',
      'children-concern': prose(),
      children: rowsOf('child', (n) => ({
        child: n === 1 ? 'Carys’s son, at primary school' : `Child ${n}`,
        age: 6 + n,
        relationship: 'partners-child',
        contact: 'lives-with',
        'known-to-csc': 'yes',
        'csc-status': 'child-in-need',
      })),
      'screen-stalking': 'no',
      'screen-custody': 'no',
      'screen-arson': 'no',
      'screen-hate': 'no',
      'screen-custody-offence': 'no',
      'orders-in-force': ['licence-conditions'],
      'orders-detail': prose(),
      'who-at-risk': prose(),
      'nature-of-harm': prose(),
      imminence: prose(),
      'risk-factors': rowsOf('risk', (n) => ({
        factor: ['Drinking in the afternoon', 'Jealousy about her friends', 'Money worries'][n % 3]!,
        explanation: sampleProse(Math.min(words, 50), n + 2),
        groups: n === 1 ? ['known-adult', 'children'] : ['known-adult'],
      })),
      'protective-factors': prose(),
      'analysis-evidence': [
        {
          documentId: 'police-callouts',
          quote: 'Child present and frightened; officers noted empty cans in the living room.',
        },
      ],
      'rosh-grid': {
        children: { community: 'medium', custody: 'low' },
        public: { community: 'low', custody: 'low' },
        'known-adult': { community: 'high', custody: 'medium' },
        staff: { community: 'low', custody: 'low' },
        prisoners: { custody: 'low' },
      },
      'level-rationale': prose(),
      'self-risk-grid': {
        suicide: { current: 'no', previous: 'no' },
        'self-harm': { current: 'no', previous: 'not-known' },
        'coping-custody': { current: 'no', previous: 'no' },
        'coping-hostel': { current: 'no', previous: 'no' },
        vulnerability: { current: 'no', previous: 'no' },
        escape: { current: 'no', previous: 'no' },
        control: { current: 'no', previous: 'no' },
      },
      'self-risk-evidence': prose(),
      'mappa-category': 'not-eligible',
      'mappa-rationale': prose(),
      'da-status': 'received',
      'da-requested-on': '2026-02-02',
      'da-received-on': '2026-02-09',
      'da-outcome': prose(),
      // Hidden: the enquiry was received, so "why not requested" is not asked and must not print.
      'da-reason': SAMPLE_HIDDEN_ANSWER,
      'safeguarding-status': 'requested',
      'safeguarding-requested-on': '2026-02-02',
      'other-enquiries': rowsOf('enq', (n) => ({
        'enquiry-source': n === 1 ? 'Housing officer, Pentre Ffŵl council' : `Agency ${n}`,
        'enquiry-requested-on': '2026-02-03',
        'enquiry-received-on': '2026-02-10',
        'enquiry-outcome': sampleProse(Math.min(words, 30), n),
      })),
      'address-status': 'no-address',
      'predictors-available': 'yes',
      'predictor-scores': [
        {
          rowId: rowId('pred', 1),
          values: { predictor: 'ogrs', score: 71.5, band: 'high', source: 'The predictor sandbox' },
        },
      ],
      'predictors-use': prose(),
      'new-information-arrived': 'yes',
      reviews: rowsOf('review', (n) => ({
        date: '2026-02-11',
        'new-information': sampleProse(Math.min(words, 30), n),
        'what-changed': sampleProse(Math.min(words, 30), n + 1),
        'what-you-did': sampleProse(Math.min(words, 30), n + 2),
      })),
      'oversight-sought': 'yes',
      'oversight-who': 'practice-tutor',
      'oversight-date': '2026-02-12',
      'oversight-outcome': prose(),
    },
    'risk-management-plan': {
      'key-information': prose(),
      'review-triggers': prose(),
      'supervision-arrangements': prose(),
      'home-visits': 'yes',
      'home-visit-purpose': prose(),
      agencies: prose(),
      controls: ['requirements', 'police-liaison', 'non-contact'],
      'controls-detail': prose(),
      'intervention-types': ['accredited-programme', 'substance-misuse'],
      'interventions-detail': prose(),
      'identified-victims': 'yes',
      victims: rowsOf('victim', (n) => ({
        victim: n === 1 ? 'Carys, his partner' : `Victim ${n}`,
        'victim-risk': sampleProse(Math.min(words, 25), n),
        measures: sampleProse(Math.min(words, 25), n + 1),
        'lead-agency': n === 1 ? 'domestic-abuse-service' : 'police',
        'victim-support': n === 1 ? 'idva' : 'not-yet',
      })),
      'victim-safety-detail': prose(),
      'contingency-lines': rowsOf('cont', (n) => ({
        'warning-sign': [
          'Misses two appointments in a row',
          'Police attend the flat again',
          'Carys says he is drinking daily',
        ][(n - 1) % 3]!,
        action: sampleProse(Math.min(words, 35), n),
        'response-types': n === 1 ? ['increase-contact', 'warning'] : ['review-assessment', 'police-alert'],
        'who-role': n === 1 ? 'practitioner' : 'duty-officer',
        ...(n === 1 ? {} : { 'who-name': 'Pentre Ffŵl duty team' }),
        'how-quickly': n === 1 ? 'same-day' : 'within-24-hours',
      })),
      'risk-links': rowsOf('link', (n) => ({
        risk: rowId('risk', n),
        'plan-parts': ['supervision', 'contingency'],
        how: sampleProse(Math.min(words, 30), n),
      })),
    },
    'sentence-plan': {
      'persons-view': prose(),
      strengths: prose(),
      goals: rowsOf('goal', (n) => ({
        // The first goal is not yet in the person's words, so the plan raises one question.
        goal: [
          'Cut down drinking and stay sober on weekdays',
          'I will manage jealousy without checking up on her',
          'I will clear the rent arrears',
        ][(n - 1) % 3]!,
        area: ['alcohol', 'relationships', 'finances'][(n - 1) % 3]!,
        ...(n === 1 ? { 'related-areas': ['relationships'] } : {}),
        'linked-to-harm': n <= 2 ? 'yes' : 'no',
        'linked-to-reoffending': 'yes',
        start: 'now',
        target: 'custom',
        'target-date': '2026-03-15',
        steps: [
          {
            rowId: rowId(`step${n}`, 1),
            values: {
              step: 'Attend the alcohol service assessment',
              actor: 'the-person',
              status: 'not-started',
            },
          },
          {
            rowId: rowId(`step${n}`, 2),
            values: {
              step: 'Make the referral and share the risk summary',
              actor: 'partnership-agency',
              'actor-name': 'Cwm Alcohol Service',
              status: 'in-progress',
            },
          },
        ] as JsonValue[],
        notes: sampleProse(Math.min(words, 25), n),
      })),
      'responsivity-needs': ['literacy', 'caring'],
      adjustments: prose(),
      agreement: 'agrees',
      'review-date': '2026-05-01',
    },
    'reflective-log': {
      subject: 'First risk assessment on a domestic abuse case',
      'event-date': '2026-02-12',
      model: 'gibbs',
      'gibbs-description': prose(),
      'gibbs-feelings': prose(),
      'gibbs-evaluation': prose(),
      'gibbs-analysis': prose(),
      'gibbs-conclusion': prose(),
      'gibbs-action-plan': prose(),
      // Hidden: Kolb was not chosen.
      'kolb-experience': SAMPLE_HIDDEN_ANSWER,
      decisions: rowsOf('dec', (n) => ({
        decision: [
          'Rated the known adult high',
          'Requested the safeguarding check',
          'Proposed a non-contact condition',
        ][(n - 1) % 3]!,
        'decision-type': ['risk-rating', 'enquiry', 'plan'][(n - 1) % 3]!,
        reasons: sampleProse(Math.min(words, 30), n),
        evidence: sampleProse(Math.min(words, 20), n + 1),
        consulted: n === 1 ? ['practice-tutor', 'manager'] : ['colleague'],
      })),
      'do-differently': prose(),
      'supervision-questions': prose(),
    },
  };
}

export function sampleAttempt(options: SampleOptions = {}): Attempt {
  return {
    schemaVersion: 1,
    id: 'sample-attempt-0001',
    title: 'Rhys Pennant: assessment at the start of a community order',
    caseId: 'rhys-pennant',
    templateIds: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
    templateVersions: {
      'rosh-analysis': 3,
      'risk-management-plan': 3,
      'sentence-plan': 3,
      'reflective-log': 2,
    },
    status: 'finished',
    createdAt: '2026-02-10T09:15:00.000Z',
    updatedAt: '2026-02-14T16:40:00.000Z',
    finishedAt: '2026-02-14T16:40:00.000Z',
    revision: 42,
    answers: sampleAnswers(options),
    evidence: [
      {
        id: 'evidence-000001',
        templateId: 'rosh-analysis',
        itemId: 'who-at-risk',
        documentId: 'social-care-reply',
        quote: 'The child has told his teacher that he is scared when Rhys has been drinking.',
        addedAt: '2026-02-12T11:00:00.000Z',
      },
    ],
    releasedDocumentIds: ['cps-summary', 'police-callouts'],
    timing: {
      timerEnabled: true,
      targetMinutes: 180,
      totalMs: (2 * 60 + 35) * 60_000,
      perSectionMs: {},
    },
  };
}

export function sampleCaseInfo(): PdfCaseInfo {
  return {
    id: 'rhys-pennant',
    title: 'Rhys Pennant (fictional)',
    summary:
      'A 34-year-old man from the invented town of Pentre Ffŵl, sentenced to a community order for assaulting his partner. Police have attended the home twice before.',
    documents: [
      { id: 'cps-summary', title: 'Prosecution case summary' },
      { id: 'police-callouts', title: 'Police domestic abuse call-out log' },
      { id: 'social-care-reply', title: 'Children’s social care reply' },
    ],
    tutorNotes: [
      {
        title: 'What a defensible rating looks like',
        text: 'A good answer rates the known adult at least high in the community, given the escalation across call-outs and the recent push.\n\nLook for the child named as at risk, not only as a witness.',
      },
    ],
    facts: { daCallouts: 2, daPerpetratorCallouts: 2, childrenInHousehold: true },
  };
}

/** The sample attempt's PDF definition, built as an export builds it (a fresh one each call: pdfmake mutates it). */
export function sampleAttemptPdf(options: SampleOptions = {}): TDocumentDefinitions {
  return buildAttemptPdf({
    attempt: sampleAttempt(options),
    templates: builtinTemplates,
    traineeName: 'Siân Ellis',
    caseInfo: sampleCaseInfo(),
  });
}
