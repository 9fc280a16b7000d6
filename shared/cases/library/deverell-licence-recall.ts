import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  absenceDecisionTypes,
  convictionColumns,
  dialogue,
  enquiries,
  fields,
  heading,
  lacksOption,
  list,
  log,
  noRowWith,
  para,
  ratedAs,
  recallDecisionTypes,
  released,
  rmp,
  rosh,
  someRowChose,
  someRowWith,
  table,
} from './blocks';

/**
 * Case 6 (advanced): a man on licence from a sentence for wounding with intent, living in approved premises,
 * whose compliance slips while an undisclosed relationship with a mother of two develops. Teaches: reading
 * small signs together (late returns, a breath test, "a friend", a new address), enquiries on a proposed
 * address, MAPPA category 2, and a recall decision made on evidence, with a manager, and recorded.
 */
export const deverellLicenceRecall: PracticeCaseInput = {
  format: 1,
  id: 'deverell-licence-recall',
  version: 1,
  title: 'Craig Deverell: a recall decision',
  summary:
    'A 42-year-old released three months ago from a sentence for glassing a man in a pub lives at approved premises. He has been late back twice, failed a breath test and wants to move in with “a friend”. The case builds towards a decision about recall.',
  task: 'You took over the supervision of Craig Deverell’s licence on 02/11/2026. Log the checks you make, including those on any address he proposes, in the enquiries log. Review his risk of serious harm, update the risk management plan and sentence plan, and decide what to do as new information arrives. Record any recall decision and your reasons in the reflective log (decisions) and in the contingency plan. Finish with a reflective log.',
  themes: ['licence-recall', 'violence', 'domestic-abuse', 'new-relationship', 'mappa', 'substance-misuse'],
  difficulty: 'advanced',
  estimatedMinutes: 90,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Craig Deverell',
    age: 42,
    pronouns: 'he/him',
    circumstances:
      'Released on licence on 12/08/2026 from a six-year sentence for wounding with intent. Living at Cedar House Approved Premises, Kestleford. Licence ends 11/08/2028. Looking for work in scaffolding and labouring.',
  },
  templateSet: ['enquiries-log', 'rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'licence',
      title: 'Licence',
      kind: 'licence',
      agency: 'HM Prison and Probation Service',
      author: 'Issued on behalf of the Secretary of State',
      date: '2026-08-12',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Craig Anthony DEVERELL',
          'Date of birth': '23/06/1984',
          Sentence:
            '6 years for wounding with intent to cause grievous bodily harm (Brindlemoor Crown Court, 21/04/2023)',
          'Licence period': '12/08/2026 to 11/08/2028',
        }),
        para(
          'You must keep to the standard conditions of your licence, including being well behaved, not committing any offence and keeping in touch with your supervising officer as instructed.',
        ),
        heading('Additional conditions'),
        list(
          'Live at Cedar House Approved Premises, Kestleford, and keep to its rules, including being there between 23:00 and 07:00 each night. Any move must be approved in advance by your supervising officer.',
          'Do not contact Lee Harding directly or indirectly.',
          'Do not enter Saltmere town centre, as shown on the attached map, without prior approval.',
          'Tell your supervising officer about any developing intimate relationship with a woman, as soon as it begins.',
          'Attend appointments with the alcohol service as directed.',
        ),
        para('If you break these conditions, or your risk increases, you may be recalled to prison.'),
      ],
    },
    {
      id: 'index-offence-summary',
      title: 'Summary of the index offence',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer (from the original court papers)',
      date: '2023-02-02',
      release: { kind: 'start' },
      body: [
        para(
          'On the evening of 12/08/2022 the defendant had been drinking in the Anchor public house in Saltmere for about five hours. He argued with Lee Harding, whom he did not know, about a game of pool. Witnesses say Mr Harding laughed at him. The defendant went to the bar, came back with a pint glass, broke it on the edge of the table and pushed it into Mr Harding’s face.',
        ),
        para(
          'Mr Harding had deep cuts to his cheek and neck that needed surgery and forty stitches. A cut close to the main artery in his neck was described by the surgeon as “a matter of millimetres” from being fatal. He has permanent scarring and has not returned to work.',
        ),
        para(
          'The defendant left and was arrested at home two hours later. In interview he said he had been “disrespected” and that “it happened in a second”. He pleaded guilty on the day of trial.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print',
      date: '2026-07-01',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Craig Anthony DEVERELL', Convictions: '9 convictions for 12 offences' }),
        table(convictionColumns, [
          ['17/03/2002', 'Kestleford Youth Court', 'Affray', 'Supervision order 12 months'],
          [
            '09/09/2006',
            'Saltmere Magistrates’ Court',
            'Assault occasioning actual bodily harm (a man outside a nightclub)',
            'Community order 18 months',
          ],
          [
            '22/01/2009',
            'Saltmere Magistrates’ Court',
            'Drink driving; driving while disqualified',
            '12 weeks’ imprisonment',
          ],
          [
            '14/04/2011',
            'Brindlemoor Crown Court',
            'Wounding (headbutted and kicked a man in a bar)',
            '18 months’ imprisonment',
          ],
          [
            '30/06/2015',
            'Saltmere Magistrates’ Court',
            'Assault by beating (partner, Michelle Ross)',
            'Community order 12 months with a domestic abuse programme (not completed)',
          ],
          [
            '18/02/2018',
            'Saltmere Magistrates’ Court',
            'Breach of a non-molestation order (Michelle Ross)',
            '6 weeks’ imprisonment',
          ],
          [
            '21/04/2023',
            'Brindlemoor Crown Court',
            'Wounding with intent to cause grievous bodily harm',
            '6 years’ imprisonment',
          ],
        ]),
      ],
    },
    {
      id: 'police-da-callouts',
      title: 'Police domestic abuse information (pre-release)',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-06-24',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Craig Anthony DEVERELL, born 23/06/1984',
          'Requested by': 'Prison offender manager, for release planning',
        }),
        para('The following domestic incidents are recorded with the subject as the alleged perpetrator.'),
        table(
          ['Date', 'Other party', 'What was reported', 'Outcome and risk grading'],
          [
            [
              '11/05/2013',
              'Michelle Ross (partner)',
              'Argument after drinking; he punched a hole in a door. Children present.',
              'No offence disclosed. Risk graded standard.',
            ],
            [
              '25/05/2015',
              'Michelle Ross (partner)',
              'He slapped her and held her against a wall by her shoulders.',
              'Convicted of assault by beating. Risk graded high; heard at MARAC.',
            ],
            [
              '03/08/2017',
              'Michelle Ross (former partner)',
              'After she ended the relationship he said by phone he would “torch the house with you in it”.',
              'She declined to make a statement to police. She applied to the family court, which made a non-molestation order for 12 months on 21/08/2017. Risk graded high; heard at MARAC.',
            ],
            [
              '10/01/2018',
              'Michelle Ross (protected person)',
              'He waited outside the children’s school and followed her home.',
              'Arrested for breach of the non-molestation order (a criminal offence); convicted.',
            ],
          ],
        ),
        para('Nothing recorded since 2018. No current partner known to police.'),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry (pre-release)',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Saltmere team',
      author: 'Duty social worker',
      date: '2026-06-30',
      release: { kind: 'start' },
      body: [
        fields({ Children: 'Tayla Deverell (16), Jack Deverell (14)', Status: 'No current involvement' }),
        para(
          'Both children were subject to child protection plans from 2017 to 2018 under the category of emotional harm, because of the domestic abuse towards their mother. They live with Ms Ross, who does not want Mr Deverell to have contact, and there has been none since 2018. Please tell us if he seeks contact with the children or forms a relationship with anyone who has children.',
        ),
      ],
    },
    {
      id: 'pre-release-report',
      title: 'Pre-release report from the prison',
      kind: 'custody-report',
      agency: 'HMP Saltmere, offender management unit',
      author: 'Prison offender manager',
      date: '2026-07-15',
      release: { kind: 'start' },
      body: [
        heading('Behaviour in custody'),
        list(
          '2022–2023 (remand and first year): three proven adjudications, for fighting on the wing, possessing home-made alcohol, and threatening another prisoner over a debt.',
          'From mid-2023: no adjudications. Enhanced status from 2024. Wing cleaner, described as reliable.',
          'Completed an accredited thinking skills programme in 2025 and an alcohol awareness course. Programme report: engaged well; recognises drink and “respect” as triggers; more reflective about the index offence than about his relationships.',
        ),
        heading('Relationships and visits'),
        para(
          'Visited monthly by his sister, Mrs Donna Pryce. From May 2026 also visited twice by a Ms N. Grant, listed as a friend. When asked, he said he had no current relationship.',
        ),
        heading('Release plan'),
        para(
          'Release to approved premises is required because of the risk to the public and to any future partner. MAPPA category 2, level 1.',
        ),
      ],
    },
    {
      id: 'ap-report',
      title: 'Approved premises progress report',
      kind: 'hostel-report',
      agency: 'Cedar House Approved Premises, Kestleford',
      author: 'Approved premises key worker',
      date: '2026-10-30',
      release: { kind: 'start' },
      body: [
        para(
          'Craig settled well in his first six weeks: polite, helpful in the kitchen, attended all house meetings and both alcohol service appointments.',
        ),
        table(
          ['Date', 'Event', 'Response'],
          [
            [
              '03/10/2026',
              'Returned at 23:40, forty minutes late. Said his bus was cancelled.',
              'Verbal warning; probation informed.',
            ],
            [
              '17/10/2026',
              'Returned at 00:25. Said he missed the last bus after a job trial in Orbury.',
              'Written warning; probation informed.',
            ],
            [
              '24/10/2026',
              'Breath test on return positive (low reading). Said he had one pint with a workmate.',
              'Written warning; probation informed.',
            ],
          ],
        ),
        para(
          'Staff have twice seen him dropped off by a woman in a blue car. His mood has lifted and other residents say he is “seeing someone”. When staff asked, he said she is “just a friend who gives me lifts”.',
        ),
      ],
    },
    {
      id: 'contact-log',
      title: 'Probation contact log (extract)',
      kind: 'contact-log',
      agency: 'Probation Service, Kestleford',
      author: 'Previous supervising officer',
      date: '2026-10-28',
      release: { kind: 'start' },
      body: [
        table(
          ['Date', 'Contact', 'Note'],
          [
            [
              '12/08/2026',
              'Induction at Cedar House',
              'Licence explained and signed. Said he has no partner.',
            ],
            ['26/08/2026', 'Office appointment', 'Job search; positive about the alcohol service.'],
            [
              '23/09/2026',
              'Office appointment',
              'Going well. Asked when he can move out of the approved premises.',
            ],
            [
              '20/10/2026',
              'Missed appointment',
              'Phoned at 16:00 to say he was on a job trial. Accepted as acceptable absence.',
            ],
            [
              '27/10/2026',
              'Office appointment',
              'Asked to move to “a mate’s place” at 14 Heron Way, Orbury. Gave no name for the mate. Told that checks will be needed first. Case to transfer to a new officer from 02/11.',
            ],
          ],
        ),
      ],
    },
    {
      id: 'supervision-interview',
      title: 'Supervision session record',
      kind: 'interview-record',
      agency: 'Probation Service, Kestleford',
      author: 'Supervising practitioner',
      date: '2026-11-03',
      release: { kind: 'start' },
      body: [
        dialogue({ PP: 'practitioner', Craig: 'person' }, [
          [
            'PP',
            'I have taken over your supervision. I want to go through the last few weeks with you. Tell me about the late returns.',
          ],
          [
            'Craig',
            'Buses. Orbury’s a nightmare after ten. I rang them both times. I’m not trying to mess anyone about.',
          ],
          ['PP', 'And the breath test?'],
          [
            'Craig',
            'One pint with the lads after a trial shift. One. I’m not going back to how I was. I did the course.',
          ],
          ['PP', 'Staff have seen you dropped off by a woman. Who is she?'],
          ['Craig', 'Nicola. She’s a friend. She drives me to the job centre and that. It’s nothing.'],
          [
            'PP',
            'Your licence asks you to tell me about any relationship that develops. Is there anything you need to tell me?',
          ],
          ['Craig', 'No. Like I said, she’s a mate. Why does everything have to be something with you lot?'],
          ['PP', 'You’ve asked to move to 14 Heron Way. Whose address is that?'],
          [
            'Craig',
            'A mate’s. It’s quiet, there’s a spare room. Her two are good kids, it’s not like… I mean, it’s a family house, it’s better than a hostel full of smackheads.',
          ],
          ['PP', 'Her two?'],
          ['Craig', 'Nicola’s. It’s her place. Look, you’re twisting it. You lot want me back inside.'],
          [
            'PP',
            'I want to understand, so that any move is safe for everyone, including you. I will need to make checks on the address before anything is agreed.',
          ],
          ['Craig', '…Fine. Do your checks.'],
        ]),
        para(
          'Practitioner’s note: he became irritated when asked about Nicola and revealed that 14 Heron Way is her home and that she has two children. Told him the move will not be considered until police and children’s services checks are back. Checks requested today. To discuss with my manager.',
        ),
      ],
    },
    {
      id: 'heron-way-checks',
      title: 'Checks on 14 Heron Way, Orbury',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police and Brindlemoor Children’s Services',
      author: 'Domestic Abuse Safeguarding Unit researcher; duty social worker',
      date: '2026-11-09',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Nicola Grant lives at 14 Heron Way with her children aged 9 and 12, and was the victim of abuse by a former partner.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'who-at-risk' },
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'victim-safety-detail' },
        ],
      },
      body: [
        heading('Police'),
        para(
          'Occupants: Nicola GRANT (38) and her children Mia (12) and Logan (9). One domestic incident recorded, in 2024, in which Ms Grant was the victim of a former partner, who was convicted of assault. Nothing recorded involving Craig Deverell at this address.',
        ),
        heading('Children’s services'),
        para(
          'Mia and Logan were supported under a child in need plan in 2024 after the domestic abuse by Ms Grant’s former partner; closed in early 2025. Ms Grant was a protective parent. We have no record that she knows of Mr Deverell’s history. Given his history towards a previous partner, we would want to speak to her, and we would not support him living at the address without an assessment.',
        ),
      ],
    },
    {
      id: 'ap-incident-report',
      title: 'Approved premises incident report',
      kind: 'hostel-report',
      agency: 'Cedar House Approved Premises, Kestleford',
      author: 'Night manager',
      date: '2026-11-15',
      release: { kind: 'continue', step: 2 },
      newInformation: {
        headline:
          'Craig did not return to the approved premises overnight and came back smelling of alcohol.',
        revisit: [
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
          { templateId: 'reflective-log', itemId: 'decisions' },
        ],
      },
      body: [
        para(
          'Craig did not return by 23:00 on 14/11/2026. He did not answer his phone. Police were informed at 23:30 as required. He returned at 08:20 on 15/11, smelling strongly of alcohol, with a graze on his knuckles. He said he had fallen asleep at a mate’s and refused to say where. He said, “Recall me then, I don’t care.” He then went to his room.',
        ),
      ],
    },
    {
      id: 'police-heron-way-incident',
      title: 'Police notification: domestic incident at 14 Heron Way',
      kind: 'police-report',
      agency: 'Brindlemoor Police',
      author: 'Attending officer, Orbury response team',
      date: '2026-11-15',
      release: { kind: 'continue', step: 2 },
      newInformation: {
        headline:
          'Police attended 14 Heron Way the same night: shouting, a man leaving, Nicola with a mark on her face and her children awake.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'rosh-analysis', itemId: 'imminence' },
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
        ],
      },
      body: [
        fields({ 'Time of call': '23:48 on 14/11/2026', Caller: 'Neighbour' }),
        para(
          'A neighbour reported a man and a woman shouting and a child crying. Officers arrived at 00:05. Ms Grant had a red mark on her left cheek and said a friend had “got upset and left”. She would not give his name and made no allegation. Mia and Logan were awake and Mia was tearful.',
        ),
        para(
          'The neighbour described the man as “the one with the tattoo on his neck who’s been round a lot lately” and said he left on foot just before police arrived. Craig Deverell has a tattoo on his neck. Risk graded high. Children’s services notified.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 4,
    daPerpetratorCallouts: 4,
    childrenInHousehold: false,
    safeguardingResponseOnFile: true,
    daNoTrace: false,
    onLicence: true,
    mappaCategory: 2,
    custodyHistory: true,
    weaponInvolved: true,
    substanceMisuse: true,
  },
  rules: [
    {
      id: 'mappa-not-category-2',
      severity: 'question',
      when: { '!=': [rosh('mappa-category'), 'category-2'] },
      message:
        'Craig was sentenced to six years for wounding with intent. Which MAPPA category does that place him in, and is his current level still right?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'mappa-category' },
      documentRef: 'pre-release-report',
    },
    {
      id: 'licence-controls-missing',
      severity: 'question',
      when: {
        or: [
          lacksOption(rmp('controls'), 'approved-premises'),
          lacksOption(rmp('controls'), 'exclusion-zone'),
        ],
      },
      message:
        'Craig’s licence requires him to live at Cedar House and keep out of Saltmere town centre. How do those conditions work in your plan, and who checks them?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
      documentRef: 'licence',
    },
    {
      id: 'recall-without-oversight',
      severity: 'question',
      when: {
        and: [
          released('ap-incident-report'),
          {
            '!': [
              {
                and: [
                  { '==': [rosh('oversight-sought'), 'yes'] },
                  { in: [rosh('oversight-who'), ['manager', 'duty-manager']] },
                ],
              },
            ],
          },
          { '!': [someRowChose(log('decisions'), 'consulted', ['manager'])] },
        ],
      },
      message:
        'A decision about recall is made with a manager, usually the same day. Have you discussed it with your manager, and what did you decide together?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'oversight-sought' },
      documentRef: 'ap-incident-report',
    },
    {
      id: 'recall-decision-not-recorded',
      severity: 'question',
      when: {
        and: [
          released('ap-incident-report'),
          noRowWith(log('decisions'), 'decision-type', [...absenceDecisionTypes, ...recallDecisionTypes]),
        ],
      },
      message:
        'Craig stayed out overnight, came back drunk and may have assaulted Nicola. What did you decide about recall, and why? Record the decision and the evidence you weighed.',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'ap-incident-report',
    },
    {
      id: 'response-does-not-fit-risk',
      severity: 'warning',
      when: {
        and: [
          released('police-heron-way-incident'),
          someRowWith(log('decisions'), 'decision-type', [
            'recall-fixed-term',
            'warning',
            'no-action',
            'acceptable-absence',
            'unacceptable-absence',
          ]),
          noRowWith(log('decisions'), 'decision-type', ['recall-standard', 'recall-emergency']),
          {
            or: [
              ratedAs('known-adult', 'community', ['high', 'very-high']),
              ratedAs('children', 'community', ['high', 'very-high']),
              ratedAs('public', 'community', ['high', 'very-high']),
            ],
          },
        ],
      },
      message:
        'You rate the risk from Craig as high or above, yet your decision after the night of 14/11 leaves him in the community or brings him back only until an automatic release. How does that response manage the risk you assessed to Nicola and her children, and what made a standard recall the wrong choice?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'police-heron-way-incident',
    },
    {
      id: 'proposed-address-not-logged',
      severity: 'question',
      when: { '!=': [enquiries('address-proposed'), 'yes'] },
      message:
        'Craig has asked to move to 14 Heron Way and let slip that a woman and her two children live there. Where is the proposed address in your enquiries log, and which checks have you asked for?',
      itemRef: { templateId: 'enquiries-log', itemId: 'address-proposed' },
      documentRef: 'supervision-interview',
    },
    {
      id: 'address-checks-not-used',
      severity: 'question',
      when: {
        and: [
          released('heron-way-checks'),
          {
            or: [
              { '!=': [enquiries('address-police-status'), 'received'] },
              { '!=': [enquiries('address-children'), 'yes'] },
              { '==': [enquiries('address-suitability'), 'suitable'] },
            ],
          },
        ],
      },
      message:
        'The checks on 14 Heron Way are back: Nicola Grant and her children, aged 12 and 9, live there, and children’s services would not support the move without an assessment. What does your enquiries log now say about who lives there and whether the address is suitable?',
      itemRef: { templateId: 'enquiries-log', itemId: 'address-suitability' },
      documentRef: 'heron-way-checks',
    },
    {
      id: 'index-victim-no-liaison',
      severity: 'question',
      when: noRowWith(rmp('victims'), 'victim-support', ['victim-liaison', 'both', 'offered-declined']),
      message:
        'Lee Harding was the victim of a violent offence with a six-year sentence, so the victim contact scheme applies, and the exclusion zone and the no-contact condition protect him. Where is he in your victim safety plan, and what does the victim liaison officer know about Craig’s progress?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'victims' },
      documentRef: 'licence',
    },
    {
      id: 'licence-conditions-not-recorded',
      severity: 'question',
      when: lacksOption(rosh('orders-in-force'), 'licence-conditions'),
      message:
        'Craig’s licence requires him to live at Cedar House, keep out of Saltmere town centre, stay away from Lee Harding and tell you about any relationship. Where does your analysis record those conditions, and which has he already broken?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'orders-in-force' },
      documentRef: 'licence',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Managing a licence where several small signs add up: late returns, drinking, a hidden relationship with a mother of two and a request to move in. The trainee must make enquiries on the proposed address, reassess the risk to a new partner and her children, and make and record a proportionate recall decision with a manager.',
    keyEvidence: [
      {
        point:
          'Serious violence when drinking and feeling “disrespected”: the 2022 glassing came within millimetres of killing a stranger; earlier wounding and actual bodily harm follow the same pattern.',
        documentRefs: ['index-offence-summary', 'previous-convictions'],
      },
      {
        point:
          'Domestic abuse towards a former partner, including a threat to set fire to the house with her inside and following her in breach of a non-molestation order made by the family court; his children were on child protection plans.',
        documentRefs: ['police-da-callouts', 'childrens-social-care'],
      },
      {
        point:
          'Custody: violence and debt early on, then a settled period and programme work that recognised drink and “respect” but not relationships.',
        documentRefs: ['pre-release-report'],
      },
      {
        point:
          'Signs of a developing relationship he will not disclose: prison visits from Ms N. Grant, lifts, lifted mood, “her two are good kids”, the request to move to her address.',
        documentRefs: ['pre-release-report', 'ap-report', 'supervision-interview', 'contact-log'],
      },
      {
        point:
          'Slipping compliance with drinking: two late returns and a positive breath test, then a night away, drunk, with grazed knuckles and “recall me then”.',
        documentRefs: ['ap-report', 'ap-incident-report'],
      },
      {
        point:
          'A domestic incident at Heron Way the same night, with a description matching him and two children present.',
        documentRefs: ['police-heron-way-incident', 'heron-way-checks'],
      },
    ],
    roshRanges: [
      {
        group: 'known-adult',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'A history of violence and threats to a partner, and a new relationship he is hiding. At takeover, high is well supported; medium needs the trainee to show that nothing yet suggests harm could happen at any time.',
        documentRefs: ['police-da-callouts', 'supervision-interview'],
        afterNewInformation: {
          documentId: 'police-heron-way-incident',
          from: 'high',
          to: 'very-high',
          reasons:
            'A probable assault on Nicola, drinking, a breakdown in compliance and a stated indifference to recall. Very high is defensible; either way, action is the same day.',
          question:
            'On the night Craig stayed out, police found Nicola with a mark on her face and a neighbour described him leaving. What in the evidence still supports a rating below high for her?',
        },
      },
      {
        group: 'public',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'Life-threatening violence to a stranger when drinking. Drinking has resumed. High is defensible throughout; medium at the start only with a clear account of the controls and what would raise it.',
        documentRefs: ['index-offence-summary', 'ap-report'],
      },
      {
        group: 'children',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'No known contact with children at the start, but his own children were harmed by the abuse of their mother.',
        documentRefs: ['childrens-social-care'],
        afterNewInformation: {
          documentId: 'heron-way-checks',
          from: 'medium',
          to: 'high',
          reasons:
            'Two children in the household he wants to join, who have already lived through domestic abuse; after the incident, high.',
          question:
            'Craig wants to live with a woman and her two children, aged 9 and 12, who have already lived through domestic abuse. What supports a low rating for children now?',
        },
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons: 'Irritable when challenged; no threats to staff in the community.',
        documentRefs: ['supervision-interview'],
      },
      {
        group: 'prisoners',
        setting: 'custody',
        from: 'medium',
        to: 'medium',
        reasons: 'Fighting and a threat over debt early in the sentence, none since.',
        documentRefs: ['pre-release-report'],
      },
    ],
    riskToSelf:
      'No recorded self-harm. His “I don’t care” on return is worth exploring. Vulnerability is low.',
    mappa:
      'Category 2 (violent offence, 12 months or more in custody), level 1 at release. The hidden relationship, the move request and the incident justify asking for a level 2 discussion; a high rating with domestic abuse prompts a referral in any case.',
    discussionPoints: [
      'At what point did the signs add up to a need for enquiries? Could the prison or the previous officer have acted sooner?',
      'Recall weighs risk and proportionality. What are the alternatives (warning, variation of conditions, a multi-agency meeting), and why do or don’t they manage the risk after 14/11?',
      'How do you tell Nicola about his history, and who should do it (police disclosure, children’s services)?',
      'How would you record the decision so that a reader understands the evidence and the reasoning?',
      'Lee Harding is the victim of a violent offence with a sentence of 12 months or more, so he was eligible for the victim contact scheme. Has the victim liaison officer been told of the move request and the incident, and what were the victim’s views on the exclusion zone and the non-contact condition? Who tells the victim liaison officer if Craig is recalled?',
      'Which recall, and how fast? A fixed-term recall brings someone back for a short fixed period and then releases them automatically; it suits a person who can be safely managed again at the end of it. After 14/11 (a probable assault on a partner with children present, drinking, a hidden relationship and “recall me then”) the risk to Nicola and her children would not be managed by an automatic release, so a standard recall is the defensible type. The request goes in the same day as an emergency recall, agreed with the manager, with the police told so that he can be arrested quickly.',
    ],
    pitfalls: [
      'Treating each late return or the breath test on its own, rather than as a pattern.',
      'Accepting “just a friend” and approving the address without checks.',
      'Leaving the children row low after learning about Mia and Logan.',
      'A contingency plan that says “consider recall” with no trigger, owner or timescale.',
      'Delaying the recall decision after 15/11, or making it without a manager.',
      'Choosing a fixed-term recall, or a warning, for risk rated high or very high to a partner and her children.',
      'Approving, or not recording, the Heron Way address before the police and children’s services checks and a conversation with Nicola.',
      'Forgetting the victim of the index offence: the victim liaison officer and the licence conditions that protect Lee Harding.',
    ],
  },
};
