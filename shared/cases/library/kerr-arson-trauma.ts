import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  answerOf,
  convictionColumns,
  dialogue,
  fields,
  heading,
  lacksOption,
  list,
  para,
  plan,
  ratedAs,
  released,
  rmp,
  rosh,
  table,
} from './blocks';

/**
 * Case 5 (advanced): a woman with a history of trauma and self-harm who set a fire in a block of flats.
 * Teaches: holding risk to others (the fire) and risk to self (self-harm, coping in custody, abuse by a
 * partner) in one assessment without letting either swallow the other; trauma-informed and gender-responsive
 * planning; and reviewing when the abusive ex-partner returns.
 */
export const kerrArsonTrauma: PracticeCaseInput = {
  format: 1,
  id: 'kerr-arson-trauma',
  version: 1,
  title: 'Shannon Kerr: a fire at Gull Court',
  summary:
    'A 27-year-old woman has pleaded guilty to arson after setting fire to her former partner’s belongings in her flat; an elderly neighbour needed rescue. She has a long history of trauma and self-harm, and has been abused by the same former partner.',
  task: 'You are preparing a pre-sentence report for Brindlemoor Crown Court, where Shannon is due to be sentenced on 14/12/2026. She is on bail at Lantern House, women’s supported housing in Saltmere, after six weeks on remand. Record the risks to Shannon herself in the risk to self assessment, complete the risk of serious harm analysis as at the report, and draft the risk management plan and sentence plan you would propose for a sentence served in the community. Finish with a reflective log.',
  themes: ['women', 'trauma', 'self-harm', 'fire-setting', 'domestic-abuse', 'responsivity'],
  difficulty: 'advanced',
  estimatedMinutes: 90,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Shannon Kerr',
    age: 27,
    pronouns: 'she/her',
    circumstances:
      'On bail at Lantern House, Saltmere, since 15/09/2026 after six weeks on remand at HMP Fernhill. Her daughter Ruby (6) lives with Ruby’s paternal grandmother under a special guardianship order; Shannon has supervised contact. Awaiting sentence.',
  },
  templateSet: ['risk-to-self', 'rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'indictment',
      title: 'Indictment and plea',
      kind: 'charge',
      agency: 'Brindlemoor Crown Court',
      author: 'Court clerk',
      date: '2026-10-30',
      release: { kind: 'start' },
      body: [
        fields({
          Defendant: 'Shannon Marie KERR',
          'Date of birth': '11/04/1999',
          Plea: 'Guilty on 30/10/2026',
        }),
        para(
          'Arson, being reckless as to whether life would be endangered: on 02/08/2026 at Saltmere, without lawful excuse damaged by fire a building known as Gull Court, being reckless as to whether the life of another would be thereby endangered.',
        ),
        para(
          'Sentence adjourned to 14/12/2026 for a pre-sentence report. Bail continued with a condition to live at Lantern House.',
        ),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-08-04',
      release: { kind: 'start' },
      body: [
        para(
          'Gull Court is a four-storey block of sixteen flats in Saltmere. The defendant lived in flat 9 on the third floor. At about 01:15 on 02/08/2026 she had a long phone call with her former partner, Jordan Mace. Her phone shows that he told her he was seeing someone else and that he would “make sure you never get Ruby back”.',
        ),
        para(
          'At about 01:30 she piled clothes and other belongings of Mr Mace’s in the middle of her living room, poured lighter fluid over them and set them alight. The smoke alarm sounded. The fire spread to the sofa and curtains. Neighbours called the fire service at 01:38.',
        ),
        para(
          'Firefighters evacuated the block. Mr Alan Fenn, aged 79, who lives next door in flat 10 and has a lung condition, could not find his way out through the smoke and was carried out by firefighters. He was treated in hospital for smoke inhalation and discharged after two days. He has not returned to the block.',
        ),
        para(
          'The defendant was found on her balcony. She had cut both forearms and said to the firefighters, “Just leave me, let me go.” She was taken to hospital and arrested the next day. Flat 9 was destroyed and there was smoke damage to the stairwell and three other flats.',
        ),
        heading('Interview'),
        para(
          'She admitted starting the fire. She said: “I wanted to burn his stuff. I wanted him to feel something. I didn’t think about anyone else. I didn’t care what happened to me.” She cried when told about Mr Fenn.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-08-04',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Shannon Marie KERR', Convictions: '4 convictions for 4 offences' }),
        table(convictionColumns, [
          [
            '12/02/2016',
            'Saltmere Youth Court',
            'Criminal damage (broke a window at her children’s home)',
            'Referral order 3 months',
          ],
          [
            '30/10/2019',
            'Saltmere Magistrates’ Court',
            'Criminal damage (scratched and smashed the windscreen of Jordan Mace’s car)',
            'Conditional discharge 12 months; compensation £300',
          ],
          [
            '04/08/2021',
            'Saltmere Magistrates’ Court',
            'Assault on an emergency worker (scratched a paramedic treating her after self-harm)',
            'Community order 12 months with a mental health treatment requirement (completed)',
          ],
          ['19/06/2023', 'Saltmere Magistrates’ Court', 'Drunk and disorderly', 'Fine £80'],
        ]),
      ],
    },
    {
      id: 'police-da-callouts',
      title: 'Police domestic abuse information',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-11-06',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Shannon Marie KERR, born 11/04/1999',
          'Other party in all incidents': 'Jordan MACE, former partner',
        }),
        table(
          ['Date', 'Shannon recorded as', 'What was reported', 'Outcome and risk grading'],
          [
            [
              '15/06/2019',
              'Victim',
              'She said Jordan punched her in the face during an argument.',
              'She withdrew the allegation; no further action. Risk graded medium.',
            ],
            [
              '27/09/2019',
              'Alleged perpetrator',
              'Jordan reported that she had damaged his car after he ended the relationship.',
              'Charged; convicted of criminal damage.',
            ],
            [
              '08/03/2021',
              'Victim',
              'Neighbours heard screaming. She had a black eye and a split lip. Jordan was arrested and charged with assault occasioning actual bodily harm.',
              'Case discontinued when she did not attend the trial. Risk graded high; heard at MARAC.',
            ],
            [
              '21/11/2023',
              'Victim',
              'She said Jordan had taken her phone and bank card and locked her in the flat overnight.',
              'No further action: insufficient evidence. Risk graded high; heard at MARAC.',
            ],
            [
              '10/05/2026',
              'Alleged perpetrator',
              'Jordan reported that she came to his address drunk at night, shouting and banging on the door. She said she had come to collect her belongings and that he had pushed her down the steps.',
              'Counter-allegations; no further action. Risk graded medium.',
            ],
          ],
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Saltmere team',
      author: 'Social worker, children in care and permanence team',
      date: '2026-11-04',
      release: { kind: 'start' },
      body: [
        fields({
          Child: 'Ruby Kerr (6), daughter',
          Status: 'Special guardianship order to Mrs Carol Whitlow (paternal grandmother) since 2023',
        }),
        para(
          'Ruby was on a child protection plan from 2022 to 2023 under the categories of neglect and emotional harm, linked to Ms Kerr’s drinking, self-harm and the domestic abuse she experienced from Mr Mace, who is not Ruby’s father. Ruby has lived with Mrs Whitlow since 2023 and is doing well.',
        ),
        para(
          'Ms Kerr has supervised contact once a month at the Saltmere family centre. Contact is warm and Ruby looks forward to it. On two occasions in 2025 contact was ended early because Ms Kerr smelt of alcohol. She missed contact in August and September while on remand; contact resumed in October and went well.',
        ),
        para(
          'Ms Kerr was herself in the care of this local authority from the age of 12 and was entitled to support from our leaving care service until she turned 25; that support ended in 2024. Mr Mace has no role in Ruby’s life and we would be concerned by any contact between him and Ruby.',
        ),
      ],
    },
    {
      id: 'custody-report',
      title: 'Custody report: remand period',
      kind: 'custody-report',
      agency: 'HMP Fernhill',
      author: 'Offender management unit',
      date: '2026-09-16',
      release: { kind: 'start' },
      body: [
        fields({ Prisoner: 'Shannon KERR', Period: 'Remanded 03/08/2026; released on bail 15/09/2026' }),
        list(
          'Self-harm support plan (ACCT) opened on arrival because of cuts to her arms and her comments at reception. Three incidents of cutting in the first fortnight; a ligature was found in her cell on 12/08. The plan was closed on 02/09 after a period of stability.',
          'Seen weekly by the mental health in-reach team; described as engaging well once trust was built.',
          'One adjudication, 10/08: threw a cup of water at an officer during a cell search. She later said being held by the arm during the search reminded her of being restrained as a child. Proven; caution.',
          'Worked in the kitchens from week three and was described as reliable and good-humoured. Attended a healthy relationships group.',
        ),
      ],
    },
    {
      id: 'cmht-letter',
      title: 'Letter from the community mental health team',
      kind: 'agency-letter',
      agency: 'Brindlemoor NHS Trust, Saltmere community mental health team',
      author: 'Consultant psychiatrist',
      date: '2026-11-09',
      release: { kind: 'start' },
      body: [
        para(
          'Shannon has been known to us since 2019. Her diagnosis is complex post-traumatic stress disorder, arising from abuse and neglect in childhood. She was taken into care at twelve. She began self-harming at thirteen. She took overdoses in 2020 and 2024, each needing a hospital admission.',
        ),
        para(
          'Her self-harm is usually impulsive, and follows feeling abandoned or rejected, often after contact with Mr Mace or after drinking. Her records note that at fifteen she set fire to a waste bin at her residential unit after a placement move; no one was hurt and she was not charged.',
        ),
        para(
          'She has been offered trauma-focused psychological therapy; the wait is about six months. Her engagement with us has been patchy, but better when she has had a consistent female worker. We would support a mental health treatment requirement and can offer a named care coordinator.',
        ),
      ],
    },
    {
      id: 'lantern-letter',
      title: 'Letter from the Lantern Women’s Centre',
      kind: 'agency-letter',
      agency: 'Lantern Women’s Centre, Saltmere',
      author: 'Key worker, Lantern House',
      date: '2026-11-10',
      release: { kind: 'start' },
      body: [
        para(
          'Shannon has lived at Lantern House since 15/09/2026. It is an alcohol-free house for eight women with staff on site around the clock. She has kept to the house rules, attends our Tuesday wellbeing group and a cooking course, and has started to talk with me about what happened in her relationships.',
        ),
        para(
          'She is warm, funny and supportive to other residents. She would like to work in catering. She can stay with us for up to a year, and we could offer one-to-one support alongside any order of the court.',
        ),
      ],
    },
    {
      id: 'psr-interview',
      title: 'Pre-sentence interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Saltmere',
      author: 'Report writer (female practitioner, at Shannon’s request)',
      date: '2026-11-12',
      release: { kind: 'start' },
      body: [
        para('Interview at the Lantern Women’s Centre. Shannon asked for a break after thirty minutes.'),
        dialogue({ PO: 'practitioner', Shannon: 'person' }, [
          ['PO', 'Can you tell me about that night?'],
          [
            'Shannon',
            'Jordan rang me. He said he had someone new and that he’d make sure I never got Ruby back. Something just went. I’d had half a bottle of vodka. I got all his stuff and I wanted it gone, like him. It was meant to be a small fire on the rug.',
          ],
          ['PO', 'What did you think would happen?'],
          [
            'Shannon',
            'I didn’t think. That’s the honest answer. I didn’t care what happened to me. I never thought about Alan next door. He used to give me his paper when he’d finished it.',
          ],
          ['PO', 'How do you feel about him now?'],
          [
            'Shannon',
            'I could have killed him. I think about it every night. I wrote him a letter but my solicitor said not to send it.',
          ],
          [
            'PO',
            'The police records show times when Jordan hurt you, and times when he said you damaged his things or came to his house. How do you see that relationship?',
          ],
          [
            'Shannon',
            'He’s the only one who ever stuck around. That sounds mad, I know. When he’s nice he’s really nice. When he’s not… I’ve had black eyes. But I’ve done things too. I went round there in May to get my stuff, and I was drunk. I’m done with him now. Honestly.',
          ],
          ['PO', 'When do you cut yourself?'],
          [
            'Shannon',
            'When I feel like I’m going to explode. When someone leaves, or when someone holds me down. It’s how I get through it. I haven’t since I came here.',
          ],
          ['PO', 'What helps?'],
          [
            'Shannon',
            'Ruby. Having a woman to talk to. Being busy. The kitchen in prison was the best bit, weirdly.',
          ],
        ]),
        para(
          'Report writer’s note: her account fits the evidence, including the part played by alcohol and Mr Mace’s call. She first described the fire as “small” but then spoke with real distress about the danger to Mr Fenn. She sees herself as partly responsible for the abuse she experienced.',
        ),
      ],
    },
    {
      id: 'fire-investigation',
      title: 'Fire investigation report (summary)',
      kind: 'assessment-report',
      agency: 'Brindlemoor Fire and Rescue Service',
      author: 'Fire investigation officer',
      date: '2026-09-20',
      release: { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'offence' },
      newInformation: {
        headline:
          'The fire service report, received late, says the stairwell filled with smoke within minutes and Mr Fenn could have died.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'nature-of-harm' },
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
        ],
      },
      body: [
        para(
          'The fire was started deliberately in the living room of flat 9 using an accelerant. The door closer on the flat’s front door had been removed at some earlier date, so the door stood open and smoke entered the communal stairwell, which was the only escape route for the upper floors.',
        ),
        para(
          'In my opinion the stairwell would have been impassable within about five minutes of ignition. Had the fire service arrived later, or had the smoke alarm in flat 10 not worked, it is likely that Mr Fenn would have died. Other residents on the fourth floor were at risk for the same reason.',
        ),
      ],
    },
    {
      id: 'lantern-email',
      title: 'Email from Lantern House',
      kind: 'message',
      agency: 'Lantern Women’s Centre, Saltmere',
      author: 'Key worker, Lantern House',
      date: '2026-11-18',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Jordan has been seen outside Lantern House; Shannon came back drunk with a bruised wrist and missed her mental health appointment.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'victim-safety-detail' },
        ],
      },
      body: [
        para(
          'I wanted to let you know before you finish your report. Staff have seen Jordan Mace outside Lantern House twice this week. Last night Shannon came back at 23:40, which is after curfew, smelling of alcohol and with bruising around her right wrist. She said she fell. This morning she told me she had met Jordan “just to talk” and that he is “different now”.',
        ),
        para(
          'She did not go to her appointment with the mental health team yesterday. She is low today and has asked for her door to be left unlocked. We have increased night checks and she has agreed a safety plan with us. We are worried.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 5,
    daPerpetratorCallouts: 2,
    childrenInHousehold: false,
    safeguardingResponseOnFile: true,
    daNoTrace: false,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: true,
    selfHarmHistory: true,
    substanceMisuse: true,
    daVictim: true,
  },
  rules: [
    {
      id: 'self-harm-not-current',
      severity: 'warning',
      when: { '!=': [answerOf('risk-to-self', 'self-harm-current'), 'yes'] },
      message:
        'Shannon cut herself on the night of the fire and three times in the first fortnight on remand. How have you recorded the current risk of self-harm, and on what evidence?',
      itemRef: { templateId: 'risk-to-self', itemId: 'self-harm-current' },
      documentRef: 'custody-report',
    },
    {
      id: 'coping-in-custody-missed',
      severity: 'question',
      when: {
        and: [
          { '!=': [answerOf('risk-to-self', 'coping-custody-current'), 'yes'] },
          { '!=': [answerOf('risk-to-self', 'coping-custody-previous'), 'yes'] },
        ],
      },
      message:
        'A self-harm support plan was opened on Shannon’s first day on remand and a ligature was found. The court may be considering custody. How would she cope?',
      itemRef: { templateId: 'risk-to-self', itemId: 'coping-custody-current' },
      documentRef: 'custody-report',
    },
    {
      id: 'vulnerability-missed',
      severity: 'question',
      when: { '!=': [answerOf('risk-to-self', 'vulnerability-current'), 'yes'] },
      message:
        'The police record Shannon as the victim in three incidents with Jordan, two of them heard at MARAC. Where does her vulnerability to him appear in your assessment?',
      itemRef: { templateId: 'risk-to-self', itemId: 'vulnerability-current' },
      documentRef: 'police-da-callouts',
    },
    {
      id: 'public-rated-low',
      severity: 'question',
      when: ratedAs('public', 'community', ['low']),
      message:
        'Sixteen flats were evacuated and a 79-year-old neighbour was carried out through the smoke. What makes serious harm to others unlikely if the same circumstances arise again?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'cps-summary',
    },
    {
      id: 'trauma-not-in-responsivity',
      severity: 'question',
      when: lacksOption(plan('responsivity-needs'), 'trauma'),
      message:
        'Shannon’s mental health team describe complex trauma, and she told you being held down is a trigger. How does the plan take that into account?',
      itemRef: { templateId: 'sentence-plan', itemId: 'responsivity-needs' },
      documentRef: 'cmht-letter',
    },
    {
      id: 'no-marac-after-contact',
      severity: 'question',
      when: { and: [released('lantern-email'), lacksOption(rmp('controls'), 'marac')] },
      message:
        'Shannon is back in contact with a man twice heard at MARAC as a risk to her, and has a new injury. Would you refer her to MARAC again, and who would you tell today?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
      documentRef: 'lantern-email',
    },
    {
      id: 'suicide-risk-discounted',
      severity: 'warning',
      when: { '!=': [answerOf('risk-to-self', 'suicide-current'), 'yes'] },
      message:
        'Shannon has taken two overdoses after rejection, and a ligature was found in her cell on remand. How have you recorded the current risk of suicide, and on what evidence?',
      itemRef: { templateId: 'risk-to-self', itemId: 'suicide-current' },
      documentRef: 'custody-report',
    },
    {
      id: 'arson-not-screened',
      severity: 'question',
      when: { '!=': [rosh('screen-arson'), 'yes'] },
      message:
        'Shannon poured lighter fluid over a pile of belongings in a block of flats and set it alight, and she set a fire at fifteen. How has the screening answered the question about fire-setting?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-arson' },
      documentRef: 'cps-summary',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'A woman who is both a risk to others and at serious risk herself. The fire endangered life; her self-harm, abuse by her former partner and trauma are real and current. A sound assessment keeps both in view, rates the risk to the public from the fire honestly, and plans in a trauma-informed, gender-responsive way.',
    keyEvidence: [
      {
        point:
          'The fire endangered life: an accelerant, a block of flats, a single escape route filled with smoke, and an elderly neighbour who could have died.',
        documentRefs: ['cps-summary', 'fire-investigation'],
      },
      {
        point:
          'Triggers repeat: rejection or threats from Jordan, alcohol, and feeling she has nothing to lose. An earlier fire at fifteen followed a placement move.',
        documentRefs: ['cps-summary', 'cmht-letter', 'psr-interview'],
      },
      {
        point:
          'She is mostly recorded as the victim of Jordan’s abuse (two MARAC hearings), but has also damaged his property and gone to his home drunk.',
        documentRefs: ['police-da-callouts', 'previous-convictions'],
      },
      {
        point:
          'Risk to self: cutting on the night, an ACCT on remand with a ligature found, two previous overdoses, impulsive self-harm after rejection.',
        documentRefs: ['custody-report', 'cmht-letter', 'cps-summary'],
      },
      {
        point:
          'Strengths and protective factors: remorse for Mr Fenn, Ruby, stable engagement at Lantern House, reliable work in the prison kitchen, better engagement with a consistent female worker.',
        documentRefs: ['psr-interview', 'lantern-letter', 'custody-report', 'cmht-letter'],
      },
      {
        point:
          'Late information: Jordan back in contact, drinking, a new injury and a missed appointment: the circumstances of the offence and of her self-harm are returning together.',
        documentRefs: ['lantern-email'],
      },
    ],
    roshRanges: [
      {
        group: 'public',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Fire in shared housing endangered life. Medium is defensible while she lives in a staffed, alcohol-free house with the triggers absent, provided the trainee names them as the change that would raise the risk.',
        documentRefs: ['cps-summary', 'fire-investigation', 'lantern-letter'],
        afterNewInformation: {
          documentId: 'lantern-email',
          from: 'medium',
          to: 'high',
          reasons:
            'The triggers are returning (Jordan, alcohol, low mood). High is well supported; medium needs a clear account of what still holds the risk down.',
        },
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'Targeted damage to Jordan’s property and going to his home drunk; no serious injury to him. Her risk from him is greater, and belongs under vulnerability.',
        documentRefs: ['police-da-callouts', 'previous-convictions'],
      },
      {
        group: 'children',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'Ruby is safe with her guardian and contact is supervised. Fire-setting and drinking would matter if contact became unsupervised or took place where Shannon lives.',
        documentRefs: ['childrens-social-care'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'Scratched a paramedic when distressed, threw water at an officer when restrained: reactions to touch and restraint.',
        documentRefs: ['previous-convictions', 'custody-report'],
      },
      {
        group: 'prisoners',
        setting: 'custody',
        from: 'low',
        to: 'low',
        reasons: 'Got on well with others on remand.',
        documentRefs: ['custody-report'],
      },
    ],
    riskToSelf:
      'High and current: impulsive self-harm and overdose after rejection, a ligature on remand, alcohol, and renewed contact with an abusive former partner. Coping in custody is a real concern if the court imposes custody; the report should say so. Vulnerability to Jordan is the other half of the domestic abuse picture.',
    mappa:
      'Arson endangering life is a specified violent offence, and category 2 turns on the sentence imposed: 12 months or more of imprisonment or detention, or a hospital or guardianship order, would make her category 2. A community order never does; she would then be eligible only if referred under category 3 and accepted, which the case does not obviously need. MARAC is the more relevant forum for the domestic abuse, and it does not stand in for MAPPA.',
    discussionPoints: [
      'How do you write about a woman’s violence and her victimisation in the same report without excusing one or erasing the other?',
      'What does trauma-informed supervision look like in practice here (gender of worker, touch, control, predictability)?',
      'How should the report speak to custody, given the remand experience?',
      'What would you say to the court after the Lantern House email, two weeks before sentence?',
      'Who is Mr Fenn in the plan? Is there any victim contact to consider?',
      'What would the plan do about fire itself? A fire and rescue service safe-and-well visit to wherever she lives, working smoke alarms, an agreement about lighters, lighter fluid and other accelerants, and specialist fire-setting work (an assessment and a structured intervention with someone trained in it), timed so that it does not overwhelm her trauma work.',
    ],
    pitfalls: [
      'Rating the public low because the fire was aimed at Jordan’s belongings rather than at people.',
      'Letting the risk to self dominate so that the risk from fire-setting is not analysed.',
      'Recording Jordan only as her victim, or only as her abuser.',
      'A plan that relies on group work with men or on being physically searched or restrained without thought.',
      'Not updating the assessment or the proposal after the Lantern House email.',
      'A plan with no fire-safety measures and no specialist fire-setting work, as if the fire were only a symptom of her distress.',
      'Recording the current self-harm as a past concern because she says she is better now.',
    ],
  },
};
