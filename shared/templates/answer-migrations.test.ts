import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/json';
import { attemptSchema } from '../model/attempt';
import { answerMigrationSteps, migrateAttemptAnswers } from './answer-migrations';
import { builtinTemplates, getBuiltinTemplate } from './builtin';
import { evaluateAttempt } from './engine';
import v1Attempt from './fixtures/attempt-sentence-plan-v1.json' with { type: 'json' };
import beforeIssue13 from './__fixtures__/attempt-before-issue-13.json' with { type: 'json' };

const fixture = () => attemptSchema.parse(structuredClone(v1Attempt));
const v2Fixture = () => attemptSchema.parse(structuredClone(beforeIssue13));
type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;

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
      { templateId: 'rosh-analysis', from: 1, to: 3 },
      { templateId: 'risk-management-plan', from: 1, to: 3 },
      { templateId: 'sentence-plan', from: 1, to: 3 },
      { templateId: 'reflective-log', from: 1, to: 2 },
    ]);
    expect(value.templateVersions).toEqual({
      'rosh-analysis': 3,
      'risk-management-plan': 3,
      'sentence-plan': 3,
      'reflective-log': 2,
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
    expect(migrated).toEqual([{ templateId: 'sentence-plan', from: 1, to: 3 }]);
    expect(value).toEqual({
      templateVersions: { 'sentence-plan': 3, 'tutor-template': 1, 'rosh-analysis': 7 },
      answers: {},
    });
  });

  it('open an attempt saved before contingency owners were roles: nothing invalid, nothing the trainee wrote lost', () => {
    const before = v2Fixture();
    const { value, migrated } = migrateAttemptAnswers(before);
    expect(migrated).toEqual([
      { templateId: 'rosh-analysis', from: 2, to: 3 },
      { templateId: 'risk-management-plan', from: 2, to: 3 },
      { templateId: 'sentence-plan', from: 2, to: 3 },
      { templateId: 'reflective-log', from: 1, to: 2 },
    ]);
    const plan = value.answers['risk-management-plan']!;
    const lines = plan['contingency-lines'] as Rows;
    // Clear words become choices; the words themselves stay as the name.
    expect(lines[0]!.values).toEqual({
      'warning-sign': "A call-out to his former partner's address",
      action: 'Review the risk and consider recall',
      'who-name': 'Duty manager with the practitioner',
      'who-role': 'duty-officer',
      'how-quickly': 'same-day',
    });
    expect(lines[1]!.values).toMatchObject({ 'who-role': 'practitioner', 'how-quickly': 'within-24-hours' });
    // Words that name no role or timescale are kept for the trainee to choose from.
    expect(lines[2]!.values).not.toHaveProperty('who-role');
    expect(lines[2]!.values).not.toHaveProperty('how-quickly');
    expect(lines[2]!.values['who-name']).toBe('The team');
    expect(lines[2]!.values.action).toContain('How quickly, as first written: Soon');
    // The old multi-agency choice did not say which forum: kept as a note, not guessed.
    expect(plan.controls).toEqual(['requirements', 'police-liaison']);
    expect(plan['controls-detail']).toContain('multi-agency management (MAPPA or MARAC)');
    expect(plan['victim-safety-detail']).toBe(
      before.answers['risk-management-plan']!['victim-safety-detail'],
    );
    // The templates that only gained questions keep their answers as they were.
    for (const id of ['rosh-analysis', 'sentence-plan', 'reflective-log'])
      expect(value.answers[id]).toBe(before.answers[id]);

    const result = evaluateAttempt({
      templates: value.templateIds.map((id) => getBuiltinTemplate(id)!),
      answers: value.answers,
    });
    expect(result.itemErrors.filter((e) => e.problem === 'invalid')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    const stillToChoose = result.itemErrors
      .filter((e) => e.itemId === 'who-role' || e.itemId === 'how-quickly')
      .map((e) => `${e.itemId}@${e.rowPath.join('/')}`)
      .sort();
    expect(stillToChoose).toEqual(['how-quickly@cont-0000003', 'who-role@cont-0000003']);
    expect(attemptSchema.safeParse(value).success).toBe(true);
    // Without the migration, the old free-text answers would sit under ids the template no longer has.
    const unmigrated = evaluateAttempt({
      templates: before.templateIds.map((id) => getBuiltinTemplate(id)!),
      answers: before.answers,
    });
    expect(unmigrated.itemErrors.filter((e) => e.itemId === 'who-role').length).toBe(3);
  });

  it('lift a plan line whose owner or timescale was left empty without inventing either', () => {
    const saved: {
      templateVersions: Record<string, number>;
      answers: Record<string, Record<string, JsonValue>>;
    } = {
      templateVersions: { 'risk-management-plan': 2 },
      answers: {
        'risk-management-plan': {
          'contingency-lines': [{ rowId: 'cont-0000001', values: { 'warning-sign': 'Arrest', who: ' ' } }],
          controls: ['multi-agency'],
        },
      },
    };
    const { value } = migrateAttemptAnswers(saved);
    const plan = value.answers['risk-management-plan']!;
    expect((plan['contingency-lines'] as Rows)[0]!.values).toEqual({ 'warning-sign': 'Arrest' });
    expect(plan.controls).toEqual([]);
    expect(typeof plan['controls-detail']).toBe('string');
  });
});
