import type { JsonLogic } from '../logic-schema';
import type { ComputedItem } from '../schema';

/**
 * Wording shared by the built-in templates. Kept as data (strings and plain objects), so each template
 * still reads as the JSON a tutor would write.
 */

export const PRACTICE_NOTICE =
  'Practice only. The cases in this app are fictional, and this template is for rehearsing assessment skills. Do not use it for real people or operational decisions.';

/** RoSH levels, lowest first, in our own words (the national four-level scale, not its official wording). */
export const roshLevels = [
  {
    id: 'low',
    label: 'Low',
    description:
      'What is known now does not point to serious harm being likely. Low is not the same as no risk.',
  },
  {
    id: 'medium',
    label: 'Medium',
    description:
      'There are clear signs of a risk of serious harm. The person could cause it but probably will not unless something changes, such as losing their home, a relationship ending, a return to drink or drugs, or stopping medication.',
  },
  {
    id: 'high',
    label: 'High',
    description:
      'There are clear signs of a risk of serious harm, and it could happen at any time. The impact would be serious.',
  },
  {
    id: 'very-high',
    label: 'Very high',
    description:
      'Serious harm is imminent: it is more likely than not to happen soon, and the impact would be serious.',
  },
];

export const roshLevelIds = ['low', 'medium', 'high', 'very-high'];

export const roshLevelLabels = { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' };

/** Areas of need commonly used in sentence plans in England and Wales. */
export const needAreas = [
  { id: 'accommodation', label: 'Accommodation' },
  { id: 'education-training-employment', label: 'Education, training and employment' },
  { id: 'finance', label: 'Finance' },
  { id: 'relationships', label: 'Relationships (family and intimate)' },
  { id: 'lifestyle-associates', label: 'Lifestyle and associates' },
  { id: 'drug-use', label: 'Drug use' },
  { id: 'alcohol-use', label: 'Alcohol use' },
  { id: 'emotional-wellbeing', label: 'Emotional wellbeing and mental health' },
  { id: 'thinking-behaviour', label: 'Thinking and behaviour' },
  { id: 'attitudes', label: 'Attitudes' },
  { id: 'health', label: 'Health' },
];

/**
 * A hidden computed item that is true whenever its template is part of the attempt (a template outside the
 * attempt's set reads as null). Another template uses `templateInUse` to hand a topic over to the fuller
 * template instead of asking about it twice (docs/decisions/0005-needs-links-between-templates.md).
 */
export const inUseMarker: ComputedItem = {
  kind: 'computed',
  id: 'in-use',
  prompt: 'This template is part of the attempt',
  showWhen: false,
  expression: true,
};

/** True when the template, which must carry `inUseMarker`, is part of the attempt. */
export const templateInUse = (templateId: string): JsonLogic => ({
  '==': [{ var: `computed.${templateId}.in-use` }, true],
});
