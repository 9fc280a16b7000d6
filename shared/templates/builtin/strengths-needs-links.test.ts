import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt } from '../engine';
import { validateTemplate } from '../validate';
import { builtinCaseFacts, builtinTemplates, riskManagementPlan, sentencePlan } from './index';
import { riskToSelfSoundAnswers } from './__fixtures__/risk-to-self-sample';
import { migrateSentencePlanV1Answers } from './sentence-plan-migration';
import { strengthsNeedsAreas } from './strengths-needs';
import { identifiedRiskSources } from './strengths-needs-links';
import { strengthsNeedsSoundAnswers } from './__fixtures__/strengths-needs-sample';

type TemplateAnswers = Record<string, JsonValue>;
type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;

const templates = builtinTemplates;

/** A sound version 2 plan for the fictional man of __fixtures__/strengths-needs-sample.ts. */
function soundPlan(): TemplateAnswers {
  return {
    'persons-view': 'To keep my job and see her son again (fictional practice answer).',
    strengths: 'His mother, and two years of steady work before this (fictional practice answer).',
    goals: [
      {
        rowId: 'goal-000001',
        values: {
          goal: 'I will stay off drink on weekdays',
          area: 'alcohol',
          'related-areas': ['relationships'],
          'linked-to-harm': 'yes',
          'linked-to-reoffending': 'yes',
          start: 'now',
          target: 'six-months',
          steps: [
            {
              rowId: 'step-000001',
              values: {
                step: 'Go to the alcohol service assessment',
                actor: 'the-person',
                status: 'not-started',
              },
            },
            {
              rowId: 'step-000002',
              values: {
                step: 'Make the referral',
                actor: 'partnership-agency',
                'actor-name': 'Cwm Alcohol Service',
                status: 'in-progress',
              },
            },
          ],
        },
      },
      {
        rowId: 'goal-000002',
        values: {
          goal: 'I will get back into warehouse work',
          area: 'employment-education',
          'linked-to-harm': 'no',
          'linked-to-reoffending': 'yes',
          start: 'now',
          target: 'custom',
          'target-date': '2026-09-01',
          steps: [
            {
              rowId: 'step-000003',
              values: { step: 'Book the employment adviser', actor: 'practitioner', status: 'completed' },
            },
          ],
        },
      },
      {
        rowId: 'goal-000003',
        values: {
          goal: 'I will deal with jealousy without checking up on a partner',
          area: 'thinking',
          'related-areas': ['relationships'],
          'linked-to-harm': 'yes',
          'linked-to-reoffending': 'yes',
          start: 'future',
        },
      },
    ],
    'responsivity-needs': ['none-identified'],
    agreement: 'agrees',
    'review-date': '2026-05-01',
  };
}

/** Plan lines answering the risks the sample assessments identify: three need areas and one risk to self. */
function soundRiskLines(): Rows {
  return ['needs-alcohol', 'needs-relationships', 'needs-thinking', 'self-vulnerability'].map(
    (source, index) => ({
      rowId: `line-00000${index + 1}`,
      values: {
        source,
        'source-plan-parts': ['interventions'],
        'source-how': 'Answered in the plan (fictional).',
      },
    }),
  );
}

interface Attempt {
  plan: TemplateAnswers;
  needs: TemplateAnswers;
  self: TemplateAnswers;
  riskLines: Rows;
}

const soundAttempt = (): Attempt => ({
  plan: soundPlan(),
  needs: strengthsNeedsSoundAnswers(),
  self: riskToSelfSoundAnswers(),
  riskLines: soundRiskLines(),
});

function evaluate(attempt: Attempt) {
  return evaluateAttempt({
    templates,
    answers: {
      'rosh-analysis': { 'rosh-grid': { 'known-adult': { community: 'high' } } },
      'strengths-needs': attempt.needs,
      'risk-to-self': attempt.self,
      'sentence-plan': attempt.plan,
      'risk-management-plan': { 'other-risk-links': attempt.riskLines },
    },
    caseContext: null,
  });
}
const rulesOf = (attempt: Attempt, templateId: string) =>
  evaluate(attempt)
    .ruleResults.filter((r) => r.source.kind === 'template' && r.source.templateId === templateId)
    .map((r) => r.ruleId);
