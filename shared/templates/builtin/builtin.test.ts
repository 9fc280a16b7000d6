import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt, type CaseContext } from '../engine';
import type { Template } from '../schema';
import { validateTemplate } from '../validate';
import { builtinCaseFacts, builtinTemplates, defaultTemplateSet, getBuiltinTemplate } from './index';
import {
  sampleCaseContext as domesticAbuseCase,
  sampleSoundAnswers as soundAnswers,
  type Answers,
} from './__fixtures__/sample-answers';

/** The templates a case attempt starts with; the sample answers are written for these. */
const defaultTemplates = defaultTemplateSet.map((id) => getBuiltinTemplate(id)!);

function evaluate(
  answers: Answers,
  caseContext: CaseContext | null = domesticAbuseCase,
  templates: readonly Template[] = defaultTemplates,
) {
  return evaluateAttempt({ templates, answers, caseContext });
}

const ruleIds = (answers: Answers, caseContext: CaseContext | null = domesticAbuseCase) =>
  evaluate(answers, caseContext).ruleResults.map(
    (result) => `${result.itemRef?.templateId ?? ''}:${result.ruleId}`,
  );

type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;
const rows = (answers: Answers, templateId: string, itemId: string) => answers[templateId]![itemId] as Rows;
const grid = (a: Answers) => a['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>;
const decision = (a: Answers, values: Record<string, JsonValue>) =>
  Object.assign(rows(a, 'reflective-log', 'decisions')[0]!.values, values);
const contingency = (a: Answers) => rows(a, 'risk-management-plan', 'contingency-lines')[0]!.values;
const allLow = () =>
  Object.fromEntries(
    ['children', 'public', 'known-adult', 'staff'].map((row) => [row, { community: 'low', custody: 'low' }]),
  );

/** For every built-in rule: a change to the sound attempt that should make it speak. */
const weakenings: Record<string, { change: (a: Answers) => void; caseContext?: CaseContext | null }> = {
  'rosh-analysis/known-adult-low-with-callouts': {
    change: (a) =>
      ((a['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>)[
        'known-adult'
      ]!.community = 'low'),
  },
  'rosh-analysis/children-low-with-household-risk': {
    change: (a) =>
      ((a['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>).children!.community =
        'low'),
  },
  'rosh-analysis/children-screened-in-rated-low': {
    change: (a) =>
      ((a['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>).children!.community =
        'low'),
    caseContext: null,
  },
  // Per group: the children stay medium, and the known adult's low rating still needs the police reply.
  'rosh-analysis/known-adult-low-without-da-enquiry': {
    change: (a) => {
      grid(a)['known-adult']!.community = 'low';
      a['rosh-analysis']!['da-status'] = 'requested';
    },
    caseContext: null,
  },
  'rosh-analysis/children-low-without-safeguarding-enquiry': {
    change: (a) => {
      grid(a).children!.community = 'low';
      a['rosh-analysis']!['safeguarding-status'] = 'not-requested';
    },
    caseContext: null,
  },
  'rosh-analysis/da-screened-in-known-adult-low': {
    change: (a) => (grid(a)['known-adult']!.community = 'low'),
    caseContext: null,
  },
  'rosh-analysis/da-screened-out-with-callouts': {
    change: (a) => (a['rosh-analysis']!['screen-domestic-abuse'] = 'unknown'),
  },
  'rosh-analysis/serious-violence-rated-low': {
    change: (a) => (a['rosh-analysis']!['rosh-grid'] = { ...allLow(), prisoners: { custody: 'low' } }),
  },
  'rosh-analysis/high-domestic-abuse-mappa': {
    change: (a) => (a['rosh-analysis']!['mappa-category'] = 'not-eligible'),
  },
  'rosh-analysis/rating-without-risk-factors': {
    change: (a) => delete a['rosh-analysis']!['risk-factors'],
  },
  'rosh-analysis/risk-factor-without-evidence': {
    change: (a) => (rows(a, 'rosh-analysis', 'risk-factors')[1]!.values.explanation = ' '),
  },
  'rosh-analysis/custody-behaviour-missing': {
    change: (a) => (a['rosh-analysis']!['custody-history'] = 'yes'),
  },
  'risk-management-plan/risk-not-answered': {
    change: (a) => rows(a, 'risk-management-plan', 'risk-links').pop(),
  },
  'risk-management-plan/contingency-without-trigger-or-action': {
    change: (a) => (rows(a, 'risk-management-plan', 'contingency-lines')[0]!.values.action = ''),
  },
  'risk-management-plan/contingency-without-owner': {
    change: (a) => delete contingency(a)['who-role'],
  },
  'risk-management-plan/contingency-generic-owner': {
    change: (a) => (contingency(a)['who-role'] = 'other-agency'),
  },
  'risk-management-plan/contingency-recall-without-manager': {
    change: (a) => {
      contingency(a)['response-types'] = ['recall-standard'];
      contingency(a)['who-role'] = 'practitioner';
    },
  },
  'risk-management-plan/contingency-high-risk-sign-at-next-contact': {
    change: (a) => {
      contingency(a)['response-types'] = ['police-alert'];
      contingency(a)['how-quickly'] = 'next-contact';
    },
  },
  'risk-management-plan/order-in-force-not-monitored': {
    change: (a) => {
      a['rosh-analysis']!['orders-in-force'] = ['non-molestation-order'];
      a['rosh-analysis']!['orders-detail'] = 'No contact with his partner for a year.';
    },
  },
  'risk-management-plan/no-contingency-with-plan-required': {
    change: (a) => (a['risk-management-plan']!['contingency-lines'] = []),
  },
  'risk-management-plan/known-adult-without-victim-plan': {
    change: (a) => (a['risk-management-plan']!['identified-victims'] = 'no'),
  },
  'risk-management-plan/high-without-police-liaison': {
    change: (a) => (a['risk-management-plan']!.controls = ['requirements']),
  },
  'sentence-plan/goal-without-steps': {
    change: (a) => (rows(a, 'sentence-plan', 'goals')[0]!.values.steps = []),
  },
  'sentence-plan/goal-not-in-own-words': {
    change: (a) => (rows(a, 'sentence-plan', 'goals')[0]!.values.goal = 'Learn to walk away when jealous'),
  },
  'sentence-plan/all-steps-on-the-person': {
    change: (a) =>
      ((rows(a, 'sentence-plan', 'goals')[0]!.values.steps as Rows)[0]!.values.actor = 'the-person'),
  },
  'sentence-plan/no-goal-to-start-now': {
    change: (a) => (rows(a, 'sentence-plan', 'goals')[0]!.values.start = 'future'),
  },
  'sentence-plan/harm-without-goal': {
    change: (a) => (rows(a, 'sentence-plan', 'goals')[0]!.values['linked-to-harm'] = 'no'),
  },
  'reflective-log/decision-without-evidence': {
    change: (a) => delete rows(a, 'reflective-log', 'decisions')[0]!.values.evidence,
  },
  'reflective-log/recall-without-manager': {
    change: (a) =>
      decision(a, {
        'decision-type': 'recall-standard',
        'absence-reason': 'chose-not-to',
        alternatives: 'A final warning and more contact.',
        consulted: ['practice-tutor'],
      }),
  },
  'reflective-log/sanction-without-asking-why': {
    change: (a) =>
      decision(a, {
        'decision-type': 'warning',
        'absence-reason': 'not-asked',
        alternatives: 'Treating the absence as acceptable.',
        consulted: ['manager'],
      }),
  },
  'reflective-log/sanction-for-acceptable-reason': {
    change: (a) =>
      decision(a, {
        'decision-type': 'unacceptable-absence',
        'absence-reason': 'service-caused',
        alternatives: 'Treating the absence as acceptable.',
        consulted: ['manager'],
      }),
  },
  'reflective-log/enforcement-without-alternatives': {
    change: (a) =>
      decision(a, { 'decision-type': 'breach', 'absence-reason': 'chose-not-to', consulted: ['manager'] }),
  },
  'reflective-log/sanction-decided-alone': {
    change: (a) =>
      decision(a, {
        'decision-type': 'warning',
        'absence-reason': 'no-reason',
        alternatives: 'Treating the absence as acceptable.',
        consulted: ['no-one'],
      }),
  },
};

describe('built-in templates', () => {
  it('are the seven, in working order, each found by id; cases start with the four core ones', () => {
    expect(builtinTemplates.map((t) => t.id)).toEqual([
      'enquiries-log',
      'strengths-needs',
      'risk-to-self',
      'rosh-analysis',
      'risk-management-plan',
      'sentence-plan',
      'reflective-log',
    ]);
    for (const t of builtinTemplates) expect(getBuiltinTemplate(t.id)).toBe(t);
    expect(getBuiltinTemplate('nope')).toBeUndefined();
    expect(defaultTemplateSet).toEqual([
      'rosh-analysis',
      'risk-management-plan',
      'sentence-plan',
      'reflective-log',
    ]);
    // The default set keeps the working order of the full list.
    const order = builtinTemplates.map((t) => t.id);
    const positions = defaultTemplateSet.map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it.each(builtinTemplates.map((t) => [t.id, t] as const))(
    '%s validates as plain data against the others',
    (_, t) => {
      const others = builtinTemplates.filter((other) => other !== t);
      const result = validateTemplate(JSON.parse(JSON.stringify(t)), {
        otherTemplates: others,
        knownFacts: [...builtinCaseFacts],
      });
      expect(result.ok ? [] : result.errors).toEqual([]);
    },
  );

  it('each states that cases are fictional and the tool is for practice only', () => {
    for (const t of builtinTemplates) {
      expect(t.practiceNotice).toMatch(/fictional/);
      expect(t.practiceNotice).toMatch(/practice/i);
    }
  });

  it('a sound attempt at the default set is complete, valid and raises no questions', () => {
    const result = evaluate(soundAnswers());
    expect(result.itemErrors).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(result.ruleResults).toEqual([]);
    expect(result.progress).toBe(1);
    for (const t of defaultTemplates)
      for (const status of Object.values(result.sectionStatus[t.id] ?? {})) expect(status).toBe('complete');
    expect(result.computed['rosh-analysis']).toMatchObject({
      'overall-rosh': 'high',
      'plan-required': true,
      'full-analysis-indicated': true,
    });
  });

  it('the reflective log shows only the stages of the chosen model', () => {
    const answers = soundAnswers();
    const rolfe = evaluate(answers);
    expect(rolfe.sectionVisible('reflective-log', 'rolfe')).toBe(true);
    expect(rolfe.sectionVisible('reflective-log', 'gibbs')).toBe(false);
    expect(rolfe.visible('reflective-log', 'gibbs-feelings')).toBe(false);
    answers['reflective-log']!.model = 'gibbs';
    const gibbs = evaluate(answers);
    expect(gibbs.sectionStatus['reflective-log']).toMatchObject({ gibbs: 'incomplete' });
    expect(gibbs.sectionStatus['reflective-log']).not.toHaveProperty('rolfe');
    expect(gibbs.errorsFor('reflective-log', 'gibbs-feelings').map((e) => e.message)).toEqual([
      'Enter an answer.',
    ]);
    // The Rolfe answers are kept in the attempt but are not exported.
    expect(answers['reflective-log']!['rolfe-what']).toBeDefined();
    expect(gibbs.visibleAnswers['reflective-log']).not.toHaveProperty('rolfe-what');
  });

  it('the risk management plan offers the risk factors named in the analysis', () => {
    const result = evaluate(soundAnswers());
    expect(result.options('risk-management-plan', 'risk', 'link-000001').map((o) => o.label)).toEqual([
      'Jealousy and control',
      'Drinking',
    ]);
  });

  it('the plan’s risk lines wait until there is a risk to link, keeping lines already written', () => {
    const planOnly = [getBuiltinTemplate('risk-management-plan')!];
    const empty = evaluateAttempt({ templates: planOnly, answers: {} });
    expect(empty.visible('risk-management-plan', 'nothing-to-link-yet')).toBe(true);
    expect(empty.visible('risk-management-plan', 'risk-links')).toBe(false);
    expect(empty.visible('risk-management-plan', 'other-risk-links')).toBe(false);
    expect(empty.sectionStatus['risk-management-plan']!['risk-links']).toBe('complete');
    const sound = evaluate(soundAnswers());
    expect(sound.visible('risk-management-plan', 'nothing-to-link-yet')).toBe(false);
    expect(sound.visible('risk-management-plan', 'risk-links')).toBe(true);
    expect(sound.visibleAnswers['risk-management-plan']!['risk-links']).toHaveLength(2);
  });

  it('a plan line pointing at a deleted risk factor is reported', () => {
    const answers = soundAnswers();
    rows(answers, 'rosh-analysis', 'risk-factors').pop();
    const result = evaluate(answers);
    expect(result.errorsFor('risk-management-plan', 'risk', 'link-000002').map((e) => e.message)).toEqual([
      'The saved choice is no longer one of the options.',
    ]);
  });

  it('every rule of the default set has a weakening that fires it', () => {
    // Rules that read the needs assessment or risk to self (outside the default set) are weakened in
    // strengths-needs-links.test.ts; the new templates' own rules in their own tests.
    const readsOtherTemplates = /^(no-goal-for-|unanswered-)/;
    const all = defaultTemplates.flatMap((t: Template) =>
      (t.rules ?? [])
        .filter((rule) => !readsOtherTemplates.test(rule.id))
        .map((rule) => `${t.id}/${rule.id}`),
    );
    expect(Object.keys(weakenings).sort()).toEqual(all.sort());
  });

  it.each(Object.entries(weakenings))(
    '%s fires on a weak answer and not on a sound one',
    (key, weakening) => {
      const [templateId, ruleId] = key.split('/') as [string, string];
      const context = weakening.caseContext === undefined ? domesticAbuseCase : weakening.caseContext;
      const sound = soundAnswers();
      const soundRules = evaluate(sound, context).ruleResults.filter(
        (r) => r.ruleId === ruleId && r.source.kind === 'template' && r.source.templateId === templateId,
      );
      expect(soundRules).toEqual([]);
      const weak = soundAnswers();
      weakening.change(weak);
      const fired = evaluate(weak, context).ruleResults.filter(
        (r) => r.ruleId === ruleId && r.source.kind === 'template' && r.source.templateId === templateId,
      );
      expect(fired.length).toBeGreaterThan(0);
      for (const result of fired) {
        expect(result.message).toMatch(/\?$/);
        expect(result.message).not.toMatch(/\{\{/);
        expect(result.sectionRef).toBeDefined();
      }
    },
  );

  it('case-fact rules depend on the facts, not only the ratings', () => {
    const answers = soundAnswers();
    weakenings['rosh-analysis/known-adult-low-with-callouts']!.change(answers);
    expect(ruleIds(answers)).toContain('rosh-analysis:known-adult-low-with-callouts');
    // Call-outs where the person was the alleged victim do not count.
    const asVictimOnly = { ...domesticAbuseCase, facts: { daCallouts: 2, daPerpetratorCallouts: 0 } };
    expect(ruleIds(answers, asVictimOnly)).not.toContain('rosh-analysis:known-adult-low-with-callouts');
    answers['rosh-analysis']!['screen-domestic-abuse'] = 'no';
    expect(ruleIds(answers)).toContain('rosh-analysis:da-screened-out-with-callouts');
    expect(ruleIds(answers, asVictimOnly)).not.toContain('rosh-analysis:da-screened-out-with-callouts');
    expect(ruleIds(answers, null)).not.toContain('rosh-analysis:known-adult-low-with-callouts');
  });

  it('names the row in per-row questions', () => {
    const answers = soundAnswers();
    weakenings['risk-management-plan/risk-not-answered']!.change(answers);
    const result = evaluate(answers).ruleResults.find((r) => r.ruleId === 'risk-not-answered');
    expect(result).toMatchObject({
      rowId: 'risk-000002',
      message: 'Your analysis names “Drinking” as increasing the risk. Which part of the plan answers it?',
      sectionRef: { templateId: 'risk-management-plan', sectionId: 'risk-links' },
    });
  });

  it('the analysis hands risk to self and enquiries over to the fuller templates when the attempt holds them', () => {
    const answers = soundAnswers();
    weakenings['rosh-analysis/known-adult-low-without-da-enquiry']!.change(answers);
    const brief = evaluate(answers);
    expect(brief.visible('rosh-analysis', 'da-status')).toBe(true);
    expect(brief.visible('rosh-analysis', 'self-risk-grid')).toBe(true);
    expect(brief.visible('rosh-analysis', 'enquiries-outstanding-summary')).toBe(false);
    // Without the needs assessment the sentence plan has nothing to show from it.
    expect(brief.sectionVisible('sentence-plan', 'from-needs-assessment')).toBe(false);
    expect(ruleIds(answers)).toContain('rosh-analysis:known-adult-low-without-da-enquiry');

    const full = evaluate(
      {
        ...answers,
        'enquiries-log': { 'police-da-status': 'requested' },
        'risk-to-self': { 'suicide-current': 'yes' },
      },
      domesticAbuseCase,
      builtinTemplates,
    );
    for (const itemId of [
      'da-status',
      'safeguarding-status',
      'address-status',
      'other-enquiries',
      'self-risk-grid',
    ])
      expect(full.visible('rosh-analysis', itemId)).toBe(false);
    expect(full.visible('rosh-analysis', 'enquiries-elsewhere')).toBe(true);
    expect(full.sectionVisible('sentence-plan', 'from-needs-assessment')).toBe(true);
    expect(full.computed['rosh-analysis']!['enquiries-outstanding-summary']).toContain(
      'Police domestic abuse enquiry',
    );
    expect(full.computed['rosh-analysis']!['self-risk-current-summary']).toBe('Suicide');
    // The hidden brief answers are neither validated nor questioned: the enquiries log asks instead.
    expect(full.itemErrors.filter((e) => e.templateId === 'rosh-analysis')).toEqual([]);
    const fullRules = full.ruleResults.map(
      (r) => `${r.source.kind === 'template' ? r.source.templateId : ''}:${r.ruleId}`,
    );
    expect(fullRules).not.toContain('rosh-analysis:known-adult-low-without-da-enquiry');
    expect(fullRules).toContain('enquiries-log:known-adult-low-while-da-outstanding');
    expect(full.visibleAnswers['rosh-analysis']).not.toHaveProperty('da-status');
  });
});
