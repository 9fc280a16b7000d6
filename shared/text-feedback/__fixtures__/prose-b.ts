import type { ProseAttempt } from './build';

/** The other five cases, in the same spirit as prose-a. */
export const proseB: ProseAttempt[] = [
  {
    caseId: 'deverell-licence-recall',
    name: 'sound, discursive',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'In 2022 Craig broke a pint glass and pushed it into Mr Harding’s face in a pub after feeling disrespected; he was drinking.',
      accountVersusEvidence:
        'He now accepts the glassing but says he “only meant to scare him”; the summary shows a deliberate act that nearly killed a stranger, so I do not accept that part of his account.',
      history:
        'Wounding and actual bodily harm earlier follow the same pattern of drink and perceived disrespect. His former partner was threatened with fire and followed in breach of a non-molestation order.',
      whoAtRisk: 'Men he feels slighted by in pubs; a new partner, Ms Grant, and her two children.',
      imminence:
        'Drinking and a relationship he is hiding from me: the night of 15/11 he came back to the approved premises drunk with grazed knuckles, and police attended Heron Way the same night.',
      factors: [
        ['Alcohol and violence', 'Every serious offence followed drinking.'],
        ['Undisclosed relationship', 'He has not told me about Ms Grant.'],
      ],
      grid: { public: 'high', 'known-adult': 'high', children: 'medium', staff: 'low' },
      rationale:
        'Public and known adult are high: the harm could happen at any time now his drinking has returned. Children medium.',
      review: [
        [
          'Hostel incident report and the Heron Way callout',
          'Drinking, an injury and a domestic incident with children present.',
          'I discussed recall with my manager the same morning.',
        ],
      ],
      supervision: 'Daily contact at the approved premises until the recall decision.',
      controls: 'Breath tests at the approved premises; curfew; police checks on Heron Way.',
      interventions: 'Alcohol service referral.',
      contingency: [
        [
          'Another positive breath test or a night away',
          'Standard or emergency recall considered with the manager.',
          'manager',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'deverell-licence-recall',
    name: 'weak: ignores the November incidents, vague plan',
    quality: 'weak',
    expected: ['evidence-not-mentioned', 'generic-plan'],
    prose: {
      whatHappened:
        'Craig assaulted a man in a pub and was sent to prison. He has served most of his sentence and is now on licence at the approved premises.',
      history: 'He has a history of violence against men in pubs and some domestic abuse in the past.',
      whoAtRisk: 'Men in pubs and any partner he may have in future.',
      imminence:
        'He has settled well at the hostel and done programme work, so the risk is reducing over time.',
      factors: [['Violence', 'He has been violent when angry.']],
      grid: { public: 'medium', 'known-adult': 'medium', children: 'low', staff: 'low' },
      rationale: 'Medium across the board as he has been compliant and done courses.',
      supervision:
        'Craig will continue to be seen at the approved premises and supervision will continue as planned.',
      contingency: [
        [
          'Any concerns',
          'Monitor the situation and take action where necessary.',
          'practitioner',
          'next-contact',
        ],
      ],
    },
  },
  {
    caseId: 'hale-indecent-images',
    name: 'sound, formal',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Mr Hale downloaded and kept indecent images of children over several years and took steps to hide them.',
      accountVersusEvidence:
        'He describes the chats as role play. The case summary records that he described a sexual interest in girls of 12 to 14 and asked another user about access, which his account does not explain.',
      history: 'No previous convictions; the offending was long-term and organised.',
      whoAtRisk: 'Lily, his stepdaughter of 13, and children he met through coaching.',
      nature: 'Sexual abuse of a child; further demand for images causes harm to the children in them.',
      factors: [['Sexual interest in girls of 12 to 14', 'Stated in the chats; Lily is in that age range.']],
      grid: { children: 'high', public: 'low', 'known-adult': 'low', staff: 'low' },
      rationale: 'Children high despite low predictor scores, which cannot see the chats about access.',
      selfRisk:
        'His GP records suicidal thoughts at arrest and after publicity; he is drinking most nights and isolated.',
      supervision: 'Weekly, with police public protection unit joint visits.',
      controls: 'Sexual harm prevention order; device checks by the police; notification requirements.',
      interventions: 'Accredited programme for internet offending.',
      victimSafety:
        'Children’s social care hold the safety agreement for Lily; any visit to the home is shared with them the same day.',
      contingency: [
        [
          'A visit to the family home or contact with Lily',
          'Children’s social care and police informed.',
          'practitioner',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'hale-indecent-images',
    name: 'weak: relies on scores, misses access',
    quality: 'weak',
    expected: ['evidence-not-mentioned', 'prose-contradicts-rating'],
    prose: {
      whatHappened:
        'Mr Hale was found with indecent images of children on his computer. He pleaded guilty at the first opportunity and is very ashamed.',
      accountVersusEvidence:
        'He has shown remorse and recognises that the images were wrong to look at, and he wants help to stop.',
      history: 'He has no previous convictions of any kind.',
      whoAtRisk: 'The children in the images.',
      factors: [['Internet use', 'Spends long periods alone online at night.']],
      grid: { children: 'medium', public: 'low', 'known-adult': 'low', staff: 'low' },
      rationale:
        'His predictor scores are all low. I think the risk to children is low as he has never had contact with a child sexually.',
      controls:
        'He has a sexual harm prevention order and will comply with device checks and his online activity will be monitored by the police.',
      supervision: 'Weekly at first.',
    },
  },
  {
    caseId: 'kerr-arson-trauma',
    name: 'sound, first person',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Shannon set fire to her flat using an accelerant after a row with Jordan; smoke filled the only escape stairwell and her elderly neighbour Mr Fenn could have died.',
      accountVersusEvidence:
        'She says she only wanted to burn his things and did not think about the neighbours. The fire investigation shows the fire spread to the stairwell within minutes, so the danger to life was much greater than she accepts.',
      history:
        'An earlier fire at fifteen followed a placement move; damage to Jordan’s property when drunk.',
      whoAtRisk: 'Neighbours in shared housing, Jordan, and Shannon herself.',
      imminence: 'Rejection or threats from Jordan, alcohol and feeling she has nothing to lose.',
      factors: [
        ['Fire-setting under stress', 'Twice, both after a rejection.'],
        ['Alcohol', 'Drinking before the fire.'],
      ],
      grid: { public: 'high', 'known-adult': 'medium', children: 'low', staff: 'low' },
      rationale:
        'High for the public: another fire in shared housing could happen at any time if the triggers return.',
      selfRiskSections: [
        [
          'self-harm',
          'Cutting on the night; an ACCT on remand with a ligature found in her cell on 12/08; two previous overdoses.',
        ],
      ],
      selfRisk: 'Cutting on remand and a ligature found; two overdoses.',
      supervision: 'Weekly with a consistent female worker, joint sessions with her CMHT worker.',
      controls: 'Fire service safe and well visit at Lantern House; no lighters in her room.',
      interventions: 'Specialist fire-setting work and an alcohol service referral.',
      contingency: [
        [
          'Jordan back in contact or she returns drunk',
          'Lantern House staff tell me; I see her within a day and review the plan with the CMHT.',
          'practitioner',
          'within-24-hours',
        ],
      ],
    },
  },
  {
    caseId: 'kerr-arson-trauma',
    name: 'weak: plan misses fire, generic contingency',
    quality: 'weak',
    expected: ['risk-not-planned', 'generic-plan'],
    prose: {
      whatHappened: 'Shannon started a fire in her flat after an argument with her ex-partner Jordan.',
      accountVersusEvidence:
        'She said it was a mistake and she did not mean for it to spread, which fits with the fire investigation finding that the door closer had been removed.',
      whoAtRisk: 'Neighbours and Shannon herself.',
      imminence: 'When she is upset she may set fires again, particularly if drinking.',
      factors: [['Fire-setting', 'She set a fire at fifteen as well.']],
      grid: { public: 'medium', 'known-adult': 'low', children: 'low', staff: 'low' },
      rationale: 'Medium, because she has engaged well at Lantern House.',
      supervision:
        'Shannon will be seen weekly and will be supported with her mental health and her drinking by her key worker.',
      interventions: 'Continue with the alcohol service.',
      contingency: [['Deterioration', 'Support will be offered as needed.', 'practitioner', 'next-contact']],
    },
  },
  {
    caseId: 'pritchard-autism-responsivity',
    name: 'sound, discursive',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Owen hit the bus driver when the bus turned off its usual route; the CCTV shows him becoming distressed at the change.',
      accountVersusEvidence:
        'Owen says the driver “went the wrong way”. That matches the footage, but he does not see the driver’s injury, and his “yes” answers in interview need checking against the CLDT letter.',
      history:
        'The job centre door in 2024 was the same: distress when a routine breaks, calming when he has space.',
      whoAtRisk:
        'Staff in public roles such as drivers, and Owen himself, who is being exploited by men using his flat.',
      imminence: 'Unexpected changes to routine and crowded places.',
      factors: [['Distress at change', 'Both incidents followed an unexpected change.']],
      grid: { public: 'medium', staff: 'medium', children: 'low', 'known-adult': 'low' },
      rationale: 'Medium for staff and the public: harm is unlikely unless a sudden change overwhelms him.',
      supervision:
        'Same day and time each week in a quiet room, with his mother present if he wishes, and a picture schedule.',
      controls: 'Police liaison about the men using his flat; the adult safeguarding enquiry continues.',
      interventions: 'Work with the community learning disability team on coping with change.',
      contingency: [
        ['Men seen at his flat again', 'Adult social care and the police told.', 'practitioner', 'same-day'],
      ],
    },
  },
  {
    caseId: 'pritchard-autism-responsivity',
    name: 'weak: misses the exploitation, vague plan',
    quality: 'weak',
    expected: ['evidence-not-mentioned', 'generic-plan'],
    prose: {
      whatHappened: 'Owen assaulted a bus driver during a journey. He has autism and a learning disability.',
      accountVersusEvidence: 'He found the journey upsetting and struck out, and he is sorry.',
      whoAtRisk: 'Bus drivers and the public.',
      imminence: 'When he is stressed.',
      factors: [['Poor emotional regulation', 'He lashes out when upset.']],
      grid: { public: 'medium', staff: 'medium', children: 'low', 'known-adult': 'low' },
      rationale: 'Medium, as he has hurt someone before when upset and could do it again.',
      supervision: 'Owen will attend appointments as required and will be reminded about his order.',
      contingency: [
        [
          'Missed appointments',
          'Appropriate action will be taken in line with enforcement policy.',
          'practitioner',
          'next-contact',
        ],
      ],
    },
  },
  {
    caseId: 'rooke-acquisitive',
    name: 'sound, terse notes',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened: 'Shoplifting; pushed security guard Mr Aziz when challenged.',
      accountVersusEvidence:
        'Says he “just tried to get past”. CCTV and statement: pushed Mr Aziz in the chest with both hands. Some minimising.',
      history:
        'Thefts to fund heroin use; violence when challenged while withdrawing (2012 robbery, 2021 police officer, now Mr Aziz). None while stable on methadone 2017–2019.',
      whoAtRisk: 'Shop staff and security; himself.',
      imminence: 'Withdrawal plus being challenged.',
      factors: [['Heroin dependence', 'Drives theft and the confrontations.']],
      grid: { public: 'medium', staff: 'low', children: 'low', 'known-adult': 'low' },
      rationale:
        'Public medium. OGRS very high but RSR low: likely to steal again, serious harm unlikely unless challenged while withdrawing.',
      selfRiskSections: [
        [
          'suicide',
          'Overdose in March 2026, revived with naloxone. Injects alone. Says he would not mind dying.',
        ],
        ['vulnerability', 'Attacked in his tent, head wound, left hospital before being seen.'],
      ],
      supervision: 'In person via outreach; pictorial appointment card.',
      interventions: 'Recovery service: methadone restart, naloxone kit. Housing duty to refer.',
      contingency: [
        [
          'Missed methadone pick-ups',
          'Recovery worker phones me; outreach visit.',
          'treatment-provider',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'rooke-acquisitive',
    name: 'weak: predictors as RoSH, overdose not weighed',
    quality: 'weak',
    expected: ['evidence-not-mentioned', 'prose-contradicts-rating', 'risk-not-planned'],
    prose: {
      whatHappened: 'Danny stole from a shop and pushed a security guard who tried to stop him.',
      accountVersusEvidence: 'He admits the theft and says he was desperate.',
      history: 'He has a very long record for theft going back many years.',
      whoAtRisk: 'Shopkeepers.',
      imminence: 'He is homeless and sleeping in a tent, and will keep stealing to fund his habit.',
      factors: [['Homelessness', 'Rough sleeping since the summer.']],
      grid: { public: 'medium', staff: 'low', children: 'low', 'known-adult': 'low' },
      rationale: 'I consider the risk to the public to be high, as his OGRS score is 91%.',
      selfRiskSections: [
        [
          'suicide',
          'He said he has thought about it in the past but is not thinking about it now and would not act on it. He has a son he wants to see and he told me he is looking forward to that, which keeps him going.',
        ],
      ],
      supervision:
        'Danny will report weekly and will be encouraged to engage with the drug service to address his use.',
      contingency: [
        [
          'Further offending',
          'Breach proceedings considered with the manager.',
          'manager',
          'within-two-working-days',
        ],
      ],
    },
  },
];
