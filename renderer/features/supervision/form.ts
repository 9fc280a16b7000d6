import { carryForwardUnfinished, createSupervisionRecord, previousRecord } from '@shared/supervision/record';
import type { EditContext } from '@shared/supervision/record';
import { supervisionRecordSchema } from '@shared/supervision/schema';
import type {
  ActionOutcome,
  FollowUp,
  LinkedAttempt,
  ReflectiveModelId,
  SupervisionRecord,
} from '@shared/supervision/schema';
import { idPattern } from '@shared/model/ids';
import { datePartsOf, emptyDateParts, formatIsoDate, readDateParts } from '@shared/dates/format';
import type { DatePart, DateParts } from '@shared/dates/format';
import type { SummaryError } from '../../components/ErrorSummary';

/**
 * The supervision form as typed: dates in the day, month and year boxes, rows that may be half
 * filled. `checkForm` says what to fix, field by field; `recordFromForm` turns a form that passes into a
 * record the schema accepts. The domain rules (what a record must hold, which actions carry forward) live in
 * `shared/supervision`; this only bridges typing and the record.
 */

export interface DiscussionRow {
  /** Stable React key and, once saved, the point's id. */
  key: string;
  attemptId: string;
  templateId: string;
  /** '' for the template as a whole. */
  itemId: string;
  notes: string;
}

export interface ActionRow {
  key: string;
  text: string;
  owner: string;
  /** As typed in the three boxes; all blank for no date. */
  due: DateParts;
  carriedFrom?: string;
}

export interface SupervisionForm {
  /** null until the record is first saved. */
  id: string | null;
  createdAt: string | null;
  date: DateParts;
  participants: string;
  agenda: string;
  model: ReflectiveModelId;
  reflection: Record<string, string>;
  attempts: LinkedAttempt[];
  discussion: DiscussionRow[];
  actions: ActionRow[];
  followUp: FollowUp | null;
}

export function formFromRecord(record: SupervisionRecord): SupervisionForm {
  return {
    id: record.id,
    createdAt: record.createdAt,
    date: datePartsOf(record.date),
    participants: record.participants,
    agenda: record.agenda,
    model: record.model,
    reflection: { ...record.reflection },
    attempts: record.attempts.map((attempt) => ({ ...attempt })),
    discussion: record.discussion.map((point) => ({
      key: point.id,
      attemptId: point.attemptId,
      templateId: point.templateId,
      itemId: point.itemId ?? '',
      notes: point.notes,
    })),
    actions: record.actions.map((action) => ({
      key: action.id,
      text: action.text,
      owner: action.owner,
      due: datePartsOf(action.dueDate),
      ...(action.carriedFrom ? { carriedFrom: action.carriedFrom } : {}),
    })),
    followUp: record.followUp
      ? {
          ...record.followUp,
          actions: record.followUp.actions.map((entry) => ({ ...entry, action: { ...entry.action } })),
        }
      : null,
  };
}

/**
 * A new form for a session today, following up `previous` (the latest earlier record) when there is one:
 * the domain's `createSupervisionRecord` decides what a follow-up holds.
 */
export function newForm(input: {
  today: string;
  previous: SupervisionRecord | null;
  attempts: LinkedAttempt[];
  participants: string;
  ctx: EditContext;
}): SupervisionForm {
  // The domain builds the follow-up; only that part of this throwaway record is kept.
  const followUp =
    input.previous && input.previous.date <= input.today
      ? createSupervisionRecord(
          {
            date: input.today,
            participants: 'to be named',
            model: input.previous.model,
            attempts: [{ attemptId: 'not-yet-chosen', title: 'to be chosen' }],
          },
          input.ctx,
          input.previous,
        ).followUp
      : null;
  return {
    id: null,
    createdAt: null,
    date: datePartsOf(input.today),
    participants: input.participants,
    agenda: '',
    model: input.previous?.model ?? 'gibbs',
    reflection: {},
    attempts: input.attempts,
    discussion: [],
    actions: [],
    followUp,
  };
}

