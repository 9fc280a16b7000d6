import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  convictionColumns,
  dialogue,
  fields,
  heading,
  lacksOption,
  list,
  notAnswered,
  note,
  para,
  plan,
  ratedAs,
  released,
  rmp,
  rosh,
  table,
} from './blocks';

/**
 * Case 2 (intermediate): a young adult's group violence. Teaches: reading CCTV and messages against a
 * minimising account, weapons and joint violence, the victim being a child, the person's own victimisation
 * and maturity, a younger sibling drawn towards the same group, and an arrest while awaiting sentence.
 */
export const doyleStreetViolence: PracticeCaseInput = {
  format: 1,
  id: 'doyle-street-violence',
  version: 1,
  title: 'Kieran Doyle: outside the takeaway',
  summary:
    'A 19-year-old has pleaded guilty to wounding a 17-year-old in a group attack outside a takeaway in Pellbridge. He says he threw one punch to protect a friend. The CCTV, the messages and the police intelligence tell a fuller story.',
  task: 'You are preparing a pre-sentence report for Brindlemoor Crown Court, where Kieran is due to be sentenced on 07/12/2026. He is on bail with a curfew. Complete the risk of serious harm analysis as at the report, and draft the risk management plan and sentence plan you would propose for a sentence served in the community. Finish with a reflective log.',
  themes: ['violence', 'weapons', 'peer-group', 'young-adult', 'child-safeguarding', 'exploitation'],
  difficulty: 'intermediate',
  estimatedMinutes: 75,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Kieran Doyle',
    age: 19,
    pronouns: 'he/him',
    circumstances:
      'Lives with his mother and his brother Tyler (13) on the Eastfield estate, Pellbridge. Not working or studying. On bail with a night-time curfew; also part-way through a community order for an assault in February 2026.',
  },
  templateSet: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'indictment',
      title: 'Indictment',
      kind: 'charge',
      agency: 'Brindlemoor Crown Court',
      author: 'Court clerk',
      date: '2026-08-24',
      release: { kind: 'start' },
      body: [
        fields({
          Defendants:
            'Reece TALBOT (20), Kieran DOYLE (19); a third defendant (16) is dealt with in the youth court',
          Plea: 'Kieran DOYLE pleaded guilty to count 1 on 19/10/2026',
          'Sentence date': '07/12/2026',
        }),
        heading('Count 1'),
        para(
          'Unlawful wounding: on 18/07/2026 at Pellbridge, Kestleford, unlawfully and maliciously wounded Mason REILLY.',
        ),
        heading('Count 2 (against Reece TALBOT only)'),
        para('Wounding with intent to do grievous bodily harm, on the same date, against the same person.'),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-08-20',
      release: { kind: 'start' },
      body: [
        heading('Background'),
        para(
          'Two days before the offence, the victim, Mason Reilly (17), posted a short video online that made fun of the youngest defendant. Comments underneath from accounts linked to the Eastfield estate promised that Mason would “get dealt with”.',
        ),
        heading('The offence'),
        para(
          'CCTV from the Golden Fry takeaway on Eastfield Parade shows Doyle, Talbot and the youth arriving at 22:14 on Saturday 18/07/2026. They do not go in. They stand across the road for about twenty minutes. At 22:36 Mason Reilly leaves the takeaway with a friend. Doyle points at him and crosses the road first.',
        ),
        para(
          'Doyle punches Mason in the face and he falls against a bin. Talbot kicks him twice in the head while he is on the ground. The youth, who has been holding a glass bottle since the group arrived, strikes Mason on the head with it. The friend runs. The three defendants leave on foot towards the estate. The attack lasts eleven seconds.',
        ),
        para(
          'Mason had a fractured eye socket and a deep cut to the scalp that needed surgery. He has blurred vision in his left eye, which doctors say may be permanent. In his statement he says he no longer leaves the house after dark and has not returned to college.',
        ),
        heading('Phones'),
        para(
          'Doyle’s phone was seized on arrest on 21/07/2026. In a group chat called “E-Side” at 19:52 on the day, Doyle wrote: “hes at the fry later, we link 10”. At 22:41 the youth posted a clip of the attack with the caption “Eastfield dont play”. Doyle replied with three laughing faces.',
        ),
        heading('Interview'),
        para(
          'Doyle said he had gone for food, that Mason “squared up” to Talbot, and that he punched once to protect his friend. He said he did not see a bottle. He said the group chat message was “just banter”.',
        ),
        heading('Basis of plea'),
        para(
          'Doyle pleaded guilty to unlawful wounding on the basis that he struck the first blow knowing the group intended to assault Mason, but did not know the youth would use the bottle. The prosecution accepted the basis.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions and cautions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-08-20',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Kieran Lee DOYLE',
          'Date of birth': '02/05/2007',
          Convictions: '5 for 7 offences',
          Cautions: '1',
        }),
        table(convictionColumns, [
          ['19/05/2021', 'Police (youth caution)', 'Theft from a shop', 'Youth caution'],
          [
            '03/11/2022',
            'Kestleford Youth Court',
            'Possession of a bladed article in a public place (kitchen knife in his waistband at Pellbridge bus station)',
            'Referral order 6 months',
          ],
          [
            '20/09/2023',
            'Kestleford Youth Court',
            'Affray (group fight at a funfair; no weapon recovered)',
            'Youth rehabilitation order 9 months with supervision',
          ],
          [
            '08/04/2025',
            'Kestleford Magistrates’ Court',
            'Possession of cannabis; obstructing a police officer',
            'Fine £120',
          ],
          [
            '16/02/2026',
            'Kestleford Magistrates’ Court',
            'Common assault (punched a door supervisor outside a bar)',
            'Community order 12 months: unpaid work 80 hours (30 completed to date)',
          ],
          [
            'Current',
            'Brindlemoor Crown Court',
            'Unlawful wounding (committed while on the community order above)',
            'Awaiting sentence',
          ],
        ]),
      ],
    },
    {
      id: 'police-intelligence',
      title: 'Police information for the pre-sentence report',
      kind: 'police-report',
      agency: 'Brindlemoor Police, Serious Youth Violence Team',
      author: 'Intelligence officer',
      date: '2026-10-26',
      release: { kind: 'start' },
      body: [
        para(
          'Provided for the court report and for probation’s risk assessment. Not to be disclosed to the subject in this form.',
        ),
        list(
          'Believed to be a regular associate of a loose group of young men known locally as “E-Side”, based on the Eastfield estate. The group is linked to cannabis supply and to an ongoing rivalry with young people from the Dunmore estate in Saltmere.',
          'Stopped and searched three times in 2026. On 02/05/2026 a large screwdriver was found in his jacket; he said he had been fixing a bike. No further action.',
          'On 14/03/2026 his mother called an ambulance after Kieran came home with a stab wound to the upper arm. He refused to say who was responsible or where it happened. The investigation was closed.',
          'Co-defendant Reece Talbot has convictions for robbery and possession of an offensive weapon.',
        ),
        note('Intelligence is graded and may not be proven. Use it to inform, not to decide.'),
      ],
    },
    {
      id: 'police-da-no-trace',
      title: 'Domestic abuse enquiry: response',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-10-21',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Kieran Lee DOYLE, born 02/05/2007',
          'Addresses checked': '27 Larch Close, Eastfield, Pellbridge (all occupants)',
        }),
        note(
          'NO TRACE. No domestic abuse incidents are recorded with the subject as a victim or as an alleged perpetrator.',
        ),
        para(
          'For information: one incident at the address on 14/03/2026 was recorded as a concern for welfare (the subject arrived home injured). It was not a domestic incident.',
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Adolescent Safety team',
      author: 'Marcus Oyelaran, social worker',
      date: '2026-10-23',
      release: { kind: 'start' },
      body: [
        fields({
          Child: 'Tyler Doyle (13), brother',
          Status: 'Child in need plan, under the child exploitation pathway',
        }),
        para(
          'Tyler came to our attention in June 2026 when police found him in Saltmere, thirty miles from home, late at night, with £400 in cash and two phones. He would not explain how he got there. He has since been missing from home twice overnight. He was discussed at the exploitation panel in September; the concern is that he is being used to carry drugs and money for older young people from the Eastfield estate.',
        ),
        para(
          'Tyler looks up to Kieran. Ms Doyle, their mother, works nights as a care assistant and is finding it hard to supervise both boys. She has been cooperative. We have no information that Kieran himself is involved in Tyler’s exploitation, but several of the names Tyler has mentioned are Kieran’s friends.',
        ),
        para(
          'Please let us know the outcome of sentence, and please speak to me before raising Tyler’s situation with Kieran, so that we do not put Tyler at risk.',
        ),
      ],
    },
    {
      id: 'youth-justice-summary',
      title: 'Transition summary from the youth justice service',
      kind: 'agency-letter',
      agency: 'Brindlemoor Youth Justice Service',
      author: 'Case manager',
      date: '2024-06-10',
      release: { kind: 'start' },
      body: [
        para(
          'Kieran was diagnosed with ADHD at ten and stopped taking medication at fourteen. He was permanently excluded from secondary school in Year 9 and finished his education at a pupil referral unit, with a functional skills qualification in English at entry level 3. A speech and language assessment in 2023 found he has difficulty following long spoken instructions and tends to say he has understood when he has not.',
        ),
        para(
          'He responded best to short, active sessions and to a mentor he trusted. He attended Carter’s Boxing Club for a year and his behaviour improved over that time. He stopped going when the club moved premises.',
        ),
        para(
          'Worries at transfer: loyalty to older peers, carrying weapons “for protection”, and a belief that backing down makes him a target.',
        ),
      ],
    },
    {
      id: 'psr-interview',
      title: 'Pre-sentence interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Kestleford',
      author: 'Report writer',
      date: '2026-11-02',
      release: { kind: 'start' },
      body: [
        para(
          'Interview at Kestleford probation office. Kieran arrived 25 minutes late and said the bus was late.',
        ),
        dialogue({ PO: 'practitioner', Kieran: 'person' }, [
          ['PO', 'Tell me about the evening of the 18th of July.'],
          [
            'Kieran',
            'We went the Fry for food. That kid came out and started mouthing at Reece, so I hit him once. One punch. Then I bounced. I didn’t see no bottle.',
          ],
          [
            'PO',
            'The CCTV shows the three of you waiting across the road for twenty minutes. What were you waiting for?',
          ],
          ['Kieran', 'Just chilling. It was busy inside.'],
          ['PO', 'Your message that afternoon said “he’s at the Fry later, we link 10”.'],
          [
            'Kieran',
            '…It’s just how we talk. Look, he was chatting about my boy online. If someone disrespects your boys and you don’t do nothing, you’re a mug. Everyone round ours knows that.',
          ],
          ['PO', 'What do you know about how Mason is now?'],
          [
            'Kieran',
            'My brief said his eye’s messed up. That’s bad. I didn’t want that. That was the bottle, not me.',
          ],
          ['PO', 'Who do you spend your time with?'],
          ['Kieran', 'Same boys since school. Reece. They’re my family, basically.'],
          ['PO', 'The police say you were stabbed in March. Can you tell me about that?'],
          [
            'Kieran',
            'I’m not talking about that. It’s sorted. … That’s why people carry, innit. You don’t know who’s coming.',
          ],
          ['PO', 'Do you carry anything now?'],
          ['Kieran', 'No. Not since my tag.'],
          ['PO', 'What would you like to be doing in a year?'],
          [
            'Kieran',
            'Plastering, like my uncle. I did six weeks at college but they kept giving me essays. I used to box at Carter’s. I was good.',
          ],
          ['PO', 'How are things at home?'],
          [
            'Kieran',
            'Mum works nights. I look after Tyler. He’s alright. He’s a good kid, he just wants to be like me.',
          ],
        ]),
        para(
          'Report writer’s note: he lost focus after about forty minutes and answered “yeah” to two questions he had clearly not followed; I rephrased them. He showed some discomfort about the victim’s injury but placed the serious harm on the youth with the bottle.',
        ),
      ],
    },
    {
      id: 'boxing-club-letter',
      title: 'Letter from Carter’s Boxing Club',
      kind: 'agency-letter',
      agency: 'Carter’s Boxing Club, Pellbridge',
      author: 'Head coach',
      date: '2026-11-05',
      release: { kind: 'start' },
      body: [
        para(
          'I coached Kieran from 2022 to 2023. He was one of the most committed lads we had, never missed a session, and helped the younger ones. He is welcome back. We run sessions four evenings a week and a volunteer mentoring scheme. We have worked with young people on orders before and are happy to confirm attendance to probation with Kieran’s agreement.',
        ),
      ],
    },
    {
      id: 'oic-email-threats',
      title: 'Email from the officer in the case',
      kind: 'message',
      agency: 'Brindlemoor Police',
      author: 'Officer in the case',
      date: '2026-11-09',
      release: { kind: 'afterSection', templateId: 'rosh-analysis', sectionId: 'offence' },
      newInformation: {
        headline: 'Mason’s family report threatening posts naming him and his street since the plea.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'who-at-risk' },
          { templateId: 'risk-management-plan', itemId: 'victim-safety-detail' },
        ],
      },
      body: [
        para(
          'For your report: since the pleas, Mason Reilly’s mother has reported three posts from an account linked to the E-Side group showing Mason’s photo with the words “snitch” and the name of his street. Mason did not give evidence against anyone; the case rested on CCTV. We are investigating and have not linked the account to a named person. Mason’s family are considering moving. Kieran’s bail address is about half a mile from Mason’s home.',
        ),
      ],
    },
    {
      id: 'police-arrest-november',
      title: 'Police notification: arrest',
      kind: 'police-report',
      agency: 'Brindlemoor Police',
      author: 'Arresting officer, Saltmere response team',
      date: '2026-11-21',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Kieran was arrested after a machete was found in a car he was in with Reece Talbot, during his curfew hours.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'rosh-analysis', itemId: 'imminence' },
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
        ],
      },
      body: [
        fields({
          'Date and time': '21/11/2026, 23:40',
          Place: 'Harbour Road, Saltmere (near the Dunmore estate)',
        }),
        para(
          'A car was stopped after driving slowly past a group of young people on the Dunmore estate twice. Reece Talbot was driving. Kieran Doyle was the front-seat passenger; two others were in the back. A machete in a sports bag was found under the front passenger seat. All four were arrested for possession of an offensive weapon and released under investigation the next day.',
        ),
        para(
          'Doyle told officers the bag was not his and he had “just got a lift”. He was outside his curfew address during curfew hours; the electronic monitoring provider has been informed.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 0,
    daPerpetratorCallouts: 0,
    childrenInHousehold: true,
    safeguardingResponseOnFile: true,
    daNoTrace: true,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: false,
    weaponInvolved: true,
    peerGroupOffending: true,
    exploitationConcern: true,
  },
  rules: [
    {
      id: 'weapon-not-recognised',
      severity: 'question',
      when: { '!=': [rosh('weapon'), 'yes'] },
      message:
        'A bottle was used in the attack Kieran joined, and he has been convicted of carrying a knife. How have you answered the weapon question, and why?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'weapon' },
      documentRef: 'cps-summary',
    },
    {
      id: 'children-rated-low',
      severity: 'question',
      when: ratedAs('children', 'community', ['low']),
      message:
        'The young man injured was 17, and the dispute is between groups of teenagers. What supports a low rating for children?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'cps-summary',
    },
    {
      id: 'brother-not-screened',
      severity: 'question',
      when: { '==': [rosh('screen-children'), 'no'] },
      message:
        'Children’s services are worried that older young people from Kieran’s circle are drawing his 13-year-old brother in. Could Kieran’s behaviour or circumstances harm Tyler?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-children' },
      documentRef: 'childrens-social-care',
    },
    {
      id: 'victim-not-protected',
      severity: 'question',
      when: { and: [released('oic-email-threats'), { '!=': [rmp('identified-victims'), 'yes'] }] },
      message:
        'Mason is being named online as a “snitch” and lives half a mile from Kieran. Who in your plan keeps him safe, and how?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'identified-victims' },
      documentRef: 'oic-email-threats',
    },
    {
      id: 'no-association-limits',
      severity: 'question',
      when: lacksOption(rmp('controls'), 'non-contact'),
      message:
        'Every incident in the file involves the same friends. What in your proposal limits Kieran’s contact with his co-defendants and the victim?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
      documentRef: 'police-intelligence',
    },
    {
      id: 'adhd-and-language-not-planned',
      severity: 'question',
      when: {
        or: [
          lacksOption(plan('responsivity-needs'), 'neurodivergence'),
          {
            and: [
              lacksOption(plan('responsivity-needs'), 'slcn'),
              lacksOption(plan('responsivity-needs'), 'learning-disability'),
            ],
          },
          notAnswered(plan('adjustments')),
        ],
      },
      message:
        'Kieran has ADHD and stopped his medication at fourteen; a speech and language assessment found he struggles with long spoken instructions and says “yeah” when he has not understood. How does the plan record those needs, and what will you do differently in sessions and instructions?',
      itemRef: { templateId: 'sentence-plan', itemId: 'responsivity-needs' },
      documentRef: 'youth-justice-summary',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Group violence by a young adult: seeing planning and leadership behind a “one punch” account, counting the victim as a child, holding the person’s own victimisation and immaturity alongside the risk he poses, and responding to escalation before sentence.',
    keyEvidence: [
      {
        point:
          'Planning and leadership: twenty minutes waiting, the “we link 10” message, Kieran pointing out the victim and striking first. This contradicts “we went for food”.',
        documentRefs: ['cps-summary', 'psr-interview'],
      },
      {
        point:
          'Weapons run through the history: knife at 15, screwdriver this year, a bottle in the offence, and a machete after the plea. He believes carrying is normal protection.',
        documentRefs: ['previous-convictions', 'police-intelligence', 'police-arrest-november'],
      },
      {
        point:
          'Escalating seriousness in group settings (affray, assault on door staff, wounding) and offending while on a community order.',
        documentRefs: ['previous-convictions'],
      },
      {
        point:
          'He is also a victim: stabbed in March and unwilling to talk about it. Fear and status both drive carrying and retaliation.',
        documentRefs: ['police-intelligence', 'psr-interview'],
      },
      {
        point:
          'The victim was 17 and is now being targeted online. The rivalry with the Dunmore estate puts other teenagers at risk.',
        documentRefs: ['cps-summary', 'oic-email-threats'],
      },
      {
        point:
          'Tyler (13) is being exploited by older young people from the same estate and idolises Kieran; social care ask to be consulted before this is raised with him.',
        documentRefs: ['childrens-social-care'],
      },
      {
        point:
          'Responsivity and strengths: ADHD, difficulty following long instructions, says yes when he has not understood; committed at the boxing club; a realistic ambition to plaster.',
        documentRefs: ['youth-justice-summary', 'boxing-club-letter', 'psr-interview'],
      },
    ],
    roshRanges: [
      {
        group: 'public',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Serious injury in a planned group attack, weapons history and an active rivalry. Medium at the report stage is arguable if the trainee names the circumstances that would raise it; high is easier to defend.',
        documentRefs: ['cps-summary', 'police-intelligence'],
        afterNewInformation: {
          documentId: 'police-arrest-november',
          from: 'high',
          to: 'high',
          reasons:
            'Out during curfew with a co-defendant and a machete near the rival estate: the harm could happen at any time.',
          question:
            'Kieran was found during curfew hours with a co-defendant and a machete near a rival estate. What would have to happen for the risk to the public to be high, if this is not it?',
        },
      },
      {
        group: 'children',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Mason was 17 when he was wounded, so he is a child in this assessment, and the harm to him belongs in this row: a planned group attack, a permanent injury and a rivalry that continues. The rival group are teenagers too. Medium at the report stage needs the same account of controls and of what would raise it as the public row; high is easier to defend. The risk to Tyler comes mainly from the wider group; how far Kieran adds to it is a discussion point.',
        documentRefs: ['cps-summary', 'childrens-social-care'],
        afterNewInformation: {
          documentId: 'police-arrest-november',
          from: 'high',
          to: 'high',
          reasons:
            'The car was circling a group of young people on the rival estate with a machete on board: the teenagers on both sides of the rivalry, Mason among them, could be seriously harmed at any time.',
          question:
            'The car was circling a group of young people on the Dunmore estate with a machete under Kieran’s seat, and Mason is still being named online. What in the evidence still supports a rating below high for children?',
        },
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons:
          'No domestic abuse recorded and no adult partner or relative at risk. Mason is an identified victim, but at 17 he is a child: he belongs in the children row, named and protected in the plan, not under known adult.',
        documentRefs: ['police-da-no-trace', 'oic-email-threats'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons:
          'No threats to professionals recorded. The assault on a door supervisor counts towards the public.',
        documentRefs: ['previous-convictions'],
      },
      {
        group: 'prisoners',
        setting: 'custody',
        from: 'medium',
        to: 'high',
        reasons:
          'If he is sent to custody, group rivalries can follow young men into a young adult establishment.',
        documentRefs: ['police-intelligence'],
      },
    ],
    riskToSelf:
      'Vulnerable to serious violence from rivals (already stabbed) and to being drawn further into supply. No self-harm recorded; ask about sleep, fear and cannabis use.',
    mappa:
      'Not managed under MAPPA at the report stage. Category 2 turns on the sentence the court imposes for a specified violent offence: unlawful wounding is one, so 12 months or more of imprisonment or detention (at 19, detention in a young offender institution), or a hospital or guardianship order, would make Kieran category 2. A community order never does, nor does a shorter custodial term; category 3 would then need a referral that the MAPPA meeting accepts. Either way, police serious youth violence work and the exploitation panel are the multi-agency routes to link with.',
    discussionPoints: [
      'How do you weigh a basis of plea (“did not know about the bottle”) against the messages and the CCTV?',
      'Where is the line between Kieran as a risk and Kieran at risk? Can both go in the same assessment?',
      'How would you share the police intelligence in a way that is fair to Kieran but keeps its source safe?',
      'What would a community proposal need to look like after the machete arrest, and would you still make one?',
      'How would you adapt interviews and the plan for ADHD and his language needs?',
    ],
    pitfalls: [
      'Accepting “one punch” and rating the public medium without mentioning planning or weapons.',
      'Leaving the children row low because Kieran has no children, forgetting that the 17-year-old victim is a child, or rating Mason under known adult.',
      'Raising Tyler with Kieran or his mother without the social worker’s agreement.',
      'Writing a plan of appointments and unpaid work with no work on peers, weapons or fear.',
      'Not revisiting the proposal or the rating after the arrest.',
    ],
  },
};
