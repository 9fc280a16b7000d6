import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt, type CaseContext } from '../engine';
import type { Template } from '../schema';
import { validateTemplate } from '../validate';
import { builtinCaseFacts, builtinTemplates, defaultTemplateSet, getBuiltinTemplate } from './index';

type Answers = Record<string, Record<string, JsonValue>>;

const text = (words: string) => `${words} (fictional practice answer).`;

/** A sound attempt at all four built-ins for a fictional domestic abuse case: every rule should stay silent. */
function soundAnswers(): Answers {
  return {
    'rosh-analysis': {
      setting: 'community',
      'assessment-point': 'start',
      'what-happened': text('Pushed his partner into a door frame during an argument at home'),
      'persons-account': text('Says she fell while they were both shouting'),
      'account-versus-evidence': text('The police summary records a neighbour who saw him push her'),
      'victim-relationship': ['partner'],
      victims: text('His partner of four years, who needed hospital treatment'),
      motivation: text('Jealousy and control when she sees friends, worse after drinking'),
      weapon: 'no',
      patterns: text('Two earlier call-outs show the same jealousy, with injuries growing'),
      'previous-offences': [
        {
          rowId: 'prev-000001',
          values: { when: '2023', what: 'Common assault of a former partner', outcome: 'Community order' },
        },
      ],
      'history-analysis': text('Each incident follows a partner spending time away from him'),
      'custody-history': 'no',
      'screen-serious-violence': 'yes',
      'screen-sexual': 'no',
      'screen-domestic-abuse': 'yes',
      'screen-children': 'yes',
      'children-concern': text('Her son, aged six, lives in the household and saw one incident'),
      'screen-stalking': 'no',
      'screen-custody': 'no',
      'who-at-risk': text('His partner, her son, and any future partner'),
      'nature-of-harm': text('Physical assault and fear; emotional harm to the child'),
      imminence: text('Evenings after drinking, and if she tries to end the relationship'),
      'risk-factors': [
        {
          rowId: 'risk-000001',
          values: {
            factor: 'Jealousy and control',
            explanation: text('Both call-outs'),
            groups: ['known-adult'],
          },
        },
        {
          rowId: 'risk-000002',
          values: {
            factor: 'Drinking',
            explanation: text('Drunk at each incident'),
            groups: ['known-adult', 'children'],
          },
        },
      ],
      'protective-factors': text('Steady work, and he wants to keep contact with his own daughter'),
      'rosh-grid': {
        children: { community: 'medium', custody: 'low' },
        public: { community: 'low', custody: 'low' },
        'known-adult': { community: 'high', custody: 'low' },
        staff: { community: 'low', custody: 'low' },
        prisoners: { custody: 'low' },
      },
      'level-rationale': text('High for his partner: the harm could happen at any time'),
      'self-risk-grid': Object.fromEntries(
        ['suicide', 'self-harm', 'coping-custody', 'coping-hostel', 'vulnerability', 'escape', 'control'].map(
          (row) => [row, { current: 'no', previous: 'no' }],
        ),
      ),
      'mappa-category': 'category-3',
      'mappa-level': 'level-2',
      'mappa-rationale': text('Referred for active multi-agency management given the escalation'),
      'da-status': 'received',
      'da-requested-on': '2026-10-01',
      'da-received-on': '2026-10-08',
      'da-outcome': text('Two call-outs, one with an injury'),
      'safeguarding-status': 'received',
      'safeguarding-requested-on': '2026-10-01',
      'safeguarding-received-on': '2026-10-10',
      'safeguarding-outcome': text('The child is known; a child in need plan is open'),
      'oversight-sought': 'yes',
    },
    'risk-management-plan': {
      'key-information': text('Lives with his partner and her son'),
      'review-triggers': text('A new relationship, a move, an arrest, missed appointments'),
      'supervision-arrangements': text('Weekly office appointments for the first three months'),
      'home-visits': 'yes',
      'home-visit-purpose': text('Monthly visits to see the household'),
      agencies: text('Police, children’s social care and a domestic abuse service'),
      controls: ['requirements', 'police-liaison', 'non-contact'],
      'controls-detail': text('Police share call-outs within a day'),
      'intervention-types': ['accredited-programme'],
      'interventions-detail': text('A domestic abuse programme, and an alcohol service referral'),
      'identified-victims': 'yes',
      'victim-safety-detail': text('Partner linked with a domestic abuse service; marker on the address'),
      'contingency-lines': [
        {
          rowId: 'cont-000001',
          values: {
            'warning-sign': 'A new call-out to the address',
            action: 'Review the risk and consider recall or breach',
            who: 'Probation practitioner and manager',
            'by-when': 'The same working day',
          },
        },
      ],
      'risk-links': [
        {
          rowId: 'link-000001',
          values: { risk: 'risk-000001', 'plan-parts': ['interventions'], how: text('The programme') },
        },
        {
          rowId: 'link-000002',
          values: { risk: 'risk-000002', 'plan-parts': ['interventions'], how: text('Alcohol service') },
        },
      ],
    },
    'sentence-plan': {
      'persons-view': text('Wants to keep his job and stay with his family'),
      strengths: text('Steady work and a supportive brother'),
      objectives: [
        {
          rowId: 'obj-0000001',
          values: {
            area: 'relationships',
            objective: 'Build a relationship without fear',
            'own-words': 'I will learn to walk away when I feel jealous.',
            'strengths-to-use': text('He is proud of being a good father'),
            'linked-to-harm': 'yes',
            actions: [
              {
                rowId: 'act-0000001',
                values: {
                  action: 'Refer to the programme',
                  owner: 'practitioner',
                  'target-date': '2026-12-01',
                },
              },
              {
                rowId: 'act-0000002',
                values: { action: 'Attend every session', owner: 'the-person', 'target-date': '2027-03-01' },
              },
            ],
            'review-date': '2027-01-15',
          },
        },
      ],
      'responsivity-needs': ['literacy'],
      adjustments: text('Appointment letters in plain words, and a text message reminder'),
      agreement: 'agrees',
    },
    'reflective-log': {
      subject: 'Rating the risk to the known adult',
      'event-date': '2026-10-12',
      model: 'rolfe',
      'rolfe-what': text('I rated the risk to his partner high'),
      'rolfe-so-what': text('The call-outs mattered more than his account'),
      'rolfe-now-what': text('I will ask for police information earlier'),
      decisions: [
        {
          rowId: 'dec-0000001',
          values: {
            decision: 'High for the known adult',
            reasons: text('Escalation and jealousy'),
            evidence: text('Two call-outs, one with an injury'),
          },
        },
      ],
      'do-differently': text('Check the account against the police summary before the interview'),
      'supervision-questions': text('When should a case like this go to MAPPA?'),
    },
  };
}

