import type { QualityRule } from '../../rules/schema';
import type { JsonLogic } from '../logic-schema';
import type { Section, Template, TemplateItem } from '../schema';
import { PRACTICE_NOTICE, inUseMarker } from './common';
import { answerVar, listWhere } from './strengths-needs-logic';

/**
 * Risk to self and other risks (suicide, self-harm, custody, hostels, vulnerability and more): for each area,
 * a current and a previous concern (yes / no / not known) with the evidence, where it comes from, and what has
 * been done. Its rules compare it with the strengths and needs assessment. When it is part of an attempt, the
 * risk of serious harm analysis hides its own short grid of the same areas (`inUseMarker`), so nothing is asked
 * twice and the two records cannot disagree.
 */

const templateId = 'risk-to-self';
const answer = (itemId: string): JsonLogic => answerVar(templateId, itemId);

interface RiskArea {
  id: string;
  title: string;
  /** Finishes "Is there a current concern about ...?" */
  about: string;
  guidance: string;
  /**
   * Row of the short grid in rosh-analysis (`self-risk-grid`) that records the same area, if any: the grid an
   * attempt without this template answers instead.
   */
  gridRow?: string;
  /** Suicide and self-harm: ask about a custody support plan and what was happening last time. */
  selfHarmArea?: boolean;
}

export const riskToSelfAreas: RiskArea[] = [
  {
    id: 'suicide',
    title: 'Suicide',
    about: 'suicide',
    guidance:
      'Thoughts, plans, attempts, and what was happening at the time. Times of higher risk include early custody, release, court dates, a relationship ending, loss of a home or of contact with children, and anniversaries.',
    gridRow: 'suicide',
    selfHarmArea: true,
  },
  {
    id: 'self-harm',
    title: 'Self-harm',
    about: 'self-harm',
    guidance: 'What the person does, how often, how recently, what leads up to it and what helps.',
    gridRow: 'self-harm',
    selfHarmArea: true,
  },
  {
    id: 'coping-custody',
    title: 'Coping in custody',
    about: 'how the person copes, or would cope, in custody',
    guidance:
      'A first time in custody, past problems inside, bullying or debt, withdrawal from drugs or alcohol, separation from children, the nature of the offence.',
    gridRow: 'coping-custody',
  },
  {
    id: 'coping-hostel',
    title: 'Coping in a hostel or approved premises',
    about: 'how the person copes, or would cope, in a hostel or approved premises',
    guidance:
      'Shared living, rules and curfews, other residents’ drug use or offending, distance from support.',
    gridRow: 'coping-hostel',
  },
  {
    id: 'vulnerability',
    title: 'Vulnerability',
    about: 'the person being harmed or exploited by others',
    guidance:
      'Exploitation, bullying, victimisation, someone taking over their home to deal drugs, financial abuse, being used by others to offend.',
    gridRow: 'vulnerability',
  },
  {
    id: 'escape',
    title: 'Escape or absconding',
    about: 'escape or absconding',
    guidance:
      'Escapes or attempts, absconding from open conditions or approved premises, failing to return, going missing.',
    gridRow: 'escape',
  },
  {
    id: 'control',
    title: 'Control and disruptive behaviour',
    about: 'control problems or disruptive behaviour',
    guidance:
      'In custody or approved premises: disorder, refusing instructions, damage, intimidating or organising others.',
    gridRow: 'control',
  },
  {
    id: 'breach-of-trust',
    title: 'Breach of trust',
    about: 'breach of trust',
    guidance:
      'Abusing trust given by a setting (temporary release, a work placement, open conditions) or by a position the person holds.',
    gridRow: 'control',
  },
];

const sourceOptions = [
  { id: 'person', label: 'The person' },
  { id: 'family', label: 'Family, partner or friends' },
  { id: 'health', label: 'GP or health records' },
  { id: 'mental-health', label: 'Mental health services' },
  { id: 'custody', label: 'Prison or custody records' },
  { id: 'police', label: 'Police' },
  { id: 'previous-assessments', label: 'Previous assessments' },
  { id: 'other', label: 'Another agency' },
];

