import { describe, expect, it } from 'vitest';
import { builtinTemplates, defaultTemplateSet } from '../templates/builtin';
import {
  sampleCaseContext,
  sampleSoundAnswers,
  type Answers,
} from '../templates/builtin/__fixtures__/sample-answers';
import { compareAttempts, type ComparableAttempt, type GroupItemDiff, type ItemDiff } from './compare';
import { sideOf } from './text-diff';

function attempt(answers: Answers, overrides: Partial<ComparableAttempt> = {}): ComparableAttempt {
  return {
    id: 'attempt-0001',
    title: 'Practice attempt',
    revision: 3,
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers,
    templateIds: [...defaultTemplateSet],
    caseId: 'practice-case',
    releasedDocumentIds: [],
    ...overrides,
  };
}

function compare(before: Answers, after: Answers, overrides: Partial<ComparableAttempt> = {}) {
  return compareAttempts({
    templates: builtinTemplates,
    before: attempt(before),
    after: attempt(after, { revision: 4, ...overrides }),
    caseFacts: sampleCaseContext.facts,
  });
}

function item(result: ReturnType<typeof compare>, templateId: string, itemId: string): ItemDiff {
  for (const template of result.templates)
    for (const section of template.sections)
      for (const diff of section.items)
        if (diff.templateId === templateId && diff.itemId === itemId) return diff;
  throw new Error(`no diff for ${templateId}/${itemId}`);
}

