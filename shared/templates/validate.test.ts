import { describe, expect, it } from 'vitest';
import type { Template } from './schema';
import { validateRules, validateTemplate } from './validate';

/** A small template with one of each interesting kind; tests break one thing at a time. */
function sample(): Record<string, unknown> {
  return {
    id: 'mini',
    version: 1,
    title: 'Mini assessment',
    description: 'A small template for tests.',
    sections: [
      {
        id: 'first',
        title: 'First',
        items: [
          { kind: 'guidance', id: 'intro', text: 'Read the case file first.' },
          {
            kind: 'singleChoice',
            id: 'setting',
            prompt: 'Where is the person?',
            required: true,
            options: [
              { id: 'community', label: 'Community' },
              { id: 'custody', label: 'Custody' },
            ],
          },
          {
            kind: 'longText',
            id: 'custody-notes',
            prompt: 'Custody behaviour',
            showWhen: { '==': [{ var: 'answers.mini.setting' }, 'custody'] },
          },
        ],
      },
      {
        id: 'second',
        title: 'Second',
        items: [
          {
            kind: 'ratingGrid',
            id: 'grid',
            prompt: 'Rate the risk',
            rows: [
              { id: 'children', label: 'Children' },
              { id: 'prisoners', label: 'Other prisoners', columns: ['custody'] },
            ],
            columns: [
              { id: 'community', label: 'Community' },
              { id: 'custody', label: 'Custody' },
            ],
            levels: [
              { id: 'low', label: 'Low' },
              { id: 'high', label: 'High' },
            ],
          },
          {
            kind: 'computed',
            id: 'overall',
            prompt: 'Overall',
            expression: { max_level: [{ var: 'answers.mini.grid' }, ['low', 'high']] },
          },
          {
            kind: 'repeatingGroup',
            id: 'factors',
            prompt: 'Risk factors',
            rowLabel: 'Factor',
            items: [
              { kind: 'shortText', id: 'factor', prompt: 'Factor' },
              { kind: 'yesNoUnknown', id: 'current', prompt: 'Current?' },
              {
                kind: 'longText',
                id: 'evidence',
                prompt: 'Evidence',
                showWhen: { '==': [{ var: 'row.current' }, 'yes'] },
              },
            ],
          },
        ],
      },
    ],
    rules: [
      {
        id: 'children-low',
        severity: 'question',
        when: { '==': [{ var: 'answers.mini.grid.children.community' }, 'low'] },
        message: 'What supports low for children?',
        itemRef: { templateId: 'mini', itemId: 'grid' },
      },
    ],
  };
}

/** The sample under another id, with its own references renamed. */
function sampleWithId(id: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(sample()).replaceAll('mini', id)) as Record<string, unknown>;
}

type Json = Record<string, unknown>;
const sections = (t: Json) => t.sections as Json[];
const items = (t: Json, s: number) => sections(t)[s]!.items as Json[];

function errorsOf(input: unknown, context = {}): string[] {
  const result = validateTemplate(input, context);
  return result.ok ? [] : result.errors;
}

