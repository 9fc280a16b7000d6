import type { JsonValue } from '../../model/json';
import { isRows, text, type Answers, type Row } from './saved-answers';

/**
 * Saved sentence plan answers from version 1 (objectives with actions, eleven areas of need) lifted to
 * version 2 (goals with steps, the eight areas of the strengths and needs assessment). Registered in
 * `../answer-migrations.ts`, which the host runs when it opens an attempt whose
 * templateVersions['sentence-plan'] is 1.
 */

/** Version 1's eleven areas of need, mapped to the eight of the newer model. */
export const v1AreaToV2: Record<string, string> = {
  accommodation: 'accommodation',
  'education-training-employment': 'employment-education',
  finance: 'finances',
  relationships: 'relationships',
  'lifestyle-associates': 'relationships',
  'drug-use': 'drugs',
  'alcohol-use': 'alcohol',
  'emotional-wellbeing': 'health',
  'thinking-behaviour': 'thinking',
  attitudes: 'thinking',
  health: 'health',
};

const v1OwnerToActor: Record<string, string> = {
  'the-person': 'the-person',
  practitioner: 'practitioner',
  'other-agency': 'someone-else',
};

/** An own-property lookup, so a saved value such as "constructor" cannot reach the prototype. */
const lookup = (map: Record<string, string>, key: JsonValue | undefined): string | undefined =>
  typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;

/**
 * Lifts saved sentence plan answers from version 1 (objectives with actions) to version 2 (goals with steps).
 * Pure: the same old answers always give the same new ones. Nothing the trainee wrote is dropped: the objective's
 * short title, when the person's own words are used as the goal, goes into the notes with the strengths.
 *
 * - objective -> goal: the goal is the person's own words if given, else the objective; start now; the target is
 *   a date, the latest of the actions' target dates, else the objective's review date;
 * - area -> main area (eleven areas mapped to eight, `v1AreaToV2`); an unknown area is left unanswered;
 * - actions -> steps: owner -> actor ("another agency" becomes "someone else", named), status "not started";
 * - the plan's agreement answers keep their ids; the plan's review date is the earliest objective review date.
 */
export function migrateSentencePlanV1Answers(v1: Answers): Answers {
  const { objectives, ...rest } = v1;
  const v2: Answers = { ...rest };
  const reviewDates: string[] = [];
  if (isRows(objectives)) {
    v2.goals = objectives.map((objective): Row => {
      const values = objective.values;
      const title = text(values.objective);
      const ownWords = text(values['own-words']);
      const strengths = text(values['strengths-to-use']);
      const review = text(values['review-date']);
      if (review) reviewDates.push(review);
      const actions = isRows(values.actions) ? values.actions : [];
      const actionDates = actions.flatMap((action) => text(action.values['target-date']) ?? []).sort();
      const targetDate = actionDates[actionDates.length - 1] ?? review;
      const area = lookup(v1AreaToV2, values.area);
      const notes = [ownWords && title ? `Objective as first written: ${title}` : null, strengths]
        .filter((part): part is string => part !== null)
        .join('\n\n');
      const goal: Record<string, JsonValue> = { start: 'now' };
      if (ownWords ?? title) goal.goal = (ownWords ?? title)!;
      if (area) goal.area = area;
      if (values['linked-to-harm'] !== undefined) goal['linked-to-harm'] = values['linked-to-harm'];
      if (targetDate) {
        goal.target = 'custom';
        goal['target-date'] = targetDate;
      }
      goal.steps = actions.map((action): Row => {
        const step: Record<string, JsonValue> = { status: 'not-started' };
        const description = text(action.values.action);
        if (description) step.step = description;
        const owner = lookup(v1OwnerToActor, action.values.owner);
        if (owner) step.actor = owner;
        const agency = text(action.values.agency);
        if (agency) step['actor-name'] = agency;
        return { rowId: action.rowId, values: step };
      });
      if (notes) goal.notes = notes;
      return { rowId: objective.rowId, values: goal };
    });
  }
  if (!text(v2['review-date'])) {
    const earliest = reviewDates.sort()[0];
    if (earliest) v2['review-date'] = earliest;
  }
  return v2;
}
