import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import { getBuiltinTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';
import type { SaveState } from '../../state/save-status';
import { itemKey, topLevel } from './answer-paths';
import { createAttemptStore, sectionKey } from './attempt-store';
import { blankAttempt } from './testing';

const rosh = getBuiltinTemplate('rosh-analysis')!;
const plan = getBuiltinTemplate('sentence-plan')!;

function setup(templates: Template[] = [rosh, plan], evaluationDelayMs = 0) {
  const reports: SaveState[] = [];
  let revision = 0;
  const saved: Attempt[] = [];
  const client = {
    failWith: null as HostError | null,
    saveAttempt: vi.fn(async ({ attempt }: { attempt: Attempt; progress: number }) => {
      if (client.failWith) throw client.failWith;
      if (attempt.revision !== revision) throw new HostError('conflict', 'changed elsewhere');
      revision += 1;
      saved.push(attempt);
      return { revision, savedAt: new Date().toISOString() };
    }),
  };
  let n = 0;
  const store = createAttemptStore({
    attempt: blankAttempt(templates),
    templates,
    caseContext: { caseId: null, facts: {}, releasedDocumentIds: [] },
    client,
    report: (state) => reports.push(state),
    delayMs: () => 800,
    evaluationDelayMs,
    newRowId: () => `row-${String(++n).padStart(6, '0')}`,
  });
  return { store, client, reports, saved };
}

describe('the store of an open attempt', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps every other field’s view and answer identical when one answer changes', () => {
    const { store } = setup();
    const before = store.getState();
    store.getState().actions.setAnswer(topLevel('rosh-analysis'), 'what-happened', 'An argument at home');
    const after = store.getState();
    expect(after.attempt.answers['rosh-analysis']?.['what-happened']).toBe('An argument at home');
    expect(after.views['rosh-analysis/persons-account']).toBe(before.views['rosh-analysis/persons-account']);
    expect(after.views['sentence-plan/strengths']).toBe(before.views['sentence-plan/strengths']);
    expect(after.attempt.answers['sentence-plan']).toBe(before.attempt.answers['sentence-plan']);
  });

  it('keeps a hidden answer, leaves it out of the checks, and shows it again when its condition returns', () => {
    const { store } = setup();
    const { setAnswer } = store.getState().actions;
    const scope = topLevel('rosh-analysis');
    setAnswer(scope, 'screen-children', 'yes');
    expect(store.getState().views['rosh-analysis/children-concern']).toMatchObject({
      visible: true,
      required: true,
    });
    setAnswer(scope, 'children-concern', 'Her son lives there');
    setAnswer(scope, 'screen-children', 'no');
    const hidden = store.getState();
    expect(hidden.views['rosh-analysis/children-concern']?.visible).toBe(false);
    expect(hidden.attempt.answers['rosh-analysis']?.['children-concern']).toBe('Her son lives there');
    expect(hidden.evaluation.visibleAnswers['rosh-analysis']?.['children-concern']).toBeUndefined();
    setAnswer(scope, 'screen-children', 'yes');
    expect(store.getState().views['rosh-analysis/children-concern']?.visible).toBe(true);
    expect(store.getState().attempt.answers['rosh-analysis']?.['children-concern']).toBe(
      'Her son lives there',
    );
  });

  it('lists a section’s problems with links to the fields, naming the row they are in', () => {
    const { store } = setup();
    const { addRow } = store.getState().actions;
    const rowId = addRow(topLevel('sentence-plan'), 'goals');
    const errors = store.getState().sectionErrors;
    const goalsSection = plan.sections.find((s) => s.items.some((i) => i.id === 'goals'))!;
    const lines = errors[sectionKey('sentence-plan', goalsSection.id)] ?? [];
    const inRow = lines.filter((line) => line.fieldId.includes(rowId));
    expect(inRow.length).toBeGreaterThan(0);
    expect(inRow[0]!.text).toMatch(/^Goal 1, /);
  });

  it('shows a row added or removed at once, without waiting for the typing delay', () => {
    const { store } = setup([rosh, plan], 150);
    const { addRow, removeRow } = store.getState().actions;
    const scope = topLevel('rosh-analysis');
    const rowId = addRow(scope, 'previous-offences');
    const rowScope = { templateId: 'rosh-analysis', rows: [{ groupId: 'previous-offences', rowId }] };
    const rowField = itemKey(rowScope, 'what');
    expect(store.getState().views[rowField]?.visible).toBe(true);
    removeRow(scope, 'previous-offences', rowId);
    expect(Object.keys(store.getState().views)).not.toContain(rowField);
  });

  it('saves after the quiet time, adopts the new revision, and reports the time', async () => {
    const { store, client, reports } = setup();
    store.getState().actions.setAnswer(topLevel('rosh-analysis'), 'setting', 'community');
    store.getState().actions.setAnswer(topLevel('rosh-analysis'), 'weapon', 'no');
    await vi.advanceTimersByTimeAsync(800);
    expect(client.saveAttempt).toHaveBeenCalledTimes(1);
    expect(store.getState().attempt.revision).toBe(1);
    expect(reports.at(-1)?.kind).toBe('saved');
    store.getState().actions.setAnswer(topLevel('rosh-analysis'), 'weapon', 'yes');
    await vi.advanceTimersByTimeAsync(800);
    expect(client.saveAttempt).toHaveBeenCalledTimes(2);
    expect(client.saveAttempt.mock.calls[1]![0].attempt.revision).toBe(1);
  });

  it('keeps answers that failed to save and writes them once the disk recovers', async () => {
    const { store, client, reports, saved } = setup();
    client.failWith = new HostError('disk-full', 'The disk is full.');
    store.getState().actions.setAnswer(topLevel('rosh-analysis'), 'motivation', 'Jealousy');
    await vi.advanceTimersByTimeAsync(800);
    expect(reports.at(-1)).toMatchObject({ kind: 'failed', reason: 'The disk is full.' });
    client.failWith = null;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved.at(-1)?.answers['rosh-analysis']?.['motivation']).toBe('Jealousy');
  });

  it('lets evaluation trail fast typing, but never a save or a check', async () => {
    const { store, saved } = setup([rosh, plan], 150);
    const scope = topLevel('rosh-analysis');
    expect(store.getState().evaluationPending).toBe(false);
    store.getState().actions.setAnswer(scope, 'screen-children', 'yes');
    expect(store.getState().attempt.answers['rosh-analysis']?.['screen-children']).toBe('yes');
    expect(store.getState().views['rosh-analysis/children-concern']?.visible).toBe(false);
    // Said while the engine trails, so whoever reads the form can wait for it to catch up.
    expect(store.getState().evaluationPending).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(store.getState().views['rosh-analysis/children-concern']?.visible).toBe(true);
    expect(store.getState().evaluationPending).toBe(false);
    // Typing without pause still evaluates at least every 600 ms.
    expect(store.getState().views['rosh-analysis/motivation']?.problems).toEqual([
      { problem: 'required', message: 'Enter an answer.' },
    ]);
    for (let i = 0; i < 10; i += 1) {
      store.getState().actions.setAnswer(scope, 'motivation', 'x'.repeat(i + 1));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.getState().views['rosh-analysis/motivation']?.problems).toEqual([]);
    store.getState().actions.setAnswer(scope, 'weapon', 'no');
    await store.getState().actions.flush();
    const last = saved.at(-1)!;
    expect(last.answers['rosh-analysis']?.['weapon']).toBe('no');
    expect(store.getState().views['rosh-analysis/weapon']?.problems).toEqual([]);
  });

  it('saves other changes to the attempt the same way, and lets rules see newly released documents', async () => {
    const { store, saved } = setup();
    store.getState().actions.updateAttempt((attempt) => ({
      ...attempt,
      title: 'Renamed',
      releasedDocumentIds: ['police-callouts'],
    }));
    expect(store.getState().caseContext.releasedDocumentIds).toEqual(['police-callouts']);
    await store.getState().actions.flush();
    expect(saved.at(-1)).toMatchObject({ title: 'Renamed', releasedDocumentIds: ['police-callouts'] });
  });

  it('finishes by saving the status at once', async () => {
    const { store, saved } = setup();
    await expect(store.getState().actions.finish()).resolves.toBe(true);
    expect(saved.at(-1)).toMatchObject({ status: 'finished', finishedAt: expect.any(String) });
  });
});