/**
 * A new record follows up the latest session before its own date: when the date is changed to one that
 * falls before or after another session, the follow-up moves to that session (outcomes already chosen
 * are kept when it stays the same). Records already saved keep the follow-up they were made with.
 */
export function followUpForDate(
  form: SupervisionForm,
  records: readonly SupervisionRecord[],
  ctx: EditContext,
): SupervisionForm {
  if (form.id !== null) return form;
  const date = sessionDate(form);
  if (date === null) return form;
  const previous = previousRecord(records, date);
  if ((previous?.id ?? null) === (form.followUp?.previousRecordId ?? null)) return form;
  const fresh = newForm({ today: date, previous, attempts: [], participants: '', ctx });
  return { ...form, followUp: fresh.followUp };
}

export function setOutcome(
  form: SupervisionForm,
  actionId: string,
  change: { outcome?: ActionOutcome | null; note?: string },
): SupervisionForm {
  if (!form.followUp) return form;
  return {
    ...form,
    followUp: {
      ...form.followUp,
      actions: form.followUp.actions.map((entry) =>
        entry.action.id === actionId ? { ...entry, ...change } : entry,
      ),
    },
  };
}

/**
 * Adds an action row for each followed-up action not done or partly done, once. Which ones carry is the
 * domain's rule (`carryForwardUnfinished`); it is asked with the rows already carried.
 */
export function carryUnfinished(form: SupervisionForm, ctx: EditContext): SupervisionForm {
  if (!form.followUp) return form;
  const carried = form.actions
    .filter((row) => row.carriedFrom !== undefined)
    .map((row) => ({
      id: row.key,
      text: row.text || '-',
      owner: row.owner || '-',
      dueDate: null,
      carriedFrom: row.carriedFrom,
    }));
  // Only followUp and actions are read by the rule; the rest of the record is not needed for it.
  const probe = { followUp: form.followUp, actions: carried, updatedAt: '' } as unknown as SupervisionRecord;
  const fresh = carryForwardUnfinished(probe, ctx).actions.slice(carried.length);
  if (fresh.length === 0) return form;
  return {
    ...form,
    actions: [
      ...form.actions,
      ...fresh.map((action) => ({
        key: action.id,
        text: action.text,
        owner: action.owner,
        due: emptyDateParts,
        ...(action.carriedFrom ? { carriedFrom: action.carriedFrom } : {}),
      })),
    ],
  };
}

/** Field ids, shared by the screen and the error summary so each problem links to its control. */
export const fieldIds = {
  date: 'supervision-date',
  participants: 'supervision-participants',
  attempts: 'supervision-attempts',
  discussionNotes: (key: string) => `discussion-${key}-notes`,
  discussionAttempt: (key: string) => `discussion-${key}-attempt`,
  actionText: (key: string) => `action-${key}-text`,
  actionOwner: (key: string) => `action-${key}-owner`,
  actionDue: (key: string) => `action-${key}-due`,
};

export interface FormProblems {
  /** In page order, for the error summary. */
  summary: SummaryError[];
  /** By field id, for the message beside the control. */
  byField: Record<string, string>;
  /** By date field id, the boxes its problem is about (the others stay unmarked). */
  dateParts: Record<string, readonly DatePart[]>;
}

/** The session's date as ISO, or null while the boxes do not hold a real date in a plausible year. */
export function sessionDate(form: SupervisionForm): string | null {
  const reading = readDateParts(form.date);
  return reading.kind === 'date' ? reading.iso : null;
}

