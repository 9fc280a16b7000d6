import type { ProseAttempt } from './build';

/**
 * Held out: sound attempts written after the cue lists were settled, in voices the other fixtures do not
 * use (long reflective paragraphs, clipped bullet notes, a cautious new trainee). The evaluation counts
 * them like the rest; they were not used to tune the analysis.
 */
export const proseC: ProseAttempt[] = [
  {
    caseId: 'kerr-arson-trauma',
    name: 'held out, sound, long reflective paragraphs',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Following an argument with her former partner Jordan Mace, Shannon poured an accelerant in the living room of flat 9 and set it alight. The fire investigator concluded that with the door closer removed, smoke reached the shared stairwell, the only route out for people upstairs, within minutes; her neighbour Mr Fenn, who is elderly, was rescued.',
      account:
        'In interview Shannon told me that she wanted to destroy things Jordan had left behind and that she never pictured anyone else getting hurt.',
      accountVersusEvidence:
        'I think her remorse is real, but her version underplays the danger. The investigation report describes a fire that could have killed Mr Fenn, so I have given more weight to that report than to her description of what she intended.',
      history:
        'A fire at fifteen after a placement move and, as an adult, damage to Jordan’s property while drunk. Each episode follows rejection.',
      whoAtRisk: 'Neighbours in any shared building she lives in, fire crews, Jordan, and Shannon.',
      imminence:
        'The triggers are rejection or threats from Jordan, drinking, and a sense that nothing matters any more; these came together before the offence.',
      factors: [['Setting fires when rejected', 'Twice now, with more danger the second time.']],
      grid: { public: 'high', 'known-adult': 'medium', children: 'low', staff: 'medium' },
      rationale:
        'Having weighed the fire report against the definitions, I have placed the public at high. Staff are medium because firefighters and hostel staff could be hurt if she set another fire.',
      supervision:
        'I will see her every week at Lantern House, keeping the same female worker where possible, with a three-way review with her CMHT nurse each month.',
      controls:
        'Lantern House have agreed a room check for lighters and accelerants; the fire service will carry out a safe and well visit.',
      interventions:
        'A referral for specialist fire-setting work, and alcohol support through the community drug and alcohol team.',
      contingency: [
        [
          'Contact with Jordan resumes, or she is drinking again',
          'Lantern House staff ring me; I arrange to see her within 24 hours and talk to the CMHT about her safety.',
          'approved-premises',
          'within-24-hours',
        ],
      ],
    },
  },
  {
    caseId: 'hale-indecent-images',
    name: 'held out, sound, clipped bullets',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        '- Long-term collection of indecent images, hidden folders, wiping software.\n- Chats: sexual interest in girls about 12–14; asked another user about access.',
      accountVersusEvidence:
        '- Says chats were "role play", children "not real".\n- Chat logs in the CPS summary do not support that.',
      whoAtRisk: '- Lily (stepdaughter, 13).\n- Girls he could meet through volunteering or online.',
      factors: [['Sexual interest in young girls', 'Chats; Lily is within the age range.']],
      grid: { children: 'high', public: 'low', 'known-adult': 'low', staff: 'low' },
      rationale: '- Children: high. Predictors low but they miss the access chats.',
      selfRisk:
        '- GP: thoughts that his family would be better off without him, returned after press coverage. Drinking a bottle of wine most nights.',
      supervision: '- Weekly appointments; joint home visit with PPU officer in first month.',
      controls: '- SHPO conditions; police device checks; no unsupervised contact with under-18s.',
      victimSafety: '- Social worker told of any breach of the safety agreement the same day.',
      contingency: [
        ['Undeclared device found', 'Police and SPO told; consider breach of SHPO.', 'police', 'same-day'],
      ],
    },
  },
  {
    caseId: 'rooke-acquisitive',
    name: 'held out, sound, cautious new trainee',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Danny took items from a supermarket to sell. When the security guard, Mr Aziz, blocked the door and asked to see his bag, Danny pushed him in the chest with both hands.',
      accountVersusEvidence:
        'Danny said he panicked and only wanted to get out. I am not sure this fully explains it, because the statement describes a two-handed push, and the 2021 incident with a police officer looked similar.',
      history:
        'Almost all of his record is theft linked to heroin use. The few violent incidents (2012, 2021 and now) all happened when someone challenged him while he was withdrawing. When he was on methadone from 2017 to 2019 he did not offend.',
      whoAtRisk: 'Shop and security staff who challenge him; Danny himself.',
      imminence: 'Mostly when he is withdrawing and is stopped or searched.',
      factors: [['Heroin dependence', 'It drives the thefts and the moments of violence.']],
      grid: { public: 'medium', staff: 'low', children: 'low', 'known-adult': 'low' },
      rationale:
        'I have gone for medium for the public. I did think about whether his very high OGRS should push this up, but that score is about reoffending, not serious harm, and his RSR is low.',
      selfRiskSections: [
        [
          'suicide',
          'He overdosed in March 2026 and was revived with naloxone by an outreach worker. He uses alone in a tent and has said things that suggest he would not mind dying, although he also talks about wanting to see his son.',
        ],
      ],
      supervision: 'Appointments in person through the outreach team, with a picture card to remind him.',
      interventions:
        'Referral back to the recovery service to restart methadone; naloxone kit; duty to refer to the council housing team.',
      contingency: [
        [
          'He misses a methadone collection',
          'The recovery worker will phone the outreach team and me so someone can find him that day.',
          'treatment-provider',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'pritchard-autism-responsivity',
    name: 'held out, sound, first person with hedging',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Owen hit the driver after the bus left its normal route because of roadworks. The CCTV shows him getting more and more agitated from the moment the bus turned off.',
      accountVersusEvidence:
        'Owen’s account (“the bus went the wrong way”) fits the CCTV, but in interview he said yes to almost everything I asked, so I checked his answers against the CLDT letter and his mother’s letter rather than relying on them.',
      history:
        'At the job centre in 2024 a door that was normally open was locked and he pushed a member of staff. Both incidents came after an unexpected change to his routine.',
      whoAtRisk:
        'People in public-facing jobs when his routine is disrupted; Owen himself, given the men using his flat and his bank card.',
      factors: [['Distress when routines change suddenly', 'Both incidents.']],
      grid: { public: 'medium', staff: 'medium', children: 'low', 'known-adult': 'low' },
      rationale: 'Medium for staff and for the public. I considered low, but both incidents caused injury.',
      supervision:
        'Same room, same time, same officer each week; a visual timetable; short questions and asking him to tell me back what we agreed.',
      controls:
        'Sharing information with the police and adult social care about the men at his flat; the adult safeguarding enquiry stays open.',
      contingency: [
        [
          'Signs that others are using his flat again',
          'Tell adult social care and the police that day.',
          'practitioner',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'whitcombe-account-contradicted',
    name: 'held out, weak, trusting and vague',
    quality: 'weak',
    expected: ['account-as-fact', 'evidence-not-mentioned', 'generic-plan'],
    prose: {
      whatHappened: 'A disagreement between two motorists ended with Mr Clegg being hit in the face.',
      account:
        'Paul explained that he felt threatened when Mr Clegg approached the van and grabbed the nearest thing to protect himself.',
      accountVersusEvidence:
        'Paul came across as credible and I have no reason to doubt what he told me. He has worked for the same firm for many years and has a stable life, so this seems to be an isolated event.',
      history: 'Very little of concern in his background.',
      whoAtRisk: 'Mr Clegg.',
      grid: { public: 'low', 'known-adult': 'low', children: 'low', staff: 'low' },
      rationale: 'Low, as this was a one-off.',
      supervision:
        'Paul will be seen in line with national standards and the risk will be kept under review.',
      contingency: [
        [
          'If risk increases',
          'Relevant agencies will be contacted as appropriate.',
          'practitioner',
          'next-contact',
        ],
      ],
    },
  },
  {
    caseId: 'deverell-licence-recall',
    name: 'held out, weak, grid below the argument',
    quality: 'weak',
    expected: ['prose-contradicts-rating', 'risk-not-planned'],
    prose: {
      whatHappened: 'On licence for wounding after he glassed Mr Harding in a pub.',
      whoAtRisk: 'Ms Grant and her two children, and men he argues with in pubs.',
      imminence:
        'He is drinking again and came back to the hostel drunk with grazed knuckles on 15/11, the same night as the Heron Way incident.',
      factors: [['Alcohol', 'Every serious offence followed drinking.']],
      grid: { public: 'medium', 'known-adult': 'medium', children: 'medium', staff: 'low' },
      rationale:
        'The risk to his new partner is very high: she has already been hurt and he is hiding the relationship.',
      supervision:
        'Craig will report to me twice a week and we will discuss his relationship with Ms Grant and his plans for moving on from the approved premises.',
      contingency: [
        [
          'He does not return to the hostel',
          'Recall considered with the manager the same day.',
          'manager',
          'same-day',
        ],
      ],
    },
  },
];