const planRules = (attempt: Attempt) => rulesOf(attempt, 'sentence-plan');
const identifiedRiskRules = (attempt: Attempt) =>
  rulesOf(attempt, 'risk-management-plan').filter((id) => id.startsWith('unanswered-'));

describe('sentence plan version 3', () => {
  it('validates against the templates it reads', () => {
    const result = validateTemplate(JSON.parse(JSON.stringify(sentencePlan)), {
      otherTemplates: templates.filter((t) => t.id !== 'sentence-plan'),
      knownFacts: [...builtinCaseFacts],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(sentencePlan).toMatchObject({ id: 'sentence-plan', version: 3 });
  });

  it('a sound plan is complete and raises no questions', () => {
    const result = evaluate(soundAttempt());
    expect(result.itemErrors.filter((e) => e.templateId === 'sentence-plan')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(planRules(soundAttempt())).toEqual([]);
    expect(result.templateProgress['sentence-plan']).toBe(1);
  });

  it('suggests the areas the needs assessment links to harm or reoffending', () => {
    const result = evaluate(soundAttempt());
    const suggested = (rowPath: string[]) =>
      result
        .options('sentence-plan', 'area', rowPath)
        .filter((option) => option.suggested)
        .map((option) => option.id);
    expect(suggested(['goal-000001'])).toEqual([
      'employment-education',
      'alcohol',
      'relationships',
      'thinking',
    ]);
    expect(
      result.options('sentence-plan', 'related-areas', ['goal-000002']).filter((o) => o.suggested),
    ).toHaveLength(4);
    const attempt = soundAttempt();
    attempt.needs['employment-education-reoffending'] = 'no';
    expect(
      evaluate(attempt)
        .options('sentence-plan', 'area', ['goal-000001'])
        .filter((option) => option.suggested)
        .map((option) => option.id),
    ).toEqual(['alcohol', 'relationships', 'thinking']);
  });

  it('shows the person’s own answer about change under each area option', () => {
    const attempt = soundAttempt();
    const offered = (a: Attempt) =>
      evaluate(a)
        .options('sentence-plan', 'area', ['goal-000001'])
        .map((option) => [option.id, option.hint]);
    expect(offered(attempt)).toContainEqual([
      'alcohol',
      'In the needs assessment the person is thinking about changing.',
    ]);
    expect(offered(attempt)).toContainEqual([
      'employment-education',
      'In the needs assessment the person wants to change but needs help.',
    ]);
    delete attempt.needs['alcohol-motivation'];
    expect(offered(attempt)).toContainEqual(['alcohol', null]);
    // The related areas carry the same hints.
    expect(
      evaluate(soundAttempt())
        .options('sentence-plan', 'related-areas', ['goal-000002'])
        .find((option) => option.id === 'alcohol')?.hint,
    ).toBe('In the needs assessment the person is thinking about changing.');
  });

  it('shows what the needs assessment says about each flagged area, motivation included', () => {
    const result = evaluate(soundAttempt());
    const plan = result.computed['sentence-plan']!;
    expect(plan['suggested-areas']).toBe(result.computed['strengths-needs']!['plan-areas']);
    expect(plan['needs-alcohol']).toBe(result.computed['strengths-needs']!['alcohol-summary']);
    expect(plan['needs-alcohol']).toContain('The person is thinking about changing.');
    expect(result.visible('sentence-plan', 'needs-alcohol')).toBe(true);
    expect(result.visible('sentence-plan', 'needs-accommodation')).toBe(false);
  });

  it('asks for a target and steps only for goals to start now', () => {
    const result = evaluate(soundAttempt());
    expect(result.visible('sentence-plan', 'target', ['goal-000003'])).toBe(false);
    expect(result.required('sentence-plan', 'steps', ['goal-000003'])).toBe(false);
    expect(result.visible('sentence-plan', 'target-date', ['goal-000001'])).toBe(false);
    expect(result.visible('sentence-plan', 'target-date', ['goal-000002'])).toBe(true);
    const attempt = soundAttempt();
    (attempt.plan.goals as Rows)[0]!.values.steps = [];
    expect(
      evaluate(attempt)
        .errorsFor('sentence-plan', 'steps', ['goal-000001'])
        .map((e) => e.message),
    ).toEqual(['Add at least one step.']);
  });

  const goals = (attempt: Attempt) => attempt.plan.goals as Rows;
  const weakenings: Record<string, (attempt: Attempt) => void> = {
    'goal-without-steps': (a) => (goals(a)[1]!.values.steps = []),
    'goal-not-in-own-words': (a) => (goals(a)[1]!.values.goal = 'Get back into warehouse work'),
    'all-steps-on-the-person': (a) => {
      const steps = goals(a)[0]!.values.steps as Rows;
      steps[1]!.values.actor = 'the-person';
    },
    'no-goal-to-start-now': (a) => {
      for (const goal of goals(a)) goal.values.start = 'future';
    },
    'harm-without-goal': (a) => {
      for (const goal of goals(a)) goal.values['linked-to-harm'] = 'no';
    },
  };

  it.each(Object.entries(weakenings))(
    '%s speaks on a weak plan and not on the sound one',
    (ruleId, weaken) => {
      expect(planRules(soundAttempt())).not.toContain(ruleId);
      const attempt = soundAttempt();
      weaken(attempt);
      expect(planRules(attempt)).toContain(ruleId);
    },
  );

  it('every rule is tested: the five above and one per area of need', () => {
    expect((sentencePlan.rules ?? []).map((rule) => rule.id).sort()).toEqual(
      [...Object.keys(weakenings), ...strengthsNeedsAreas.map((area) => `no-goal-for-${area.id}`)].sort(),
    );
  });

  it('does not call a goal just added, not yet placed in time, a future goal', () => {
    const attempt = soundAttempt();
    attempt.plan.goals = [{ rowId: 'goal-000009', values: {} }];
    expect(planRules(attempt)).not.toContain('no-goal-to-start-now');
    (attempt.plan.goals as Rows)[0]!.values.start = 'future';
    expect(planRules(attempt)).toContain('no-goal-to-start-now');
  });

  it.each(strengthsNeedsAreas.map((area) => [area.id]))(
    'no-goal-for-%s speaks when only that area is flagged and no goal covers it',
    (areaId) => {
      const attempt = soundAttempt();
      for (const area of strengthsNeedsAreas) {
        attempt.needs[`${area.id}-harm`] = 'no';
        attempt.needs[`${area.id}-reoffending`] = 'no';
      }
      attempt.needs[`${areaId}-reoffending`] = 'yes';
      attempt.needs[`${areaId}-reoffending-details`] = 'Linked (fictional).';
      const other = areaId === 'finances' ? 'accommodation' : 'finances';
      attempt.plan.goals = [
        {
          rowId: 'goal-000009',
          values: { goal: 'I will keep going', area: other, 'linked-to-harm': 'yes', start: 'future' },
        },
      ];
      expect(planRules(attempt).filter((id) => id.startsWith('no-goal-for-'))).toEqual([
        `no-goal-for-${areaId}`,
      ]);
      // Covered as a related area: silent.
      (attempt.plan.goals as Rows)[0]!.values['related-areas'] = [areaId];
      expect(planRules(attempt).filter((id) => id.startsWith('no-goal-for-'))).toEqual([]);
    },
  );
});

describe('risk management plan lines for risks identified across the assessment', () => {
  it('validates with the identified-risk lines added', () => {
    const result = validateTemplate(JSON.parse(JSON.stringify(riskManagementPlan)), {
      otherTemplates: templates.filter((t) => t.id !== 'risk-management-plan'),
      knownFacts: [...builtinCaseFacts],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('lists and suggests the identified risks, and is silent when each has a line', () => {
    const result = evaluate(soundAttempt());
    expect(result.computed['risk-management-plan']!['identified-risks-list']).toBe(
      [
        'Alcohol use (needs assessment: linked to serious harm)',
        'Personal relationships and community (needs assessment: linked to serious harm)',
        'Thinking, behaviours and attitudes (needs assessment: linked to serious harm)',
        'Vulnerability (risk to self: current concern)',
      ].join(', '),
    );
    expect(
      result
        .options('risk-management-plan', 'source', ['line-000001'])
        .filter((option) => option.suggested)
        .map((option) => option.id),
    ).toEqual(['needs-alcohol', 'needs-relationships', 'needs-thinking', 'self-vulnerability']);
    expect(identifiedRiskRules(soundAttempt())).toEqual([]);
  });

  it('asks about each identified risk left without a line, and only those', () => {
    const attempt = soundAttempt();
    attempt.riskLines = attempt.riskLines.filter((line) => line.values.source !== 'needs-thinking');
    attempt.self['suicide-current'] = 'yes';
    attempt.self['suicide-action'] = 'Told the GP (fictional).';
    expect(identifiedRiskRules(attempt).sort()).toEqual([
      'unanswered-needs-thinking',
      'unanswered-self-suicide',
    ]);
    expect(identifiedRiskSources).toHaveLength(16);
  });
});

describe('each identified risk needs a plan line', () => {
  /** An attempt where only `sourceId` is identified: no need area linked to harm, no current risk to self. */
  function onlyIdentified(sourceId: string): Attempt {
    const attempt = soundAttempt();
    for (const area of strengthsNeedsAreas) {
      attempt.needs[`${area.id}-harm`] = 'no';
      delete attempt.needs[`${area.id}-harm-details`];
    }
    for (const key of Object.keys(attempt.self)) if (key.endsWith('-current')) attempt.self[key] = 'no';
    const [kind, ...rest] = sourceId.split('-');
    const areaId = rest.join('-');
    if (kind === 'needs') {
      attempt.needs[`${areaId}-harm`] = 'yes';
      attempt.needs[`${areaId}-harm-details`] = 'Linked (fictional).';
    } else attempt.self[`${areaId}-current`] = 'yes';
    attempt.riskLines = [];
    return attempt;
  }

  it.each(identifiedRiskSources.map((source) => [source.id]))(
    'unanswered-%s speaks when that risk has no line, and is silent once one answers it',
    (sourceId) => {
      const attempt = onlyIdentified(sourceId);
      expect(identifiedRiskRules(attempt)).toEqual([`unanswered-${sourceId}`]);
      attempt.riskLines = [
        {
          rowId: 'line-000009',
          values: {
            source: sourceId,
            'source-plan-parts': ['supervision'],
            'source-how': 'Answered (fictional).',
          },
        },
      ];
      expect(identifiedRiskRules(attempt)).toEqual([]);
    },
  );

  it('without the risk to self template, a current concern in the analysis’s short grid needs a line too', () => {
    const withoutSelf = builtinTemplates.filter((t) => t.id !== 'risk-to-self');
    const result = (lines: Rows) =>
      evaluateAttempt({
        templates: withoutSelf,
        answers: {
          'rosh-analysis': { 'self-risk-grid': { suicide: { current: 'yes' }, control: { current: 'yes' } } },
          'risk-management-plan': { 'other-risk-links': lines },
        },
        caseContext: null,
      })
        .ruleResults.filter((r) => r.ruleId.startsWith('unanswered-'))
        .map((r) => r.ruleId);
    // One grid row covers control and breach of trust: it asks once.
    expect(result([]).sort()).toEqual(['unanswered-self-control', 'unanswered-self-suicide']);
    expect(
      result([
        { rowId: 'line-000001', values: { source: 'self-suicide' } },
        { rowId: 'line-000002', values: { source: 'self-control' } },
      ]),
    ).toEqual([]);
  });
});

describe('migrating saved sentence plans from version 1', () => {
  const v1: TemplateAnswers = {
    'persons-view': 'Keep my job.',
    strengths: 'His mother.',
    objectives: [
      {
        rowId: 'obj-000001',
        values: {
          area: 'alcohol-use',
          objective: 'Cut down drinking',
          'own-words': 'I will stay off drink on weekdays',
          'strengths-to-use': 'Two dry months last year.',
          'linked-to-harm': 'yes',
          actions: [
            {
              rowId: 'act-000001',
              values: { action: 'Attend the assessment', owner: 'the-person', 'target-date': '2026-03-15' },
            },
            {
              rowId: 'act-000002',
              values: {
                action: 'Make the referral',
                owner: 'other-agency',
                agency: 'Cwm Alcohol Service',
                'target-date': '2026-04-01',
              },
            },
          ],
          'review-date': '2026-05-01',
        },
      },
      {
        rowId: 'obj-000002',
        values: {
          area: 'attitudes',
          objective: 'Understand the harm to his partner',
          actions: [],
          'review-date': '2026-04-20',
        },
      },
      { rowId: 'obj-000003', values: { area: 'constructor', objective: 'Something odd' } },
    ],
    'responsivity-needs': ['literacy'],
    adjustments: 'Short sessions.',
    agreement: 'disagrees',
    'agreement-detail': 'Says drinking is not a problem.',
  };

  it('turns objectives into goals and actions into steps, dropping nothing the trainee wrote', () => {
    const v2 = migrateSentencePlanV1Answers(v1);
    expect(v2).not.toHaveProperty('objectives');
    expect(v2.goals).toEqual([
      {
        rowId: 'obj-000001',
        values: {
          start: 'now',
          goal: 'I will stay off drink on weekdays',
          area: 'alcohol',
          'linked-to-harm': 'yes',
          target: 'custom',
          'target-date': '2026-04-01',
          steps: [
            {
              rowId: 'act-000001',
              values: { status: 'not-started', step: 'Attend the assessment', actor: 'the-person' },
            },
            {
              rowId: 'act-000002',
              values: {
                status: 'not-started',
                step: 'Make the referral',
                actor: 'someone-else',
                'actor-name': 'Cwm Alcohol Service',
              },
            },
          ],
          notes: 'Objective as first written: Cut down drinking\n\nTwo dry months last year.',
        },
      },
      {
        rowId: 'obj-000002',
        values: {
          start: 'now',
          goal: 'Understand the harm to his partner',
          area: 'thinking',
          target: 'custom',
          'target-date': '2026-04-20',
          steps: [],
        },
      },
      { rowId: 'obj-000003', values: { start: 'now', goal: 'Something odd', steps: [] } },
    ]);
    expect(v2).toMatchObject({
      'persons-view': 'Keep my job.',
      'responsivity-needs': ['literacy'],
      agreement: 'disagrees',
      'agreement-detail': 'Says drinking is not a problem.',
      'review-date': '2026-04-20',
    });
  });

  it('gives answers the current template accepts, leaving only what the trainee must still add', () => {
    const attempt = soundAttempt();
    attempt.plan = migrateSentencePlanV1Answers(v1);
    const errors = evaluate(attempt).itemErrors.filter((e) => e.templateId === 'sentence-plan');
    expect(errors.filter((e) => e.problem === 'invalid')).toEqual([]);
    expect(errors.map((e) => `${e.itemId}@${e.rowPath.join('/')}`).sort()).toEqual([
      'area@obj-000003',
      'linked-to-harm@obj-000002',
      'linked-to-harm@obj-000003',
      'linked-to-reoffending@obj-000001',
      'linked-to-reoffending@obj-000002',
      'linked-to-reoffending@obj-000003',
      'steps@obj-000002',
      'steps@obj-000003',
      'target@obj-000003',
    ]);
  });

  it('leaves version 2 answers as they are', () => {
    const plan = soundPlan();
    expect(migrateSentencePlanV1Answers(plan)).toEqual(plan);
  });
});
