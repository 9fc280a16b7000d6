import {
  actionOutcomes,
  reflectiveModels,
  SUPERVISION_SCHEMA_VERSION,
  type ActionOutcome,
  type AgreedAction,
  type DiscussionPoint,
  type LinkedAttempt,
  type ReflectiveModelId,
  type SupervisionRecord,
} from './schema';
import { formatIsoDate, isIsoDate } from '../dates/format';

/**
 * Editing supervision records: pure functions returning a new record. A request that makes no sense throws
 * a `SupervisionEditError` with a message for the person; `recordProblems` lists what a form should flag.
 */

export class SupervisionEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SupervisionEditError';
  }
}

export interface EditContext {
  now: () => Date;
  newId: () => string;
}

export interface NewRecord {
  date: string;
  participants: string;
  model: ReflectiveModelId;
  attempts: LinkedAttempt[];
  agenda?: string;
}

/**
 * Starts a record. Given the previous session's record, the new one opens with a follow-up of every action
 * agreed then, each waiting for an outcome.
 */
export function createSupervisionRecord(
  input: NewRecord,
  ctx: EditContext,
  previous: SupervisionRecord | null = null,
): SupervisionRecord {
  if (!isIsoDate(input.date)) throw new SupervisionEditError('Enter the date of the session.');
  if (input.attempts.length === 0) throw new SupervisionEditError('Choose at least one attempt to discuss.');
  if (!input.participants.trim()) throw new SupervisionEditError('Say who took part.');
  if (previous && previous.date > input.date)
    throw new SupervisionEditError('The follow-up session must be on or after the date of the previous one.');
  const at = ctx.now().toISOString();
  return {
    schemaVersion: SUPERVISION_SCHEMA_VERSION,
    id: ctx.newId(),
    date: input.date,
    participants: input.participants.trim(),
    agenda: input.agenda ?? '',
    model: input.model,
    reflection: {},
    attempts: dedupeAttempts(input.attempts),
    discussion: [],
    actions: [],
    followUp: previous
      ? {
          previousRecordId: previous.id,
          previousDate: previous.date,
          actions: previous.actions.map((action) => ({ action: { ...action }, outcome: null, note: '' })),
        }
      : null,
    createdAt: at,
    updatedAt: at,
  };
}

function dedupeAttempts(attempts: readonly LinkedAttempt[]): LinkedAttempt[] {
  const seen = new Set<string>();
  return attempts.filter((attempt) => !seen.has(attempt.attemptId) && seen.add(attempt.attemptId));
}

const touch = (record: SupervisionRecord, ctx: Pick<EditContext, 'now'>): SupervisionRecord => ({
  ...record,
  updatedAt: ctx.now().toISOString(),
});

export function setReflection(
  record: SupervisionRecord,
  stageId: string,
  text: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  if (!reflectiveModels[record.model].stages.some((stage) => stage.id === stageId))
    throw new SupervisionEditError(
      `That is not a stage of the ${reflectiveModels[record.model].label} model.`,
    );
  return { ...touch(record, ctx), reflection: { ...record.reflection, [stageId]: text } };
}

/**
 * Changes the reflective model. Notes already written under stages the new model does not have are kept
 * (hidden, and restored if the model is chosen again) rather than thrown away.
 */
export function setModel(
  record: SupervisionRecord,
  model: ReflectiveModelId,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  return { ...touch(record, ctx), model };
}

export function linkAttempt(
  record: SupervisionRecord,
  attempt: LinkedAttempt,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  return { ...touch(record, ctx), attempts: dedupeAttempts([...record.attempts, attempt]) };
}

export function unlinkAttempt(
  record: SupervisionRecord,
  attemptId: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  const attempts = record.attempts.filter((attempt) => attempt.attemptId !== attemptId);
  if (attempts.length === 0)
    throw new SupervisionEditError(
      'A supervision record needs at least one attempt. Link another one first.',
    );
  if (record.discussion.some((point) => point.attemptId === attemptId))
    throw new SupervisionEditError('Notes in this record are about that attempt. Remove them first.');
  return { ...touch(record, ctx), attempts };
}

export function addDiscussionPoint(
  record: SupervisionRecord,
  point: Omit<DiscussionPoint, 'id'>,
  ctx: EditContext,
): SupervisionRecord {
  if (!record.attempts.some((attempt) => attempt.attemptId === point.attemptId))
    throw new SupervisionEditError('That attempt is not linked to this record.');
  const notes = point.notes.trim();
  if (!notes) throw new SupervisionEditError('Write what was discussed.');
  return {
    ...touch(record, ctx),
    discussion: [...record.discussion, { ...point, notes, id: ctx.newId() }],
  };
}

export function updateDiscussionPoint(
  record: SupervisionRecord,
  pointId: string,
  notes: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  if (!record.discussion.some((point) => point.id === pointId))
    throw new SupervisionEditError('That note is no longer in this record.');
  if (!notes.trim()) throw new SupervisionEditError('Write what was discussed, or remove the note.');
  return {
    ...touch(record, ctx),
    discussion: record.discussion.map((point) =>
      point.id === pointId ? { ...point, notes: notes.trim() } : point,
    ),
  };
}

export function removeDiscussionPoint(
  record: SupervisionRecord,
  pointId: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  return { ...touch(record, ctx), discussion: record.discussion.filter((point) => point.id !== pointId) };
}

export function addAction(
  record: SupervisionRecord,
  action: Omit<AgreedAction, 'id'>,
  ctx: EditContext,
): SupervisionRecord {
  const checked = checkAction(action);
  return { ...touch(record, ctx), actions: [...record.actions, { ...checked, id: ctx.newId() }] };
}

