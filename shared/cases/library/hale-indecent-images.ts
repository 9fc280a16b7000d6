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
  ratedAs,
  released,
  rmp,
  rosh,
  table,
} from './blocks';

/**
 * Case 3 (advanced): a non-contact sexual offence (indecent images of children), written without graphic
 * detail. Teaches: indicators that go beyond images (chat about access to a child, a child in the target
 * age range at home, volunteering with children), distorted thinking, MAPPA category 1 and police
 * partnership, the risk of suicide after arrest, and a family safety agreement that does not hold.
 */
export const haleIndecentImages: PracticeCaseInput = {
  format: 1,
  id: 'hale-indecent-images',
  version: 1,
  title: 'Martin Hale: images and access',
  summary:
    'A 46-year-old warehouse supervisor with no previous convictions has a suspended sentence and a sexual harm prevention order for making indecent images of children. His family want him home. The assessment has to look past the images themselves.',
  task: 'You were allocated Martin Hale’s suspended sentence order on 29/09/2026. Complete the risk of serious harm analysis, the risk management plan and the sentence plan for the start of the order, working with the police and children’s services. New information may arrive while you work. Finish with a reflective log. The case file describes the offence without detail; you do not need more detail to assess it.',
  themes: ['sexual-offending', 'child-safeguarding', 'mappa', 'self-harm', 'account-versus-evidence'],
  difficulty: 'advanced',
  estimatedMinutes: 90,
  practiceNotice: CASE_PRACTICE_NOTICE,
  person: {
    name: 'Martin Hale',
    age: 46,
    pronouns: 'he/him',
    circumstances:
      'Lives in his brother’s flat in Orbury since the search in November 2025. Before that he lived in Tollerby with his wife Claire and her daughter Lily (13). Suspended sentence order and a sexual harm prevention order; subject to notification requirements.',
  },
  templateSet: ['rosh-analysis', 'risk-management-plan', 'sentence-plan', 'reflective-log'],
  documents: [
    {
      id: 'court-result',
      title: 'Court result and orders',
      kind: 'court-record',
      agency: 'Brindlemoor Crown Court',
      author: 'Court clerk',
      date: '2026-09-28',
      release: { kind: 'start' },
      body: [
        fields({
          Defendant: 'Martin Paul HALE',
          'Date of birth': '17/03/1980',
          Plea: 'Guilty at the first opportunity',
          Convicted: '06/07/2026, on his guilty plea at the plea hearing',
          Sentenced: '28/09/2026',
        }),
        table(
          ['Offence', 'Sentence'],
          [
            [
              'Making indecent photographs of children (three counts, categories A, B and C)',
              '2 years’ imprisonment suspended for 2 years. Requirements: accredited programme for men convicted of internet sexual offences; rehabilitation activity requirement, 30 days',
            ],
          ],
        ),
        heading('Ancillary orders'),
        list(
          'Notification requirements (registration with the police) for 10 years, running from the date of conviction, 06/07/2026. He was told at the plea hearing that he must first notify the police within three days of conviction.',
          'Sexual harm prevention order for 10 years. He must not: use any device capable of accessing the internet unless it has been declared to the police within three days and can keep and show its history; delete browsing history; use any software that hides or wipes activity; have unsupervised contact with a child under 16 unless a parent or guardian who knows of his convictions is present and children’s services have agreed; take part in any activity, paid or unpaid, likely to bring him into contact with children under 16.',
          'Forfeiture and destruction of the seized devices.',
        ),
      ],
    },
    {
      id: 'cps-summary',
      title: 'Prosecution case summary',
      kind: 'case-summary',
      agency: 'Crown Prosecution Service, Brindlemoor',
      author: 'Reviewing lawyer',
      date: '2026-06-15',
      release: { kind: 'start' },
      body: [
        heading('Investigation'),
        para(
          'In October 2025 police received a referral through national child protection channels about an account that had uploaded indecent images of children. The account was traced to the defendant’s home broadband in Tollerby. A search warrant was executed on 18/11/2025. A laptop, a phone and an external hard drive were seized.',
        ),
        heading('What was found'),
        table(
          ['Category', 'Number of images', 'Number of videos'],
          [
            ['A (most serious)', '12', '2'],
            ['B', '40', '0'],
            ['C', '310', '5'],
          ],
        ),
        para(
          'The material was collected between March 2022 and November 2025. It was stored in named folders on an encrypted part of the external drive. The children shown are mostly girls aged about 10 to 14. The search terms recovered are consistent with a sexual interest in girls of that age. Software that overwrites deleted files had been installed on the laptop in 2024.',
        ),
        para(
          'Chat logs recovered from the laptop show conversations during 2025 in an adult chat room with a user who has not been identified. In those messages the defendant described a sexual interest in girls of about 12 to 14, and asked the other user whether they “had access” to a child. No arrangement to meet anyone was found, and there is no evidence that any child known to the defendant was involved.',
        ),
        heading('Interview'),
        para(
          'The defendant admitted the images were his. He said he first came across them while viewing adult pornography, “got curious”, and then “couldn’t stop”. He said the chats were “fantasy” and that he has no sexual interest in children. He said he had been a volunteer assistant coach for an under-11 football team for two years and had never behaved inappropriately.',
        ),
      ],
    },
    {
      id: 'previous-convictions',
      title: 'Previous convictions',
      kind: 'previous-convictions',
      agency: 'Brindlemoor Police',
      author: 'Police national computer print, prepared for court',
      date: '2026-06-15',
      release: { kind: 'start' },
      body: [
        fields({ Name: 'Martin Paul HALE', 'Date of birth': '17/03/1980' }),
        table(convictionColumns, [['—', '—', 'No previous convictions, cautions or reprimands', '—']]),
        note('No other police information is recorded against the subject before this investigation.'),
      ],
    },
    {
      id: 'police-da-no-trace',
      title: 'Domestic abuse enquiry: response',
      kind: 'police-domestic-abuse',
      agency: 'Brindlemoor Police, Domestic Abuse Safeguarding Unit',
      author: 'Researcher, Domestic Abuse Safeguarding Unit',
      date: '2026-09-30',
      release: { kind: 'start' },
      body: [
        fields({
          Subject: 'Martin Paul HALE, born 17/03/1980',
          'Addresses checked': '8 Church View, Tollerby; Flat 2, 3 Mill Lane, Orbury',
        }),
        note(
          'NO TRACE. No domestic abuse incidents are recorded at either address or with the subject as a victim or alleged perpetrator.',
        ),
      ],
    },
    {
      id: 'childrens-social-care',
      title: 'Response to safeguarding enquiry',
      kind: 'childrens-social-care',
      agency: 'Brindlemoor Children’s Services, Orbury and Tollerby team',
      author: 'Hannah Cleeve, social worker',
      date: '2026-10-01',
      release: { kind: 'start' },
      body: [
        fields({
          Child: 'Lily Ward (13), Mr Hale’s stepdaughter',
          Status: 'Child in need plan since January 2026',
        }),
        heading('What has happened so far'),
        para(
          'A strategy discussion was held on the day of the search. Mr Hale moved to his brother’s flat in Orbury that evening. He and Mrs Claire Hale signed a written safety agreement: he will have no unsupervised contact with Lily and will not visit the family home without the social worker’s agreement. Supervised contact with Lily has taken place monthly at a family centre.',
        ),
        para(
          'The local authority designated officer (LADO) was informed about Mr Hale’s volunteering. The football club suspended him. Enquiries with the club found no concerns raised by children or parents.',
        ),
        heading('Our current view'),
        para(
          'Lily has not disclosed any harm. She says she misses her stepdad and does not understand why he had to leave. Mrs Hale supported the agreement at first. Over recent months she has described the offence as “a stupid mistake on the internet” and has asked when he can come home. We have started an assessment of her ability to protect Lily.',
        ),
        para(
          'We would not support Mr Hale returning home or having unsupervised contact while the assessment is under way. Please share your assessment and tell us of anything that bears on Lily’s safety.',
        ),
      ],
    },
    {
      id: 'predictor-scores',
      title: 'Actuarial predictor scores (pre-sentence)',
      kind: 'assessment-report',
      agency: 'Probation Service, Orbury court team',
      author: 'Court report writer',
      date: '2026-09-14',
      release: { kind: 'start' },
      body: [
        fields({
          Name: 'Martin Paul HALE',
          'Based on':
            'No previous convictions; age 46; current offences making indecent photographs of children',
        }),
        table(
          ['Predictor', 'What it estimates', 'Score', 'Band'],
          [
            ['OGRS', 'Any proven reoffending within two years', '6%', 'Low'],
            ['OVP', 'Proven violent reoffending within two years', '2%', 'Low'],
            ['OSP/C', 'Proven sexual reoffending involving contact', 'Band only', 'Low'],
            ['OSP/I', 'Proven reoffending involving indecent images', 'Band only', 'Medium'],
            ['RSR', 'A serious further offence (serious violence or sexual) within two years', '0.7%', 'Low'],
          ],
        ),
        note(
          'Predictor scores are statistical estimates for groups of people with a similar history, age and sex. They are not a risk of serious harm level, and they inform professional judgement rather than replace it.',
        ),
        para(
          'Report writer’s comment: the scores rest on the conviction record, and this is his first conviction. They do not take account of the chat logs, of his access to children or of what he has said since arrest; those belong in the assessment of risk of serious harm.',
        ),
      ],
    },
    {
      id: 'police-ppu-letter',
      title: 'Letter from the police public protection unit',
      kind: 'agency-letter',
      agency: 'Brindlemoor Police, Public Protection Unit',
      author: 'Detective constable, sex offender manager',
      date: '2026-10-02',
      release: { kind: 'start' },
      body: [
        para(
          'Mr Hale made his first notification at Orbury police station on 08/07/2026, two days after his conviction, and has kept it up to date. After sentence I completed a home visit to Flat 2, 3 Mill Lane, Orbury on 30/09/2026 with a colleague. His brother Gary Hale, the tenant, was present and knows about the convictions. No children live at the flat.',
        ),
        para(
          'Mr Hale declared one smartphone, which we checked. He was cooperative but asked repeatedly when the restrictions would “come off” so that he could move home. Our initial risk assessment places him in a higher band for reconviction than his lack of previous convictions might suggest, mainly because of the chat logs and the volume of material over time.',
        ),
        para(
          'We propose unannounced visits every eight weeks and device checks at each visit. We would welcome joint visits, and will tell you of any concern at once. We consider level 1 management appropriate for now, to be reviewed if anything changes.',
        ),
      ],
    },
    {
      id: 'gp-letter',
      title: 'Letter from the GP',
      kind: 'agency-letter',
      agency: 'Orbury Health Centre',
      author: 'General practitioner',
      date: '2026-10-06',
      release: { kind: 'start' },
      body: [
        para(
          'With Mr Hale’s consent. He first consulted us on 20/11/2025, two days after his arrest, with low mood, poor sleep and thoughts that his family “would be better off” without him. He did not have a plan. We started an antidepressant and referred him to the talking therapies service, where he has had six sessions.',
        ),
        para(
          'At his review on 29/09/2026, the day after sentence, he said the thoughts had returned since the court case was reported in the local paper. He described drinking a bottle of wine most nights. He agreed a safety plan and has the crisis line number. I would be grateful to be told if you have concerns about his safety.',
        ),
      ],
    },
    {
      id: 'induction-interview',
      title: 'Initial supervision interview',
      kind: 'interview-record',
      agency: 'Probation Service, Orbury',
      author: 'Supervising practitioner',
      date: '2026-10-05',
      release: { kind: 'start' },
      body: [
        dialogue({ PP: 'practitioner', Martin: 'person' }, [
          ['PP', 'What do you understand about why you are here and what the order asks of you?'],
          [
            'Martin',
            'I know I did wrong. I looked at things I shouldn’t have. But I want to be clear, I’ve never touched a child and I never would. They’re pictures. I know that doesn’t make it right.',
          ],
          ['PP', 'Who do you think was harmed by what you did?'],
          ['Martin', 'My family, obviously. Claire. It’s destroyed her. And Lily’s lost her dad.'],
          ['PP', 'And the children in the images?'],
          [
            'Martin',
            '…I suppose. I never thought of them as real, if I’m honest. It felt like it was on a screen, nothing to do with me.',
          ],
          [
            'PP',
            'The chat logs describe an interest in girls of twelve to fourteen, and you asked another person whether they had access to a child. What do you say about that?',
          ],
          [
            'Martin',
            'That was role play. People say all sorts online. It wasn’t me, not really. I was drinking, I was lonely, Claire and I weren’t talking. I’d be up on my own after night shifts.',
          ],
          ['PP', 'Lily is thirteen. How do you think about that?'],
          [
            'Martin',
            'That’s disgusting. She’s like my own daughter. I’d never. That’s why I signed everything they asked.',
          ],
          ['PP', 'Tell me about the football coaching.'],
          [
            'Martin',
            'I only did it because my mate’s lad played. I miss it. It was the best bit of my week.',
          ],
          ['PP', 'How have you been feeling since the sentence?'],
          [
            'Martin',
            'Rough. It was in the paper. People at work know. Some days I think everyone would be better off if I wasn’t around. I’m not going to do anything. I’ve got my brother.',
          ],
          ['PP', 'What do you hope for?'],
          ['Martin', 'To go home. Claire wants me home. Social services are just covering themselves.'],
        ]),
        para(
          'Practitioner’s note: articulate and polite. Focused on his own losses and on returning home. Distances himself from the chat logs. Described thoughts of not being around; we agreed he would speak to his GP this week and I gave him the crisis line number.',
        ),
      ],
    },
    {
      id: 'social-care-breach-email',
      title: 'Email from children’s services',
      kind: 'message',
      agency: 'Brindlemoor Children’s Services',
      author: 'Hannah Cleeve, social worker',
      date: '2026-11-04',
      release: { kind: 'continue', step: 1 },
      newInformation: {
        headline:
          'Lily told school that Martin came to Sunday lunch at the family home twice; the safety agreement has not held.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
          { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
        ],
      },
      body: [
        para(
          'Lily told her form tutor yesterday that “Dad came for Sunday dinner” on the last two Sundays and that her mum told her not to mention it. I visited Mrs Hale this morning. She accepts that Martin came to the house on 25/10 and 01/11 for a few hours. She says she was there the whole time and that Lily “was happy to see him”.',
        ),
        para(
          'This breaks the written agreement. We are convening a strategy discussion on 06/11 and would like you to attend. We are considering whether the threshold for a child protection conference is met. Please do not discuss Lily’s disclosure with Mr Hale until after the strategy discussion.',
        ),
      ],
    },
    {
      id: 'police-phone-email',
      title: 'Email from the sex offender manager',
      kind: 'message',
      agency: 'Brindlemoor Police, Public Protection Unit',
      author: 'Detective constable, sex offender manager',
      date: '2026-11-12',
      release: { kind: 'continue', step: 2 },
      newInformation: {
        headline: 'A second, undeclared smartphone was found at the flat during an unannounced visit.',
        revisit: [
          { templateId: 'rosh-analysis', itemId: 'mappa-level' },
          { templateId: 'risk-management-plan', itemId: 'controls-detail' },
        ],
      },
      body: [
        para(
          'During an unannounced visit today we found a second smartphone charging in Mr Hale’s bedroom. It had not been declared. It had a messaging app installed and the browser history had been cleared. Mr Hale said it was a work phone he “forgot to mention”. His employer says it does not issue phones.',
        ),
        para(
          'The phone has been seized for examination. Failing to declare a device and clearing history are possible breaches of the prevention order; we are considering arrest. We will ask for the case to be reviewed at a MAPPA meeting. I will update you as soon as the examination is complete.',
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
    mappaCategory: 1,
    custodyHistory: false,
    sexualOffence: true,
    substanceMisuse: true,
  },
  rules: [
    {
      id: 'sexual-not-screened',
      severity: 'warning',
      when: { '!=': [rosh('screen-sexual'), 'yes'] },
      message:
        'Martin is convicted of making indecent images of children. How has the screening answered the question about sexual offending?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'screen-sexual' },
      documentRef: 'court-result',
    },
    {
      id: 'mappa-not-category-1',
      severity: 'question',
      when: { '!=': [rosh('mappa-category'), 'category-1'] },
      message:
        'Martin must register with the police. Which MAPPA category follows from that, and at what level is he managed?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'mappa-category' },
      documentRef: 'court-result',
    },
    {
      id: 'children-rated-low',
      severity: 'question',
      when: ratedAs('children', 'community', ['low']),
      message:
        'The chat logs ask about access to a child, Lily is within the age range of the material, and Martin volunteered with children. What makes serious harm to children unlikely?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      documentRef: 'cps-summary',
    },
    {
      id: 'suicide-not-assessed',
      severity: 'question',
      when: { '!=': [rosh('self-risk-grid.suicide.current'), 'yes'] },
      message:
        'Martin told you everyone would be better off without him, and his GP describes the same thoughts returning after sentence, with heavy drinking. How have you assessed the risk of suicide?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'self-risk-grid' },
      documentRef: 'gp-letter',
    },
    {
      id: 'police-not-in-plan',
      severity: 'question',
      when: lacksOption(rmp('controls'), 'police-liaison'),
      message:
        'The police public protection unit visit Martin and check his devices. How will you and they share what each of you learns, and how quickly?',
      itemRef: { templateId: 'risk-management-plan', itemId: 'controls' },
      documentRef: 'police-ppu-letter',
    },
    {
      id: 'mappa-level-after-phone',
      severity: 'question',
      when: {
        and: [released('police-phone-email'), { in: [rosh('mappa-level'), ['level-1', 'not-set']] }],
      },
      message:
        'An undeclared phone with its history cleared suggests secrecy and a possible breach of the order. Does level 1 management still fit, and what will you contribute to the MAPPA review?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'mappa-level' },
      documentRef: 'police-phone-email',
    },
    {
      id: 'prevention-order-not-recorded',
      severity: 'question',
      when: lacksOption(rosh('orders-in-force'), 'shpo'),
      message:
        'The court made a sexual harm prevention order for ten years, with conditions on devices, browsing history and contact with children. Where does your analysis record it, and what would a breach of it tell you?',
      itemRef: { templateId: 'rosh-analysis', itemId: 'orders-in-force' },
      documentRef: 'court-result',
    },
  ],
  tutorNotes: {
    teachingFocus:
      'Assessing a non-contact sexual offence without either minimising it (“only pictures”) or treating every such case as contact risk: looking for the specific indicators that raise concern, working under MAPPA with the police, keeping the child at the centre when the family want reunion, and noticing the risk of suicide.',
    keyEvidence: [
      {
        point:
          'Low predictor scores beside a serious risk to a child: a first conviction at 46 gives OGRS 6%, OSP/C low and RSR 0.7%, yet the chat about access, a stepdaughter of 13 in the age range and coaching under-11s are indicators the scores cannot see. Predictors are not RoSH.',
        documentRefs: ['predictor-scores', 'cps-summary'],
      },
      {
        point:
          'Indicators beyond the images: chats describing a sexual interest in girls of 12 to 14 and asking about access to a child; long-term, organised collecting; steps to hide activity.',
        documentRefs: ['cps-summary', 'police-ppu-letter'],
      },
      {
        point:
          'Access: a stepdaughter of 13 in the family home, and two years volunteering with children; he says coaching was “the best bit of my week”.',
        documentRefs: ['childrens-social-care', 'induction-interview'],
      },
      {
        point:
          'Distorted thinking: the children in the images were “not real”; the chats were “role play”; the harm he sees is to his own family; social services are “covering themselves”.',
        documentRefs: ['induction-interview'],
      },
      {
        point:
          'Protective capacity at home is uncertain: Mrs Hale calls the offence a mistake, and later hides his visits and asks Lily to keep them secret.',
        documentRefs: ['childrens-social-care', 'social-care-breach-email'],
      },
      {
        point:
          'Risk to self: suicidal thoughts at arrest and again after publicity, drinking most nights, isolation; this is a known risk period after arrest and sentence for sexual offences.',
        documentRefs: ['gp-letter', 'induction-interview'],
      },
      {
        point:
          'Compliance: an undeclared device with cleared history is a possible breach of the prevention order and a sign of secrecy that needs a joint response.',
        documentRefs: ['police-phone-email', 'court-result'],
      },
    ],
    roshRanges: [
      {
        group: 'children',
        setting: 'community',
        from: 'medium',
        to: 'high',
        reasons:
          'The material itself is the sexual abuse of real children. The chat logs and his access to a girl in the target age range raise the concern about contact. Medium can be argued at the start with the safety agreement and police controls in place, if the trainee says what would change it.',
        documentRefs: ['cps-summary', 'childrens-social-care'],
        afterNewInformation: {
          documentId: 'social-care-breach-email',
          from: 'high',
          to: 'high',
          reasons:
            'The controls that supported medium have not held, secrecy now involves Lily, and a second device follows. High is the defensible rating.',
          question:
            'Martin has visited the family home against the safety agreement, and Lily was told to keep it secret. Does your rating for children still hold, and what is it based on?',
        },
      },
      {
        group: 'public',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'No indication of risk to adults in general.',
        documentRefs: ['previous-convictions'],
      },
      {
        group: 'known-adult',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons:
          'No domestic abuse recorded. The emotional harm to Mrs Hale is real but is not the serious harm this rating describes.',
        documentRefs: ['police-da-no-trace'],
      },
      {
        group: 'staff',
        setting: 'community',
        from: 'low',
        to: 'low',
        reasons: 'Cooperative with the police and probation.',
        documentRefs: ['police-ppu-letter'],
      },
    ],
    riskToSelf:
      'Suicide: a current concern, with thoughts that recur at moments of exposure (arrest, publicity), heavy drinking and the loss of family and role. Plan joint work with the GP and talk about it directly at each contact, especially around the strategy discussion and any arrest for the phone.',
    mappa:
      'Category 1, because he is subject to notification requirements, which began at his conviction on 06/07/2026, not at sentence. Level 1 is the police view at the start; after the breach of the safety agreement and the undeclared phone, a referral for level 2 discussion is expected.',
    discussionPoints: [
      'What, in this case, separates concern about contact offending from the offence of viewing?',
      'How would you talk with Martin about the children in the images as real children?',
      'How do you work with Mrs Hale’s wish for reunion while keeping Lily at the centre?',
      'Who should speak to Martin about the visits and the phone, and when, given the requests from children’s services and the police?',
      'How do the programme and the risk of suicide fit together in the first months?',
    ],
    pitfalls: [
      'Letting the low predictor scores (a first conviction, OGRS 6%, OSP/C low) pull the rating for children down: the scores cannot see the chat about access, Lily or the volunteering.',
      'Rating children low because there is no contact offence and no previous conviction.',
      'Accepting “role play” without testing it against the chat logs.',
      'Leaving MAPPA as not eligible, or not linking the plan with the police public protection unit.',
      'Missing the risk of suicide or recording it without a plan.',
      'Raising Lily’s disclosure with Martin before the strategy discussion.',
    ],
  },
};
