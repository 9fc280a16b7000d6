import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  convictionColumns,
  dialogue,
  fields,
  heading,
  lacksOption,
  list,
  note,
  para,
  rosh,
  rmp,
  table,
} from './blocks';

/**
 * Case 1 (foundation): domestic abuse with two children in the household. Teaches: reading the police
 * call-out history and the prosecution summary against the person's account, rating the known adult and the
 * children separately, and revisiting the rating when he moves back home.
 */
export const cotterDomesticAbuse: PracticeCaseInput = {
  format: 1,
  id: 'cotter-domestic-abuse',
  version: 1,
  title: 'Ryan Cotter: an assault at home',
  summary:
    'A 31-year-old scaffolder has pleaded guilty to assaulting his partner at their home in Pellbridge, where her son and their daughter live. He says it was a push during an argument. The police and children’s social care hold more.',
  task: 'You were allocated Ryan Cotter’s community order on 27/10/2026, the day after sentence. Read the court papers and the replies to the domestic abuse and safeguarding enquiries, then complete the risk of serious harm analysis, the risk management plan and the sentence plan for the start of the order. New information may arrive while you work. Finish with a reflective log.',
  themes: ['domestic-abuse', 'child-safeguarding', 'substance-misuse', 'new-relationship'],
  difficulty: 'foundation',
  estimatedMinutes: 75,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Ryan Cotter',
    age: 31,
    pronouns: 'he/him',
    circumstances:
      'Scaffolder. Staying with his mother in Kestleford since his arrest; wants to return to his partner Leanne Marsh, her son Kai (7) and their daughter Ava (2) at Fenton Walk, Pellbridge. Community order, 24 months.',
  },
  templateSet: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'charge-sheet',
      title: 'Charge sheet',
      kind: 'charge',
      agency: 'Brindlemoor Police',
      author: 'Custody sergeant, Kestleford custody suite',
      date: '2026-09-13',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Ryan James COTTER',
          'Date of birth': '04/02/1995',
          Address: '14 Fenton Walk, Pellbridge, Kestleford (bail address: 3 Quarry Row, Kestleford)',
          'First hearing': 'Kestleford Magistrates’ Court, 14/09/2026',
        }),
        heading('Charges'),
        list(
          '1. On 12/09/2026 at Kestleford, assaulted Leanne MARSH, thereby occasioning her actual bodily harm.',
          '2. On 12/09/2026 at Kestleford, without lawful excuse damaged a mobile telephone belonging to Leanne MARSH, to the value of £280, intending to damage it or being reckless as to whether it would be damaged.',
        ),
        para(
          'Bail conditions: not to contact Leanne MARSH directly or indirectly; not to go to Fenton Walk, Pellbridge; to live and sleep each night at 3 Quarry Row, Kestleford.',
        ),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-09-14',
      release: { kind: 'start' },
      body: [
        heading('Summary of the facts'),
        para(
          'At about 23:40 on Saturday 12/09/2026 police were called by Mrs Doreen Ashworth of 16 Fenton Walk. She said that Kai, the seven-year-old son of her neighbour Leanne Marsh, had knocked on her door in his pyjamas, crying, and told her that “Ryan is hurting mum”. Mrs Ashworth could hear shouting and a bang from number 14.',
        ),
        para(
          'Officers arrived at 23:52. Ms Marsh opened the door. She was crying and had swelling around her left eye and red marks on both sides of her neck. The defendant was found in the back garden. He smelt strongly of alcohol and said, “She’s lying, she fell over.” He was arrested.',
        ),
        para(
          'Ms Marsh told officers on body-worn video that the defendant had come home from the pub and accused her of messaging a male friend. He took her phone from her. When she tried to take it back he pushed her hard into the kitchen worktop and she hit her face on the edge of a cupboard. She said he then held her against the fridge with one hand on her throat “for a few seconds” and said, “You’re not going anywhere.” When she said she would call the police he threw her phone on the floor and stamped on it. On the video she says, “He’s done it before, he always says sorry.”',
        ),
        para(
          'The couple’s daughter Ava, aged two, was asleep upstairs. Kai had come downstairs when he heard shouting, and left by the front door while the defendant was in the kitchen.',
        ),
        para(
          'Ms Marsh attended hospital the next morning. She had bruising and swelling to the left cheekbone and eye socket with no fracture, and bruising to the neck. Photographs were taken.',
        ),
        heading('Interview'),
        para(
          'The defendant was interviewed with a solicitor present and answered “no comment” to all questions.',
        ),
        heading('Victim’s position'),
        para(
          'Ms Marsh made a witness statement on 13/09/2026. On 21/09/2026 she told the officer in the case that she no longer wished to support a prosecution because she wanted the defendant home for the children. The prosecution continued on the body-worn video, the neighbour’s evidence and the photographs.',
        ),
        heading('Plea'),
        para(
          'On 28/09/2026 the defendant pleaded guilty to both charges on a written basis: that he pushed Ms Marsh during an argument and she hit her face on a cupboard, and that he broke her phone. He does not accept putting his hand on her neck. The prosecution accepted the plea as it does not affect the charge of actual bodily harm; the neck injury remains part of the evidence served.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-09-14',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Ryan James COTTER', Convictions: '5 convictions for 6 offences', Cautions: 'None' }),
        table(convictionColumns, [
          [
            '11/06/2013',
            'Kestleford Magistrates’ Court',
            'Possession of a controlled drug (cannabis)',
            'Fine £100',
          ],
          ['02/08/2016', 'Kestleford Magistrates’ Court', 'Drunk and disorderly', 'Fine £150'],
          [
            '10/03/2017',
            'Orbury Magistrates’ Court',
            'Criminal damage (front door of a former partner’s flat)',
            'Conditional discharge 12 months; compensation £150',
          ],
          [
            '18/11/2019',
            'Kestleford Magistrates’ Court',
            'Assault by beating (former partner); criminal damage',
            'Community order 12 months with 10 rehabilitation activity days; restraining order 2 years',
          ],
          [
            '06/07/2020',
            'Kestleford Magistrates’ Court',
            'Breach of a restraining order (sent the protected person 40 messages in one night)',
            'Fine £200; restraining order extended by 12 months',
          ],
        ]),
        note('The victim in the 2017, 2019 and 2020 matters was the same former partner, Gemma Price.'),
      ],
    },
    {
      id: 'police-da-callouts',
      title: 'Police domestic abuse information',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-09-29',
      release: { kind: 'start' },
      body: [
        fields({
          'Request from': 'Probation court team, Kestleford',
          Subject: 'Ryan James COTTER, born 04/02/1995',
          'Addresses checked':
            '14 Fenton Walk, Pellbridge; 3 Quarry Row, Kestleford; previous addresses 2015–2021',
        }),
        para('The following domestic incidents are recorded with the subject as the alleged perpetrator.'),
        table(
          ['Date', 'Other party', 'What was reported', 'Outcome and risk grading'],
          [
            [
              '22/01/2017',
              'Gemma Price (then partner)',
              'Shouting and banging; he had kicked her front door in after she refused to let him in.',
              'Arrested; charged with criminal damage. Risk graded medium.',
            ],
            [
              '03/10/2019',
              'Gemma Price (former partner)',
              'He slapped her and pulled her by the hair after seeing a message on her phone. Both had been drinking.',
              'Charged with assault by beating. Risk graded high; heard at MARAC.',
            ],
            [
              '14/06/2020',
              'Gemma Price (protected person)',
              '40 messages overnight, some threatening (“you’ll regret this”).',
              'Charged with breach of restraining order. Risk graded medium.',
            ],
            [
              '26/12/2024',
              'Leanne Marsh (partner)',
              'Loud argument after he returned from the pub. He had pulled a kitchen door off its hinges. Kai (then 5) present and upset.',
              'No offence disclosed. Risk graded standard. Notification to children’s social care.',
            ],
            [
              '30/08/2025',
              'Leanne Marsh (partner)',
              'She said he pushed her against a wall during an argument about her phone. Bruise to her upper arm. Children in the house.',
              'Arrested; she declined to support a prosecution; no further action. Risk graded medium. Referral to children’s social care.',
            ],
            [
              '12/09/2026',
              'Leanne Marsh (partner)',
              'The current offence.',
              'Charged. Risk graded high; referred to MARAC.',
            ],
          ],
        ),
        para(
          'Officer’s comment: the pattern in both relationships is jealousy about phone contact, drinking beforehand, and the partner withdrawing support afterwards. Ms Marsh has told officers on two occasions that incidents happen when he drinks.',
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Front Door team',
      author: 'Priya Nandra, social worker',
      date: '2026-10-02',
      release: { kind: 'start' },
      body: [
        fields({
          Children: 'Kai Marsh (7), Ava Cotter (2)',
          Address: '14 Fenton Walk, Pellbridge',
          'Current status': 'Child and family assessment under way, started 15/09/2026',
        }),
        heading('History'),
        para(
          'The children were first referred after the police notification of 26/12/2024; no further action beyond advice. After the incident of 30/08/2025 we completed an assessment. Ms Marsh told us the relationship had ended and that she would seek support from a domestic abuse service. The case was closed in October 2025. We later learned Mr Cotter was back in the household within a few weeks.',
        ),
        heading('Since the current offence'),
        para(
          'A strategy discussion was held on 15/09/2026. Ms Marsh has signed a written agreement that Mr Cotter will not stay overnight at Fenton Walk while our assessment is completed, and that any contact with Ava will be arranged through his mother. Kai’s school reports that he has become withdrawn and has started wetting the bed. Kai told his teacher that he “ran to Doreen’s because mummy couldn’t breathe properly”.',
        ),
        para(
          'Ms Marsh is clear that she wants Mr Cotter to come home. We are concerned about her ability to keep the children safe if he returns, given the previous closure on the basis that the relationship had ended.',
        ),
        heading('What we ask of probation'),
        list(
          'Share your risk assessment and the outcome of sentence.',
          'Tell us at once if you learn that Mr Cotter is staying at Fenton Walk, or of any further incident.',
          'Invite us to any review of his risk management plan.',
        ),
      ],
    },
    {
      id: 'marac-extract',
      title: 'MARAC minutes (extract)',
      kind: 'multi-agency-minutes',
      agency: 'Kestleford Multi-Agency Risk Assessment Conference',
      author: 'MARAC coordinator',
      date: '2026-10-08',
      release: { kind: 'start' },
      body: [
        fields({
          Victim: 'Leanne Marsh',
          'Alleged perpetrator': 'Ryan Cotter',
          'Referred by': 'Brindlemoor Police',
        }),
        para(
          'Risk identification checklist score 16, including attempted strangulation, jealous and controlling behaviour, escalation, and the victim’s belief that he will hurt her again. Ms Marsh is engaging with an independent domestic violence adviser (IDVA) from Brindlemoor Safe Futures, but minimises the risk and wants the relationship to continue.',
        ),
        table(
          ['Action', 'Agency', 'By'],
          [
            ['Place a marker on 14 Fenton Walk for an urgent response', 'Police', '09/10/2026'],
            ['Complete a safety plan with Ms Marsh', 'IDVA, Brindlemoor Safe Futures', '22/10/2026'],
            [
              'Share the sentence outcome and the name of the supervising officer',
              'Probation',
              'At sentence',
            ],
            ['Continue the child and family assessment', 'Children’s Services', 'Ongoing'],
          ],
        ),
      ],
    },
    {
      id: 'psr-interview',
      title: 'Pre-sentence interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Kestleford court team',
      author: 'Court duty probation officer',
      date: '2026-10-14',
      release: { kind: 'start' },
      body: [
        para('Interview at Kestleford Magistrates’ Court. Ryan attended on time and was polite throughout.'),
        dialogue({ PO: 'practitioner', Ryan: 'person' }, [
          ['PO', 'Can you tell me in your own words what happened on the 12th of September?'],
          [
            'Ryan',
            'We had a row. I’d had a few at the Feathers, came home, and she was on her phone to some bloke. I took the phone to see who it was and she went for me. I pushed her off and she fell into the cupboard. That’s it. I’m not proud of it.',
          ],
          ['PO', 'The police summary says there were marks on Leanne’s neck. What do you say about that?'],
          [
            'Ryan',
            'I never touched her neck. She bruises easy. That’s her mum talking, she’s always wanted me gone. My solicitor sorted it, I only pleaded to the push.',
          ],
          ['PO', 'Where were the children?'],
          ['Ryan', 'In bed. Both of them. They didn’t see anything.'],
          ['PO', 'Kai went round to your neighbour’s house that night. How do you think he came to do that?'],
          [
            'Ryan',
            '…I don’t know. He must have heard us. Look, Kai’s not mine but I treat him like he is. Ava’s my world.',
          ],
          ['PO', 'What about the phone?'],
          ['Ryan', 'I lost my temper and stood on it. I’ll buy her a new one. I already offered.'],
          ['PO', 'How much were you drinking that night, and how much do you drink in a usual week?'],
          [
            'Ryan',
            'Eight, nine pints. I only drink at the weekend. I work hard all week, I’m up at five. Saturdays I let off steam. It’s not a problem.',
          ],
          [
            'PO',
            'You were convicted of assaulting Gemma in 2019 and breaching a restraining order. What happened there?',
          ],
          [
            'Ryan',
            'Gemma was a nightmare. She’d wind me up then ring the police. The restraining order was a joke, I only messaged her to get my stuff back.',
          ],
          ['PO', 'Do you see anything in common between what happened with Gemma and with Leanne?'],
          ['Ryan', 'Only that they both go on their phones behind my back.'],
          ['PO', 'What do you want to happen now?'],
          [
            'Ryan',
            'I want to go home. Me and Leanne are solid, she wants me back, she told the police she didn’t want this. I’ll do whatever course you want. I don’t want to lose my kids.',
          ],
          [
            'PO',
            'Social services have an agreement with Leanne that you won’t stay over while they do their assessment. Do you know about that?',
          ],
          ['Ryan', 'Yeah. It’s only till they close it. Last time they closed it in a few weeks.'],
        ]),
        para(
          'Officer’s note: he accepted a domestic abuse programme and said he would “think about” alcohol support. He minimised the injury, denied the neck contact and placed responsibility on Leanne and on Gemma. He described jealousy about phones in both relationships without seeing it as a pattern.',
        ),
      ],
    },
    {
      id: 'court-result',
      title: 'Court result',
      kind: 'court-record',
      agency: 'Kestleford Magistrates’ Court',
      author: 'Legal adviser',
      date: '2026-10-26',
      release: { kind: 'start' },
      body: [
        fields({ Defendant: 'Ryan James COTTER', Hearing: 'Sentence, 26/10/2026' }),
        table(
          ['Offence', 'Sentence'],
          [
            [
              'Assault occasioning actual bodily harm',
              'Community order 24 months: accredited domestic abuse programme requirement; rehabilitation activity requirement, 20 days',
            ],
            ['Criminal damage', 'No separate penalty; compensation £280'],
          ],
        ),
        para(
          'The prosecution applied for a restraining order. Ms Marsh told the court through the IDVA that she did not want one. The bench declined to make an order, noting that children’s services were involved and that the programme would address the behaviour. The bench told Mr Cotter that any further incident would be treated very seriously.',
        ),
      ],
    },
    {
      id: 'idva-email',
      title: 'Email from the IDVA',
      kind: 'message',
      agency: 'Brindlemoor Safe Futures',
      author: 'Independent domestic violence adviser',
      date: '2026-11-10',
      release: { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'enquiries' },
      newInformation: {
        headline: 'The IDVA says Ryan has been staying at Fenton Walk most nights since sentence.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'victim-safety-detail' },
        ],
      },
      body: [
        para(
          'Hello, I am Leanne Marsh’s IDVA and saw from the MARAC actions that you now supervise Ryan Cotter.',
        ),
        para(
          'I met Leanne yesterday. She told me Ryan has been staying at Fenton Walk most nights since the court case, because “the court didn’t say he couldn’t”. She says things are better and he is trying. She also said, without my asking, that he checks her phone every evening “so there are no arguments”. She has not told her social worker that he is staying.',
        ),
        para(
          'Leanne has not yet agreed to a safety plan. I am worried about the overnight stays, given the written agreement with children’s services, and have encouraged her to speak to her social worker. I have not told Ryan that I contacted you. Please do not tell him where this information came from.',
        ),
      ],
    },
    {
      id: 'police-incident-november',
      title: 'Police notification of a domestic incident',
      kind: 'police-report',
      agency: 'Brindlemoor Police',
      author: 'Attending officer, Pellbridge neighbourhood team',
      date: '2026-11-14',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Police attended Fenton Walk at 01:20: Leanne had a cut lip, Ryan was drunk and Kai was awake.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'rosh-analysis', itemId: 'imminence' },
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
        ],
      },
      body: [
        fields({
          Incident: 'Domestic, 14 Fenton Walk, Pellbridge',
          'Time of call': '01:12 on 14/11/2026',
          Caller: 'Neighbour at number 16',
        }),
        para(
          'The caller reported screaming and a door slamming. Officers attended at 01:20. Ms Marsh answered the door. She had a cut to her lower lip and said she had bitten it while eating. Mr Cotter was in the living room, heavily intoxicated, and told officers, “I live here now, it’s sorted.” Kai was sitting on the stairs and was tearful. Ava was asleep.',
        ),
        para(
          'Neither party made an allegation. No arrest. The officers noted that Ms Marsh kept looking at Mr Cotter before answering questions. Risk graded high. Notified to children’s services and to the MARAC coordinator for a repeat referral.',
        ),
        note('Officer’s comment: this is the second attendance at this address since the marker was placed.'),
      ],
    },
  ],
  facts: {
    daCallouts: 6,
    daPerpetratorCallouts: 6,
    childrenInHousehold: true,
    safeguardingResponseOnFile: true,
    daNoTrace: false,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: false,
    substanceMisuse: true,
  },
  rules: [
    {
      id: 'history-not-analysed',
      severity: 'question',
      when: { '!': [{ answered: [rosh('previous-offences')] }] },
      message:
        'Ryan’s record includes violence towards a former partner and a breach of a restraining order. Which of those earlier incidents help explain the risk to Leanne, and why?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'previous-offences' },
      documentRef: 'previous-convictions',
    },
    {
      id: 'da-reply-not-recorded',
      severity: 'question',
      when: { '!=': [rosh('da-status'), 'received'] },
      message:
        'The police reply of 29/09/2026 is in the file and lists six incidents across two relationships. What does it tell you, and what does it change in your assessment?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'da-status' },
      documentRef: 'police-da-callouts',
    },
    {
      id: 'safeguarding-reply-not-recorded',
      severity: 'question',
      when: { '!=': [rosh('safeguarding-status'), 'received'] },
      message:
        'Children’s services replied on 02/10/2026 and have an assessment open on Kai and Ava. What did they tell you, and how does it shape your view of the risk to the children?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'safeguarding-status' },
      documentRef: 'childrens-social-care',
    },
    {
      id: 'no-home-visit',
      severity: 'question',
      when: { '!=': [rmp('home-visits'), 'yes'] },
      message:
        'Two children live at Fenton Walk and Ryan wants to move back. How will you see the household for yourself rather than rely on what he tells you?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'home-visits' },
      documentRef: 'childrens-social-care',
    },
    {
      id: 'programme-not-in-plan',
      severity: 'question',
      when: lacksOption(rmp('intervention-types'), 'accredited-programme'),
      message:
        'The court made an accredited domestic abuse programme requirement. Where does it sit in your plan, and what needs to happen before Ryan starts it?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'intervention-types' },
      documentRef: 'court-result',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Gathering and weighing domestic abuse and safeguarding information, testing the person’s account against the prosecution summary, and rating the risk to a partner and to children separately. The late documents test whether the trainee revisits the assessment when the household changes.',
    keyEvidence: [
      {
        point:
          'Hand on the throat and “You’re not going anywhere”: strangulation and preventing escape are strong indicators of serious harm in intimate partner abuse, even though the basis of plea does not accept them.',
        documentRefs: ['cps-summary', 'marac-extract'],
      },
      {
        point:
          'Jealousy about phones, drinking beforehand, and the partner withdrawing support afterwards, repeated across two relationships (2017–2020 and 2024–2026), with the violence escalating in each.',
        documentRefs: ['police-da-callouts', 'previous-convictions'],
      },
      {
        point:
          'Breach of a restraining order in 2020: court orders have not stopped contact before, which matters now that no order was made.',
        documentRefs: ['previous-convictions', 'court-result'],
      },
      {
        point:
          'Ryan says the children were asleep and saw nothing; the summary and the school show Kai saw enough to run to a neighbour and is now withdrawn and wetting the bed.',
        documentRefs: ['psr-interview', 'cps-summary', 'childrens-social-care'],
      },
      {
        point:
          'Children’s services closed last time on the understanding that the relationship had ended; Ryan expects the same again. The written agreement is not a court order and relies on Leanne.',
        documentRefs: ['childrens-social-care', 'psr-interview'],
      },
      {
        point:
          'Late information: he is staying overnight against the agreement, checks Leanne’s phone nightly, and police then find her injured with Kai distressed. This is the change the plan’s review triggers should name.',
        documentRefs: ['idva-email', 'police-incident-november'],
      },
    ],
    roshRanges: [
      {
        group: 'known-adult',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Escalating violence to partners, neck contact, controlling jealousy, drinking, and an intention to return home with no order in place point to high. Medium can be argued at the start only if the trainee explains why harm is unlikely unless circumstances change, and names those circumstances.',
        documentRefs: ['cps-summary', 'police-da-callouts', 'marac-extract'],
        afterNewInformation: {
          documentId: 'police-incident-november',
          from: 'high',
          to: 'very-high',
          reasons:
            'He has moved back in, the controlling behaviour continues and police have found her injured. High is the floor; very high is defensible if the trainee argues harm is now more likely than not, and should lead to urgent action either way.',
          question:
            'Police found Ryan living back at Fenton Walk, drunk, with Leanne injured and Kai awake on the stairs. What in the evidence still supports a rating below high for Leanne?',
        },
      },
      {
        group: 'children',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Kai has witnessed violence and shows distress; both children live in the household where the abuse happens. The harm is emotional and the risk of being hurt during an incident.',
        documentRefs: ['childrens-social-care', 'cps-summary'],
        afterNewInformation: {
          documentId: 'police-incident-november',
          from: 'high',
          to: 'high',
          reasons:
            'A further incident with Kai present, against a safety agreement, while an assessment is open.',
          question:
            'Police found Kai awake and tearful on the stairs, with Ryan drunk and back living at Fenton Walk against the agreement with children’s services. What still supports a rating below high for Kai and Ava?',
        },
      },
      {
        group: 'public',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'Old drink-related disorder only; no violence outside relationships.',
        documentRefs: ['previous-convictions'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'Polite and compliant with staff; no threats recorded.',
        documentRefs: ['psr-interview'],
      },
    ],
    riskToSelf:
      'No recorded concerns. Worth asking about, given drinking and the stress of possible child protection proceedings.',
    mappa:
      'Not eligible under categories 1 or 2 (community order). Category 3 is possible if the risk is high and needs active multi-agency management; the case is already heard at MARAC, so the discussion is about whether MARAC and children’s services give enough structure, and about the repeat MARAC referral after the late incident.',
    discussionPoints: [
      'What weight should the neck injury carry when the basis of plea does not accept it?',
      'How would you raise the overnight stays with Ryan without putting Leanne or the IDVA at risk?',
      'Who must you tell about the November incident, and how quickly? What would breach or a review of the order achieve?',
      'How does the domestic abuse programme fit with a man who sees no pattern in his own behaviour?',
      'What does “Leanne wants him home” mean for victim safety planning?',
    ],
    pitfalls: [
      'Rating the known adult medium because Leanne says she is safe, or because the plea was only to a push.',
      'Rating the children low because they were “in bed”, taking Ryan’s account over the summary and the school.',
      'Listing the convictions without noticing the same pattern with Gemma.',
      'A contingency plan that says “review if further incidents” without saying who tells children’s services, police and the manager, and how fast.',
      'Not revisiting the rating after the IDVA’s email and the police notification.',
    ],
  },
};
