import { describe, expect, it } from 'vitest';
import { evaluateAttempt } from './engine';
import { boundedSize, MAX_LOGIC_RESULT_SIZE, runLogic } from './logic';
import type { JsonLogic } from './logic-schema';
import type { Template } from './schema';
import { MAX_COMPUTED_FAN_OUT, validateTemplate } from './validate';
import { doublingTemplate } from './__fixtures__/growth';

describe('computed values that could grow without bound', () => {
  it('refuses a doubling chain at the item where the fan-out passes the limit', () => {
    const result = validateTemplate(doublingTemplate(26));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // c<k> copies the seed 2^k times; the first item past the limit is the one reported.
    const first = Math.floor(Math.log2(MAX_COMPUTED_FAN_OUT)) + 1;
    expect(result.errors[0]).toBe(
      `sections[0].items[${first + 1}].expression: this computed value copies other computed values ${2 ** first} times over, which could make it too large to work out (the limit is ${MAX_COMPUTED_FAN_OUT}); read each computed value fewer times`,
    );
  });

  it('still accepts a short chain', () => {
    expect(validateTemplate(doublingTemplate(3)).ok).toBe(true);
  });

  it('caps a value at run time instead of exhausting memory, and never throws', () => {
    // Built without validation, as a template already on disk would be.
    const template = doublingTemplate(40) as Template;
    const evaluation = evaluateAttempt({ templates: [template], answers: { grow: { seed: 'x' } } });
    const computed = evaluation.computed['grow']!;
    expect(computed['c3']).toHaveLength(8);
    // Once a step is refused the chain starts again from null, so it never passes the budget.
    expect(Object.values(computed)).toContain(null);
    for (const value of Object.values(computed))
      expect(boundedSize(value)).toBeLessThanOrEqual(MAX_LOGIC_RESULT_SIZE);
    const capped = evaluation.evaluationProblems.find((problem) => problem.at.endsWith('.expression'));
    expect(capped?.message).toMatch(/too large/);
  });

  it('stops a reduce that doubles its accumulator inside one expression', () => {
    const expression: JsonLogic = {
      reduce: [{ var: 'list' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, ['x']],
    };
    const outcome = runLogic(expression, { list: Array.from({ length: 40 }, (_, index) => index) });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('stops text that doubles inside one expression', () => {
    const expression: JsonLogic = {
      reduce: [{ var: 'list' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'],
    };
    const outcome = runLogic(expression, { list: Array.from({ length: 40 }, (_, index) => index) });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('leaves values under the budget alone', () => {
    const list = Array.from({ length: 1000 }, (_, index) => index);
    expect(runLogic({ merge: [{ var: 'list' }, { var: 'list' }] }, { list })).toMatchObject({ ok: true });
    expect(MAX_LOGIC_RESULT_SIZE).toBeGreaterThan(2000);
  });
});
