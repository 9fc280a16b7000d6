import { describe, expect, it } from 'vitest';
import { addRow, fieldId, itemKey, readAnswer, removeRow, rowsOf, setAnswer, topLevel } from './answer-paths';
import type { AnswerScope } from './answer-paths';

const plan = 'sentence-plan';

describe('answer paths', () => {
  it('sets, reads and clears a top-level answer without touching other templates', () => {
    const other = { x: 'kept' };
    const start: Record<string, Record<string, unknown>> = { 'reflective-log': other };
    const set = setAnswer(start, topLevel(plan), 'strengths', 'Steady work');
    expect(readAnswer(set, topLevel(plan), 'strengths')).toBe('Steady work');
    expect(set['reflective-log']).toBe(other);
    const cleared = setAnswer(set, topLevel(plan), 'strengths', null);
    expect(cleared[plan]).toEqual({});
  });

  it('writes inside nested rows and copies only the path it changes', () => {
    let answers: Record<string, Record<string, unknown>> = {};
    answers = addRow(answers, topLevel(plan), 'objectives', 'obj-000001');
    answers = addRow(answers, topLevel(plan), 'objectives', 'obj-000002');
    const inFirst: AnswerScope = { templateId: plan, rows: [{ groupId: 'objectives', rowId: 'obj-000001' }] };
    answers = addRow(answers, inFirst, 'actions', 'act-000001');
    const inAction: AnswerScope = {
      templateId: plan,
      rows: [...inFirst.rows, { groupId: 'actions', rowId: 'act-000001' }],
    };
    const secondRowBefore = rowsOf(answers, topLevel(plan), 'objectives')[1];
    answers = setAnswer(answers, inAction, 'owner', 'practitioner');
    expect(readAnswer(answers, inAction, 'owner')).toBe('practitioner');
    expect(rowsOf(answers, topLevel(plan), 'objectives')[1]).toBe(secondRowBefore);
    expect(itemKey(inAction, 'owner')).toBe('sentence-plan/owner#obj-000001/act-000001');
    expect(fieldId(inAction, 'owner')).toBe('f--sentence-plan--obj-000001--act-000001--owner');
  });

  it('removes a row and drops the group when it was the last, ignoring edits to a removed row', () => {
    let answers: Record<string, Record<string, unknown>> = {};
    answers = addRow(answers, topLevel(plan), 'objectives', 'obj-000001');
    answers = removeRow(answers, topLevel(plan), 'objectives', 'obj-000001');
    expect(answers[plan]).toEqual({});
    const gone: AnswerScope = { templateId: plan, rows: [{ groupId: 'objectives', rowId: 'obj-000001' }] };
    expect(setAnswer(answers, gone, 'area', 'finance')).toBe(answers);
  });
});
