import { describe, expect, it } from 'vitest';
import {
  addAction,
  addDiscussionPoint,
  carryForwardUnfinished,
  createSupervisionRecord,
  followUpSummary,
  overdueActions,
  previousRecord,
  recordOutcome,
  recordProblems,
  setModel,
  setReflection,
  SupervisionEditError,
  unlinkAttempt,
  type EditContext,
} from './record';
import { reflectiveModels, supervisionRecordSchema, type SupervisionRecord } from './schema';

function context(): EditContext {
  let n = 0;
  return {
    now: () => new Date('2026-11-23T14:00:00.000Z'),
    newId: () => `sup-${String((n += 1)).padStart(6, '0')}`,
  };
}

const attempts = [{ attemptId: 'attempt-0001', title: 'Practice: Lee Cotter' }];

function firstSession(ctx: EditContext): SupervisionRecord {
  let record = createSupervisionRecord(
    {
      date: '2026-11-02',
      participants: 'Sam Okafor (trainee), Dana Whitcombe (PTA)',
      model: 'rolfe',
      attempts,
    },
    ctx,
  );
  record = setReflection(record, 'what', 'Rated the known adult low before the police reply arrived.', ctx);
  record = addDiscussionPoint(
    record,
    {
      attemptId: 'attempt-0001',
      templateId: 'rosh-analysis',
      itemId: 'rosh-grid',
      notes: 'Why low for her?',
    },
    ctx,
  );
  record = addAction(record, { text: 'Request the call-out log', owner: 'Sam', dueDate: '2026-11-06' }, ctx);
  record = addAction(record, { text: 'Re-read the CPS summary', owner: 'Sam', dueDate: '2026-11-09' }, ctx);
  record = addAction(record, { text: 'Book a joint home visit', owner: 'Dana', dueDate: null }, ctx);
  return record;
}

describe('supervision records', () => {
  it('builds a record that the schema accepts, with the four named models', () => {
    const record = firstSession(context());
    expect(supervisionRecordSchema.safeParse(record).success).toBe(true);
    expect(Object.keys(reflectiveModels)).toEqual(['gibbs', 'kolb', 'rolfe', 'schon']);
    expect(reflectiveModels.gibbs.stages.map((stage) => stage.label)).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(record.followUp).toBeNull();
  });

  it('refuses what a record cannot hold, with words for the person', () => {
    const ctx = context();
    expect(() =>
      createSupervisionRecord({ date: '2026-02-30', participants: 'x', model: 'kolb', attempts }, ctx),
    ).toThrow('Enter the date of the session.');
    expect(() =>
      createSupervisionRecord({ date: '2026-11-02', participants: 'x', model: 'kolb', attempts: [] }, ctx),
    ).toThrow(SupervisionEditError);
    const record = firstSession(ctx);
    expect(() => setReflection(record, 'feelings', 'x', ctx)).toThrow('not a stage of the Rolfe model');
    expect(() => addAction(record, { text: 'x', owner: ' ', dueDate: null }, ctx)).toThrow(
      'Say who will do it.',
    );
    expect(() =>
      addDiscussionPoint(record, { attemptId: 'attempt-9999', templateId: 'rosh-analysis', notes: 'x' }, ctx),
    ).toThrow('not linked');
    expect(() => unlinkAttempt(record, 'attempt-0001', ctx)).toThrow('at least one attempt');
  });

  it('keeps notes under stages of a model that is switched away from and back', () => {
    const ctx = context();
    const record = firstSession(ctx);
    const switched = setModel(setModel(record, 'gibbs', ctx), 'rolfe', ctx);
    expect(switched.reflection.what).toBe(record.reflection.what);
  });

  it('follows up the previous session’s actions and shows which were done', () => {
    const ctx = context();
    const first = firstSession(ctx);
    let second = createSupervisionRecord(
      { date: '2026-11-16', participants: 'Sam Okafor, Dana Whitcombe', model: 'gibbs', attempts },
      ctx,
      first,
    );
    expect(second.followUp?.actions.map((entry) => entry.action.text)).toEqual([
      'Request the call-out log',
      'Re-read the CPS summary',
      'Book a joint home visit',
    ]);
    expect(followUpSummary(second)).toMatchObject({ total: 3, notYetReviewed: 3 });
    expect(recordProblems(second)).toContain(
      '3 actions from the session on 02/11/2026 have not been followed up.',
    );

    const [log, cps, visit] = first.actions as [
      SupervisionRecord['actions'][0],
      SupervisionRecord['actions'][0],
      SupervisionRecord['actions'][0],
    ];
    second = recordOutcome(second, log.id, 'done', 'Two call-outs found.', ctx);
    second = recordOutcome(second, cps.id, 'partly', '', ctx);
    second = recordOutcome(second, visit.id, 'not-done', 'Diary clash.', ctx);
    expect(followUpSummary(second)).toEqual({
      total: 3,
      done: 1,
      partly: 1,
      notDone: 1,
      noLongerNeeded: 0,
      notYetReviewed: 0,
    });

    second = carryForwardUnfinished(second, ctx);
    expect(second.actions.map((action) => [action.text, action.carriedFrom])).toEqual([
      ['Re-read the CPS summary', cps.id],
      ['Book a joint home visit', visit.id],
    ]);
    // Carrying twice adds nothing more.
    expect(carryForwardUnfinished(second, ctx).actions).toHaveLength(2);
    expect(supervisionRecordSchema.safeParse(second).success).toBe(true);
    expect(() => recordOutcome(second, 'sup-999999', 'done', '', ctx)).toThrow(
      'not agreed in the previous session',
    );
  });

  it('finds the record to follow up and the actions now overdue', () => {
    const ctx = context();
    const first = firstSession(ctx);
    const later = { ...first, id: 'sup-later1', date: '2026-11-20' };
    expect(previousRecord([later, first], '2026-11-16')?.id).toBe(first.id);
    expect(previousRecord([later, first], '2026-11-25')?.id).toBe('sup-later1');
    expect(previousRecord([first], '2026-10-01')).toBeNull();
    expect(overdueActions(first, '2026-11-07').map((action) => action.text)).toEqual([
      'Request the call-out log',
    ]);
  });

  it('points out what a record is missing before it is shared', () => {
    const ctx = context();
    const empty = createSupervisionRecord(
      { date: '2026-11-02', participants: 'Sam', model: 'schon', attempts },
      ctx,
    );
    expect(recordProblems(empty)).toEqual([
      'Nothing is written under the Schön stages yet.',
      'No discussion notes are recorded.',
      'No actions were agreed.',
    ]);
    const record = firstSession(ctx);
    expect(recordProblems(record)).toEqual(['One action has no date.']);
    const early = addAction(record, { text: 'Backdated', owner: 'Sam', dueDate: '2026-10-01' }, ctx);
    expect(recordProblems(early)).toContain('One action is due before the session took place.');
  });
});
