import { CASE_PRACTICE_NOTICE, type PracticeCaseInput } from '../schema';
import {
  absenceDecisionTypes,
  convictionColumns,
  dialogue,
  fields,
  heading,
  isAnswered,
  lacksOption,
  list,
  log,
  noRowWith,
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
 * Case 8 (intermediate): an autistic young man with a mild learning disability, convicted after a
 * frightening incident on a bus and found holding cannabis for "friends". Teaches: responsivity (how he
 * understands, what helps, what a plan must not assume), keeping the risk of serious harm proportionate,
 * recognising exploitation, and a fair response to a missed first appointment.
 */
export const pritchardAutismResponsivity: PracticeCaseInput = {
  format: 1,
  id: 'pritchard-autism-responsivity',
  version: 1,
  title: 'Owen Pritchard: the wrong way',
  summary:
    'A 23-year-old autistic man with a mild learning disability grabbed a bus driver’s arm when the bus was diverted, and was found carrying cannabis he said belonged to a friend. The order will only work if it is built around how Owen understands the world.',
  task: 'You were allocated Owen Pritchard’s community order on 20/10/2026, the day after sentence. Complete the risk of serious harm analysis, the risk management plan and the sentence plan for the start of the order, paying close attention to responsivity. New information may arrive while you work. Finish with a reflective log.',
  themes: ['neurodivergence', 'responsivity', 'exploitation'],
  difficulty: 'intermediate',
  estimatedMinutes: 60,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Owen Pritchard',
    age: 23,
    pronouns: 'he/him',
    circumstances:
      'Lives alone in a council flat on Tanner Street, Kestleford, with six hours a week of support from an outreach worker. His mother lives nearby. Community order, 12 months: rehabilitation activity requirement, 15 days; unpaid work, 60 hours.',
  },
  templateSet: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'custody-record',
      title: 'Custody record extract and charges',
      kind: 'police-report',
      agency: 'Brindlemoor Police',
      author: 'Custody sergeant, Kestleford custody suite',
      date: '2026-08-21',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Owen Rhys PRITCHARD',
          'Date of birth': '14/12/2002',
          Address: 'Flat 4, 19 Tanner Street, Kestleford',
        }),
        list(
          '13:05 Arrived in custody. Very distressed: rocking, hands over ears, repeating “the 14 goes down Mill Street”.',
          '13:20 Told the custody nurse he is autistic and has a learning disability. Appropriate adult requested.',
          '15:40 Appropriate adult arrived. Interview started at 16:10, paused twice at the appropriate adult’s request because Owen could not follow the questions.',
          '18:30 Charged and released on bail to his home address.',
        ),
        heading('Charges'),
        list(
          'Assault by beating of Kevin Shaw, a bus driver, on 21/08/2026 at Kestleford.',
          'Possession of a controlled drug of class B (cannabis), on the same date.',
        ),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-09-10',
      release: { kind: 'start' },
      body: [
        para(
          'On 21/08/2026 the number 14 bus was diverted away from Mill Street because of roadworks. The bus CCTV shows the defendant becoming agitated as soon as the bus turned off the usual route. For about three minutes he stood by the cab, repeating loudly “this is wrong, this is the wrong way”. The driver, Mr Shaw, told him to sit down or get off.',
        ),
        para(
          'The defendant hit the plastic screen of the cab several times with his open hand, then reached round it and pulled the driver’s arm while the bus was moving slowly. Mr Shaw braked hard. An older passenger stumbled but was not hurt. Mr Shaw had a bruise on his forearm. The defendant got off, sat on the pavement with his hands over his ears and stayed there until police arrived.',
        ),
        para(
          'In his bag officers found nine small bags of cannabis, 28 grams in all, and £60 in cash. He said, “They’re Jase’s, I look after them.” Given his vulnerability and what he said in interview, the prosecution charged simple possession.',
        ),
        para('He pleaded guilty to both charges on 22/09/2026. Sentenced 19/10/2026.'),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions and police records',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-09-10',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Owen Rhys PRITCHARD', Convictions: 'None before this case' }),
        table(convictionColumns, [
          [
            '11/03/2024',
            'Police (community resolution)',
            'Criminal damage: kicked a door at Kestleford job centre when his appointment was moved without warning',
            'Apology and payment for the repair',
          ],
        ]),
      ],
    },
    {
      id: 'police-da-no-trace',
      title: 'Domestic abuse enquiry: response',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-10-08',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Owen Rhys PRITCHARD, born 14/12/2002',
          'Addresses checked': 'Flat 4, 19 Tanner Street; 7 Rowan Close (mother’s address)',
        }),
        note(
          'NO TRACE. No domestic abuse incidents are recorded with the subject as a victim or as an alleged perpetrator.',
        ),
        para(
          'For information: on 14/09/2026 officers attended Flat 4, 19 Tanner Street after neighbours complained of noise and people coming and going at night. Two adult males were present with the subject, who said they were his friends and were staying with him. No offences were identified. A note was sent to the neighbourhood team.',
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Front Door team',
      author: 'Duty social worker',
      date: '2026-10-09',
      release: { kind: 'start' },
      body: [
        note(
          'No current or previous involvement with Owen Pritchard as an adult. No children are known to live with him or to be in contact with him.',
        ),
        para(
          'For information: Owen was supported by our children with disabilities team until he turned 18, when his case transferred to adult services.',
        ),
      ],
    },
    {
      id: 'cldt-letter',
      title: 'Letter from the community learning disability team',
      kind: 'assessment-report',
      agency: 'Brindlemoor NHS Trust, community learning disability team',
      author: 'Learning disability nurse',
      date: '2026-10-12',
      release: { kind: 'start' },
      body: [
        para(
          'I have known Owen for four years. He was diagnosed as autistic at eight, and in 2019 was assessed as having a mild learning disability. He reads at about the level of a nine-year-old and takes words literally.',
        ),
        heading('What Owen finds hard'),
        list(
          'Unexpected change to routines and plans. A diversion, a cancelled appointment or a new room can lead to a “meltdown”: he shouts, hits surfaces or covers his ears. These pass if he is given space and quiet.',
          'Noise, crowds and bright light.',
          'Long or abstract questions. He needs time to answer. He often says “yes” to please people or to end a conversation, and will agree with a leading question.',
          'Knowing who to trust. He wants friends very much and can be taken advantage of.',
        ),
        heading('What helps'),
        list(
          'The same worker, the same room and the same time each week.',
          'Short, concrete sentences. Asking him to say back what has been agreed.',
          'Easy Read letters with pictures, and a text message the day before an appointment.',
          'Warning of any change as early as possible, with a reason.',
          'His mother, who he trusts, and his outreach worker.',
        ),
        para(
          'Strengths: he is punctual and reliable once a routine is set. He knows every bus route and timetable in Kestleford. He volunteers on Saturdays at the Kestleford model railway club, where he is valued. He is honest.',
        ),
      ],
    },
    {
      id: 'mother-letter',
      title: 'Letter from Owen’s mother',
      kind: 'agency-letter',
      agency: 'Family',
      author: 'Angela Pritchard, Owen’s mother',
      date: '2026-10-14',
      release: { kind: 'start' },
      body: [
        para(
          'I want to tell you about Owen’s so-called friends. Since the spring two men, Jase and Kurtis, have been at his flat most days. Owen thinks Jase is his best friend. Since they came, Owen’s money runs out in the first week. Jase has his bank card “to do the shopping”. There are people in and out of the flat at night and Owen has started smoking cannabis, which he never did before.',
        ),
        para(
          'The bags in his rucksack were not his. He would not know how to sell anything. I raised this with adult social care in July and nothing seems to have changed. I am frightened for him. Please help him with this, not just punish him. He will come to appointments if he knows exactly where and when and I can bring him the first time.',
        ),
      ],
    },
    {
      id: 'adult-social-care',
      title: 'Adult social care: safeguarding update',
      kind: 'adult-social-care',
      agency: 'Brindlemoor Adult Social Care',
      author: 'Social worker, adults with learning disabilities team',
      date: '2026-10-15',
      release: { kind: 'start' },
      body: [
        para(
          'Owen has a care and support plan with six hours a week of outreach support. In July 2026 his mother raised a safeguarding concern about financial exploitation and the use of his flat by two men. We opened a safeguarding enquiry.',
        ),
        para(
          'When we visited, Owen said everything was fine and that Jase is his friend. His outreach worker reports that the men are often present during visits and answer questions for Owen. The enquiry remains open. We have shared our concern with the police that Owen’s flat may be being used by others for drug dealing.',
        ),
      ],
    },
    {
      id: 'psr-interview',
      title: 'Pre-sentence interview record',
      kind: 'interview-record',
      agency: 'Probation Service, Kestleford',
      author: 'Report writer',
      date: '2026-10-05',
      release: { kind: 'start' },
      body: [
        para(
          'Interview in a quiet side room, with Owen’s mother present at his request. Owen brought a bus timetable and held it throughout.',
        ),
        dialogue({ PO: 'practitioner', Owen: 'person', Mother: 'other' }, [
          ['PO', 'Can you walk me through what happened on the bus?'],
          [
            'Owen',
            'I didn’t walk. I was on the 14. The 14 goes down Mill Street. It went down Carver Road. That’s wrong.',
          ],
          ['PO', 'Sorry, I mean: tell me what happened. What did you do when the bus went down Carver Road?'],
          [
            'Owen',
            'I told the driver it was wrong. He said sit down. I hit the window. Then I pulled his arm. I shouldn’t touch people. Touching is not allowed. I am sorry to the driver.',
          ],
          ['PO', 'How were you feeling?'],
          ['Owen', 'Loud. My head was loud.'],
          ['PO', 'Do you understand what a community order is?'],
          ['Owen', 'Yes.'],
          ['PO', 'Can you tell me, in your words, what you will have to do?'],
          ['Owen', '…I don’t know.'],
          [
            'PO',
            'That’s all right. It means you will come and see me every week, and do some unpaid work. I will write it down for you with pictures.',
          ],
          ['Owen', 'Is the unpaid work at the bus depot?'],
          [
            'PO',
            'Probably not, but I will find out where it is and tell you before it starts. Tell me about the bags in your rucksack.',
          ],
          [
            'Owen',
            'They’re Jase’s. I look after them because he hasn’t got a house. Jase is my best friend. He says I’m a legend.',
          ],
          ['PO', 'Who has your bank card?'],
          ['Owen', 'Jase. He does the shopping. He gets me pizza.'],
          ['Mother', 'He gets pizza, and Jase gets everything else.'],
          ['PO', 'Owen, is there anything about Jase or Kurtis that you don’t like?'],
          ['Owen', 'They are in my flat a lot. I can’t watch my trains video. But they are my friends.'],
        ]),
        para(
          'Report writer’s note: Owen took a literal meaning from “walk me through” and said “yes” to a question he then could not answer. He did much better with short, concrete questions and when asked to explain back. He expressed remorse in his own way. I am concerned that he is being exploited.',
        ),
      ],
    },
    {
      id: 'court-result',
      title: 'Court result',
      kind: 'court-record',
      agency: 'Kestleford Magistrates’ Court',
      author: 'Legal adviser',
      date: '2026-10-19',
      release: { kind: 'start' },
      body: [
        table(
          ['Offence', 'Sentence'],
          [
            [
              'Assault by beating',
              'Community order 12 months: rehabilitation activity requirement, 15 days; unpaid work, 60 hours',
            ],
            ['Possession of cannabis', 'No separate penalty; forfeiture and destruction'],
          ],
        ),
        para(
          'The bench asked that the probation service make the adjustments described in the pre-sentence report and consider carefully the placement for unpaid work.',
        ),
      ],
    },
    {
      id: 'missed-appointment-note',
      title: 'Contact log: first appointment',
      kind: 'contact-log',
      agency: 'Probation Service, Kestleford',
      author: 'Duty officer',
      date: '2026-10-27',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Owen missed his first appointment; his mother says the letter went to the wrong address and he left the waiting room in distress.',
        revisit: [
          { templateId: 'sentence-plan', itemId: 'adjustments' },
          { templateId: 'risk-management-plan', itemId: 'supervision-arrangements' },
          { templateId: 'reflective-log', itemId: 'decisions' },
        ],
      },
      body: [
        table(
          ['Time', 'Note'],
          [
            ['10:00', 'Owen did not attend his first appointment.'],
            [
              '13:15',
              'His mother rang. The appointment letter was sent to her address, not his, and she only found it this morning. She brought him in at 11:30. The main entrance was closed for building work and the side entrance leads into the general waiting room. A fire alarm test was under way. Owen became very distressed and left. He waited outside the building for forty minutes before they went home.',
            ],
            [
              '13:30',
              'Mrs Pritchard asks whether Owen is now “in trouble” and whether he can be seen somewhere quiet.',
            ],
          ],
        ),
      ],
    },
    {
      id: 'adult-safeguarding-update',
      title: 'Email from adult social care: police warrant at Owen’s flat',
      kind: 'message',
      agency: 'Brindlemoor Adult Social Care',
      author: 'Social worker, adults with learning disabilities team',
      date: '2026-11-06',
      release: { kind: 'afterSection', templateId: 'sentence-plan', sectionId: 'responsivity' },
      newInformation: {
        headline:
          'Police found crack cocaine and cash at Owen’s flat; they now treat him as a possible victim of exploitation.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
          { templateId: 'risk-management-plan', itemId: 'controls' },
          { templateId: 'sentence-plan', itemId: 'goals' },
        ],
      },
      body: [
        para(
          'Police executed a drugs warrant at Owen’s flat yesterday. Jase and another man were arrested; crack cocaine and cash were found. Owen was present and very distressed. The police are treating him as a possible victim of exploitation, not a suspect, and may ask to interview him as a witness with an appropriate adult.',
        ),
        para(
          'Owen is staying with his mother for now. He keeps asking when Jase will be back and whether he is still his friend. We are holding a safeguarding meeting on 10/11 and would like probation to attend. We are concerned that others linked to the men may try to contact Owen or return to the flat.',
        ),
      ],
    },
  ],
  facts: {
    daCallouts: 0,
    daPerpetratorCallouts: 0,
    childrenInHousehold: false,
    safeguardingResponseOnFile: true,
    daNoTrace: true,
    onLicence: false,
    mappaCategory: 0,
    custodyHistory: false,
    learningDisabilityOrAutism: true,
    exploitationConcern: true,
  },
  rules: [
    {
      id: 'responsivity-not-recorded',
      severity: 'warning',
      when: {
        or: [
          { '!': [isAnswered(plan('responsivity-needs'))] },
          {
            and: [
              lacksOption(plan('responsivity-needs'), 'learning-disability'),
              lacksOption(plan('responsivity-needs'), 'neurodivergence'),
            ],
          },
        ],
      },
      message:
        'Owen is autistic and has a learning disability. How does your sentence plan record that, so that anyone who picks it up knows what he needs?',
      itemRef: { templateId: 'sentence-plan', itemId: 'responsivity-needs' },
      documentRef: 'cldt-letter',
    },
    {
      id: 'adjustments-missing',
      severity: 'question',
      when: { '!': [isAnswered(plan('adjustments'))] },
      message:
        'The learning disability team set out what helps Owen: the same worker and room, short sentences, Easy Read, a text the day before, warning of change. Which of these will you use, and how?',
      itemRef: { templateId: 'sentence-plan', itemId: 'adjustments' },
      documentRef: 'cldt-letter',
    },
    {
      id: 'public-rated-high',
      severity: 'question',
      when: ratedAs('public', 'community', ['high', 'very-high']),
      message:
        'The incident on the bus was frightening, and the driver was bruised. What in the file suggests serious harm could happen at any time, rather than distress when routines break?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'cps-summary',
    },
    {
      id: 'vulnerability-not-recorded',
      severity: 'question',
      when: { '!=': [rosh('self-risk-grid.vulnerability.current'), 'yes'] },
      message:
        'Two men hold Owen’s bank card, use his flat and gave him their cannabis to carry. How vulnerable is Owen to others, and what is the evidence?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
      documentRef: 'mother-letter',
    },
    {
      id: 'missed-appointment-decision',
      severity: 'question',
      when: {
        and: [
          released('missed-appointment-note'),
          noRowWith(log('decisions'), 'decision-type', absenceDecisionTypes),
        ],
      },
      message:
        'Owen missed his first appointment after the letter went to the wrong address and the waiting room overwhelmed him. How did you decide whether the absence was acceptable, and what did you change?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'missed-appointment-note',
    },
    {
      id: 'exploitation-not-in-plan',
      severity: 'question',
      when: {
        and: [
          released('adult-safeguarding-update'),
          {
            or: [
              lacksOption(rmp('controls'), 'police-liaison'),
              {
                and: [
                  lacksOption(rmp('controls'), 'adult-safeguarding'),
                  lacksOption(rmp('controls'), 'exploitation-panel'),
                ],
              },
            ],
          },
        ],
      },
      message:
        'The police now treat Owen as a possible victim of exploitation: men dealing from his flat, using his bank card and his friendship. How will you work with the police and adult social care to keep him safe, and who will make the National Referral Mechanism referral?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
      documentRef: 'adult-safeguarding-update',
    },
    {
      id: 'staff-rated-high',
      severity: 'question',
      when: ratedAs('staff', 'community', ['high', 'very-high']),
      message:
        'Owen grabbed a bus driver’s arm when the route changed and kicked a job centre door when an appointment moved. Were these aimed at workers, or distress when a routine broke? What suggests serious harm to staff could happen at any time?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'cldt-letter',
    },
    {
      id: 'sanction-for-service-caused-absence',
      severity: 'warning',
      when: {
        and: [
          released('missed-appointment-note'),
          someRowWith(log('decisions'), 'decision-type', sanctionDecisionTypes),
        ],
      },
      message:
        'The appointment letter went to his mother’s address, and the only way in was through a noisy waiting room during a fire alarm test. Whose failure caused the absence? How would holding it against Owen sit with the duty to make reasonable adjustments for an autistic man with a learning disability?',
      itemRef: { templateId: 'reflective-log', itemId: 'decisions' },
      documentRef: 'missed-appointment-note',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Responsivity: adapting assessment, planning and enforcement to an autistic man with a learning disability, keeping the risk of serious harm proportionate to the evidence, and seeing the exploitation behind the drugs charge.',
    keyEvidence: [
      {
        point:
          'The assault followed an unexpected change of route: a pattern (the job centre door in 2024) of distress when routines break, passing when he has space.',
        documentRefs: ['cps-summary', 'previous-convictions', 'cldt-letter'],
      },
      {
        point:
          'How Owen communicates: literal understanding, “yes” to please, needs short questions and to explain back. An interview that relies on his agreement will mislead.',
        documentRefs: ['psr-interview', 'cldt-letter', 'custody-record'],
      },
      {
        point:
          'Exploitation: men using his flat and bank card, holding their cannabis, people in and out at night, an open adult safeguarding enquiry, and later crack cocaine found at the flat.',
        documentRefs: [
          'mother-letter',
          'adult-social-care',
          'police-da-no-trace',
          'adult-safeguarding-update',
        ],
      },
      {
        point:
          'Strengths: punctual once a routine is set, honest, remorseful in his way, a valued volunteer at the model railway club, a supportive mother.',
        documentRefs: ['cldt-letter', 'psr-interview', 'mother-letter'],
      },
      {
        point:
          'The missed first appointment came from the service’s own failures (wrong address, a noisy waiting room), not from defiance.',
        documentRefs: ['missed-appointment-note'],
      },
    ],
    roshRanges: [
      {
        group: 'public',
        setting: 'community',
        from: 'low',
        to: 'medium',
        reasons:
          'No serious harm has resulted and the behaviour is linked to distress, but pulling a driver’s arm on a moving bus could have caused a crash. Low is defensible with that reasoning; medium if the trainee explains the specific circumstances that would make serious harm likely.',
        documentRefs: ['cps-summary', 'cldt-letter'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons:
          'No harm to professionals; a noisy waiting room or a sudden change could trigger distress, which adjustments can prevent.',
        documentRefs: ['missed-appointment-note', 'cldt-letter'],
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'No domestic abuse recorded.',
        documentRefs: ['police-da-no-trace'],
      },
      {
        group: 'children',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'No contact with children and nothing known to children’s services.',
        documentRefs: ['childrens-social-care'],
      },
    ],
    riskToSelf:
      'Vulnerability is the main risk: financial and criminal exploitation, and the possibility of reprisal or renewed contact after the arrests. Coping in custody or in a hostel would be a serious concern. Unpaid work placements need care (noise, change, supervision).',
    mappa: 'Not eligible.',
    discussionPoints: [
      'How do you rate risk fairly for someone whose distress looks frightening? What would over-rating cost Owen?',
      'Was the missed appointment acceptable? What would you record, and what would you change before the next one?',
      'How would you explain the order and its requirements so that Owen can tell you back what they are?',
      'What does “working with” adult social care and the police look like after the warrant, and who leads?',
      'Is unpaid work workable, and what would you ask of the placement?',
      'Men using Owen’s flat to deal from, with his bank card and his “friendship”, is cuckooing: criminal and financial exploitation of a vulnerable adult. Who makes the National Referral Mechanism referral? Probation is not a first responder organisation; the police or the local authority are, so the plan records asking them to refer, with Owen’s consent as an adult, and the outcome.',
      'Reasonable adjustments are a duty, not a kindness: what would you change about appointments, letters, the waiting room and unpaid work so that Owen can comply, and how would you record them so that the next officer keeps them?',
    ],
    pitfalls: [
      'Rating the public high because of the shouting and the drugs charge.',
      'Writing a plan that relies on letters, reading and memory.',
      'Treating “yes” as understanding and agreement.',
      'Starting enforcement for the missed first appointment, or giving a warning for it: the service sent the letter to the wrong address and the waiting room overwhelmed him, so the absence is acceptable, and a warning would also be a failure to make reasonable adjustments.',
      'Seeing the men at the flat as friends, or the crack cocaine as Owen’s offending, and so missing cuckooing and the National Referral Mechanism.',
      'Rating staff high because he grabbed a bus driver and kicked a job centre door: both were distress at a sudden change of routine, not targeting of workers.',
      'Treating Owen only as an offender in the drugs matter and missing the safeguarding picture.',
    ],
  },
};
