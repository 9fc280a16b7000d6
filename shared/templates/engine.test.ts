import { describe, expect, it } from 'vitest';
import { evaluateAttempt, computedLabel, type CaseContext } from './engine';
import type { Template } from './schema';
import { validateTemplate } from './validate';

const levels = ['low', 'medium', 'high', 'very-high'];

function build(input: unknown, others: Template[] = []): Template {
  const result = validateTemplate(input, { otherTemplates: others });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.template;
}

const analysis = build({
  id: 'analysis',
  version: 1,
  title: 'Analysis',
  description: 'Test analysis.',
  sections: [
    {
      id: 'context',
      title: 'Context',
      items: [
        {
          kind: 'singleChoice',
          id: 'setting',
          prompt: 'Setting',
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
          showWhen: { '==': [{ var: 'answers.analysis.setting' }, 'custody'] },
          required: true,
        },
        {
          kind: 'yesNoUnknown',
          id: 'da-enquiry',
          prompt: 'Domestic abuse enquiry made?',
        },
        {
          kind: 'date',
          id: 'da-enquiry-date',
          prompt: 'Date of the enquiry',
          requiredWhen: { '==': [{ var: 'answers.analysis.da-enquiry' }, 'yes'] },
        },
      ],
    },
    {
      id: 'risk',
      title: 'Risk',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'factors',
          prompt: 'Risk factors',
          rowLabel: 'Factor',
          items: [
            { kind: 'shortText', id: 'factor', prompt: 'Factor', required: true },
            { kind: 'yesNoUnknown', id: 'current', prompt: 'Current?' },
            {
              kind: 'longText',
              id: 'evidence',
              prompt: 'Evidence',
              showWhen: { '==': [{ var: 'row.current' }, 'yes'] },
              required: true,
            },
          ],
        },
        {
          kind: 'ratingGrid',
          id: 'grid',
          prompt: 'Risk of serious harm',
          required: true,
          rows: [
            { id: 'children', label: 'Children' },
            { id: 'known-adult', label: 'Known adult' },
            { id: 'prisoners', label: 'Other prisoners', columns: ['custody'] },
          ],
          columns: [
            { id: 'community', label: 'Community' },
            { id: 'custody', label: 'Custody' },
          ],
          levels: levels.map((id) => ({ id, label: id })),
        },
        {
          kind: 'computed',
          id: 'overall',
          prompt: 'Overall',
          expression: { max_level: [{ var: 'answers.analysis.grid' }, levels] },
          valueLabels: { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' },
          emptyLabel: 'Not yet rated',
        },
        {
          kind: 'computed',
          id: 'plan-required',
          prompt: 'Risk management plan required',
          expression: { in: [{ var: 'computed.analysis.overall' }, ['medium', 'high', 'very-high']] },
          valueLabels: { true: 'Yes', false: 'No' },
        },
      ],
    },
  ],
  rules: [
    {
      id: 'known-adult-low-with-callouts',
      severity: 'question',
      when: {
        and: [
          { '>': [{ var: 'case.facts.daCallouts' }, 0] },
          { '==': [{ var: 'answers.analysis.grid.known-adult.community' }, 'low'] },
        ],
      },
      message: 'The file holds police call-outs. What supports low for the known adult?',
      itemRef: { templateId: 'analysis', itemId: 'grid' },
      documentRef: 'police-log',
    },
    {
      id: 'factor-without-evidence',
      severity: 'warning',
      forEachRow: { templateId: 'analysis', itemId: 'factors' },
      when: { '==': [{ var: 'row.current' }, 'unknown'] },
      message: 'What would tell you whether {{row.factor}} is current?',
    },
  ],
});

