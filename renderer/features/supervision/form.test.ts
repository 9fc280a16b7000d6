import { describe, expect, it } from 'vitest';
import { addAction, createSupervisionRecord } from '@shared/supervision/record';
import type { EditContext } from '@shared/supervision/record';
import { supervisionRecordSchema } from '@shared/supervision/schema';
import {
  carryUnfinished,
  checkForm,
  fieldIds,
  followUpForDate,
  formFromRecord,
  newForm,
  recordFromForm,
  setOutcome,
} from './form';
import type { SupervisionForm } from './form';
import type { DateParts } from '@shared/dates/format';
import { itemChoices } from './items';
import { builtinTemplates } from '@shared/templates/builtin';

/** The three boxes as a person fills them, from "day/month/year". */
function boxes(text: string): DateParts {
  const [day = '', month = '', year = ''] = text.split('/');
  return { day, month, year };
}

function context(): EditContext {
  let n = 0;
  return {
    now: () => new Date('2026-11-23T14:00:00.000Z'),
    newId: () => `sup-${String((n += 1)).padStart(6, '0')}`,
  };
}

const attempts = [{ attemptId: 'attempt-0001', title: 'Practice: Lee Cotter' }];

function previousSession(ctx: EditContext) {
  let record = createSupervisionRecord(
    { date: '2026-11-02', participants: 'Sam, Dana', model: 'kolb', attempts },
    ctx,
  );
  record = addAction(record, { text: 'Request the call-out log', owner: 'Sam', dueDate: '2026-11-06' }, ctx);
  record = addAction(record, { text: 'Book a joint visit', owner: 'Dana', dueDate: null }, ctx);
  return record;
}

function filled(form: SupervisionForm): SupervisionForm {
  return {
    ...form,
    participants: 'Sam (trainee), Dana (PTA)',
    attempts,
    discussion: [
      {
        key: 'row-a',
        attemptId: 'attempt-0001',
        templateId: 'rosh-analysis',
        itemId: 'rosh-grid',
        notes: ' Why low? ',
      },
    ],
    actions: [{ key: 'row-b', text: 'Redo the grid', owner: 'Sam', due: boxes('30/11/2026') }],
  };
}

