import type { ProseAttempt } from './build';

/**
 * Prose for the text-analysis evaluation: for each case, sound attempts in different voices (first
 * person and discursive, third person and formal, terse notes) and a weak attempt with the faults a tutor
 * would question. Written as trainees write, not to the analysis's word lists.
 */
export const proseA: ProseAttempt[] = [
  {
    caseId: 'whitcombe-account-contradicted',
    name: 'sound, first person',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Mr Whitcombe followed Mr Clegg’s car after a near miss, stopped his van across its path, took a wheel brace from the cab and struck Mr Clegg through the open window, fracturing his cheekbone.',
      account:
        'Paul told me that Mr Clegg got out first and came at him, and that he only picked up the wheel brace to defend himself.',
      accountVersusEvidence:
        'His version cannot stand beside the evidence. Both the van’s camera and Mrs Quinn’s dashcam show Mr Clegg staying in his seat, and the court rejected the basis of plea after watching the footage. That he repeats it to me tells me he has not accepted what he did and minimises his part.',
      history:
        'The 2009 threats to a cyclist, the two complaints from work in 2025 and now a weapon and a fracture show road-related aggression that is escalating, not a single loss of temper.',
      whoAtRisk:
        'Other road users in a dispute with him, Mr Clegg, and Tracy Bell, who the police recorded as his partner in April and who says he is becoming controlling.',
      nature:
        'Serious facial injury from an assault with an improvised weapon; fear and intimidation of his partner.',
      imminence:
        'Risk is greatest when he is driving for work, tired and feels wronged; grievance after the conviction makes Mr Clegg a target.',
      factors: [
        [
          'Grievance and fixation',
          'He slashed tyres after a dispute and posted about Mr Clegg after conviction.',
        ],
        ['Aggression when driving', 'Three incidents on the road, with more harm each time.'],
      ],
      protective: 'Steady work for many years and no other violence recorded.',
      grid: { public: 'medium', 'known-adult': 'medium', children: 'low', staff: 'low' },
      rationale:
        'I have rated the public medium: there are clear indicators, but harm is unlikely unless a dispute on the road sets it off. Tracy is at medium because of the controlling behaviour she describes.',
      supervision:
        'Weekly appointments with me for the first three months, with a home visit to Sedge Road within a month.',
      controls:
        'A restraining order protecting Mr Clegg, if the court makes one, and police liaison about the social media post.',
      interventions:
        'One-to-one work on grievance thinking and on driving stress; a referral to his GP about his sleep apnoea.',
      victimSafety:
        'I will share the address information with the police and speak to Tracy about a referral to the local domestic abuse service.',
      contingency: [
        [
          'Any contact with Mr Clegg or a further post about him',
          'I tell the police and discuss breach with my manager the same day.',
          'practitioner',
          'same-day',
        ],
        [
          'Tracy reports threats or controlling behaviour',
          'Domestic abuse enquiry with the police and a home visit.',
          'practitioner',
          'within-24-hours',
        ],
      ],
    },
  },
  {
    caseId: 'whitcombe-account-contradicted',
    name: 'sound, terse notes',
    quality: 'sound',
    expected: [],
    prose: {
      accountVersusEvidence:
        'Account (Clegg approached first) contradicted by two cameras and independent witness. Court found basis of plea untrue. Still maintains it. Denial and victim blaming noted.',
      history:
        'Threatening behaviour 2009 (cyclist), work complaints 2025, index offence with weapon. Pattern of road aggression, escalating.',
      whoAtRisk:
        'Public (drivers, cyclists). Mr Clegg. Partner Tracy Bell and her son (police record, April).',
      imminence: 'Disputes on the road, fatigue, perceived disrespect.',
      factors: [['Road-related aggression', 'Repeated and escalating, now with a weapon.']],
      grid: { public: 'medium', 'known-adult': 'medium', children: 'low', staff: 'low' },
      rationale:
        'Public: medium. Indicators present, harm likely only if a trigger arises. Partner: medium given controlling behaviour reported.',
      supervision: 'Fortnightly office appointments, monthly home visit.',
      contingency: [['Contact with victim', 'Inform police, consider breach.', 'practitioner', 'same-day']],
    },
  },
  {
    caseId: 'whitcombe-account-contradicted',
    name: 'weak: account accepted, vague plan, prose at odds with grid',
    quality: 'weak',
    expected: ['account-as-fact', 'evidence-not-mentioned', 'generic-plan', 'prose-contradicts-rating'],
    prose: {
      whatHappened: 'There was an argument between two drivers and Mr Clegg was injured.',
      account:
        'Paul says Mr Clegg got out of his car and came towards him, so he picked up the wheel brace because he was scared. His account is plausible and he has been open with me throughout the interview.',
      accountVersusEvidence:
        'He was frightened and acted on the spur of the moment. He regrets it and says it will not happen again.',
      history:
        'He has one old conviction from years ago and has otherwise kept out of trouble for a long time.',
      whoAtRisk: 'Mr Clegg and the wider public when he is driving around for work.',
      nature: 'Physical injury.',
      imminence: 'This was out of character.',
      grid: { public: 'low', 'known-adult': 'low', children: 'low', staff: 'low' },
      rationale: 'I would say the risk to the public is medium given the injury caused to Mr Clegg.',
      supervision: 'He will report as required and I will monitor the situation.',
      contingency: [['Non-compliance', 'Take appropriate action.', 'practitioner', 'next-contact']],
    },
  },
  {
    caseId: 'doyle-street-violence',
    name: 'sound, discursive',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Kieran and three friends waited outside the takeaway for around twenty minutes before Kieran pointed out the 17-year-old victim and struck him first; the victim was cut with a bottle.',
      account: 'Kieran says they went for food and it “kicked off”.',
      accountVersusEvidence:
        'The “we link 10” message and the wait outside show planning, and the footage shows him leading. His account minimises his role and does not fit the evidence.',
      history:
        'A knife at 15, the screwdriver found in May and now a bottle: carrying weapons is normal to him. Offending has escalated in group settings, from affray to wounding, and he offended while on a community order.',
      whoAtRisk:
        'Young men from the Dunmore estate, including the victim, who is now being threatened online; Tyler, his brother, is being exploited by older boys Kieran knows.',
      imminence:
        'Retaliation is likely soon, especially at weekends with his peers and after the victim’s friends post threats.',
      factors: [
        [
          'Weapon carrying',
          'Knife, screwdriver, bottle, and since the plea a machete found in a car he was in.',
        ],
        [
          'Peer group and rivalry',
          'Offending happens with the same friends, in a rivalry with the Dunmore estate.',
        ],
      ],
      protective: 'Commitment to the boxing club and an ambition to train as a plasterer.',
      grid: { public: 'high', children: 'medium', 'known-adult': 'low', staff: 'low' },
      rationale:
        'The public is high: serious harm could happen at any time given the weapons and the rivalry. Children medium, because of Tyler and because other teenagers are caught up in it.',
      supervision: 'Twice-weekly appointments in short sessions with written reminders, because of his ADHD.',
      controls:
        'Curfew with electronic monitoring and an exclusion zone around the Dunmore estate; regular police liaison about his associates and weapons intelligence.',
      interventions:
        'Referral to a violence reduction programme; continued boxing club attendance; the careers service about a plastering course.',
      victimSafety:
        'The police are managing the online threats to the victim; I will share any intelligence about retaliation with them the same day.',
      contingency: [
        [
          'Found with a weapon or arrested',
          'Breach or recall considered with my manager, police told.',
          'practitioner',
          'same-day',
        ],
        [
          'Curfew violations',
          'Warning and review of the plan with the monitoring company data.',
          'practitioner',
          'within-two-working-days',
        ],
      ],
      riskLinks: [
        'The exclusion zone and police liaison answer the peer group risk; the programme answers weapons.',
      ],
    },
  },
  {
    caseId: 'doyle-street-violence',
    name: 'sound, formal third person',
    quality: 'sound',
    expected: [],
    prose: {
      accountVersusEvidence:
        'Mr Doyle’s account that the group went for food is contradicted by the case summary, which records the message “we link 10” and a wait of about twenty minutes before the assault. The discrepancy indicates planning and minimisation.',
      history:
        'The record shows a progression from possession of a knife to affray, an assault on door staff and now wounding, with a screwdriver found on him in May 2026.',
      whoAtRisk:
        'Young people in rival groups; his younger brother Tyler, who is subject to a child in need plan for exploitation.',
      factors: [['Carrying weapons', 'He regards carrying as protection since he was stabbed in March.']],
      grid: { public: 'high', children: 'medium', 'known-adult': 'low', staff: 'low' },
      rationale:
        'High for the public: the indicators are present and the harm could occur at any time. Medium for children.',
      supervision:
        'Appointments twice weekly; children’s social care consulted before any discussion of Tyler.',
      controls: 'Electronic monitoring of a curfew; exclusion zone; police liaison.',
      contingency: [
        [
          'Breach of curfew',
          'Enforcement warning and review with the manager.',
          'practitioner',
          'within-two-working-days',
        ],
      ],
    },
  },
  {
    caseId: 'doyle-street-violence',
    name: 'weak: misses the planning and Tyler, plan does not answer weapons',
    quality: 'weak',
    expected: ['evidence-not-mentioned', 'risk-not-planned', 'generic-plan'],
    prose: {
      whatHappened:
        'Kieran was involved in a fight outside a takeaway in which a young man was injured. There were several people involved and it happened late at night.',
      account: 'Kieran says they went for food and things got out of hand when the other group arrived.',
      accountVersusEvidence:
        'He accepts he threw a punch but says he did not have the bottle. The court found otherwise and he was convicted.',
      history: 'He has previous convictions for violence and was on an order at the time.',
      whoAtRisk: 'Members of the public and other young people in the area where he lives.',
      imminence: 'Risk increases when he is with his friends and drinking at weekends.',
      factors: [['Carrying weapons', 'He has carried a knife before and thinks it keeps him safe.']],
      grid: { public: 'high', children: 'low', 'known-adult': 'low', staff: 'low' },
      rationale: 'High for the public because serious harm could happen at any time.',
      supervision: 'Kieran will attend appointments with me every week and I will work on his thinking.',
      interventions: 'He will be encouraged to attend the boxing club and to look for work.',
      contingency: [
        [
          'Concerns raised',
          'Appropriate action will be taken and relevant agencies informed as necessary.',
          'practitioner',
          'next-contact',
        ],
      ],
    },
  },
  {
    caseId: 'cotter-domestic-abuse',
    name: 'sound, first person',
    quality: 'sound',
    expected: [],
    prose: {
      whatHappened:
        'Ryan pushed Leanne against the fridge with a hand on her throat and told her “You’re not going anywhere” after an argument about her phone, having been drinking.',
      account: 'Ryan says it was a push, the children were asleep and nobody was hurt.',
      accountVersusEvidence:
        'The case summary records a hand on her throat, which he does not accept, and Kai told his teacher he ran to the neighbour’s because his mum could not breathe. So the children did not sleep through it, and his account minimises both the violence and its effect on Kai.',
      history:
        'Jealousy about phones and drinking come before violence in both relationships, and it escalated each time. He breached a restraining order in 2020, so an order has not kept a partner safe before.',
      whoAtRisk: 'Leanne, Kai (7) and Ava (2), and any future partner.',
      nature: 'Non-fatal strangulation and controlling behaviour; emotional harm to the children.',
      imminence:
        'Risk is highest when he has been drinking and suspects Leanne of contact with other men, and if she tries to end the relationship.',
      factors: [
        ['Jealousy and control', 'He checks her phone and stops her leaving.'],
        ['Alcohol', 'He was drinking before each incident.'],
      ],
      grid: { 'known-adult': 'high', children: 'high', public: 'low', staff: 'low' },
      rationale:
        'Leanne is at high risk: strangulation is a marker of lethal abuse and no order is in place. The children are at high risk of harm from living with it.',
      supervision:
        'Weekly appointments, with joint work with children’s social care and an unannounced home visit.',
      controls: 'Police domestic abuse marker on the address; MARAC referral for Leanne.',
      interventions: 'Building Better Relationships programme and an alcohol service referral.',
      victimSafety: 'The IDVA will support Leanne; the written agreement is shared with the police.',
      contingency: [
        [
          'He stays overnight or has unagreed contact',
          'Tell children’s social care and the police, review the plan.',
          'practitioner',
          'same-day',
        ],
      ],
    },
  },
  {
    caseId: 'cotter-domestic-abuse',
    name: 'sound, terse notes',
    quality: 'sound',
    expected: [],
    prose: {
      accountVersusEvidence:
        'Denies hand on throat (CPS summary says otherwise). Says children asleep – Kai ran to neighbour, school report withdrawn/bedwetting. Minimises.',
      history:
        'Two relationships, same pattern (jealousy, phones, drink), escalating. Breach of restraining order 2020.',
      whoAtRisk: 'Leanne (partner), Kai and Ava.',
      factors: [['Drinking', 'Before every incident.']],
      grid: { 'known-adult': 'high', children: 'high', public: 'low', staff: 'low' },
      rationale: 'Known adult high; children high.',
      supervision: 'Weekly; home visits with social worker.',
      interventions: 'Domestic abuse programme. Alcohol treatment referral.',
      contingency: [
        ['Contact against agreement', 'Police and social care informed.', 'practitioner', 'same-day'],
      ],
    },
  },
  {
    caseId: 'cotter-domestic-abuse',
    name: 'weak: takes his account, misses the throat, grid below prose',
    quality: 'weak',
    expected: ['account-as-fact', 'evidence-not-mentioned', 'prose-contradicts-rating', 'risk-not-planned'],
    prose: {
      whatHappened: 'Ryan and his partner argued at home and he pushed her.',
      account:
        'Ryan told me the children were asleep upstairs and did not see anything. I found him honest about the argument and his account seems genuine; he regrets it.',
      accountVersusEvidence:
        'He says he has stopped seeing Leanne and is staying with his mother, which should reduce things.',
      history: 'He has some previous convictions but most are old and for other things.',
      whoAtRisk: 'Leanne, his partner.',
      imminence: 'When he has been drinking the risk goes up a lot, as he gets jealous.',
      factors: [['Alcohol misuse', 'He drinks heavily at weekends.']],
      grid: { 'known-adult': 'medium', children: 'low', public: 'low', staff: 'low' },
      rationale: 'The risk to his partner is high because of the violence in the relationship.',
      supervision:
        'Ryan will see me weekly and we will talk about the relationship and how he handles arguments with Leanne.',
      interventions: 'Victim awareness work in supervision.',
      contingency: [
        [
          'He goes back to Leanne',
          'Review the assessment with my manager.',
          'practitioner',
          'within-two-working-days',
        ],
      ],
    },
  },
];
