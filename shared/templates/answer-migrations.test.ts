import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/json';
import { attemptSchema } from '../model/attempt';
import { answerMigrationSteps, migrateAttemptAnswers } from './answer-migrations';
import { builtinTemplates, getBuiltinTemplate } from './builtin';
import { evaluateAttempt } from './engine';
import v1Attempt from './fixtures/attempt-sentence-plan-v1.json' with { type: 'json' };

const fixture = () => attemptSchema.parse(structuredClone(v1Attempt));

describe('answer migrations', () => {
  it('lead every built-in from version 1 to its current version', () => {
    for (const template of builtinTemplates) {
      const { value } = migrateAttemptAnswers({ templateVersions: { [template.id]: 1 }, answers: {} });
      expect(value.templateVersions[template.id]).toBe(template.version);
    }
    for (const step of answerMigrationSteps)
      expect(getBuiltinTemplate(step.templateId)!.version).toBeGreaterThan(step.from);
  });

  it('lift a saved version 1 sentence plan to goals, and the other templates to their versions', () => {
    const before = fixture();
    const { value, migrated } = migrateAttemptAnswers(before);
    expect(migrated).toEqual([
      { templateId: 'rosh-analysis', from: 1, to: 2 },
      { templateId: 'risk-management-plan', from: 1, to: 2 },
      { templateId: 'sentence-plan', from: 1, to: 2 },
    ]);
    expect(value.templateVersions).toEqual({
      'rosh-analysis': 2,
      'risk-management-plan': 2,
      'sentence-plan': 2,
      'reflective-log': 1,
    });
    const plan = value.answers['sentence-plan']!;
    expect(plan).not.toHaveProperty('objectives');
    const goals = plan.goals as Array<{ rowId: string; values: Record<string, JsonValue> }>;
    expect(goals[0]).toMatchObject({
      rowId: 'obj-0000001',
      values: {
        goal: 'I will stay off drink on weekdays',
        area: 'alcohol',
        target: 'custom',
        'target-date': '2026-12-01',
        steps: [
          { rowId: 'act-0000001', values: { step: 'Attend the assessment', actor: 'the-person' } },
          { rowId: 'act-0000002', values: { actor: 'someone-else', 'actor-name': 'Cwm Alcohol Service' } },
        ],
      },
    });
    expect(plan['review-date']).toBe('2027-01-10');
    // Other templates' answers are untouched, and the saved object itself is not changed.
    expect(value.answers['rosh-analysis']).toBe(before.answers['rosh-analysis']);
    expect(before.answers['sentence-plan']).toHaveProperty('objectives');
    expect(attemptSchema.safeParse(value).success).toBe(true);
  });

  it('give answers the current templates accept without invalid values', () => {
    const { value } = migrateAttemptAnswers(fixture());
    const result = evaluateAttempt({
      templates: value.templateIds.map((id) => getBuiltinTemplate(id)!),
      answers: value.answers,
    });
    expect(result.itemErrors.filter((e) => e.problem === 'invalid')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(result.visibleAnswers['sentence-plan']).toMatchObject({ agreement: 'agrees' });
  });

  it('leave a current attempt as the same object', () => {
    const { value: once } = migrateAttemptAnswers(fixture());
    const again = migrateAttemptAnswers(once);
    expect(again.migrated).toEqual([]);
    expect(again.value).toBe(once);
  });

  it('raise the version of a template with no answers yet, and leave versions they do not know', () => {
    const { value, migrated } = migrateAttemptAnswers({
      templateVersions: { 'sentence-plan': 1, 'tutor-template': 1, 'rosh-analysis': 7 },
      answers: {},
    });
    expect(migrated).toEqual([{ templateId: 'sentence-plan', from: 1, to: 2 }]);
    expect(value).toEqual({
      templateVersions: { 'sentence-plan': 2, 'tutor-template': 1, 'rosh-analysis': 7 },
      answers: {},
    });
  });
});