const plan = build(
  {
    id: 'plan',
    version: 1,
    title: 'Plan',
    description: 'Test plan.',
    sections: [
      {
        id: 'links',
        title: 'Links',
        showWhen: { var: 'computed.analysis.plan-required' },
        items: [
          {
            kind: 'repeatingGroup',
            id: 'links',
            prompt: 'Risks answered',
            rowLabel: 'Link',
            items: [
              {
                kind: 'singleChoice',
                id: 'risk',
                prompt: 'Risk',
                optionsFrom: { templateId: 'analysis', itemId: 'factors', labelItemId: 'factor' },
              },
              {
                kind: 'repeatingGroup',
                id: 'actions',
                prompt: 'Actions',
                rowLabel: 'Action',
                items: [
                  { kind: 'shortText', id: 'action', prompt: 'Action' },
                  {
                    kind: 'date',
                    id: 'by',
                    prompt: 'By when',
                    requiredWhen: { answered: [{ var: 'row.action' }] },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    rules: [
      {
        id: 'unlinked-risk',
        severity: 'question',
        forEachRow: { templateId: 'analysis', itemId: 'factors' },
        when: {
          and: [
            { var: 'computed.analysis.plan-required' },
            { '!': [{ row_linked: [{ var: 'rowId' }, { var: 'answers.plan.links' }, 'risk'] }] },
          ],
        },
        message: 'Which part of the plan answers {{row.factor}}?',
      },
      {
        id: 'action-without-date',
        severity: 'question',
        forEachRow: { templateId: 'plan', itemId: 'actions' },
        when: { and: [{ answered: [{ var: 'row.action' }] }, { '!': [{ answered: [{ var: 'row.by' }] }] }] },
        message: 'By when should {{row.action}} happen?',
      },
    ],
  },
  [analysis],
);

const templates = [analysis, plan];
const withCallouts: CaseContext = { caseId: 'case-one', facts: { daCallouts: 2 }, releasedDocumentIds: [] };

function grid(level: string, knownAdult = level) {
  return {
    children: { community: level, custody: level },
    'known-adult': { community: knownAdult, custody: knownAdult },
    prisoners: { custody: 'low' },
  };
}

describe('evaluateAttempt: visibility', () => {
  it('shows an item when its condition holds and hides it otherwise', () => {
    const custody = evaluateAttempt({ templates, answers: { analysis: { setting: 'custody' } } });
    expect(custody.visible('analysis', 'custody-notes')).toBe(true);
    const community = evaluateAttempt({ templates, answers: { analysis: { setting: 'community' } } });
    expect(community.visible('analysis', 'custody-notes')).toBe(false);
    expect(community.visible('analysis', 'setting')).toBe(true);
    expect(community.visible('analysis', 'no-such-item')).toBe(false);
  });

  it('keeps a hidden answer in the attempt but leaves it out of validation, progress and export', () => {
    const answers = { analysis: { setting: 'community', 'custody-notes': 'Kept on the wing for a year.' } };
    const result = evaluateAttempt({ templates, answers });
    expect(answers.analysis['custody-notes']).toBe('Kept on the wing for a year.');
    expect(result.visibleAnswers.analysis).toEqual({ setting: 'community' });
    expect(result.errorsFor('analysis', 'custody-notes')).toEqual([]);
    // Shown again: the answer is back, and it now counts towards progress.
    const shown = evaluateAttempt({
      templates,
      answers: { analysis: { ...answers.analysis, setting: 'custody' } },
    });
    expect(shown.visibleAnswers.analysis?.['custody-notes']).toBe('Kept on the wing for a year.');
    expect(shown.sections.analysis?.context?.requiredCount).toBe(
      result.sections.analysis!.context!.requiredCount + 1,
    );
  });

  it('decides row items per row, reading earlier items of the same row', () => {
    const answers = {
      analysis: {
        factors: [
          { rowId: 'row-aaaa', values: { factor: 'Drinking', current: 'yes', evidence: 'Two arrests.' } },
          { rowId: 'row-bbbb', values: { factor: 'Debt', current: 'no', evidence: 'Old note kept.' } },
        ],
      },
    };
    const result = evaluateAttempt({ templates, answers });
    expect(result.visible('analysis', 'evidence', 'row-aaaa')).toBe(true);
    expect(result.visible('analysis', 'evidence', ['row-bbbb'])).toBe(false);
    expect(result.visibleAnswers.analysis?.factors).toEqual([
      { rowId: 'row-aaaa', values: { factor: 'Drinking', current: 'yes', evidence: 'Two arrests.' } },
      { rowId: 'row-bbbb', values: { factor: 'Debt', current: 'no' } },
    ]);
  });

  it('hides a whole section, in another template, from a computed value', () => {
    const low = evaluateAttempt({ templates, answers: { analysis: { grid: grid('low') } } });
    expect(low.sectionVisible('plan', 'links')).toBe(false);
    expect(low.sectionStatus.plan).toEqual({});
    const high = evaluateAttempt({ templates, answers: { analysis: { grid: grid('high') } } });
    expect(high.sectionVisible('plan', 'links')).toBe(true);
  });
});

describe('evaluateAttempt: computed values', () => {
  it('takes the overall level as the highest cell and requires a plan from medium up', () => {
    const cases: Array<[ReturnType<typeof grid> | undefined, string | null, boolean]> = [
      [undefined, null, false],
      [grid('low'), 'low', false],
      [grid('low', 'medium'), 'medium', true],
      [grid('medium', 'very-high'), 'very-high', true],
      [{ children: { community: 'high', custody: null } } as never, 'high', true],
    ];
    for (const [value, overall, required] of cases) {
      const result = evaluateAttempt({ templates, answers: { analysis: value ? { grid: value } : {} } });
      expect(result.computed.analysis?.overall).toBe(overall);
      expect(result.computed.analysis?.['plan-required']).toBe(required);
    }
  });

  it('labels computed values for display', () => {
    const overall = analysis.sections[1]!.items[2]!;
    expect(computedLabel(overall, 'very-high')).toBe('Very high');
    expect(computedLabel(overall, null)).toBe('Not yet rated');
    const planRequired = analysis.sections[1]!.items[3]!;
    expect(computedLabel(planRequired, true)).toBe('Yes');
  });
});

describe('evaluateAttempt: required items, errors, status and progress', () => {
  it('reports required-but-empty and badly shaped answers, per row too', () => {
    const result = evaluateAttempt({
      templates,
      answers: {
        analysis: {
          setting: 'prison',
          'da-enquiry': 'yes',
          grid: { children: { community: 'severe' } },
          factors: [{ rowId: 'row-aaaa', values: { factor: '  ', current: 'yes' } }],
        },
      },
    });
    const summary = result.itemErrors.map(
      (e) => `${e.itemId}${e.rowPath.length ? `@${e.rowPath.join('/')}` : ''}:${e.problem}:${e.message}`,
    );
    expect(summary).toEqual([
      'setting:invalid:The saved choice is no longer one of the options.',
      'da-enquiry-date:required:Enter a date.',
      'factor@row-aaaa:required:Enter an answer.',
      'evidence@row-aaaa:required:Enter an answer.',
      'grid:invalid:A saved rating is not one of the levels.',
    ]);
    expect(result.required('analysis', 'da-enquiry-date')).toBe(true);
    expect(result.required('analysis', 'evidence', 'row-aaaa')).toBe(true);
    expect(result.errorsFor('analysis', 'factor', 'row-aaaa')).toHaveLength(1);
  });

  it('counts progress over visible required items and sets section status', () => {
    const empty = evaluateAttempt({ templates, answers: {} });
    // setting + grid are required and visible; nothing answered.
    expect(empty.progress).toBe(0);
    expect(empty.sectionStatus.analysis).toEqual({ context: 'incomplete', risk: 'incomplete' });

    const half = evaluateAttempt({ templates, answers: { analysis: { setting: 'community' } } });
    expect(half.progress).toBe(0.5);
    expect(half.sectionStatus.analysis?.context).toBe('complete');

    const full = evaluateAttempt({
      templates,
      answers: { analysis: { setting: 'community', grid: grid('low') } },
      caseContext: withCallouts,
    });
    expect(full.templateProgress.analysis).toBe(1);
    expect(full.sectionStatus.analysis).toEqual({ context: 'complete', risk: 'has-questions' });
  });

  it('counts a section whose only questions are hidden as complete, and as not started once one shows', () => {
    const followUp = build({
      id: 'follow',
      version: 1,
      title: 'Follow-up',
      description: 'Test follow-up.',
      sections: [
        {
          id: 'checks',
          title: 'Checks',
          items: [
            { kind: 'yesNoUnknown', id: 'outstanding', prompt: 'Anything outstanding?', required: true },
          ],
        },
        {
          id: 'follow-up',
          title: 'Follow-up',
          items: [
            { kind: 'guidance', id: 'why', text: 'Say how you will follow up.' },
            {
              kind: 'computed',
              id: 'echo',
              prompt: 'Outstanding',
              expression: { var: 'answers.follow.outstanding' },
            },
            {
              kind: 'longText',
              id: 'how',
              prompt: 'How will you follow it up?',
              showWhen: { '==': [{ var: 'answers.follow.outstanding' }, 'yes'] },
            },
            {
              kind: 'repeatingGroup',
              id: 'chasers',
              prompt: 'Reminders',
              rowLabel: 'Reminder',
              showWhen: { '==': [{ var: 'answers.follow.outstanding' }, 'yes'] },
              items: [{ kind: 'date', id: 'on', prompt: 'On' }],
            },
          ],
        },
      ],
    });
    const status = (outstanding: string) =>
      evaluateAttempt({ templates: [followUp], answers: { follow: { outstanding } } }).sections.follow?.[
        'follow-up'
      ];
    expect(status('no')).toMatchObject({ visible: true, status: 'complete', requiredCount: 0 });
    // Shown but not yet touched: nothing in it is required, yet it has not been started.
    expect(status('yes')).toMatchObject({ visible: true, status: 'incomplete', requiredCount: 0 });
  });

  it('needs every rated cell of a required grid', () => {
    const partial = evaluateAttempt({
      templates,
      answers: { analysis: { setting: 'community', grid: { children: { community: 'low' } } } },
    });
    expect(partial.errorsFor('analysis', 'grid').map((e) => e.message)).toEqual([
      'Choose a level for every row and column.',
    ]);
  });
});

describe('evaluateAttempt: options and rules', () => {
  const factors = [
    { rowId: 'row-aaaa', values: { factor: 'Drinking', current: 'yes', evidence: 'Arrests.' } },
    { rowId: 'row-bbbb', values: { factor: '', current: 'unknown' } },
  ];

  it('offers the rows of another template as options', () => {
    const result = evaluateAttempt({
      templates,
      answers: {
        analysis: { grid: grid('high'), factors },
        plan: { links: [{ rowId: 'link-aaaa', values: { risk: 'row-aaaa' } }] },
      },
    });
    expect(result.options('plan', 'risk', 'link-aaaa')).toEqual([
      { id: 'row-aaaa', label: 'Drinking', suggested: false, hint: null },
      { id: 'row-bbbb', label: 'Factor 2', suggested: false, hint: null },
    ]);
  });

  it('marks suggested options and works out their hints, per row, from answers elsewhere', () => {
    const needs = build({
      id: 'needs',
      version: 1,
      title: 'Needs',
      description: 'Test needs.',
      sections: [
        {
          id: 'areas',
          title: 'Areas',
          items: [
            { kind: 'yesNoUnknown', id: 'drink-linked', prompt: 'Drinking linked to harm?' },
            {
              kind: 'singleChoice',
              id: 'drink-view',
              prompt: 'Does the person want to change their drinking?',
              options: [
                { id: 'thinking', label: 'I am thinking about it' },
                { id: 'no', label: 'No' },
              ],
            },
          ],
        },
      ],
    });
    const goals = build(
      {
        id: 'goals',
        version: 1,
        title: 'Goals',
        description: 'Test goals.',
        sections: [
          {
            id: 'goals',
            title: 'Goals',
            items: [
              {
                kind: 'repeatingGroup',
                id: 'goals',
                prompt: 'Goals',
                rowLabel: 'Goal',
                items: [
                  { kind: 'shortText', id: 'goal', prompt: 'Goal' },
                  {
                    kind: 'singleChoice',
                    id: 'area',
                    prompt: 'Area',
                    options: [
                      {
                        id: 'drink',
                        label: 'Alcohol',
                        suggestedWhen: { '==': [{ var: 'answers.needs.drink-linked' }, 'yes'] },
                        hint: {
                          if: [
                            { '==': [{ var: 'answers.needs.drink-view' }, 'thinking'] },
                            { cat: ['The person is thinking about changing (', { var: 'row.goal' }, ')'] },
                            '',
                          ],
                        },
                      },
                      { id: 'work', label: 'Work', hint: { var: 'answers.needs.drink-linked' } },
                      { id: 'home', label: 'Home', hint: { '+': [1, 2] } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      [needs],
    );
    const offered = (needsAnswers: Record<string, string>) =>
      evaluateAttempt({
        templates: [needs, goals],
        answers: {
          needs: needsAnswers,
          goals: { goals: [{ rowId: 'goal-aaaa', values: { goal: 'I will drink less' } }] },
        },
      })
        .options('goals', 'area', 'goal-aaaa')
        .map(({ id, suggested, hint }) => ({ id, suggested, hint }));
    expect(offered({ 'drink-linked': 'yes', 'drink-view': 'thinking' })).toEqual([
      { id: 'drink', suggested: true, hint: 'The person is thinking about changing (I will drink less)' },
      // Any text is a hint; an empty result or a number is not.
      { id: 'work', suggested: false, hint: 'yes' },
      { id: 'home', suggested: false, hint: null },
    ]);
    expect(offered({ 'drink-linked': 'no', 'drink-view': 'no' })).toEqual([
      { id: 'drink', suggested: false, hint: null },
      { id: 'work', suggested: false, hint: 'no' },
      { id: 'home', suggested: false, hint: null },
    ]);
  });

  it('fires case-fact rules only when the case holds the facts', () => {
    const answers = { analysis: { grid: grid('low') } };
    const ids = (context?: CaseContext) =>
      evaluateAttempt({ templates, answers, caseContext: context ?? null }).ruleResults.map((r) => r.ruleId);
    expect(ids(withCallouts)).toContain('known-adult-low-with-callouts');
    expect(ids({ ...withCallouts, facts: { daCallouts: 0 } })).not.toContain('known-adult-low-with-callouts');
    expect(ids()).not.toContain('known-adult-low-with-callouts');
    const result = evaluateAttempt({ templates, answers, caseContext: withCallouts }).ruleResults.find(
      (r) => r.ruleId === 'known-adult-low-with-callouts',
    );
    expect(result).toEqual({
      ruleId: 'known-adult-low-with-callouts',
      source: { kind: 'template', templateId: 'analysis' },
      severity: 'question',
      message: 'The file holds police call-outs. What supports low for the known adult?',
      itemRef: { templateId: 'analysis', itemId: 'grid' },
      sectionRef: { templateId: 'analysis', sectionId: 'risk' },
      documentRef: 'police-log',
    });
  });

  it('checks each row and names it in the message', () => {
    const result = evaluateAttempt({
      templates,
      answers: {
        analysis: { grid: grid('high'), factors },
        plan: {
          links: [
            {
              rowId: 'link-aaaa',
              values: {
                risk: 'row-aaaa',
                actions: [
                  { rowId: 'act-aaaa', values: { action: 'Refer to alcohol service' } },
                  { rowId: 'act-bbbb', values: { action: 'Home visit', by: '2026-11-23' } },
                ],
              },
            },
          ],
        },
      },
    });
    const messages = result.ruleResults.map((r) => [r.ruleId, r.rowId, r.message]);
    expect(messages).toEqual([
      ['factor-without-evidence', 'row-bbbb', 'What would tell you whether this row is current?'],
      ['unlinked-risk', 'row-bbbb', 'Which part of the plan answers this row?'],
      ['action-without-date', 'act-aaaa', 'By when should Refer to alcohol service happen?'],
    ]);
    expect(result.required('plan', 'by', ['link-aaaa', 'act-aaaa'])).toBe(true);
    expect(result.errorsFor('plan', 'by', ['link-aaaa', 'act-aaaa'])[0]?.message).toBe('Enter a date.');
  });

  it('runs case rules beside template rules and reports failing expressions instead of throwing', () => {
    const result = evaluateAttempt({
      templates,
      answers: { analysis: { setting: 'community' } },
      caseContext: {
        ...withCallouts,
        rules: [
          {
            id: 'released-letter',
            severity: 'warning',
            when: { in: ['letter', { var: 'case.releasedDocuments' }] },
            message: 'A new letter has arrived. What does it change?',
          },
          {
            id: 'broken',
            severity: 'question',
            when: { '>': [{ var: 'answers.analysis.setting' }, 2] },
            message: 'x',
          },
        ],
        releasedDocumentIds: ['letter'],
      },
    });
    expect(result.ruleResults.filter((r) => r.source.kind === 'case').map((r) => r.ruleId)).toEqual([
      'released-letter',
    ]);
    expect(result.evaluationProblems).toEqual([
      { templateId: '', at: 'case.rules[1].when', message: 'compared something that is not a number' },
    ]);
  });
});

describe('evaluateAttempt under a strict content security policy', () => {
  it('never calls eval (the renderer forbids unsafe-eval)', () => {
    const realEval = globalThis.eval;
    let calls = 0;
    globalThis.eval = ((code: string) => {
      calls += 1;
      return realEval(code);
    }) as typeof eval;
    try {
      // A fresh template set, so preparation and first runs happen under the spy.
      const fresh = build(JSON.parse(JSON.stringify(analysis)));
      const result = evaluateAttempt({
        templates: [fresh],
        answers: { analysis: { setting: 'custody', grid: grid('high') } },
        caseContext: withCallouts,
      });
      expect(result.computed.analysis?.overall).toBe('high');
    } finally {
      globalThis.eval = realEval;
    }
    expect(calls).toBe(0);
  });
});