const current = (area: RiskArea): JsonLogic => answer(`${area.id}-current`);
const previous = (area: RiskArea): JsonLogic => answer(`${area.id}-previous`);
const eitherIs = (area: RiskArea, values: string[]): JsonLogic => ({
  or: [{ in: [current(area), values] }, { in: [previous(area), values] }],
});

function areaSection(area: RiskArea): Section {
  const items: TemplateItem[] = [
    {
      kind: 'yesNoUnknown',
      id: `${area.id}-current`,
      prompt: `Is there a current concern about ${area.about}?`,
      guidance: area.guidance,
      required: true,
    },
    {
      kind: 'yesNoUnknown',
      id: `${area.id}-previous`,
      prompt: `Has there been a concern about ${area.about} in the past?`,
      required: true,
    },
    {
      kind: 'longText',
      id: `${area.id}-evidence`,
      prompt: 'What is the concern, and what is the evidence? Say how recent it is.',
      guidance: 'Where the answer is not known, say what you would need to find out and from whom.',
      showWhen: eitherIs(area, ['yes', 'unknown']),
      requiredWhen: eitherIs(area, ['yes']),
      suggestedWords: { min: 30, max: 250 },
    },
    {
      kind: 'multiChoice',
      id: `${area.id}-sources`,
      prompt: 'Where does the information come from?',
      showWhen: eitherIs(area, ['yes']),
      required: true,
      options: sourceOptions,
    },
    {
      kind: 'evidenceReference',
      id: `${area.id}-quotes`,
      prompt: 'Passages from the case file',
      showWhen: eitherIs(area, ['yes']),
      maxReferences: 10,
    },
  ];
  if (area.selfHarmArea) {
    items.push(
      {
        kind: 'singleChoice',
        id: `${area.id}-support-plan`,
        prompt: 'Has a custody self-harm support plan (ACCT) been opened for the person?',
        showWhen: eitherIs(area, ['yes']),
        required: true,
        options: [
          { id: 'open-now', label: 'Yes, one is open now' },
          { id: 'previously', label: 'Yes, in the past' },
          { id: 'never', label: 'No' },
          { id: 'never-in-custody', label: 'The person has not been in custody' },
          { id: 'not-known', label: 'Not known' },
        ],
      },
      {
        kind: 'longText',
        id: `${area.id}-triggers`,
        prompt: 'What was happening when the earlier concern arose, and could it happen again?',
        showWhen: { '==': [previous(area), 'yes'] },
        suggestedWords: { min: 20, max: 200 },
      },
    );
  }
  items.push({
    kind: 'longText',
    id: `${area.id}-action`,
    prompt: 'What has been done about the current concern, by whom, and who has been told?',
    guidance:
      'In real practice a current concern about someone’s safety is acted on at once, following local procedures. Here, record what you would do and who you would tell.',
    showWhen: { '==': [current(area), 'yes'] },
    required: true,
    suggestedWords: { min: 20, max: 200 },
  });
  return { id: area.id, title: area.title, items };
}

const anyCurrent: JsonLogic = { or: riskToSelfAreas.map((area) => ({ '==': [current(area), 'yes'] })) };