const domesticAbuseCase: CaseContext = {
  caseId: 'practice-case',
  facts: { daCallouts: 2, childrenInHousehold: true },
  releasedDocumentIds: [],
};

function evaluate(answers: Answers, caseContext: CaseContext | null = domesticAbuseCase) {
  return evaluateAttempt({ templates: builtinTemplates, answers, caseContext });
}

const ruleIds = (answers: Answers, caseContext: CaseContext | null = domesticAbuseCase) =>
  evaluate(answers, caseContext).ruleResults.map(
    (result) => `${result.itemRef?.templateId ?? ''}:${result.ruleId}`,
  );

type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;
const rows = (answers: Answers, templateId: string, itemId: string) => answers[templateId]![itemId] as Rows;
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
  'rosh-analysis/low-without-da-enquiry': {
    change: (a) => {
      a['rosh-analysis']!['rosh-grid'] = { ...allLow(), prisoners: { custody: 'low' } };
      a['rosh-analysis']!['da-status'] = 'requested';
    },
  },
  'rosh-analysis/low-without-safeguarding-enquiry': {
    change: (a) => {
      a['rosh-analysis']!['rosh-grid'] = { ...allLow(), prisoners: { custody: 'low' } };
      a['rosh-analysis']!['safeguarding-status'] = 'not-requested';
    },
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
    change: (a) => delete rows(a, 'risk-management-plan', 'contingency-lines')[0]!.values.who,
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
  'sentence-plan/objective-without-actions': {
    change: (a) => (rows(a, 'sentence-plan', 'objectives')[0]!.values.actions = []),
  },
  'sentence-plan/action-without-owner-or-date': {
    change: (a) =>
      delete (rows(a, 'sentence-plan', 'objectives')[0]!.values.actions as Rows)[1]!.values['target-date'],
  },
  'sentence-plan/objective-without-review': {
    change: (a) => delete rows(a, 'sentence-plan', 'objectives')[0]!.values['review-date'],
  },
  'sentence-plan/objective-without-own-words': {
    change: (a) => (rows(a, 'sentence-plan', 'objectives')[0]!.values['own-words'] = ''),
  },
  'sentence-plan/all-actions-on-the-person': {
    change: (a) =>
      ((rows(a, 'sentence-plan', 'objectives')[0]!.values.actions as Rows)[0]!.values.owner = 'the-person'),
  },
  'sentence-plan/harm-without-objective': {
    change: (a) => (rows(a, 'sentence-plan', 'objectives')[0]!.values['linked-to-harm'] = 'no'),
  },
  'reflective-log/decision-without-evidence': {
    change: (a) => delete rows(a, 'reflective-log', 'decisions')[0]!.values.evidence,
  },
};

describe('built-in templates', () => {
  it('are the four, in working order, each found by id', () => {
    expect(builtinTemplates.map((t) => t.id)).toEqual(defaultTemplateSet);
    for (const id of defaultTemplateSet) expect(getBuiltinTemplate(id)?.id).toBe(id);
    expect(getBuiltinTemplate('nope')).toBeUndefined();
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

  it('a sound attempt is complete, valid and raises no questions', () => {
    const result = evaluate(soundAnswers());
    expect(result.itemErrors).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(result.ruleResults).toEqual([]);
    expect(result.progress).toBe(1);
    for (const t of builtinTemplates)
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

  it('a plan line pointing at a deleted risk factor is reported', () => {
    const answers = soundAnswers();
    rows(answers, 'rosh-analysis', 'risk-factors').pop();
    const result = evaluate(answers);
    expect(result.errorsFor('risk-management-plan', 'risk', 'link-000002').map((e) => e.message)).toEqual([
      'The saved choice is no longer one of the options.',
    ]);
  });

  it('every built-in rule has a weakening that fires it', () => {
    const all = builtinTemplates.flatMap((t: Template) =>
      (t.rules ?? []).map((rule) => `${t.id}/${rule.id}`),
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
    expect(ruleIds(answers, { ...domesticAbuseCase, facts: { daCallouts: 0 } })).not.toContain(
      'rosh-analysis:known-adult-low-with-callouts',
    );
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
});
