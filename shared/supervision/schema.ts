import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';
import { idSchema, isoDateTime } from '../model/ids';
import { isIsoDate } from '../dates/format';

/**
 * A reflective supervision record: a trainee and a tutor or senior practitioner go through one or more
 * attempts, following a reflective model, and agree actions; the next session follows those actions up.
 * Dates of the session and of actions are calendar dates (yyyy-mm-dd, shown dd/mm/yyyy).
 */

export const SUPERVISION_SCHEMA_VERSION = 1;

export const reflectiveModelIds = ['gibbs', 'kolb', 'rolfe', 'schon'] as const;
export type ReflectiveModelId = (typeof reflectiveModelIds)[number];

export interface ReflectiveStage {
  id: string;
  label: string;
  /** The question the stage asks, in our own words. */
  prompt: string;
}

export interface ReflectiveModel {
  id: ReflectiveModelId;
  label: string;
  summary: string;
  stages: readonly ReflectiveStage[];
}

/**
 * The reflective models trainees are taught (Gibbs, Kolb and the like), with stages in our own words.
 * Ids match the reflective log's.
 */
export const reflectiveModels: Readonly<Record<ReflectiveModelId, ReflectiveModel>> = {
  gibbs: {
    id: 'gibbs',
    label: 'Gibbs',
    summary: 'A six-stage cycle from what happened to what you will do next time.',
    stages: [
      { id: 'description', label: 'Description', prompt: 'What happened, plainly told?' },
      { id: 'feelings', label: 'Feelings', prompt: 'What were you thinking and feeling at the time?' },
      { id: 'evaluation', label: 'Evaluation', prompt: 'What went well, and what did not?' },
      { id: 'analysis', label: 'Analysis', prompt: 'Why did it go that way? What helps explain it?' },
      { id: 'conclusion', label: 'Conclusion', prompt: 'What else could you have done?' },
      { id: 'action-plan', label: 'Action plan', prompt: 'If it happened again, what would you do?' },
    ],
  },
  kolb: {
    id: 'kolb',
    label: 'Kolb',
    summary: 'Learning by doing: experience, reflect, make sense of it, try it out.',
    stages: [
      { id: 'experience', label: 'Concrete experience', prompt: 'What did you do or see?' },
      { id: 'reflection', label: 'Reflective observation', prompt: 'Looking back, what do you notice?' },
      {
        id: 'conceptualisation',
        label: 'Abstract conceptualisation',
        prompt: 'What theory, research or guidance makes sense of it?',
      },
      { id: 'experimentation', label: 'Active experimentation', prompt: 'What will you try differently?' },
    ],
  },
  rolfe: {
    id: 'rolfe',
    label: 'Rolfe',
    summary: 'Three questions: What? So what? Now what?',
    stages: [
      { id: 'what', label: 'What?', prompt: 'What happened, and what was your part in it?' },
      { id: 'so-what', label: 'So what?', prompt: 'What does it mean for the person, for others, for you?' },
      { id: 'now-what', label: 'Now what?', prompt: 'What needs to happen next, and what will you do?' },
    ],
  },
  schon: {
    id: 'schon',
    label: 'Schön',
    summary: 'Thinking while it happens, and thinking about it afterwards.',
    stages: [
      {
        id: 'in-action',
        label: 'Reflection in action',
        prompt: 'What did you notice and adjust while it was happening?',
      },
      {
        id: 'on-action',
        label: 'Reflection on action',
        prompt: 'Looking back now, what would you keep and what would you change?',
      },
    ],
  },
};

export const isoDate = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');

const words = (max: number) => z.string().max(max);
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const linkedAttemptSchema = z.strictObject({
  attemptId: idSchema,
  /** The title when the record was made, so the record still reads well if the attempt is deleted. */
  title: z.string().min(1).max(200),
});
export type LinkedAttempt = z.infer<typeof linkedAttemptSchema>;

/** What was said about one item (or a whole template, when itemId is absent) of one linked attempt. */
export const discussionPointSchema = z.strictObject({
  id: idSchema,
  attemptId: idSchema,
  templateId: authoredIdSchema,
  itemId: authoredIdSchema.optional(),
  notes: required(20_000, 'write what was discussed'),
});
export type DiscussionPoint = z.infer<typeof discussionPointSchema>;

export const agreedActionSchema = z.strictObject({
  id: idSchema,
  text: required(2000, 'say what will be done'),
  owner: required(200, 'say who will do it'),
  dueDate: isoDate.nullable(),
  /** The action of an earlier session this one carries on, when it was not finished then. */
  carriedFrom: idSchema.optional(),
});
export type AgreedAction = z.infer<typeof agreedActionSchema>;

export const actionOutcomes = ['done', 'partly', 'not-done', 'no-longer-needed'] as const;
export type ActionOutcome = (typeof actionOutcomes)[number];
export const actionOutcomeLabels: Record<ActionOutcome, string> = {
  done: 'Done',
  partly: 'Partly done',
  'not-done': 'Not done',
  'no-longer-needed': 'No longer needed',
};

/** An action agreed last time, as reviewed in this session; outcome null until it has been talked through. */
export const followedUpActionSchema = z.strictObject({
  action: agreedActionSchema,
  outcome: z.enum(actionOutcomes).nullable(),
  note: words(5000),
});
export type FollowedUpAction = z.infer<typeof followedUpActionSchema>;

export const followUpSchema = z.strictObject({
  previousRecordId: idSchema,
  previousDate: isoDate,
  actions: z.array(followedUpActionSchema).max(200),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const supervisionRecordSchema = z.strictObject({
  schemaVersion: z.literal(SUPERVISION_SCHEMA_VERSION),
  id: idSchema,
  date: isoDate,
  /** Free text: names and roles, as the people present wish to be recorded. */
  participants: required(1000, 'say who took part'),
  agenda: words(10_000),
  model: z.enum(reflectiveModelIds),
  /** Notes under each stage of the chosen model, by stage id. */
  reflection: z.record(z.string().max(60), words(20_000)),
  attempts: z.array(linkedAttemptSchema).min(1, 'link at least one attempt').max(20),
  discussion: z.array(discussionPointSchema).max(500),
  actions: z.array(agreedActionSchema).max(200),
  followUp: followUpSchema.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SupervisionRecord = z.infer<typeof supervisionRecordSchema>;
