import type { JsonValue } from '@shared/model/json';

type TemplateAnswers = Record<string, JsonValue>;

const text = (words: string) => `${words} (fictional practice answer).`;

/** Practitioner analysis answers for one need area: yes answers carry their details. */
function analysis(
  area: string,
  motivation: string,
  strengths: 'yes' | 'no',
  harm: 'yes' | 'no',
  reoffending: 'yes' | 'no',
): TemplateAnswers {
  const answers: TemplateAnswers = {
    [`${area}-motivation`]: motivation,
    [`${area}-strengths`]: strengths,
    [`${area}-harm`]: harm,
    [`${area}-reoffending`]: reoffending,
  };
  if (strengths === 'yes') answers[`${area}-strengths-details`] = text(`Strengths in ${area}`);
  if (harm === 'yes') answers[`${area}-harm-details`] = text(`How ${area} links to serious harm`);
  if (reoffending === 'yes')
    answers[`${area}-reoffending-details`] = text(`How ${area} links to reoffending`);
  return answers;
}

/**
 * A sound strengths and needs assessment for a fictional man convicted of assaulting his partner after
 * drinking: complete, valid, and no rule speaks. Tests weaken it one answer at a time. Fresh copy each call.
 */
export function strengthsNeedsSoundAnswers(): TemplateAnswers {
  return {
    'person-present': 'yes',

    'acc-type': 'settled-family',
    'acc-living-with': ['family'],
    'acc-location': 'no-problems',
    'acc-property': 'no-problems',
    'acc-history': text('Has lived with his mother since the relationship ended'),
    ...analysis('accommodation', 'made-changes', 'yes', 'no', 'no'),

    'ete-status': 'unemployed-looking',
    'ete-ever-employed': 'yes',
    'ete-history': 'some-problems',
    'ete-qualifications': 'level-1-2',
    'ete-skills': 'some-problems',
    'ete-basic-skills': ['none'],
    ...analysis('employment-education', 'want-need-help', 'yes', 'no', 'yes'),

    'fin-income': ['benefits'],
    'fin-relies-on-others': 'no',
    'fin-bank-account': 'yes',
    'fin-managing': 'coping',
    'fin-gambling': 'no',
    'fin-debt': 'own',
    'fin-debt-details': text('About £900 of rent arrears from the old flat; nobody is pressing'),
    ...analysis('finances', 'want-know-how', 'no', 'no', 'no'),

    'alc-use': 'current',
    'alc-frequency': 'few-times-week',
    'alc-units': 12,
    'alc-binge-evidence': 'yes',
    'alc-binge-evidence-details': text('Police noted he was drunk at both call-outs'),
    'alc-past-problems': 'yes',
    'alc-past-problems-details': text('Lost a warehouse job after arriving drunk'),
    'alc-reasons': ['feelings'],
    'alc-effects': ['behaviour', 'relationships'],
    ...analysis('alcohol', 'thinking', 'no', 'yes', 'yes'),

    'drug-ever': 'no',
    ...analysis('drugs', 'not-applicable', 'no', 'no', 'no'),

    'hw-physical': 'no',
    'hw-mental-health': 'no',
    'hw-head-injury': 'no',
    'hw-neurodivergence': 'no',
    'hw-learning': 'no',
    'hw-coping': 'no-problems',
    'hw-self-harm': 'never',
    'hw-suicide': 'never',
    'hw-outlook': 'some-problems',
    ...analysis('health', 'not-applicable', 'yes', 'no', 'no'),

    'rel-children': ['lives-with'],
    'rel-children-details': text('His partner’s son, aged six, lived with them until the offence'),
    'rel-parenting': 'yes',
    'rel-status': 'living-together',
    'rel-intimate-history': 'significant-problems',
    'rel-intimate-history-details': text('Two earlier partners describe jealousy and checking her phone'),
    'rel-resolving': 'significant-problems',
    'rel-family': 'no-problems',
    'rel-childhood': 'some-problems',
    'rel-childhood-behaviour': 'no',
    'rel-belonging': 'some-problems',
    ...analysis('relationships', 'want-need-help', 'yes', 'yes', 'yes'),

    'tba-consequences': 'some-problems',
    'tba-stability': 'no-problems',
    'tba-peer-pressure': 'no-problems',
    'tba-problem-solving': 'some-problems',
    'tba-others-views': 'some-problems',
    'tba-temper': 'significant-problems',
    'tba-impulsivity': 'some-problems',
    'tba-controlling': 'significant-problems',
    'tba-excuses-crime': 'some-problems',
    'tba-supervision': 'no-problems',
    'tba-staff-safety': 'no',
    'tba-sexual-harm': 'no',
    ...analysis('thinking', 'thinking', 'no', 'yes', 'yes'),

    'oa-description': text('Pushed his partner into a door frame during an argument at home'),
    'oa-elements': ['domestic-abuse', 'violence-threats'],
    'oa-motivation': ['power-control', 'emotional-state'],
    'oa-why': text('Jealousy when she went out with friends, after a day of drinking'),
    'oa-victims': [
      {
        rowId: 'victim-000001',
        values: { 'victim-relationship': 'partner', 'victim-age': 'adult', 'victim-sex': 'female' },
      },
    ],
    'oa-others-involved': 'alone',
    'oa-impact': 'some-problems',
    'oa-responsibility': 'some-problems',
    'oa-pattern': 'yes',
    'oa-pattern-details': text('Jealous, controlling behaviour in each relationship'),
    'oa-escalation': 'yes',
    'oa-escalation-details': text('From shouting, to damage, to an injury needing hospital care'),
    'oa-da-perpetrator': ['partner'],
    'oa-da-perpetrator-details': text('Two police call-outs for earlier partners'),
    'oa-da-victim': ['no'],
    'offence-harm': 'yes',
    'offence-harm-details': text('Injury to a partner, with escalation across relationships'),

    'overall-analysis': text(
      'Drinking and jealousy together drive the harm to partners; work and his mother are strengths',
    ),
  };
}
