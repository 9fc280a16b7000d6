import type { JsonLogic } from '../logic-schema';

/**
 * Small builders for the JSON Logic the strengths-and-needs, enquiries-log and risk-to-self templates repeat.
 * Each returns plain JSON, so a built template is exactly what a tutor could have typed; the builders only save
 * writing the same `if` chain forty times. (They could move to common.ts if other built-ins want them.)
 */

export interface Labelled {
  id: string;
  label: string;
}

/** `{"var": "answers.<templateId>.<itemId>"}`. */
export const answerVar = (templateId: string, itemId: string): JsonLogic => ({
  var: `answers.${templateId}.${itemId}`,
});

export const computedVar = (templateId: string, itemId: string): JsonLogic => ({
  var: `computed.${templateId}.${itemId}`,
});

/** The label of the chosen option, or `fallback` when nothing (or something unknown) is chosen. */
export function labelOf(value: JsonLogic, options: readonly Labelled[], fallback: string): JsonLogic {
  return { if: [...options.flatMap((option) => [{ '==': [value, option.id] }, option.label]), fallback] };
}

/**
 * The labels whose condition holds, joined with ", " ("Accommodation, Drug use"), or "" when none does
 * (a computed item then shows its emptyLabel). Each part is written ", label" and the first two characters of
 * the result are cut, because JSON Logic has no join.
 */
export function listWhere(entries: ReadonlyArray<{ when: JsonLogic; label: string }>): JsonLogic {
  return { substr: [{ cat: entries.map(({ when, label }) => ({ if: [when, `, ${label}`, ''] })) }, 2] };
}

/** True when a multiple-choice answer holds any of the options. */
export const choseAnyOf = (options: readonly string[], choices: JsonLogic): JsonLogic => ({
  or: options.map((option) => ({ in: [option, choices] })),
});

/** How many of the values have an answer (the engine's own `answered`, so it agrees with progress). */
export function countAnswered(values: readonly JsonLogic[]): JsonLogic {
  return { '+': values.map((value) => ({ if: [{ answered: [value] }, 1, 0] })) };
}

/** How many of the values equal `literal`. */
export function countEqual(values: readonly JsonLogic[], literal: string): JsonLogic {
  return { '+': values.map((value) => ({ if: [{ '==': [value, literal] }, 1, 0] })) };
}

export const yesNoOptions: Labelled[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];

/** Labels for the engine's yes/no/not known answers, for summaries. */
export const yesNoUnknownOptions: Labelled[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unknown', label: 'Not known' },
];

/** Status of a check with another agency; shared by every enquiry in the enquiries log. */
export const enquiryStatusOptions: Labelled[] = [
  { id: 'not-requested', label: 'Not requested yet' },
  { id: 'requested', label: 'Requested, reply awaited' },
  { id: 'received', label: 'Reply received' },
];