/** A due date as ISO, or null when the boxes are blank (callers check first, so never a problem). */
function dueDate(row: ActionRow): string | null {
  const reading = readDateParts(row.due);
  return reading.kind === 'date' ? reading.iso : null;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** GOV.UK error messages carry no full stop; the date reader's sentences do. */
function asErrorText(message: string): string {
  return message.replace(/\.$/, '');
}

export function checkForm(form: SupervisionForm): FormProblems {
  const summary: SummaryError[] = [];
  const dateParts: Record<string, readonly DatePart[]> = {};
  const add = (fieldId: string, text: string) => summary.push({ fieldId, text });
  const session = readDateParts(form.date, 'date of the session');
  if (session.kind === 'empty') add(fieldIds.date, 'Enter the date of the session');
  else if (session.kind === 'problem') {
    add(fieldIds.date, asErrorText(session.message));
    dateParts[fieldIds.date] = session.parts;
  }
  const date = session.kind === 'date' ? session.iso : null;
  if (date !== null && form.followUp && form.followUp.previousDate > date)
    add(
      fieldIds.date,
      `The session must be on or after the one it follows up (${formatIsoDate(form.followUp.previousDate)})`,
    );
  if (form.participants.trim() === '') add(fieldIds.participants, 'Say who took part');
  if (form.attempts.length === 0) add(fieldIds.attempts, 'Choose at least one attempt to discuss');
  const linked = new Set(form.attempts.map((attempt) => attempt.attemptId));
  form.discussion.forEach((row, index) => {
    if (!linked.has(row.attemptId))
      add(
        fieldIds.discussionAttempt(row.key),
        `Note ${index + 1}: choose one of the attempts discussed, or remove the note`,
      );
    if (row.templateId === '')
      add(fieldIds.discussionAttempt(row.key), `Note ${index + 1}: choose the template the note is about`);
    if (row.notes.trim() === '')
      add(
        fieldIds.discussionNotes(row.key),
        `Note ${index + 1}: write what was discussed, or remove the note`,
      );
  });
  form.actions.forEach((row, index) => {
    if (row.text.trim() === '')
      add(fieldIds.actionText(row.key), `Action ${index + 1}: say what will be done, or remove the action`);
    if (row.owner.trim() === '')
      add(fieldIds.actionOwner(row.key), `Action ${index + 1}: say who will do it`);
    const due = readDateParts(row.due, 'due date');
    if (due.kind === 'problem') {
      add(
        fieldIds.actionDue(row.key),
        `Action ${index + 1}: ${lowerFirst(asErrorText(due.message))}, or leave it blank`,
      );
      dateParts[fieldIds.actionDue(row.key)] = due.parts;
    }
  });
  const byField: Record<string, string> = {};
  for (const problem of summary) byField[problem.fieldId] ??= problem.text;
  return { summary, byField, dateParts };
}

/** The record a form describes; throws when `checkForm` would not pass (callers check first). */
export function recordFromForm(form: SupervisionForm, ctx: EditContext): SupervisionRecord {
  const date = sessionDate(form);
  if (date === null || checkForm(form).summary.length > 0)
    throw new Error('The supervision form has problems to fix before it can be saved.');
  const now = ctx.now().toISOString();
  return supervisionRecordSchema.parse({
    schemaVersion: 1,
    id: form.id ?? ctx.newId(),
    date,
    participants: form.participants.trim(),
    agenda: form.agenda,
    model: form.model,
    reflection: form.reflection,
    attempts: form.attempts,
    discussion: form.discussion.map((row) => ({
      id: idPattern.test(row.key) ? row.key : ctx.newId(),
      attemptId: row.attemptId,
      templateId: row.templateId,
      ...(row.itemId ? { itemId: row.itemId } : {}),
      notes: row.notes.trim(),
    })),
    actions: form.actions.map((row) => ({
      id: idPattern.test(row.key) ? row.key : ctx.newId(),
      text: row.text.trim(),
      owner: row.owner.trim(),
      dueDate: dueDate(row),
      ...(row.carriedFrom ? { carriedFrom: row.carriedFrom } : {}),
    })),
    followUp: form.followUp,
    createdAt: form.createdAt ?? now,
    updatedAt: now,
  });
}
