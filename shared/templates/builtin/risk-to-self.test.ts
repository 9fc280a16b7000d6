import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt } from '../engine';
import { validateTemplate } from '../validate';
import { builtinCaseFacts, builtinTemplates } from './index';
import { riskToSelf, riskToSelfAreas } from './risk-to-self';
import { riskToSelfMatchingGrid, riskToSelfSoundAnswers } from './__fixtures__/risk-to-self-sample';
import { strengthsNeeds } from './strengths-needs';

type TemplateAnswers = Record<string, JsonValue>;

const mine = new Set([strengthsNeeds.id, riskToSelf.id]);
const templates = [...builtinTemplates.filter((t) => !mine.has(t.id)), strengthsNeeds, riskToSelf];

interface Attempt {
  answers: TemplateAnswers;
  setting: string;
  grid: Record<string, Record<string, string>>;
  needs: TemplateAnswers;
}

function soundAttempt(): Attempt {
  return {
    answers: riskToSelfSoundAnswers(),
    setting: 'community',
    grid: riskToSelfMatchingGrid(),
    needs: { 'hw-suicide': 'past', 'hw-self-harm': 'never' },
  };
}

function evaluate(attempt: Attempt) {
  return evaluateAttempt({
    templates,
    answers: {
      'rosh-analysis': { setting: attempt.setting, 'self-risk-grid': attempt.grid },
      'strengths-needs': attempt.needs,
      'risk-to-self': attempt.answers,
    },
    caseContext: null,
  });
}
const firedRules = (attempt: Attempt) =>
  evaluate(attempt)
    .ruleResults.filter((r) => r.source.kind === 'template' && r.source.templateId === 'risk-to-self')
    .map((r) => r.ruleId);

describe('risk to self template', () => {
  it('validates as plain data against the other built-ins and the strengths and needs assessment', () => {
    const result = validateTemplate(JSON.parse(JSON.stringify(riskToSelf)), {
      otherTemplates: [...builtinTemplates, strengthsNeeds],
      knownFacts: [...builtinCaseFacts],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(riskToSelf.practiceNotice).toMatch(/fictional/);
  });

  it('covers the eight areas, each with a current and a previous concern', () => {
    expect(riskToSelfAreas.map((area) => area.title)).toEqual([
      'Suicide',
      'Self-harm',
      'Coping in custody',
      'Coping in a hostel or approved premises',
      'Vulnerability',
      'Escape or absconding',
      'Control and disruptive behaviour',
      'Breach of trust',
    ]);
    for (const area of riskToSelfAreas) {
      const section = riskToSelf.sections.find((candidate) => candidate.id === area.id)!;
      expect(section.items.slice(0, 2).map((item) => [item.id, item.kind])).toEqual([
        [`${area.id}-current`, 'yesNoUnknown'],
        [`${area.id}-previous`, 'yesNoUnknown'],
      ]);
    }
  });

  it('a sound assessment is complete, valid and raises no questions', () => {
    const result = evaluate(soundAttempt());
    expect(result.itemErrors.filter((e) => e.templateId === 'risk-to-self')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(firedRules(soundAttempt())).toEqual([]);
    expect(result.templateProgress['risk-to-self']).toBe(1);
    for (const status of Object.values(result.sectionStatus['risk-to-self']!))
      expect(status).toBe('complete');
    expect(result.computed['risk-to-self']).toMatchObject({
      'current-concerns': 'Vulnerability',
      'previous-concerns': 'Suicide, Vulnerability',
      'not-known': '',
    });
  });

  it('needs evidence for a yes, invites it for not known, and asks what was done about a current concern', () => {
    const attempt = soundAttempt();
    const noConcern = evaluate(attempt);
    expect(noConcern.visible('risk-to-self', 'self-harm-evidence')).toBe(false);
    attempt.answers['self-harm-previous'] = 'unknown';
    const unknown = evaluate(attempt);
    expect(unknown.visible('risk-to-self', 'self-harm-evidence')).toBe(true);
    expect(unknown.required('risk-to-self', 'self-harm-evidence')).toBe(false);
    expect(unknown.visible('risk-to-self', 'self-harm-action')).toBe(false);
    attempt.answers['self-harm-current'] = 'yes';
    const current = evaluate(attempt);
    expect(current.required('risk-to-self', 'self-harm-evidence')).toBe(true);
    expect(
      ['self-harm-evidence', 'self-harm-sources', 'self-harm-support-plan', 'self-harm-action'].map(
        (id) => current.errorsFor('risk-to-self', id).length,
      ),
    ).toEqual([1, 1, 1, 1]);
    expect(current.computed['risk-to-self']!['current-concerns']).toBe('Self-harm, Vulnerability');
    expect(current.computed['risk-to-self']!['not-known']).toBe('Self-harm');
  });
});

/** For every rule: a change to the sound attempt that makes it speak. */
const weakenings: Record<string, (attempt: Attempt) => void> = {
  'suicide-self-harm-not-known': ({ answers }) => (answers['self-harm-current'] = 'unknown'),
  'needs-assessment-disagrees': ({ needs }) => (needs['hw-self-harm'] = 'current'),
  'custody-concern-without-support-plan': (attempt) => {
    attempt.setting = 'custody';
    attempt.grid.suicide = { current: 'yes' };
    attempt.answers['suicide-current'] = 'yes';
    attempt.answers['suicide-support-plan'] = 'previously';
    attempt.answers['suicide-action'] = 'Told the wing officer.';
  },
  'past-concern-unexplored': ({ answers }) => delete answers['suicide-triggers'],
};

describe('risk to self rules', () => {
  it('every rule has a weakening', () => {
    expect(Object.keys(weakenings).sort()).toEqual((riskToSelf.rules ?? []).map((rule) => rule.id).sort());
  });

  it.each(Object.entries(weakenings))(
    '%s speaks on a weak answer and not on the sound one',
    (ruleId, weaken) => {
      expect(firedRules(soundAttempt())).not.toContain(ruleId);
      const attempt = soundAttempt();
      weaken(attempt);
      expect(firedRules(attempt)).toContain(ruleId);
    },
  );

  it('a custody concern with a support plan open raises no warning', () => {
    const attempt = soundAttempt();
    weakenings['custody-concern-without-support-plan']!(attempt);
    attempt.answers['suicide-support-plan'] = 'open-now';
    expect(firedRules(attempt)).toEqual([]);
  });

  it('messages are reflective questions', () => {
    for (const rule of riskToSelf.rules ?? []) expect(rule.message).toMatch(/\?/);
  });
});
