import type { JsonValue } from '@shared/model/json';

type TemplateAnswers = Record<string, JsonValue>;

const text = (words: string) => `${words} (fictional practice answer).`;

/**
 * A sound risk to self assessment for a fictional man in the community: an overdose three years ago, explored,
 * and a current worry that others use his flat, acted on. No rule speaks. Fresh copy each call.
 */
export function riskToSelfSoundAnswers(): TemplateAnswers {
  const none = (id: string) => ({ [`${id}-current`]: 'no', [`${id}-previous`]: 'no' });
  return {
    'suicide-current': 'no',
    'suicide-previous': 'yes',
    'suicide-evidence': text(
      'An overdose after his first relationship ended, three years ago; GP letter confirms',
    ),
    'suicide-sources': ['person', 'health'],
    'suicide-support-plan': 'never-in-custody',
    'suicide-triggers': text(
      'A break-up and losing his job in the same month; this sentence could bring both',
    ),
    ...none('self-harm'),
    ...none('coping-custody'),
    ...none('coping-hostel'),
    'vulnerability-current': 'yes',
    'vulnerability-previous': 'yes',
    'vulnerability-evidence': text(
      'Police found two local dealers using his mother’s flat while he was drunk',
    ),
    'vulnerability-sources': ['police', 'family'],
    'vulnerability-action': text(
      'Told his mother and the police liaison officer; home visit booked this week',
    ),
    ...none('escape'),
    ...none('control'),
    ...none('breach-of-trust'),
    'links-to-harm': text(
      'Drinking leaves him open to exploitation and is also when he is most dangerous to partners',
    ),
  };
}

/** What the risk of serious harm analysis's short grid says for the same fictional man. */
export function riskToSelfMatchingGrid(): Record<string, Record<string, string>> {
  return {
    suicide: { current: 'no', previous: 'yes' },
    'self-harm': { current: 'no', previous: 'no' },
    'coping-custody': { current: 'no', previous: 'no' },
    'coping-hostel': { current: 'no', previous: 'no' },
    vulnerability: { current: 'yes', previous: 'yes' },
    escape: { current: 'no', previous: 'no' },
    control: { current: 'no', previous: 'no' },
  };
}