describe('the supervision form', () => {
  it('starts a session today that follows up every action of the previous one, in its model', () => {
    const ctx = context();
    const form = newForm({
      today: '2026-11-23',
      previous: previousSession(ctx),
      attempts: [],
      participants: '',
      ctx,
    });
    expect(form.date).toEqual(boxes('23/11/2026'));
    expect(form.model).toBe('kolb');
    expect(form.followUp?.previousDate).toBe('2026-11-02');
    expect(form.followUp?.actions.map((entry) => [entry.action.text, entry.outcome])).toEqual([
      ['Request the call-out log', null],
      ['Book a joint visit', null],
    ]);
    expect(
      newForm({ today: '2026-11-23', previous: null, attempts: [], participants: '', ctx }).followUp,
    ).toBeNull();
  });

  it('lists each problem against its field, in page order, with dates typed the UK way', () => {
    const ctx = context();
    const blank = newForm({ today: '2026-11-23', previous: null, attempts: [], participants: ' ', ctx });
    expect(checkForm(blank).summary.map((problem) => problem.fieldId)).toEqual([
      fieldIds.participants,
      fieldIds.attempts,
    ]);
    const wrong = {
      ...filled(blank),
      date: boxes('31/02/2026'),
      discussion: [
        { key: 'row-a', attemptId: 'attempt-9999', templateId: 'rosh-analysis', itemId: '', notes: ' ' },
      ],
      actions: [{ key: 'row-b', text: 'x', owner: '', due: boxes('30/11/') }],
    };
    const problems = checkForm(wrong);
    expect(problems.summary.map((problem) => problem.text)).toEqual([
      'The date of the session must be a real date, for example 23 11 2026',
      'Note 1: choose one of the attempts discussed, or remove the note',
      'Note 1: write what was discussed, or remove the note',
      'Action 1: say who will do it',
      'Action 1: the due date must include a year, or leave it blank',
    ]);
    // Only the boxes a problem is about are marked.
    expect(problems.dateParts[fieldIds.actionDue('row-b')]).toEqual(['year']);
    expect(problems.dateParts[fieldIds.date]).toEqual(['day']);
    // A year out of range is refused, as the GOV.UK date input asks.
    expect(checkForm({ ...filled(blank), date: boxes('23/11/1026') }).byField[fieldIds.date]).toBe(
      'The year of the date of the session must be between 1900 and 2100',
    );
    expect(checkForm({ ...filled(blank), date: boxes('//') }).byField[fieldIds.date]).toBe(
      'Enter the date of the session',
    );
    const noTemplate = checkForm({
      ...filled(blank),
      discussion: [{ key: 'row-c', attemptId: 'attempt-0001', templateId: '', itemId: '', notes: 'x' }],
    });
    expect(noTemplate.byField[fieldIds.discussionAttempt('row-c')]).toBe(
      'Note 1: choose the template the note is about',
    );
    expect(() => recordFromForm(wrong, ctx)).toThrow();
  });

  it('makes a record the schema accepts, and reads it back into the same form', () => {
    const ctx = context();
    const form = filled(
      newForm({ today: '2026-11-23', previous: previousSession(ctx), attempts: [], participants: '', ctx }),
    );
    const record = recordFromForm(
      setOutcome(form, form.followUp!.actions[0]!.action.id, { outcome: 'done', note: 'Found.' }),
      ctx,
    );
    expect(supervisionRecordSchema.safeParse(record).success).toBe(true);
    expect(record.date).toBe('2026-11-23');
    expect(record.discussion[0]).toMatchObject({ itemId: 'rosh-grid', notes: 'Why low?' });
    expect(record.actions[0]).toMatchObject({ text: 'Redo the grid', dueDate: '2026-11-30' });
    expect(record.followUp?.actions[0]).toMatchObject({ outcome: 'done', note: 'Found.' });
    const again = formFromRecord(record);
    expect(again.date).toEqual(boxes('23/11/2026'));
    expect(again.actions[0]).toMatchObject({ key: record.actions[0]!.id, due: boxes('30/11/2026') });
    // Saving the re-read form keeps ids and the creation time.
    const resaved = recordFromForm(again, ctx);
    expect(resaved.id).toBe(record.id);
    expect(resaved.actions[0]!.id).toBe(record.actions[0]!.id);
    expect(resaved.createdAt).toBe(record.createdAt);
  });

  it('carries unfinished actions forward once, as the domain decides, leaving done ones behind', () => {
    const ctx = context();
    let form = newForm({
      today: '2026-11-23',
      previous: previousSession(ctx),
      attempts,
      participants: 'Sam',
      ctx,
    });
    const [log, visit] = form.followUp!.actions.map((entry) => entry.action.id);
    form = setOutcome(form, log!, { outcome: 'done' });
    form = setOutcome(form, visit!, { outcome: 'not-done' });
    form = carryUnfinished(form, ctx);
    expect(form.actions.map((row) => [row.text, row.owner, row.due, row.carriedFrom])).toEqual([
      ['Book a joint visit', 'Dana', boxes(''), visit],
    ]);
    expect(carryUnfinished(form, ctx).actions).toHaveLength(1);
  });

  it('follows up the session before its own date as the date is typed, keeping outcomes when it stays', () => {
    const ctx = context();
    const first = previousSession(ctx);
    const later = { ...previousSession(ctx), id: 'sup-later-01', date: '2026-11-16' };
    let form = newForm({ today: '2026-11-23', previous: later, attempts, participants: 'Sam', ctx });
    form = setOutcome(form, form.followUp!.actions[0]!.action.id, { outcome: 'done' });
    const same = followUpForDate({ ...form, date: boxes('20/11/2026') }, [first, later], ctx);
    expect(same.followUp).toBe(form.followUp);
    const earlier = followUpForDate({ ...form, date: boxes('10/11/2026') }, [first, later], ctx);
    expect(earlier.followUp?.previousRecordId).toBe(first.id);
    expect(earlier.followUp?.actions.every((entry) => entry.outcome === null)).toBe(true);
    expect(followUpForDate({ ...form, date: boxes('01/11/2026') }, [first, later], ctx).followUp).toBeNull();
    expect(followUpForDate({ ...form, date: boxes('1/13/2026') }, [first, later], ctx)).toMatchObject({
      followUp: form.followUp,
    });
    // A saved record keeps its follow-up, and says so if its date is moved before that session.
    const saved = { ...form, id: 'sup-saved-01', date: boxes('10/11/2026') };
    expect(followUpForDate(saved, [first, later], ctx)).toBe(saved);
    expect(checkForm(saved).byField[fieldIds.date]).toBe(
      'The session must be on or after the one it follows up (16/11/2026)',
    );
  });

  it('offers every question of a template by section, never guidance', () => {
    const rosh = builtinTemplates.find((template) => template.id === 'rosh-analysis')!;
    const choices = itemChoices(rosh);
    const ids = choices.flatMap((section) => section.items.map((item) => item.id));
    expect(ids).toContain('rosh-grid');
    expect(ids).not.toContain('levels-guidance');
    expect(choices.every((section) => section.items.length > 0)).toBe(true);
  });
});
