import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  convictionColumns,
  dialogue,
  fields,
  heading,
  note,
  para,
  released,
  rmp,
  rosh,
  table,
} from './blocks';

/**
 * Case 7 (intermediate): a road-rage assault where the man's account is contradicted by two cameras, and
 * where he says he lives alone though police records place him with a partner and her son. Teaches:
 * testing self-report against records, what a rejected basis of plea means, professional curiosity about a
 * relationship he does not mention, and harassment of the victim after conviction.
 */
export const whitcombeAccountContradicted: PracticeCaseInput = {
  format: 1,
  id: 'whitcombe-account-contradicted',
  version: 1,
  title: 'Paul Whitcombe: two versions of the same road',
  summary:
    'A 52-year-old former lorry driver has admitted assaulting a young van driver after following him through Orbury. His account of self-defence is contradicted by two cameras. He says he lives alone.',
  task: 'You are preparing a pre-sentence report for Orbury Magistrates’ Court, where Paul is due to be sentenced on 01/12/2026. Complete the risk of serious harm analysis as at the report, and draft the risk management plan and sentence plan you would propose for a community sentence. New information may arrive while you work. Finish with a reflective log.',
  themes: ['account-versus-evidence', 'violence', 'weapons', 'domestic-abuse', 'new-relationship'],
  difficulty: 'intermediate',
  estimatedMinutes: 60,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Paul Whitcombe',
    age: 52,
    pronouns: 'he/him',
    circumstances:
      'Gives his address as 5 Kiln Lane, Orbury, and says he lives alone. Dismissed as a heavy goods vehicle driver after his arrest. On unconditional bail awaiting sentence.',
  },
  templateSet: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'charge-sheet',
      title: 'Charges and plea',
      kind: 'charge',
      agency: 'Brindlemoor Police',
      author: 'Charging officer',
      date: '2026-07-02',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Paul Stephen WHITCOMBE',
          'Date of birth': '30/01/1974',
          Address: '5 Kiln Lane, Orbury',
        }),
        table(
          ['Charge', 'Plea'],
          [
            [
              'Assault occasioning actual bodily harm on Aaron Clegg, 06/06/2026, Orbury',
              'Guilty on 27/10/2026, the day of trial',
            ],
            [
              'Criminal damage to the windscreen of a Ford Transit van, value £650, same date',
              'Guilty on 27/10/2026',
            ],
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
      date: '2026-07-02',
      release: { kind: 'start' },
      body: [
        heading('The facts'),
        para(
          'At about 17:20 on 06/06/2026 Aaron Clegg, aged 23, was driving a delivery van on the Orbury ring road. The defendant’s car drifted into his lane and Mr Clegg sounded his horn. The defendant then followed the van for about two miles, driving close behind it and flashing his headlights.',
        ),
        para(
          'At the traffic lights on Station Road the defendant overtook and stopped across the front of the van, blocking it in. He got out holding a steering wheel lock, walked to the van and struck the windscreen twice, shattering it. Mr Clegg’s window was partly open. The defendant reached through and punched him three times in the face. Mr Clegg remained in his seat with his seatbelt on throughout. The defendant drove away.',
        ),
        para(
          'The incident was recorded by the van’s own camera and by the dashboard camera of the car behind, driven by Mrs Sarah Quinn, who also gave a statement. The defendant was traced through his registration number.',
        ),
        heading('Injuries and impact'),
        para(
          'Mr Clegg suffered a fractured cheekbone, which was treated without surgery, and cuts from the glass. In his statement he says he has panic attacks when driving, has not been able to return to delivery work and has lost his job. He checks his mirrors constantly and will not drive after dark.',
        ),
        heading('Interview'),
        para(
          'The defendant said Mr Clegg had “cut him up”, braked suddenly in front of him, and then got out at the lights and came towards him “with something in his hand”. He said the steering lock was on the passenger seat because he had “just taken it off”, and that he only pushed Mr Clegg away.',
        ),
        heading('Plea'),
        para(
          'On the day of trial the defendant offered pleas on a written basis that Mr Clegg got out and approached him first. The court watched the footage and ruled that the basis was plainly contradicted by it. The defendant then pleaded guilty on the prosecution’s facts.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-07-02',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Paul Stephen WHITCOMBE', Convictions: '3 convictions for 3 offences' }),
        table(convictionColumns, [
          [
            '14/05/2009',
            'Orbury Magistrates’ Court',
            'Threatening behaviour (shouted threats at a cyclist after a near miss and kicked his bicycle)',
            'Fine £200',
          ],
          [
            '02/09/2014',
            'Orbury Magistrates’ Court',
            'Criminal damage (slashed the tyres of a neighbour’s car after a parking dispute)',
            'Conditional discharge 12 months; compensation £240',
          ],
          [
            '11/07/2017',
            'Orbury Magistrates’ Court',
            'Harassment (former wife, Denise Whitcombe)',
            'Community order 12 months with rehabilitation activity; restraining order 2 years',
          ],
        ]),
      ],
    },
    {
      id: 'police-da-callouts',
      title: 'Police domestic abuse information',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-11-03',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Paul Stephen WHITCOMBE, born 30/01/1974',
          'Addresses checked': '5 Kiln Lane, Orbury; previous addresses 2010–2026',
        }),
        para('The following domestic incidents are recorded with the subject as the alleged perpetrator.'),
        table(
          ['Date', 'Other party', 'What was reported', 'Outcome and risk grading'],
          [
            [
              '20/11/2016',
              'Denise Whitcombe (wife)',
              'She called police after he punched a wall beside her head during an argument about her going out. She said she was frightened of his temper.',
              'No allegation of assault. Risk graded medium.',
            ],
            [
              '08/03/2017',
              'Denise Whitcombe (separated)',
              'Over six weeks he phoned her up to thirty times a day, turned up at her work and sat outside her new flat in his car.',
              'Charged; convicted of harassment. Restraining order. Risk graded high.',
            ],
            [
              '19/04/2026',
              'Tracy Bell (described by officers as his partner)',
              'Neighbour at 5 Kiln Lane reported shouting. Ms Bell told officers they had argued and he had thrown a mug at the wall. No injury. Her son Callum (10) was in the living room.',
              'No allegation. Risk graded medium. Notified to children’s services.',
            ],
          ],
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Front Door team',
      author: 'Duty social worker',
      date: '2026-11-05',
      release: { kind: 'start' },
      body: [
        para(
          'We have no current involvement with Mr Whitcombe. We received a police notification in April 2026 about Callum Bell (10), son of Ms Tracy Bell of 22 Sedge Road, Orbury, after an argument between Ms Bell and Mr Whitcombe at his address. It was screened and closed with an advice letter to Ms Bell.',
        ),
        para(
          'We do not know whether Mr Whitcombe lives with Ms Bell and Callum or how often he is there. If he does, or if you have any concerns about Callum, please tell us so that we can reconsider.',
        ),
      ],
    },
    {
      id: 'employer-letter',
      title: 'Letter from former employer',
      kind: 'agency-letter',
      agency: 'Fenlow Haulage Ltd, Orbury',
      author: 'Transport manager',
      date: '2026-11-02',
      release: { kind: 'start' },
      body: [
        para(
          'Paul drove for us from 2019 until June 2026. He was a reliable and punctual driver. In 2025 we had two complaints about his driving: a member of the public reported that he tailgated and gestured at her on the bypass, and our vehicle tracking recorded him stopping in a live lane to shout at another driver. He received a final written warning. He was dismissed after his arrest in June.',
        ),
      ],
    },
    {
      id: 'psr-interview',
      title: 'Pre-sentence interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Orbury',
      author: 'Report writer',
      date: '2026-11-09',
      release: { kind: 'start' },
      body: [
        dialogue({ PO: 'practitioner', Paul: 'person' }, [
          ['PO', 'Tell me what happened on the 6th of June.'],
          [
            'Paul',
            'He cut me up, simple as that. Then when I flashed him he slammed his brakes on to teach me a lesson. At the lights he got out and came at me with something in his hand. I’m not having that. I grabbed the lock because it was right there on the seat.',
          ],
          [
            'PO',
            'The court watched the footage and found that Mr Clegg stayed in his seat with his belt on. How do you explain that?',
          ],
          [
            'Paul',
            'Cameras don’t show everything. My barrister said plead and get it over with, so I did. I’m not saying I’m an angel. I gave him a shove through the window.',
          ],
          ['PO', 'He has a fractured cheekbone and has lost his job. What do you think about that?'],
          ['Paul', 'I lost my job too. Nobody’s crying for me. He’s young, he’ll get over it.'],
          ['PO', 'Who do you live with?'],
          ['Paul', 'Nobody. I live on my own. Not seeing anyone since Denise. Women are trouble.'],
          ['PO', 'The police attended your address in April. Who was there?'],
          ['Paul', 'A mate’s sister. She came round to pick something up and we had words. That’s all.'],
          ['PO', 'Was there a child there?'],
          ['Paul', 'Her lad might have been. I don’t remember. Why does that matter?'],
          ['PO', 'How would you describe your temper?'],
          [
            'Paul',
            'Short fuse. Everyone knows that. But I’m not a violent man. People push and push and then act surprised. I don’t drink, I don’t do drugs. I just don’t take liberties from people.',
          ],
          ['PO', 'What about your health?'],
          ['Paul', 'Blood pressure. Sleep apnoea, they say. I’m knackered all the time. Doesn’t help.'],
        ]),
        para(
          'Report writer’s note: he repeated the version the court rejected and placed the blame on Mr Clegg. He was reluctant to talk about the April incident and gave a different account of who was there from the police record. He did not mention Ms Bell by name.',
        ),
      ],
    },
    {
      id: 'tracy-call-note',
      title: 'Telephone note: call from Tracy Bell',
      kind: 'message',
      agency: 'Probation Service, Orbury',
      author: 'Duty officer',
      date: '2026-11-12',
      release: { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'offence' },
      newInformation: {
        headline:
          'Tracy Bell rang: she has been Paul’s partner for a year, he stays at hers most nights, and he has become more controlling since the court case.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'who-at-risk' },
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'victim-safety-detail' },
        ],
      },
      body: [
        para(
          'A woman who gave her name as Tracy Bell rang at 14:10 and asked whether Paul Whitcombe “has to tell you about me”. She said they have been together for about a year and that he stays at her home at 22 Sedge Road, Orbury, most nights. She lives there with her son Callum (10).',
        ),
        para(
          'She said Paul “doesn’t like me talking to people about him” and has been “worse since the court case”: he checks her phone, asks where she has been, and shouts when she is late back. She said he has never hit her but threw a mug in April “and Callum saw it”. She said Callum is scared when Paul shouts and goes to his room.',
        ),
        para(
          'She said she is not making a complaint and asked that Paul is not told she rang. I gave her the number of the local domestic abuse helpline and told her I would pass the information to the report writer.',
        ),
        note(
          'Duty officer’s note: she sounded anxious and ended the call abruptly when a door was heard in the background.',
        ),
      ],
    },
    {
      id: 'police-social-media',
      title: 'Police notification: harassment of the victim',
      kind: 'police-report',
      agency: 'Brindlemoor Police',
      author: 'Officer in the case',
      date: '2026-11-19',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Paul posted Aaron Clegg’s name and former employer on a community page, calling him a liar who “got what was coming”.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'identified-victims' },
        ],
      },
      body: [
        para(
          'On 17/11/2026 a post appeared on a local community page for Orbury, from an account in Paul Whitcombe’s name. It named Aaron Clegg and the delivery firm he used to work for, called him “a liar and a coward who got what was coming”, and said “everyone should know who he is”. It was shared about forty times before it was removed.',
        ),
        para(
          'Mr Clegg reported it and says he is afraid to leave his home. Officers spoke to Mr Whitcombe on 18/11, who admitted writing it and said he was “telling the truth”. He has been warned that further contact or posts may amount to harassment. We have sent the post and Mr Clegg’s statement to the Crown Prosecution Service and asked them to apply for a restraining order at sentence.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 3,
    daPerpetratorCallouts: 3,
    childrenInHousehold: true,
    safeguardingResponseOnFile: true,
    daNoTrace: false,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: false,
    weaponInvolved: true,
    accountContradicted: true,
  },
  rules: [
    {
      id: 'account-not-tested',
      severity: 'question',
      when: { '!': [{ answered: [rosh('account-versus-evidence')] }] },
      message:
        'Paul says Aaron got out and came at him; two cameras and the court say Aaron stayed in his seat. What do you make of the difference, and what does it tell you about risk?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'account-versus-evidence' },
      documentRef: 'cps-summary',
    },
    {
      id: 'weapon-not-recognised',
      severity: 'question',
      when: { '!=': [rosh('weapon'), 'yes'] },
      message:
        'Paul got out of his car holding a steering wheel lock and used it to smash the windscreen. How have you answered the weapon question, and why?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'weapon' },
      documentRef: 'cps-summary',
    },
    {
      id: 'domestic-abuse-not-screened',
      severity: 'warning',
      when: { '!=': [rosh('screen-domestic-abuse'), 'yes'] },
      message:
        'The police hold a harassment conviction against Paul’s former wife and a call-out this year with a partner he has not mentioned. How has the screening answered the domestic abuse question?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-domestic-abuse' },
      documentRef: 'police-da-callouts',
    },
    {
      id: 'harassment-not-screened',
      severity: 'question',
      when: { '!=': [rosh('screen-stalking'), 'yes'] },
      message:
        'Paul harassed his former wife for weeks, following her and waiting outside her home. How has the screening answered the question about stalking and fixated behaviour?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-stalking' },
      documentRef: 'previous-convictions',
    },
    {
      id: 'victim-harassed-not-planned',
      severity: 'question',
      when: { and: [released('police-social-media'), { '!=': [rmp('identified-victims'), 'yes'] }] },
      message:
        'After conviction Paul named Aaron publicly and says he was “telling the truth”. Who in your proposed plan protects Aaron, and how?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'identified-victims' },
      documentRef: 'police-social-media',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Testing a person’s account against the evidence and recognising that the gap is itself information: a rejected basis of plea repeated in interview, an undisclosed partner and child, and continued blame of the victim that turns into public harassment.',
    keyEvidence: [
      {
        point:
          'Two cameras and an independent witness show he pursued, blocked, armed himself and struck a man who stayed in his seat; the court rejected his basis of plea and he repeats it.',
        documentRefs: ['cps-summary', 'psr-interview'],
      },
      {
        point:
          'Road-related aggression is a pattern, not a one-off: 2009 threats to a cyclist, two complaints at work in 2025, now a weapon and a fracture. The harm is escalating.',
        documentRefs: ['previous-convictions', 'employer-letter', 'cps-summary'],
      },
      {
        point:
          'Fixation and grievance: tyres slashed after a dispute, weeks of harassment of his former wife, and a public post about Aaron after conviction.',
        documentRefs: ['previous-convictions', 'police-da-callouts', 'police-social-media'],
      },
      {
        point:
          'He says he lives alone; police record a partner and her son at his address in April, and Tracy says he stays with them most nights and is becoming controlling.',
        documentRefs: ['police-da-callouts', 'psr-interview', 'tracy-call-note'],
      },
      {
        point:
          'Little victim empathy (“he’ll get over it”); self-image as someone who “doesn’t take liberties”. Tiredness from sleep apnoea may lower his tolerance and is worth asking about.',
        documentRefs: ['psr-interview'],
      },
    ],
    roshRanges: [
      {
        group: 'public',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'A weapon, a fracture, pursuit and escalation across driving incidents. Medium is defensible if the trainee explains what would have to change for harm to happen again; high if they see the pattern as ready to repeat whenever he drives.',
        documentRefs: ['cps-summary', 'employer-letter'],
        afterNewInformation: {
          documentId: 'police-social-media',
          from: 'medium',
          to: 'high',
          reasons: 'Continuing grievance towards the victim, now targeted and public.',
        },
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'medium',
        to: 'medium',
        reasons:
          'Harassment of a former wife and an April incident with a current partner. Even before Tracy’s call, low is hard to defend.',
        documentRefs: ['police-da-callouts', 'previous-convictions'],
        afterNewInformation: {
          documentId: 'tracy-call-note',
          from: 'medium',
          to: 'high',
          reasons:
            'Controlling behaviour escalating since the court case, a mug thrown, and his concealment of the relationship.',
          question:
            'Tracy describes Paul checking her phone and shouting, worse since the court case, and a mug thrown in front of Callum. What supports a low rating for her?',
        },
      },
      {
        group: 'children',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'Callum was present in April and is frightened when Paul shouts; the risk is emotional harm and being caught up in an incident.',
        documentRefs: ['police-da-callouts', 'tracy-call-note'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'Irritable but no threats to professionals recorded.',
        documentRefs: ['psr-interview'],
      },
    ],
    riskToSelf: 'No concerns recorded. Loss of job and health problems are worth asking about.',
    mappa: 'Not eligible. Nothing suggests a category 3 referral.',
    discussionPoints: [
      'How would you put the difference between his account and the footage to Paul in interview?',
      'How do you use what Tracy told you without putting her at risk? What would you tell children’s services?',
      'What would you recommend to the court after the post about Aaron (restraining order, requirements)?',
      'Should a driving-related assault lead you to think about driving in the plan (disqualification is for the court, but what about the work he seeks)?',
    ],
    pitfalls: [
      'Repeating Paul’s account in the analysis without testing it against the cameras.',
      'Accepting “I live on my own” when the police record says otherwise.',
      'Rating the known adult low because the current offence was against a stranger.',
      'Telling Paul that Tracy rang.',
      'Ignoring the victim in the plan once the post appears.',
    ],
  },
};
