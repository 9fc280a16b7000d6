import { describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { builtinTemplates, evaluateAttempt } from '@shared/templates';
import { prefillReflectiveLog } from './prefill';
import type { PrefillInput } from './prefill';

function inputFor(answers: Attempt['answers'], evidence: Attempt['evidence'] = []): PrefillInput {
  let n = 0;
  return {
    attempt: { answers, evidence },
    templates: builtinTemplates,
    visibleAnswers: evaluateAttempt({ templates: builtinTemplates, answers }).visibleAnswers,
    caseTitle: 'Ryan Cotter: an assault at home',
    documentTitle: (id) => (id === 'cps-summary' ? 'Prosecution case summary' : null),
    newRowId: () => `row-${String((n += 1)).padStart(6, '0')}`,
  };
}

const worked: Attempt['answers'] = {
  'rosh-analysis': {
    'rosh-grid': {
      children: { community: 'high', custody: 'low' },
      'known-adult': { community: 'high', custody: 'medium' },
      public: { community: null, custody: null },
    },
    'level-rationale': 'Six call-outs across two relationships, strangulation, and he wants to move back.',
    'mappa-category': 'not-eligible',
    'mappa-rationale': 'No qualifying sentence; managed by probation with MARAC.',
  },
  'risk-management-plan': {
    'contingency-lines': [
      {
        rowId: 'line-000001',
        values: {
          'warning-sign': 'Police called to Fenton Walk',
          action: 'Review the risk and consider a breach or new conditions.',
          'who-role': 'manager',
          'who-name': 'Probation practitioner with the SPO',
          'how-quickly': 'same-day',
        },
      },
      { rowId: 'line-000002', values: { action: 'No warning sign written yet' } },
    ],
  },
};

describe('pre-filling the reflective log after finishing', () => {
  it('lays out the RoSH levels with the reasons given, the MAPPA decision and the contingency lines', () => {
    const evidence: Attempt['evidence'] = [
      {
        id: 'link-000001',
        templateId: 'rosh-analysis',
        itemId: 'rosh-grid',
        documentId: 'cps-summary',
        quote: 'one hand on her throat',
        addedAt: '2026-11-23T14:00:00.000Z',
      },
    ];
    const prefill = prefillReflectiveLog(inputFor(worked, evidence));
    expect(prefill?.filled).toEqual(['subject', 'decisions']);
    expect(prefill?.decisionCount).toBe(4);
    expect(prefill?.answers.subject).toBe(
      'My assessment of the practice case “Ryan Cotter: an assault at home”',
    );
    expect(prefill?.answers.decisions).toEqual([
      {
        rowId: 'row-000001',
        values: {
          decision: 'Risk of serious harm to Children: high (community), low (custody)',
          reasons: 'Six call-outs across two relationships, strangulation, and he wants to move back.',
          evidence: '“one hand on her throat” (Prosecution case summary)',
        },
      },
      {
        rowId: 'row-000002',
        values: {
          decision: 'Risk of serious harm to Known adult: high (community), medium (custody)',
        },
      },
      {
        rowId: 'row-000003',
        values: {
          decision: 'MAPPA: Not eligible',
          reasons: 'No qualifying sentence; managed by probation with MARAC.',
        },
      },
      {
        rowId: 'row-000004',
        values: {
          decision:
            'Contingency: if Police called to Fenton Walk, then Probation practitioner with the SPO, the same day',
          evidence: 'What I planned to do: Review the risk and consider a breach or new conditions.',
        },
      },
    ]);
  });

  it('never overwrites what the trainee has written', () => {
    const answers = {
      ...worked,
      'reflective-log': {
        subject: 'My own subject',
        decisions: [{ rowId: 'mine-000001', values: { decision: 'My own decision' } }],
        model: 'gibbs',
      },
    };
    expect(prefillReflectiveLog(inputFor(answers))).toBeNull();

    const onlySubject = { ...worked, 'reflective-log': { subject: 'Kept' } };
    const prefill = prefillReflectiveLog(inputFor(onlySubject));
    expect(prefill?.filled).toEqual(['decisions']);
    expect(prefill?.answers.subject).toBe('Kept');
  });

  it('leaves out hidden answers (a MAPPA level shown only for a category)', () => {
    const answers = {
      'rosh-analysis': {
        'mappa-category': 'not-known',
        'mappa-level': 'level-2',
        'mappa-rationale': 'Waiting.',
      },
    };
    const decisions = prefillReflectiveLog(inputFor(answers))?.answers.decisions as Array<{
      values: { decision: string };
    }>;
    expect(decisions.map((row) => row.values.decision)).toEqual(['MAPPA: Not known yet']);
  });

  it('fills only the subject when there are no decisions to lay out, and nothing without a reflective log', () => {
    expect(prefillReflectiveLog(inputFor({}))).toMatchObject({ filled: ['subject'], decisionCount: 0 });
    const withoutLog = {
      ...inputFor(worked),
      templates: builtinTemplates.filter((t) => t.id !== 'reflective-log'),
    };
    expect(prefillReflectiveLog(withoutLog)).toBeNull();
  });

  it('keeps each decision within the 200 characters the log allows', () => {
    const long = {
      'risk-management-plan': {
        'contingency-lines': [
          { rowId: 'line-000001', values: { 'warning-sign': 'word '.repeat(60), 'who-name': 'x' } },
        ],
      },
    };
    const decisions = prefillReflectiveLog(inputFor(long))?.answers.decisions as Array<{
      values: { decision: string };
    }>;
    expect(decisions[0]!.values.decision.length).toBeLessThanOrEqual(200);
    expect(decisions[0]!.values.decision.endsWith('…')).toBe(true);
  });

  it('adds the interview: what was asked first, and the key questions not asked', () => {
    const prefill = prefillReflectiveLog({
      ...inputFor(worked),
      interview: {
        askedCount: 3,
        firstAsked: 'How are things at home?',
        notAsked: ['Where have you slept each night?', 'Who looks after the children after school?'],
        text: 'unused here',
      },
    });
    const rows = prefill?.answers.decisions as Array<{ values: Record<string, unknown> }>;
    expect(rows.at(-1)?.values).toEqual({
      decision: 'Interview: the first thing I asked was “How are things at home?”',
      evidence:
        'Key questions I did not ask: “Where have you slept each night?”; “Who looks after the children after school?”',
    });
    const none = prefillReflectiveLog({
      ...inputFor({}),
      interview: { askedCount: 0, firstAsked: null, notAsked: ['Where have you slept?'], text: '' },
    });
    expect((none?.answers.decisions as Array<{ values: Record<string, unknown> }>)[0]?.values.decision).toBe(
      'Interview: I did not ask the person anything',
    );
    // A case without an interview adds no row for it.
    const without = prefillReflectiveLog(inputFor(worked));
    expect((without?.answers.decisions as unknown[]).length).toBe(rows.length - 1);
  });
});
