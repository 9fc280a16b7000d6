import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  addAction,
  addDiscussionPoint,
  carryForwardUnfinished,
  createSupervisionRecord,
  recordOutcome,
  setReflection,
  type EditContext,
} from '../supervision/record';
import type { SupervisionRecord } from '../supervision/schema';
import { builtinTemplates } from '../templates/builtin';
import { buildSupervisionPdf, discussionTopic, supervisionTitle } from './supervision';

function context(): EditContext {
  let n = 0;
  return {
    now: () => new Date('2026-11-23T14:00:00.000Z'),
    newId: () => `sup-${String((n += 1)).padStart(6, '0')}`,
  };
}

const attempts = [
  { attemptId: 'attempt-0001', title: 'Practice: Lee Cotter' },
  { attemptId: 'attempt-0002', title: 'Practice: Jordan Doyle' },
];

function sessions(): { first: SupervisionRecord; second: SupervisionRecord } {
  const ctx = context();
  let first = createSupervisionRecord(
    {
      date: '2026-11-02',
      participants: 'Sam Okafor (trainee), Dana Whitcombe (PTA)',
      model: 'rolfe',
      attempts,
    },
    ctx,
  );
  first = addAction(first, { text: 'Request the call-out log', owner: 'Sam', dueDate: '2026-11-06' }, ctx);
  first = addAction(first, { text: 'Book a joint home visit', owner: 'Dana', dueDate: null }, ctx);
  let second = createSupervisionRecord(
    {
      date: '2026-11-23',
      participants: 'Sam Okafor, Dana Whitcombe',
      model: 'gibbs',
      attempts,
      agenda: 'Known adult rating\n\nPlan for contact',
    },
    ctx,
    first,
  );
  second = setReflection(second, 'description', 'Rated the known adult low before the police reply.', ctx);
  second = addDiscussionPoint(
    second,
    {
      attemptId: 'attempt-0001',
      templateId: 'rosh-analysis',
      itemId: 'rosh-grid',
      notes: 'Why low for her?',
    },
    ctx,
  );
  second = addDiscussionPoint(
    second,
    { attemptId: 'attempt-0002', templateId: 'no-such-template', notes: 'Talked about tone.' },
    ctx,
  );
  second = recordOutcome(second, first.actions[0]!.id, 'done', 'Two call-outs found.', ctx);
  second = recordOutcome(second, first.actions[1]!.id, 'not-done', '', ctx);
  second = carryForwardUnfinished(second, ctx);
  second = addAction(second, { text: 'Redo the grid', owner: 'Sam', dueDate: '2026-11-30' }, ctx);
  return { first, second };
}

/** Every string printed in the definition, in document order. */
function printed(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(printed);
  if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    return ['text', 'stack', 'ul', 'table', 'body', 'columns'].flatMap((key) =>
      key in n ? printed(n[key]) : [],
    );
  }
  return [];
}

describe('the supervision record PDF', () => {
  const { first, second } = sessions();

  it('prints the session, the follow-up with each outcome in words, the reflection, the notes and the actions', () => {
    const definition = buildSupervisionPdf({ record: second, templates: builtinTemplates });
    const text = printed(definition.content as Content).join('\n');
    const order = [
      'Practice - fictional case - not for operational use',
      'Reflective supervision record',
      'Supervision on 23/11/2026',
      'Sam Okafor, Dana Whitcombe',
      'Practice: Jordan Doyle',
      'Known adult rating',
      'Follow-up of the session on 02/11/2026',
      '2 actions from that session: 1 done, 0 partly done, 1 not done.',
      'Request the call-out log',
      'Done',
      'Two call-outs found.',
      'Not done',
      'Reflection (Gibbs)',
      'Description',
      'Rated the known adult low before the police reply.',
      'Feelings',
      'Nothing written under this stage',
      'What was discussed',
      'Why low for her?',
      'no-such-template',
      'Talked about tone.',
      'Actions agreed',
      'Book a joint home visit',
      'Carried on from the session on 02/11/2026',
      'No date set',
      'Redo the grid',
      '30/11/2026',
    ];
    let from = 0;
    for (const expected of order) {
      const at = text.indexOf(expected, from);
      expect(at, `“${expected}” after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    expect(text).toContain(discussionTopic(builtinTemplates, 'rosh-analysis', 'rosh-grid'));
    expect(definition.info?.title).toBe(`Reflective supervision record: ${supervisionTitle(second)}`);
    expect(definition.info?.creationDate).toEqual(new Date(second.updatedAt));
  });

  it('names an item by its template and prompt, and falls back to ids it does not know', () => {
    const grid = builtinTemplates
      .find((template) => template.id === 'rosh-analysis')!
      .sections.flatMap((section) => section.items)
      .find((item) => item.id === 'rosh-grid');
    expect(grid && 'prompt' in grid).toBe(true);
    expect(discussionTopic(builtinTemplates, 'rosh-analysis', 'rosh-grid')).toMatch(
      new RegExp(`: ${(grid as { prompt: string }).prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    expect(discussionTopic(builtinTemplates, 'rosh-analysis', undefined)).toMatch(/\(the whole template\)$/);
    expect(discussionTopic([], 'mystery', 'item-x')).toBe('mystery: item-x');
  });

  it('says when there is nothing to follow up, discuss or do, and leaves out the follow-up of a first session', () => {
    const text = printed(buildSupervisionPdf({ record: first, templates: builtinTemplates }).content).join(
      '\n',
    );
    expect(text).not.toContain('Follow-up of the session');
    expect(text).toContain('No agenda was recorded.');
    expect(text).toContain('No discussion notes were recorded.');
    const bare = { ...first, actions: [] };
    expect(printed(buildSupervisionPdf({ record: bare, templates: [] }).content).join('\n')).toContain(
      'No actions were agreed.',
    );
  });

  it('builds a fresh definition each time, so pdfmake may change one without touching the next', () => {
    const a = buildSupervisionPdf({ record: second, templates: builtinTemplates });
    const b = buildSupervisionPdf({ record: second, templates: builtinTemplates });
    expect(a).not.toBe(b);
    expect(a.content).not.toBe(b.content);
    expect(JSON.stringify(a.content)).toBe(JSON.stringify(b.content));
  });
});