describe('validateTemplate', () => {
  it('accepts a well-formed template and returns it parsed', () => {
    const result = validateTemplate(sample());
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.template.sections[1]!.items[0]!.kind).toBe('ratingGrid');
  });

  it('names the item a condition reads when it does not exist', () => {
    const t = sample();
    items(t, 0)[2]!.showWhen = { '==': [{ var: 'answers.mini.rosh' }, 'custody'] };
    expect(errorsOf(t)).toEqual(["sections[0].items[2].showWhen: unknown item id 'rosh'"]);
  });

  it('checks what option suggestions and hints read', () => {
    const t = sample();
    const options = items(t, 0)[1]!.options as Json[];
    options[0]!.suggestedWhen = { '==': [{ var: 'answers.mini.grid.children.community' }, 'high'] };
    options[0]!.hint = { cat: ['Rated ', { var: 'computed.mini.overal' }] };
    options[1]!.hint = { var: 'answers.mini.setings' };
    expect(errorsOf(t)).toEqual([
      "sections[0].items[1].options[0].hint: unknown item id 'overal'",
      "sections[0].items[1].options[1].hint: unknown item id 'setings'",
    ]);
  });

  it('reports schema problems with their paths', () => {
    const t = sample();
    items(t, 1)[0]!.kind = 'grid';
    items(t, 0)[1]!.showwhen = true;
    delete (sections(t)[0] as Json).title;
    expect(errorsOf(t).sort()).toEqual(
      [
        "sections[1].items[0].kind: Invalid discriminator value. Expected 'guidance' | 'shortText' | 'longText' | 'singleChoice' | 'multiChoice' | 'yesNoUnknown' | 'date' | 'number' | 'ratingGrid' | 'evidenceReference' | 'repeatingGroup' | 'computed'",
        'sections[0].items[1].showwhen: unknown field',
        'sections[0].title: Invalid input: expected string, received undefined',
      ].sort(),
    );
  });

  it('refuses ids that would make variable paths ambiguous', () => {
    const t = sample();
    items(t, 0)[1]!.id = 'rosh.setting';
    expect(errorsOf(t)).toContain(
      'sections[0].items[1].id: must be lower-case letters, digits and dashes, starting with a letter',
    );
  });

  it('finds duplicate ids across sections and inside groups', () => {
    const t = sample();
    items(t, 1)[0]!.id = 'setting';
    ((items(t, 1)[2]!.items as Json[])[1] as Json).id = 'factor';
    const errors = errorsOf(t);
    expect(errors).toContain(
      "sections[1].items[0].id: duplicate item id 'setting' (also sections[0].items[1])",
    );
    expect(errors).toContain(
      "sections[1].items[2].items[1].id: duplicate item id 'factor' (also sections[1].items[2].items[0])",
    );
  });

  it('checks compared literals against options and levels', () => {
    const t = sample();
    items(t, 0)[2]!.showWhen = { '==': [{ var: 'answers.mini.setting' }, 'prison'] };
    (t.rules as Json[])[0]!.when = { '==': [{ var: 'answers.mini.grid.children.community' }, 'hgh'] };
    expect(errorsOf(t)).toEqual([
      "sections[0].items[2].showWhen: unknown option 'prison' for 'setting' (expected one of: community, custody)",
      "rules[0].when: unknown level 'hgh' for 'grid' (expected one of: low, high)",
    ]);
  });

  it('checks grid rows and columns, including cells a row does not rate', () => {
    const t = sample();
    items(t, 1)[1]!.expression = {
      or: [{ var: 'answers.mini.grid.staff.community' }, { var: 'answers.mini.grid.prisoners.community' }],
    };
    expect(errorsOf(t)).toEqual([
      "sections[1].items[1].expression: unknown row 'staff' of grid 'grid'",
      "sections[1].items[1].expression: row 'prisoners' of grid 'grid' is not rated in column 'community'",
    ]);
  });

  it('tells the author how to read computed items and items inside groups', () => {
    const t = sample();
    items(t, 0)[2]!.showWhen = {
      and: [
        { var: 'answers.mini.overall' },
        { var: 'computed.mini.setting' },
        { var: 'answers.mini.factor' },
      ],
    };
    expect(errorsOf(t)).toEqual([
      "sections[0].items[2].showWhen: 'overall' is a computed item; read it as computed.mini.overall",
      "sections[0].items[2].showWhen: 'setting' is not a computed item; read it as answers.mini.setting",
      "sections[0].items[2].showWhen: 'factor' is inside repeating group 'factors'; read it as row.factor from inside the group, or read the group's rows",
    ]);
  });

  it('lets row items read only earlier items of their own row', () => {
    const t = sample();
    const children = items(t, 1)[2]!.items as Json[];
    children[1]!.showWhen = { answered: [{ var: 'row.evidence' }] };
    items(t, 0)[2]!.showWhen = { var: 'row.factor' };
    expect(errorsOf(t)).toEqual([
      'sections[0].items[2].showWhen: row.factor can only be read inside a repeating group or by a rule with forEachRow',
      'sections[1].items[2].items[1].showWhen: row.evidence must name an item that comes before this one in the row',
    ]);
  });

  it('refuses unknown operators, multi-key objects and unknown variables', () => {
    const t = sample();
    items(t, 0)[2]!.showWhen = {
      and: [
        { eval: 'x' },
        { '==': 1, '!=': 2 },
        { var: 'answer.mini.setting' },
        { answered: { var: 'case.id' } },
      ],
    };
    expect(errorsOf(t)).toEqual([
      "sections[0].items[2].showWhen: unknown operator 'eval'",
      "sections[0].items[2].showWhen: an expression object must have exactly one operator, found '==', '!='",
      'sections[0].items[2].showWhen: \'answered\' takes a list of arguments, e.g. {"answered": [ ... ]}',
      "sections[0].items[2].showWhen: unknown variable 'answer.mini.setting': variables start with answers., computed., case., interview., row. or parentRow., or are rowId or rowIndex",
    ]);
  });

  it('checks references to other templates against the ones it is given', () => {
    const other = validateTemplate(sampleWithId('other'));
    if (!other.ok) throw new Error(other.errors.join('\n'));
    const t = sample();
    items(t, 0)[2]!.showWhen = {
      and: [
        { var: 'answers.other.setting' },
        { var: 'answers.other.missing-item' },
        { var: 'answers.nowhere.x' },
      ],
    };
    expect(errorsOf(t, { otherTemplates: [other.template] })).toEqual([
      "sections[0].items[2].showWhen: unknown item id 'missing-item' in template 'other'",
      "sections[0].items[2].showWhen: unknown template 'nowhere'",
    ]);
    expect(errorsOf(t)).toContain("sections[0].items[2].showWhen: unknown template 'other'");
  });

  it('refuses circular conditions and computed values', () => {
    const t = sample();
    items(t, 0)[1]!.showWhen = { '!': [{ var: 'answers.mini.custody-notes' }] };
    expect(errorsOf(t)).toEqual([
      'sections[0].items[1].showWhen: circular reference: mini/setting -> mini/custody-notes -> mini/setting',
    ]);
    const u = sample();
    items(u, 1)[1]!.expression = { var: 'computed.mini.overall' };
    expect(errorsOf(u)).toEqual([
      'sections[1].items[1].expression: circular reference: mini/overall -> mini/overall',
    ]);
  });

  it('finds cycles that run through another template', () => {
    const otherInput = sampleWithId('other');
    items(otherInput, 0)[1]!.showWhen = { var: 'answers.mini.setting' };
    const other = validateTemplate(otherInput, { otherTemplates: [] });
    // On its own it cannot resolve 'mini'; build it against a first version of mini.
    expect(other.ok).toBe(false);
    const miniFirst = validateTemplate(sample());
    if (!miniFirst.ok) throw new Error('sample should validate');
    const otherOk = validateTemplate(otherInput, { otherTemplates: [miniFirst.template] });
    if (!otherOk.ok) throw new Error(otherOk.errors.join('\n'));
    const mini = sample();
    items(mini, 0)[1]!.showWhen = { var: 'answers.other.setting' };
    expect(errorsOf(mini, { otherTemplates: [otherOk.template] })).toEqual([
      'sections[0].items[1].showWhen: circular reference: mini/setting -> other/setting -> mini/setting',
    ]);
  });

  it('checks rule references, row placeholders and required/requiredWhen together', () => {
    const t = sample();
    items(t, 0)[1]!.requiredWhen = true;
    (t.rules as Json[]).push(
      {
        id: 'children-low',
        severity: 'warning',
        when: true,
        message: 'Duplicate id',
        itemRef: { templateId: 'mini', itemId: 'nope' },
      },
      {
        id: 'factor-evidence',
        severity: 'question',
        forEachRow: { templateId: 'mini', itemId: 'factors' },
        when: { '!': [{ answered: [{ var: 'row.evidence' }] }] },
        message: 'What evidence supports {{row.factor}} and {{row.nope}}?',
        sectionRef: { templateId: 'mini', sectionId: 'third' },
      },
    );
    expect(errorsOf(t)).toEqual([
      'sections[0].items[1].requiredWhen: use either required or requiredWhen, not both',
      "rules[1].id: duplicate rule id 'children-low' (also rules[0])",
      "rules[1].itemRef.itemId: unknown item id 'nope' in template 'mini'",
      "rules[2].sectionRef.sectionId: unknown section id 'third' in template 'mini'",
      "rules[2].message: {{row.nope}} must be row.<id of an item in the rows of 'factors'>",
    ]);
  });

  it('refuses hostile or oversized input before parsing it', () => {
    let deep: unknown = true;
    for (let i = 0; i < 60; i += 1) deep = { '!': [deep] };
    const t = sample();
    items(t, 0)[2]!.showWhen = deep;
    expect(errorsOf(t)[0]).toMatch(/^sections\[0\]\.items\[2\]\.showWhen.*nested more than 40 levels deep$/);
    expect(errorsOf(JSON.parse('{"__proto__": {}}'))).toEqual(['__proto__: this key is not allowed']);
    expect(errorsOf('a string')).toEqual(['template: Invalid input: expected object, received string']);
  });
});