export function updateAction(
  record: SupervisionRecord,
  actionId: string,
  change: Partial<Omit<AgreedAction, 'id' | 'carriedFrom'>>,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  const existing = record.actions.find((action) => action.id === actionId);
  if (!existing) throw new SupervisionEditError('That action is no longer in this record.');
  const checked = checkAction({ ...existing, ...change });
  return {
    ...touch(record, ctx),
    actions: record.actions.map((action) => (action.id === actionId ? { ...checked, id: actionId } : action)),
  };
}

export function removeAction(
  record: SupervisionRecord,
  actionId: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  return { ...touch(record, ctx), actions: record.actions.filter((action) => action.id !== actionId) };
}

function checkAction<T extends Omit<AgreedAction, 'id'>>(action: T): T {
  if (!action.text.trim()) throw new SupervisionEditError('Say what will be done.');
  if (!action.owner.trim()) throw new SupervisionEditError('Say who will do it.');
  if (action.dueDate !== null && !isIsoDate(action.dueDate))
    throw new SupervisionEditError('Enter a real date for when it is due, or leave it blank.');
  return { ...action, text: action.text.trim(), owner: action.owner.trim() };
}

/** Records, in this session, what became of an action agreed in the previous one. */
export function recordOutcome(
  record: SupervisionRecord,
  actionId: string,
  outcome: ActionOutcome | null,
  note: string,
  ctx: Pick<EditContext, 'now'>,
): SupervisionRecord {
  if (!record.followUp) throw new SupervisionEditError('This record does not follow up an earlier session.');
  if (!record.followUp.actions.some((entry) => entry.action.id === actionId))
    throw new SupervisionEditError('That action was not agreed in the previous session.');
  if (outcome !== null && !actionOutcomes.includes(outcome))
    throw new SupervisionEditError('Choose what happened to the action.');
  return {
    ...touch(record, ctx),
    followUp: {
      ...record.followUp,
      actions: record.followUp.actions.map((entry) =>
        entry.action.id === actionId ? { ...entry, outcome, note } : entry,
      ),
    },
  };
}

/**
 * Adds a fresh action for each followed-up action that was not done or only partly done (and has not
 * already been carried), so it is agreed again with a new date rather than forgotten.
 */
export function carryForwardUnfinished(record: SupervisionRecord, ctx: EditContext): SupervisionRecord {
  if (!record.followUp) return record;
  const carried = new Set(record.actions.map((action) => action.carriedFrom).filter(Boolean));
  const fresh = record.followUp.actions
    .filter(
      (entry) =>
        (entry.outcome === 'not-done' || entry.outcome === 'partly') && !carried.has(entry.action.id),
    )
    .map((entry): AgreedAction => ({
      id: ctx.newId(),
      text: entry.action.text,
      owner: entry.action.owner,
      dueDate: null,
      carriedFrom: entry.action.id,
    }));
  if (fresh.length === 0) return record;
  return { ...touch(record, ctx), actions: [...record.actions, ...fresh] };
}

export interface FollowUpSummary {
  total: number;
  done: number;
  partly: number;
  notDone: number;
  noLongerNeeded: number;
  notYetReviewed: number;
}

export function followUpSummary(record: SupervisionRecord): FollowUpSummary | null {
  if (!record.followUp) return null;
  const count = (outcome: ActionOutcome | null) =>
    record.followUp!.actions.filter((entry) => entry.outcome === outcome).length;
  return {
    total: record.followUp.actions.length,
    done: count('done'),
    partly: count('partly'),
    notDone: count('not-done'),
    noLongerNeeded: count('no-longer-needed'),
    notYetReviewed: count(null),
  };
}

/** Actions of this record due before `today` (yyyy-mm-dd); the next session should follow them up. */
export function overdueActions(record: SupervisionRecord, today: string): AgreedAction[] {
  return record.actions.filter((action) => action.dueDate !== null && action.dueDate < today);
}

/** The record to follow up: the latest one dated on or before `date`, among those given. */
export function previousRecord(
  records: readonly SupervisionRecord[],
  date: string,
  excludeId?: string,
): SupervisionRecord | null {
  return (
    [...records]
      .filter((record) => record.id !== excludeId && record.date <= date)
      .sort((a, b) =>
        a.date === b.date ? a.createdAt.localeCompare(b.createdAt) : a.date.localeCompare(b.date),
      )
      .at(-1) ?? null
  );
}

/** What a form should point out before the record is shared; empty when it reads complete. */
export function recordProblems(record: SupervisionRecord): string[] {
  const problems: string[] = [];
  const stages = reflectiveModels[record.model].stages;
  const written = stages.filter((stage) => (record.reflection[stage.id] ?? '').trim().length > 0);
  if (written.length === 0)
    problems.push(`Nothing is written under the ${reflectiveModels[record.model].label} stages yet.`);
  if (record.discussion.length === 0) problems.push('No discussion notes are recorded.');
  if (record.actions.length === 0) problems.push('No actions were agreed.');
  const undated = record.actions.filter((action) => action.dueDate === null).length;
  if (undated > 0) problems.push(`${undated === 1 ? 'One action has' : `${undated} actions have`} no date.`);
  const early = record.actions.filter(
    (action) => action.dueDate !== null && action.dueDate < record.date,
  ).length;
  if (early > 0)
    problems.push(
      `${early === 1 ? 'One action is' : `${early} actions are`} due before the session took place.`,
    );
  const summary = followUpSummary(record);
  if (summary && summary.notYetReviewed > 0)
    problems.push(
      `${summary.notYetReviewed === 1 ? 'One action' : `${summary.notYetReviewed} actions`} from the session on ${formatIsoDate(record.followUp!.previousDate)} ${summary.notYetReviewed === 1 ? 'has' : 'have'} not been followed up.`,
    );
  return problems;
}
