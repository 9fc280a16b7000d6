import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  absenceDecisionTypes,
  answerOf,
  convictionColumns,
  dialogue,
  fields,
  isAnswered,
  lacksOption,
  list,
  log,
  noRowWith,
  notAnswered,
  note,
  para,
  plan,
  ratedAs,
  released,
  rmp,
  rosh,
  sanctionDecisionTypes,
  someRowWith,
  table,
} from './blocks';

/**
 * Case 4 (foundation): shop theft driven by heroin and crack use while sleeping rough. Teaches: keeping
 * RoSH about serious harm (neither inflating a long record nor ignoring the one robbery), the risk to the
 * person themself (overdose, assault while rough sleeping), needs-led sentence planning, and responding to a
 * missed appointment with curiosity before enforcement.
 */
export const rookeAcquisitive: PracticeCaseInput = {
  format: 1,
  id: 'rooke-acquisitive',
  version: 1,
  title: 'Danny Rooke: thefts to score',
  summary:
    'A 38-year-old with a long record of shop theft is starting a community order with a drug rehabilitation requirement. He sleeps in a tent by the river. The assessment has to separate a long record from the risk of serious harm, and not lose sight of the risk to Danny himself.',
  task: 'You were allocated Danny Rooke’s community order on 21/10/2026, the day after sentence. Start with the strengths and needs assessment and the risk to self assessment, then complete the risk of serious harm analysis, the risk management plan and the sentence plan for the start of the order. New information may arrive while you work. Finish with a reflective log.',
  themes: ['acquisitive', 'substance-misuse', 'homelessness', 'self-harm', 'exploitation'],
  difficulty: 'foundation',
  estimatedMinutes: 60,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Danny Rooke',
    age: 38,
    pronouns: 'he/him',
    circumstances:
      'Sleeping in a tent by the river near Millbrook Bridge, Kestleford, since April 2026. Single. His son Jake (15) lives with Danny’s mother. Community order, 12 months, with a drug rehabilitation requirement.',
  },
  templateSet: [
    'strengths-needs',
    'risk-to-self',
    'rosh-analysis',
    'risk-management-plan',
    'sentence-plan',
    'reflective-log',
  ],
  documents: [
    {
      id: 'charge-sheet',
      title: 'Charges',
      kind: 'charge',
      agency: 'Brindlemoor Police',
      author: 'Custody sergeant, Kestleford custody suite',
      date: '2026-10-01',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Daniel ROOKE', 'Date of birth': '09/01/1988', Address: 'No fixed abode' }),
        table(
          ['Date', 'Charge', 'Value'],
          [
            ['08/09/2026', 'Theft from a shop: meat and cheese, Greenway supermarket, Market Street', '£64'],
            ['15/09/2026', 'Theft from a shop: razor blades, Hollis Pharmacy, Bridge Street', '£118'],
            ['22/09/2026', 'Theft from a shop: spirits, Bargain Basket, Market Street', '£45'],
            ['30/09/2026', 'Theft from a shop: meat, Greenway supermarket, Market Street', '£37'],
            ['30/09/2026', 'Common assault on Tariq Aziz, a security guard, at Greenway supermarket', '—'],
          ],
        ),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-10-01',
      release: { kind: 'start' },
      body: [
        para(
          'The first three thefts were identified from CCTV. On each occasion the defendant walked in, filled a bag with high-value items and left without paying. Nobody tried to stop him.',
        ),
        para(
          'On 30/09/2026 the security guard, Mr Aziz, stood in the doorway and asked the defendant to open his bag. The defendant pushed Mr Aziz in the chest with both hands and tried to get past. Mr Aziz fell backwards and grazed his elbow. Two members of staff helped hold the defendant until police arrived. He was calm on arrest and said, “Fair enough, I’m rattling, I needed to sell it.”',
        ),
        para(
          'In interview he admitted all the thefts and said he sells what he takes to buy heroin and crack cocaine.',
        ),
        para('Plea: guilty to all matters at the first hearing on 02/10/2026. Sentenced 20/10/2026.'),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions (summary)',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-10-01',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Daniel ROOKE', Convictions: '46 convictions for 88 offences, 2004 to 2026' }),
        table(convictionColumns, [
          ['14/07/2004', 'Kestleford Youth Court', 'Theft from a shop', 'Referral order 3 months'],
          [
            '02/03/2008',
            'Kestleford Magistrates’ Court',
            'Burglary of a garden shed; handling stolen goods',
            'Community order 12 months',
          ],
          ['11/11/2010', 'Kestleford Magistrates’ Court', 'Possession of heroin', 'Fine £80'],
          [
            '21/05/2012',
            'Brindlemoor Crown Court',
            'Robbery: snatched a handbag from a woman at a cash machine; she fell and broke her wrist',
            '30 months’ imprisonment',
          ],
          [
            '2014 to 2025',
            'Kestleford and Orbury Magistrates’ Courts',
            '31 convictions for theft from shops, mostly under £100 each; 6 for failing to comply with community orders',
            'Fines, community orders and eight short prison sentences of 4 to 16 weeks',
          ],
          [
            '16/08/2021',
            'Kestleford Magistrates’ Court',
            'Assault on an emergency worker (pushed a police officer during an arrest for theft)',
            '8 weeks’ imprisonment',
          ],
          [
            '20/10/2026',
            'Kestleford Magistrates’ Court',
            'Current: four thefts from shops; common assault',
            'Community order 12 months: drug rehabilitation requirement; rehabilitation activity requirement, 10 days',
          ],
        ]),
        note(
          'Between March 2017 and June 2019 there are no convictions; records show he was prescribed methadone during that time.',
        ),
      ],
    },
    {
      id: 'police-da-callouts',
      title: 'Police domestic abuse information',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-10-16',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Daniel ROOKE, born 09/01/1988',
          'Addresses checked': 'No fixed abode; previous addresses 2015–2026',
        }),
        para('The following incident is recorded with the subject as the alleged perpetrator.'),
        table(
          ['Date', 'Other party', 'What was reported', 'Outcome and risk grading'],
          [
            [
              '04/02/2019',
              'Sharon Pike (then partner)',
              'Neighbour reported shouting at her flat. Both said they had argued about money. No injuries, no allegation. He left when asked.',
              'No offences disclosed. Risk graded standard.',
            ],
          ],
        ),
        para('No other domestic incidents are recorded. Ms Pike moved out of the area in 2020.'),
      ],
    },
    {
      id: 'predictor-scores',
      title: 'Actuarial predictor scores (pre-sentence)',
      kind: 'assessment-report',
      agency: 'Probation Service, Kestleford court team',
      author: 'Court report writer',
      date: '2026-10-19',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Daniel ROOKE',
          'Based on':
            '46 convictions for 88 offences, first at 16; age 38; current offence theft from a shop',
        }),
        table(
          ['Predictor', 'What it estimates', 'Score', 'Band'],
          [
            ['OGRS', 'Any proven reoffending within two years', '91%', 'Very high'],
            ['OGP', 'Proven non-violent reoffending within two years', '88%', 'Very high'],
            ['OVP', 'Proven violent reoffending within two years', '19%', 'Low'],
            ['RSR', 'A serious further offence (serious violence or sexual) within two years', '0.9%', 'Low'],
          ],
        ),
        note(
          'Predictor scores are statistical estimates for groups of people with a similar history, age and sex. They are not a risk of serious harm level, and they inform professional judgement rather than replace it.',
        ),
        para(
          'Report writer’s comment: the scores reflect the volume of shop theft. They say little about the robbery in 2012 or about what happens when Danny is challenged while withdrawing.',
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Front Door team',
      author: 'Duty social worker',
      date: '2026-10-15',
      release: { kind: 'start' },
      body: [
        fields({ Child: 'Jake Rooke (15), son', Status: 'No current involvement' }),
        para(
          'Jake has lived with his paternal grandmother, Mrs Patricia Rooke, under a child arrangements order since 2018, when his mother died. We closed our involvement in 2019. There are no current concerns. Mrs Rooke told us in 2019 that Danny is welcome to phone Jake but not to visit while he is using. We hold nothing to suggest Danny has contact with other children.',
        ),
      ],
    },
    {
      id: 'recovery-service-letter',
      title: 'Assessment letter from the recovery service',
      kind: 'agency-letter',
      agency: 'Brindlemoor Recovery Partnership',
      author: 'Recovery worker',
      date: '2026-10-12',
      release: { kind: 'start' },
      body: [
        para('Assessment for the court, completed with Danny’s consent.'),
        list(
          'Heroin daily, about £40 a day, injecting into the groin since his arm veins collapsed. Crack cocaine three or four times a week.',
          'Overdose in March 2026 in the tents by the river; revived by an outreach worker with naloxone. He says he had not used for a few days before it.',
          'Hepatitis C, untreated. A leg wound that is not healing.',
          'He was stable on methadone from 2017 to 2019 and worked as a labourer. He relapsed after his mother became ill and he lost his flat.',
        ),
        para(
          'He consents to a drug rehabilitation requirement. We have booked him to start opioid substitution treatment on 27/10/2026, with a key worker and weekly testing. We gave him a naloxone kit and overdose advice. Reaching him is hard: he has no phone credit most of the time.',
        ),
      ],
    },
    {
      id: 'housing-outreach-letter',
      title: 'Letter from housing options and street outreach',
      kind: 'agency-letter',
      agency: 'Kestleford Borough Council, Housing Options',
      author: 'Rough sleeper outreach worker',
      date: '2026-10-14',
      release: { kind: 'start' },
      body: [
        para(
          'Danny is a verified rough sleeper. He was evicted from the Pellbridge Foyer in April 2026 for using in his room. Since then he has slept in a tent by the river near Millbrook Bridge, with four or five others.',
        ),
        para(
          'He is eligible for our supported housing pathway once he has identification and a bank account; he has neither at the moment. An emergency bed at the Kestleford Night Shelter can be offered when one is free, but he has declined twice because he would have to leave his belongings and be in by 20:00. Outreach visit the tents on Tuesday and Friday mornings.',
        ),
      ],
    },
    {
      id: 'homeless-health-letter',
      title: 'Letter from the homeless health service',
      kind: 'agency-letter',
      agency: 'Kestleford Homeless Health Service',
      author: 'Nurse practitioner',
      date: '2026-10-19',
      release: { kind: 'start' },
      body: [
        para(
          'Danny attends our drop-in for dressings on his leg wound, which is infected. He has been referred for hepatitis C treatment but has missed two appointments. He is not registered with a GP.',
        ),
        para(
          'On 19/10 he told me he is “tired of living like this” and that the overdose in March “wouldn’t have been the worst thing”. He said he has no plan to end his life and that he wants to see his son grow up. I have asked him to come back on Monday.',
        ),
      ],
    },
    {
      id: 'induction-interview',
      title: 'Induction interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Kestleford',
      author: 'Supervising practitioner',
      date: '2026-10-22',
      release: { kind: 'start' },
      body: [
        dialogue({ PP: 'practitioner', Danny: 'person' }, [
          ['PP', 'What led to these thefts?'],
          [
            'Danny',
            'Simple. I nick to score. Meat and razors sell quick down the pub. I don’t go in houses, I don’t hurt anyone. I just want to get my script and stop.',
          ],
          ['PP', 'What happened with the security guard?'],
          [
            'Danny',
            'He grabbed my bag and I panicked and shoved him. I was rattling. I said sorry to him after. He’s alright, he knows me.',
          ],
          [
            'PP',
            'You were convicted of a robbery in 2012, when a woman was hurt. What do you remember of that?',
          ],
          [
            'Danny',
            'That was the worst thing I ever did. I was desperate, I grabbed her bag and she went down. I still think about her. I’ve not done anything like that since, and I won’t.',
          ],
          ['PP', 'What is it like by the river?'],
          [
            'Danny',
            'Cold. People come down at night, kids sometimes, throwing stuff. Someone took my tent in the summer. You sleep with one eye open.',
          ],
          [
            'PP',
            'The nurse told me you said the overdose wouldn’t have been the worst thing. How are you feeling now?',
          ],
          [
            'Danny',
            'Some nights, yeah. But I want to see Jake. He’s fifteen. My mum’s not well and if she goes, he’s got no one. That keeps me going.',
          ],
          ['PP', 'What has worked for you before?'],
          [
            'Danny',
            'The script. Two years I was clean, working with my mate on the sites. I had a flat. Then Mum got ill and it all went.',
          ],
          ['PP', 'What gets in the way of appointments?'],
          [
            'Danny',
            'No phone, no credit, no clock. I can’t read letters that well either. Tell me face to face and I’ll be there.',
          ],
        ]),
        para(
          'Practitioner’s note: open and consistent with the records. Low literacy (he asked me to read the order to him). Appointments to be given on a card with a drawn clock face, and through outreach on Tuesdays.',
        ),
      ],
    },
    {
      id: 'recovery-missed-start',
      title: 'Email from the recovery service',
      kind: 'message',
      agency: 'Brindlemoor Recovery Partnership',
      author: 'Recovery worker',
      date: '2026-10-28',
      release: { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'rosh-levels' },
      newInformation: {
        headline:
          'Danny missed the start of his treatment, and a stronger batch of heroin is causing overdoses in the town.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
        ],
      },
      body: [
        para(
          'Danny did not come to start his treatment yesterday. Outreach saw him by the river on Tuesday and he said he had lost track of the days.',
        ),
        para(
          'Please be aware: there have been three overdoses in Kestleford this week, one fatal, linked to heroin mixed with a much stronger synthetic opioid. We are warning everyone who uses. We have rebooked Danny for 03/11 and would be grateful if you could remind him in person.',
        ),
      ],
    },
    {
      id: 'outreach-assault-note',
      title: 'Telephone note: street outreach',
      kind: 'message',
      agency: 'Kestleford Borough Council, Housing Options',
      author: 'Rough sleeper outreach worker, recorded by the probation duty officer',
      date: '2026-11-03',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Danny missed his appointment on 02/11: he had been attacked in his tent and taken to hospital.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
          { templateId: 'risk-management-plan', itemId: 'review-triggers' },
          { templateId: 'sentence-plan', itemId: 'goals' },
        ],
      },
      body: [
        para(
          'The outreach worker rang at 10:15 to say Danny had not attended probation yesterday because he was attacked in his tent in the early hours of 01/11. Two men he did not know took his money and phone and hit him with a bottle. He was taken to Kestleford General Hospital with a head wound and discharged himself before he was seen by a doctor.',
        ),
        para(
          'Outreach found him this morning, sore and frightened, and he asked them to tell probation why he missed his appointment. He now wants to take the night shelter bed if it is still available. The outreach worker has asked whether probation can help him get identification.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 1,
    daPerpetratorCallouts: 1,
    childrenInHousehold: false,
    safeguardingResponseOnFile: true,
    daNoTrace: false,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: true,
    substanceMisuse: true,
    homeless: true,
  },
  rules: [
    {
      id: 'public-rated-high',
      severity: 'question',
      when: ratedAs('public', 'community', ['high', 'very-high']),
      message:
        'High means serious harm could happen at any time. What in Danny’s recent record shows that, rather than frequent low-value theft? What would you expect to see if it were so?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'previous-convictions',
    },
    {
      id: 'robbery-not-considered',
      severity: 'question',
      when: { '!': [isAnswered(rosh('previous-offences'))] },
      message:
        'Among many thefts there is a robbery in 2012 in which a woman was injured, and pushes when Danny was stopped in 2021 and 2026. Which past incidents tell you most about the risk of serious harm?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'previous-offences' },
      documentRef: 'previous-convictions',
    },
    {
      id: 'vulnerability-not-recorded',
      severity: 'question',
      when: { '!=': [answerOf('risk-to-self', 'vulnerability-current'), 'yes'] },
      message:
        'Danny sleeps rough, injects alone, overdosed in March and has had his tent taken. How vulnerable is he now, and what is the evidence?',
      itemRef: { templateId: 'risk-to-self', itemId: 'vulnerability-current' },
      documentRef: 'recovery-service-letter',
    },
    {
      id: 'no-drug-service-in-plan',
      severity: 'question',
      when: lacksOption(rmp('intervention-types'), 'substance-misuse'),
      message:
        'The court made a drug rehabilitation requirement and Danny says a script is what has worked before. Where is the recovery service in your plan?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'intervention-types' },
      documentRef: 'recovery-service-letter',
    },
    {
      id: 'no-accommodation-objective',
      severity: 'question',
      when: {
        and: [isAnswered(plan('goals')), noRowWith(plan('goals'), 'area', ['accommodation'])],
      },
      message:
        'Danny has slept in a tent since April and cannot join the housing pathway without identification. Which goal works on where he lives?',
      itemRef: { templateId: 'sentence-plan', itemId: 'goals' },
      documentRef: 'housing-outreach-letter',
    },
    {
      id: 'literacy-not-planned',
      severity: 'question',
      when: { or: [lacksOption(plan('responsivity-needs'), 'literacy'), notAnswered(plan('adjustments'))] },
      message:
        'Danny asked to have the order read to him and has no phone or clock. How does the plan record that, and how will he know when and where to be without relying on letters?',
      itemRef: { templateId: 'sentence-plan', itemId: 'responsivity-needs' },
      documentRef: 'induction-interview',
    },
    {
      id: 'suicide-risk-discounted',
      severity: 'question',
      when: { '!=': [answerOf('risk-to-self', 'suicide-current'), 'yes'] },
      message:
        'Danny says he is “tired of living like this” and that the overdose in March “wouldn’t have been the worst thing”; he injects alone while a stronger supply is killing people. He denies a plan. Does that settle the current risk of suicide, and what is the evidence either way?',
      itemRef: { templateId: 'risk-to-self', itemId: 'suicide-current' },
      documentRef: 'homeless-health-letter',
    },
    {
      id: 'staff-rated-high',
      severity: 'question',
      when: ratedAs('staff', 'community', ['high', 'very-high']),
      message:
        'Danny pushed a police officer in 2021 when he was stopped while withdrawing, and is calm and apologetic with staff otherwise. What suggests serious harm to staff could happen at any time?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'previous-convictions',
    },
    {
      id: 'missed-appointment-decision',
      severity: 'question',
      when: {
        and: [
          released('outreach-assault-note'),
          noRowWith(log('decisions'), 'decision-type', absenceDecisionTypes),
        ],
      },
      message:
        'Danny missed his appointment the morning after he was attacked in his tent. How did you decide whether the absence was acceptable, and what did you record?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'outreach-assault-note',
    },
    {
      id: 'sanction-after-assault',
      severity: 'warning',
      when: {
        and: [
          released('outreach-assault-note'),
          someRowWith(log('decisions'), 'decision-type', sanctionDecisionTypes),
        ],
      },
      message:
        'Danny missed the appointment because he was attacked and robbed in his tent, and he asked outreach to tell you why. What makes an absence caused by an assault on him one to hold against him, and what would a warning tell him about coming back?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'outreach-assault-note',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Keeping the risk of serious harm about serious harm: a long acquisitive record does not make someone high risk, but one robbery with injury and pushes when challenged are worth analysing. The larger risks here are to Danny himself. The late documents ask how to respond to a missed appointment with curiosity.',
    keyEvidence: [
      {
        point:
          'Offending is driven by dependence: thefts to sell, no convictions while stable on methadone (2017–2019).',
        documentRefs: ['previous-convictions', 'recovery-service-letter', 'cps-summary'],
      },
      {
        point:
          'Violence happens when he is challenged while withdrawing: the 2012 robbery (a woman injured), the 2021 push of a police officer, and the push of the security guard.',
        documentRefs: ['previous-convictions', 'cps-summary'],
      },
      {
        point:
          'Risk to self: injecting alone, an overdose in March, a dangerous local supply, untreated infection, and remarks suggesting he would not mind dying, balanced by his wish to see his son.',
        documentRefs: ['recovery-service-letter', 'homeless-health-letter', 'recovery-missed-start'],
      },
      {
        point:
          'Vulnerability while rough sleeping: tent taken, attacked and robbed; he left hospital before being seen after a head injury.',
        documentRefs: ['induction-interview', 'outreach-assault-note'],
      },
      {
        point:
          'A very high general reoffending score (OGRS 91%, OGP 88%) beside a low score for serious reoffending (RSR 0.9%): Danny is very likely to steal again, which is not the same as being likely to cause serious harm. The scores are not a RoSH level in either direction.',
        documentRefs: ['predictor-scores', 'previous-convictions'],
      },
      {
        point:
          'Responsivity: low literacy, no phone or clock. Appointments in person via outreach and on a pictorial card.',
        documentRefs: ['induction-interview', 'recovery-service-letter'],
      },
    ],
    roshRanges: [
      {
        group: 'public',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'Medium is defensible because of the robbery with injury and the pattern of pushing when stopped while withdrawing; low is defensible if the trainee explains why the robbery is not repeated and what would change it. High would need evidence of more serious violence.',
        documentRefs: ['previous-convictions', 'cps-summary'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons: 'The push of a police officer in 2021; calm and apologetic otherwise.',
        documentRefs: ['previous-convictions'],
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'One argument with a former partner in 2019, no allegation; no current partner.',
        documentRefs: ['police-da-callouts'],
      },
      {
        group: 'children',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons:
          'No contact with children beyond phone calls with his son; no concerns from children’s services.',
        documentRefs: ['childrens-social-care'],
      },
    ],
    riskToSelf:
      'High concern: overdose (a dangerous local supply, missed treatment start, using alone), untreated infection, and assault while sleeping rough. Passive thoughts of death without a plan. These belong in the risk-to-self section and in the plan, not in the RoSH grid.',
    mappa: 'Not eligible. Nothing in the case suggests a referral.',
    discussionPoints: [
      'Why might a trainee feel pressure to rate a long record as high, and what does the definition of serious harm say?',
      'Is a missed appointment after an assault an acceptable absence? What would you record, and how would you respond?',
      'What can probation do practically about identification, a phone and the night shelter?',
      'Danny is homeless and sleeping rough, so probation has a duty to refer him to the local housing authority (with his consent, naming the authority he chooses). Has the referral been made, when, and what did the council say? How does it sit beside the outreach team’s work and the night shelter bed?',
      'How would you keep Danny’s son in mind in the plan?',
    ],
    pitfalls: [
      'Rating the public high because of the number of convictions.',
      'Ignoring the 2012 robbery altogether.',
      'Recording the risk to self as “no concerns” because Danny denies a plan.',
      'A sentence plan that relies on letters and reading.',
      'Starting breach proceedings for the missed appointment without asking why.',
      'Treating the missed appointment after the assault as unacceptable, or giving a warning for it: an absence caused by being attacked is normally acceptable once the reason is known.',
      'Reading the very high general reoffending score as a high risk of serious harm: it predicts more thefts, not serious harm.',
      'Leaving the duty to refer to the housing authority to the outreach team, or not recording it.',
      'Rating staff high because of the push of a police officer in 2021, one incident when he was stopped while withdrawing.',
    ],
  },
};
