import type { JsonValue } from '@shared/model/json';

type TemplateAnswers = Record<string, JsonValue>;

const text = (words: string) => `${words} (fictional practice answer).`;

/**
 * A sound enquiries log for a fictional case: every check answered and used, an address checked before it was
 * judged suitable, and the proposal made once the replies were in. No rule speaks. Fresh copy each call.
 */
export function enquiriesLogSoundAnswers(): TemplateAnswers {
  return {
    'police-da-status': 'received',
    'police-da-requested-on': '2026-02-02',
    'police-da-received-on': '2026-02-09',
    'police-da-outcome': text('Two call-outs to earlier partners, one with a visible injury'),
    'police-da-changes': text(
      'Confirms a pattern across relationships; the known adult rating rises to high',
    ),

    'csc-status': 'received',
    'csc-requested-on': '2026-02-02',
    'csc-received-on': '2026-02-12',
    'csc-outcome': text('The partner’s son was on a child in need plan last year, now closed'),
    'csc-changes': text('The child saw an earlier incident; the risk to children is rated medium'),
    'csc-involvement': 'past',

    'address-proposed': 'yes',
    'address-description': text('His mother’s two-bedroom flat on the other side of town'),
    'address-occupier': 'parent',
    'address-residents': text('His mother, aged 61, who lives alone'),
    'address-children': 'no',
    'occupier-spoken-to': 'yes',
    'occupier-spoken-on': '2026-02-04',
    'occupier-outcome': text('She agrees to him living there and will call if he drinks'),
    'home-visit': 'done',
    'address-police-status': 'received',
    'address-police-requested-on': '2026-02-03',
    'address-police-received-on': '2026-02-10',
    'address-police-outcome': text('No call-outs to the address in five years'),
    'address-police-changes': text('Supports the address; his mother is not a past victim'),
    'address-suitability': 'suitable',
    'address-reasons': text('Away from the victim’s area, no children, and his mother will report concerns'),

    'other-enquiries': [
      {
        rowId: 'enquiry-000001',
        values: {
          source: 'cps',
          'requested-on': '2026-02-02',
          'received-on': '2026-02-04',
          outcome: text('A neighbour saw him push her'),
          'what-it-changes': text('His account of an accident is not supported'),
        },
      },
    ],

    'proposal-made': 'sentence-proposal',
    'proposal-date': '2026-02-16',
    'proposal-details': text(
      'A community order with a programme for partner abuse, once all replies were in',
    ),
  };
}