const sections: Section[] = [
  {
    id: 'about',
    title: 'About this assessment',
    items: [
      {
        kind: 'guidance',
        id: 'about-guidance',
        title: 'Risks to the person, and other risks',
        text: 'The first five areas are risks to the person: suicide, self-harm, coping in custody, coping in a hostel or approved premises, and vulnerability to others. The last three are other risks a setting must manage: escape or absconding, control and disruptive behaviour, and breach of trust.\n\nFor each, record whether there is a concern now and whether there has been one before. "Not known" is an honest answer, but it is a reason to find out, not a place to stop.',
      },
      inUseMarker,
    ],
  },
  ...riskToSelfAreas.map(areaSection),
  {
    id: 'summary',
    title: 'Summary',
    items: [
      {
        kind: 'computed',
        id: 'current-concerns',
        prompt: 'Current concerns',
        expression: listWhere(
          riskToSelfAreas.map((area) => ({ when: { '==': [current(area), 'yes'] }, label: area.title })),
        ),
        emptyLabel: 'None recorded',
      },
      {
        kind: 'computed',
        id: 'previous-concerns',
        prompt: 'Previous concerns',
        expression: listWhere(
          riskToSelfAreas.map((area) => ({ when: { '==': [previous(area), 'yes'] }, label: area.title })),
        ),
        emptyLabel: 'None recorded',
      },
      {
        kind: 'computed',
        id: 'not-known',
        prompt: 'Not known yet',
        expression: listWhere(
          riskToSelfAreas.map((area) => ({ when: eitherIs(area, ['unknown']), label: area.title })),
        ),
        emptyLabel: 'Nothing',
      },
      {
        kind: 'longText',
        id: 'links-to-harm',
        prompt:
          'How do these risks connect with the person’s risk to others, and how will your plans respond?',
        guidance:
          'For example a person who self-harms when a relationship ends may also be most dangerous to that partner then; approved premises may protect others but strain someone who copes badly with shared living.',
        requiredWhen: anyCurrent,
        suggestedWords: { min: 30, max: 250 },
      },
    ],
  },
];

const selfHarmAreas = riskToSelfAreas.filter((area) => area.selfHarmArea);
const rules: QualityRule[] = [
  {
    id: 'suicide-self-harm-not-known',
    severity: 'question',
    when: { or: selfHarmAreas.map((area) => ({ '==': [current(area), 'unknown'] })) },
    message:
      'Whether there is a current concern about suicide or self-harm is not known. What would you need to find out, from whom, and by when?',
    itemRef: { templateId, itemId: 'suicide-current' },
  },
  {
    id: 'needs-assessment-disagrees',
    severity: 'question',
    when: {
      or: [
        {
          and: [
            { '==': [{ var: 'answers.strengths-needs.hw-suicide' }, 'current'] },
            { '==': [answer('suicide-current'), 'no'] },
          ],
        },
        {
          and: [
            { '==': [{ var: 'answers.strengths-needs.hw-self-harm' }, 'current'] },
            { '==': [answer('self-harm-current'), 'no'] },
          ],
        },
      ],
    },
    message:
      'The strengths and needs assessment records a recent or current concern about suicide or self-harm that this assessment does not. Which is right, and what has been done?',
    itemRef: { templateId, itemId: 'suicide-current' },
  },
  {
    id: 'custody-concern-without-support-plan',
    severity: 'warning',
    when: {
      and: [
        { '==': [{ var: 'answers.rosh-analysis.setting' }, 'custody'] },
        {
          or: selfHarmAreas.map((area): JsonLogic => ({
            and: [
              { '==': [current(area), 'yes'] },
              { '!=': [answer(`${area.id}-support-plan`), 'open-now'] },
            ],
          })),
        },
      ],
    },
    message:
      'The person is in custody with a current concern about suicide or self-harm, and no support plan is recorded as open. Who in the prison knows, and what are they doing?',
    itemRef: { templateId, itemId: 'suicide-support-plan' },
  },
  {
    id: 'past-concern-unexplored',
    severity: 'question',
    when: {
      or: selfHarmAreas.map((area): JsonLogic => ({
        and: [{ '==': [previous(area), 'yes'] }, { '!': [{ answered: [answer(`${area.id}-triggers`)] }] }],
      })),
    },
    message:
      'There has been a concern about suicide or self-harm before. What was happening then, and could the same circumstances arise during this sentence?',
    itemRef: { templateId, itemId: 'suicide-triggers' },
  },
];

export const riskToSelf: Template = {
  format: 1,
  id: templateId,
  version: 1,
  title: 'Risk to self and other risks',
  description:
    'Record current and previous concerns about suicide, self-harm, coping in custody or a hostel, vulnerability to others, escape, control and breach of trust, with the evidence and what has been done.',
  practiceNotice: PRACTICE_NOTICE,
  sections,
  rules,
};
