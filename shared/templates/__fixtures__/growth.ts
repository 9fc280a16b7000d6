/** Hostile templates for the tests and the reliability report. */

/** A template whose computed item `c<i>` merges `c<i-1>` with itself: each step doubles the value. */
export function doublingTemplate(steps: number): unknown {
  const items: unknown[] = [
    { kind: 'shortText', id: 'seed', prompt: 'Seed' },
    { kind: 'computed', id: 'c0', prompt: 'Step 0', expression: { merge: [{ var: 'answers.grow.seed' }] } },
  ];
  for (let step = 1; step <= steps; step += 1)
    items.push({
      kind: 'computed',
      id: `c${step}`,
      prompt: `Step ${step}`,
      expression: { merge: [{ var: `computed.grow.c${step - 1}` }, { var: `computed.grow.c${step - 1}` }] },
    });
  return {
    id: 'grow',
    version: 1,
    title: 'Grow',
    description: 'Doubles a list.',
    sections: [{ id: 'only', title: 'Only', items }],
  };
}