describe('validateRules (rules that live in a case)', () => {
  const template = validateTemplate(sample());
  if (!template.ok) throw new Error('sample should validate');
  const templates: Template[] = [template.template];

  it('accepts rules reading case facts and template answers', () => {
    const result = validateRules(
      [
        {
          id: 'da-callouts',
          severity: 'question',
          when: {
            and: [
              { '>': [{ var: 'case.facts.daCallouts' }, 0] },
              { '==': [{ var: 'answers.mini.setting' }, 'custody'] },
            ],
          },
          message: 'The file holds police call-outs. How did they shape your rating?',
          documentRef: 'police-log',
        },
      ],
      templates,
      { knownFacts: ['daCallouts'], documentIds: ['police-log'] },
    );
    expect(result.ok).toBe(true);
  });

  it('names unknown facts, documents and items with the case prefix', () => {
    const result = validateRules(
      [
        {
          id: 'bad',
          severity: 'question',
          when: {
            and: [{ var: 'case.facts.callouts' }, { in: ['letter', { var: 'case.releasedDocuments' }] }],
          },
          message: 'Why?',
          documentRef: 'nowhere',
          itemRef: { templateId: 'mini', itemId: 'gird' },
        },
        { id: 'worse', severity: 'score', when: true, message: 'x' },
      ],
      templates,
      { knownFacts: ['daCallouts'], documentIds: ['police-log'], prefix: 'cases[2].rules' },
    );
    expect(result).toEqual({
      ok: false,
      errors: ['cases[2].rules[1].severity: Invalid option: expected one of "question"|"warning"'],
    });
    const second = validateRules(
      [
        {
          id: 'bad',
          severity: 'question',
          when: {
            and: [{ var: 'case.facts.callouts' }, { in: ['letter', { var: 'case.releasedDocuments' }] }],
          },
          message: 'Why?',
          documentRef: 'nowhere',
          itemRef: { templateId: 'mini', itemId: 'gird' },
        },
      ],
      templates,
      { knownFacts: ['daCallouts'], documentIds: ['police-log'], prefix: 'cases[2].rules' },
    );
    expect(second).toEqual({
      ok: false,
      errors: [
        "cases[2].rules[0].itemRef.itemId: unknown item id 'gird' in template 'mini'",
        "cases[2].rules[0].documentRef: unknown document 'nowhere'",
        "cases[2].rules[0].when: unknown case fact 'callouts'",
        "cases[2].rules[0].when: unknown document 'letter'",
      ],
    });
  });
});