describe('compareAttempts', () => {
  it('finds nothing changed between identical answers, but still lists every item', () => {
    const result = compare(sampleSoundAnswers(), sampleSoundAnswers());
    expect(result.summary).toEqual({ itemsChanged: 0, itemsAdded: 0, itemsRemoved: 0, levelChanges: [] });
    expect(result.templates.map((t) => t.templateId)).toEqual([...defaultTemplateSet]);
    expect(item(result, 'rosh-analysis', 'rosh-grid').change).toBe('unchanged');
    expect(result.templates.every((t) => t.sections.every((s) => !s.changed))).toBe(true);
  });

  it('flags each RoSH grid cell raised or lowered, and the overall level with it', () => {
    const after = sampleSoundAnswers();
    const grid = after['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>;
    grid['known-adult']!.community = 'very-high';
    grid['children']!.community = 'low';
    const result = compare(sampleSoundAnswers(), after);
    const diff = item(result, 'rosh-analysis', 'rosh-grid');
    if (diff.kind !== 'grid') throw new Error('expected a grid diff');
    expect(diff.change).toBe('changed');
    expect(diff.raised).toBe(1);
    expect(diff.lowered).toBe(1);
    const changed = diff.cells.filter((cell) => cell.change !== 'unchanged');
    expect(changed).toEqual([
      expect.objectContaining({
        rowLabel: 'Children',
        columnLabel: 'Community',
        before: 'Medium',
        after: 'Low',
        change: 'lowered',
      }),
      expect.objectContaining({
        rowLabel: 'Known adult',
        columnLabel: 'Community',
        before: 'High',
        after: 'Very high',
        change: 'raised',
      }),
    ]);
    const overall = item(result, 'rosh-analysis', 'overall-rosh');
    expect(overall).toMatchObject({
      kind: 'value',
      before: 'High',
      after: 'Very high',
      direction: 'raised',
      change: 'changed',
    });
    expect(result.summary.levelChanges.map((change) => `${change.where}: ${change.direction}`)).toEqual([
      'Children, Community: lowered',
      'Known adult, Community: raised',
      'Overall risk of serious harm: raised',
    ]);
  });

  it('gives a word diff for long answers and labels before and after for choices', () => {
    const after = sampleSoundAnswers();
    after['rosh-analysis']!['persons-account'] =
      'Says she fell while they were both shouting, and later that she slipped (fictional practice answer).';
    after['rosh-analysis']!['victim-relationship'] = ['partner', 'child'];
    after['rosh-analysis']!.weapon = 'unknown';
    const result = compare(sampleSoundAnswers(), after);
    const account = item(result, 'rosh-analysis', 'persons-account');
    if (account.kind !== 'text') throw new Error('expected a text diff');
    expect(account.parts.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'insert', text: ', and later that she slipped' },
    ]);
    expect(sideOf(account.parts, 'after')).toBe(after['rosh-analysis']!['persons-account']);
    expect(item(result, 'rosh-analysis', 'victim-relationship')).toMatchObject({
      kind: 'choices',
      added: ['A child'],
      removed: [],
      before: ['Partner or ex-partner'],
    });
    expect(item(result, 'rosh-analysis', 'weapon')).toMatchObject({
      kind: 'value',
      before: 'No',
      after: 'Not known',
      change: 'changed',
    });
  });

  it('reports rows added, removed and changed in repeating groups, matched by row id', () => {
    const before = sampleSoundAnswers();
    const after = sampleSoundAnswers();
    const rows = after['rosh-analysis']!['risk-factors'] as Array<{
      rowId: string;
      values: Record<string, unknown>;
    }>;
    rows.shift();
    rows[0]!.values.factor = 'Heavy drinking at weekends';
    rows.push({
      rowId: 'risk-000003',
      values: { factor: 'Access to the child', explanation: 'Stays at weekends', groups: ['children'] },
    });
    const diff = item(compare(before, after), 'rosh-analysis', 'risk-factors') as GroupItemDiff;
    expect(diff.kind).toBe('group');
    expect(diff.rows.map((row) => [row.change, row.beforeRowId, row.afterRowId, row.summary])).toEqual([
      ['removed', 'risk-000001', null, 'Jealousy and control'],
      ['changed', 'risk-000002', 'risk-000002', 'Heavy drinking at weekends'],
      ['added', null, 'risk-000003', 'Access to the child'],
    ]);
    const changedRow = diff.rows[1]!;
    expect(changedRow.fields.find((field) => field.itemId === 'factor')).toMatchObject({
      kind: 'value',
      before: 'Drinking',
      after: 'Heavy drinking at weekends',
    });
    expect(changedRow.fields.find((field) => field.itemId === 'groups')).toMatchObject({
      change: 'unchanged',
    });
  });

  it('diffs nested rows (a plan goal’s steps) and labels actor choices', () => {
    const after = sampleSoundAnswers();
    const goal = (after['sentence-plan']!.goals as Array<{ values: Record<string, unknown> }>)[0]!;
    const steps = goal.values.steps as Array<{ rowId: string; values: Record<string, unknown> }>;
    steps[1]!.values['actor'] = 'practitioner';
    const diff = item(compare(sampleSoundAnswers(), after), 'sentence-plan', 'goals') as GroupItemDiff;
    const nested = diff.rows[0]!.fields.find((field) => field.itemId === 'steps') as GroupItemDiff;
    expect(nested.rows.map((row) => row.change)).toEqual(['unchanged', 'changed']);
    const actor = nested.rows[1]!.fields.find((field) => field.itemId === 'actor');
    expect(actor).toMatchObject({ kind: 'value', change: 'changed', before: 'The person on probation' });
  });

  it('pairs rows in order when comparing two attempts that share no row ids', () => {
    const before = sampleSoundAnswers();
    const after = sampleSoundAnswers();
    const rows = after['rosh-analysis']!['previous-offences'] as Array<{
      rowId: string;
      values: Record<string, unknown>;
    }>;
    rows[0]!.rowId = 'other-000001';
    const diff = item(
      compare(before, after, { id: 'attempt-0002' }),
      'rosh-analysis',
      'previous-offences',
    ) as GroupItemDiff;
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]).toMatchObject({
      change: 'unchanged',
      beforeRowId: 'prev-000001',
      afterRowId: 'other-000001',
    });
  });

  it('counts answers added and removed, and leaves out answers the other side hides', () => {
    const before = sampleSoundAnswers();
    const after = sampleSoundAnswers();
    delete after['rosh-analysis']!['history-analysis'];
    after['rosh-analysis']!['custody-history'] = 'yes';
    after['rosh-analysis']!['custody-behaviour'] = 'Fought with a cellmate (fictional practice answer).';
    const result = compare(before, after);
    expect(item(result, 'rosh-analysis', 'history-analysis').change).toBe('removed');
    expect(item(result, 'rosh-analysis', 'custody-behaviour').change).toBe('added');
    expect(result.summary.itemsRemoved).toBe(1);
    expect(result.summary.itemsAdded).toBe(1);

    // An answer kept while hidden (custody history back to "no") is not compared: the PDF leaves it out too.
    const hidden = structuredClone(after);
    hidden['rosh-analysis']!['custody-history'] = 'no';
    const hiddenResult = compare(after, hidden);
    expect(item(hiddenResult, 'rosh-analysis', 'custody-behaviour').change).toBe('removed');
  });

  it('names templates it cannot compare instead of failing', () => {
    const result = compareAttempts({
      templates: builtinTemplates,
      before: attempt(sampleSoundAnswers(), { templateIds: ['rosh-analysis', 'tutor-own-template'] }),
      after: attempt(sampleSoundAnswers(), { templateIds: ['rosh-analysis'] }),
    });
    expect(result.missingTemplateIds).toEqual(['tutor-own-template']);
    expect(result.templates.map((t) => t.templateId)).toEqual(['rosh-analysis']);
  });
});
