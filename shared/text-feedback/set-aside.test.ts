import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptSchema, type Attempt } from '../model/attempt';
import type { TextFinding } from './analyse';
import { bringFindingBack, setAsideReason, setFindingAside, withReasons } from './set-aside';

const older = JSON.parse(
  readFileSync(new URL('../model/migrations/fixtures/attempt-v1.json', import.meta.url), 'utf8'),
) as unknown;

const finding = (id: string): TextFinding => ({
  id,
  kind: 'generic-plan',
  message: 'What exactly would be done?',
  why: 'No role or timescale.',
  sectionRef: { templateId: 'risk-management-plan', sectionId: 'contingency' },
});

describe('setting a finding aside', () => {
  const attempt = attemptSchema.parse(older) as Attempt;

  it('reads attempts saved before text feedback, which have no list', () => {
    expect(attempt.findingsSetAside).toBeUndefined();
    expect(setAsideReason(attempt, 'generic-plan:x')).toBeNull();
  });

  it('keeps the reason through a save and a reload', () => {
    const aside = setFindingAside(
      attempt,
      'generic-plan:x',
      '  The row names the duty manager.  ',
      new Date('2026-12-02T10:00:00Z'),
    );
    const reloaded = attemptSchema.parse(JSON.parse(JSON.stringify(aside)));
    expect(setAsideReason(reloaded, 'generic-plan:x')).toBe('The row names the duty manager.');
    expect(
      withReasons([finding('a'), finding('generic-plan:x'), finding('b')], reloaded).map((f) => [
        f.finding.id,
        f.setAside?.reason ?? null,
      ]),
    ).toEqual([
      ['a', null],
      ['b', null],
      ['generic-plan:x', 'The row names the duty manager.'],
    ]);
    expect(setAsideReason(bringFindingBack(reloaded, 'generic-plan:x'), 'generic-plan:x')).toBeNull();
  });

  it('refuses a set-aside without a reason, in the helper and in the attempt format', () => {
    expect(() => setFindingAside(attempt, 'x', '   ', new Date())).toThrow(/reason/);
    const bad = {
      ...attempt,
      findingsSetAside: [{ findingId: 'x', reason: ' ', setAsideAt: '2026-12-02T10:00:00.000Z' }],
    };
    expect(attemptSchema.safeParse(bad).success).toBe(false);
    const good = {
      ...bad,
      findingsSetAside: [{ findingId: 'x', reason: 'Because.', setAsideAt: '2026-12-02T10:00:00.000Z' }],
    };
    expect(attemptSchema.safeParse(good).success).toBe(true);
  });
});
