import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt } from '../engine';
import { validateTemplate } from '../validate';
import { builtinCaseFacts, builtinTemplates } from './index';
import { strengthsNeeds, strengthsNeedsAreas } from './strengths-needs';
import { strengthsNeedsSoundAnswers } from './__fixtures__/strengths-needs-sample';

type TemplateAnswers = Record<string, JsonValue>;
const templates = [...builtinTemplates.filter((t) => t.id !== strengthsNeeds.id), strengthsNeeds];

function evaluate(answers: TemplateAnswers) {
  return evaluateAttempt({ templates, answers: { 'strengths-needs': answers }, caseContext: null });
}
const firedRules = (answers: TemplateAnswers) =>
  evaluate(answers)
    .ruleResults.filter(
      (result) => result.source.kind === 'template' && result.source.templateId === 'strengths-needs',
    )
    .map((result) => result.ruleId);
const areaIds = strengthsNeedsAreas.map((area) => area.id);

describe('strengths and needs template', () => {
  it('validates as plain data against the other built-ins', () => {
    const result = validateTemplate(JSON.parse(JSON.stringify(strengthsNeeds)), {
      otherTemplates: builtinTemplates,
      knownFacts: [...builtinCaseFacts],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the nine areas in order, each need area ending with the person’s view and the analysis', () => {
    expect(strengthsNeeds.sections.map((section) => section.title)).toEqual([
      'About this assessment',
      'Accommodation',
      'Employment and education',
      'Finances',
      'Alcohol use',
      'Drug use',
      'Health and wellbeing',
      'Personal relationships and community',
      'Thinking, behaviours and attitudes',
      'Offence analysis',
      'Overview',
    ]);
    for (const area of areaIds) {
      const section = strengthsNeeds.sections.find((candidate) => candidate.id === area)!;
      expect(section.items.slice(-9).map((item) => item.id)).toEqual([
        `${area}-motivation`,
        `${area}-motivation-notes`,
        `${area}-strengths`,
        `${area}-strengths-details`,
        `${area}-harm`,
        `${area}-harm-details`,
        `${area}-reoffending`,
        `${area}-reoffending-details`,
        `${area}-summary`,
      ]);
    }
    expect(strengthsNeeds.practiceNotice).toMatch(/fictional/);
  });

  it('a sound assessment is complete, valid and raises no questions', () => {
    const result = evaluate(strengthsNeedsSoundAnswers());
    expect(result.itemErrors.filter((error) => error.templateId === 'strengths-needs')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(firedRules(strengthsNeedsSoundAnswers())).toEqual([]);
    expect(result.templateProgress['strengths-needs']).toBe(1);
    for (const status of Object.values(result.sectionStatus['strengths-needs']!))
      expect(status).toBe('complete');
  });

  it('an empty assessment reports every area incomplete, with nothing evaluated wrongly', () => {
    const result = evaluate({});
    expect(result.evaluationProblems).toEqual([]);
    expect(result.templateProgress['strengths-needs']).toBe(0);
    for (const area of areaIds) expect(result.sectionStatus['strengths-needs']![area]).toBe('incomplete');
    expect(result.computed['strengths-needs']!['plan-areas']).toBe('');
  });

  it('asks for details when an analysis answer is yes, and only then', () => {
    const answers = strengthsNeedsSoundAnswers();
    answers['accommodation-harm'] = 'yes';
    const yes = evaluate(answers);
    expect(yes.required('strengths-needs', 'accommodation-harm-details')).toBe(true);
    expect(yes.errorsFor('strengths-needs', 'accommodation-harm-details').map((e) => e.message)).toEqual([
      'Enter an answer.',
    ]);
    answers['accommodation-harm'] = 'no';
    const no = evaluate(answers);
    expect(no.visible('strengths-needs', 'accommodation-harm-details')).toBe(true);
    expect(no.required('strengths-needs', 'accommodation-harm-details')).toBe(false);
  });

  it('shows a "give details" box only for the answers that call for it', () => {
    const answers = strengthsNeedsSoundAnswers();
    expect(evaluate(answers).visible('strengths-needs', 'acc-location-details')).toBe(false);
    answers['acc-location'] = 'some-problems';
    const concerns = evaluate(answers);
    expect(concerns.visible('strengths-needs', 'acc-location-details')).toBe(true);
    expect(concerns.errorsFor('strengths-needs', 'acc-location-details')).toHaveLength(1);
    // A multiple choice: details appear when any listed option is ticked.
    answers['acc-living-with'] = ['family', 'own-children'];
    expect(evaluate(answers).visible('strengths-needs', 'acc-living-with-details')).toBe(true);
    // Drug questions hide when the person has never used drugs, and the hidden answers are not exported.
    answers['drug-which'] = ['cannabis'];
    const never = evaluate(answers);
    expect(never.visible('strengths-needs', 'drug-which')).toBe(false);
    expect(never.visibleAnswers['strengths-needs']).not.toHaveProperty('drug-which');
  });

  it('summarises each area from its answers', () => {
    const result = evaluate(strengthsNeedsSoundAnswers());
    const computed = result.computed['strengths-needs']!;
    // Alcohol, counted by hand: alc-use; then frequency, binge evidence, past problems and effects, shown for a
    // current drinker; then the two details boxes shown because both of those answers were yes: 7 of 7.
    // (Reasons and units are optional, so they are not counted.)
    expect(computed['alcohol-summary']).toBe(
      'Answered 7 of 7 questions. The person is thinking about changing. Strengths or protective factors: No. Linked to serious harm: Yes. Linked to reoffending: Yes.',
    );
    expect(computed['drugs-summary']).toBe(
      'Answered 1 of 1 questions. The person was not present, or this area does not apply. Strengths or protective factors: No. Linked to serious harm: No. Linked to reoffending: No.',
    );
    // Offence, by hand: description, elements, motivation, why, others involved, impact, responsibility, pattern,
    // escalation, abuser, victim of abuse (11 always shown) plus three details boxes called for by yes answers.
    expect(computed['offence-summary']).toMatch(
      /^Answered 14 of 14 questions\. Points to a risk of serious harm: Yes\.$/,
    );
    expect(computed['areas-linked-harm']).toBe(
      'Alcohol use, Personal relationships and community, Thinking, behaviours and attitudes, Offence analysis',
    );
    expect(computed['areas-linked-reoffending']).toBe(
      'Employment and education, Alcohol use, Personal relationships and community, Thinking, behaviours and attitudes',
    );
    expect(computed['plan-areas']).toBe(
      'Employment and education, Alcohol use, Personal relationships and community, Thinking, behaviours and attitudes',
    );
    expect(computed['areas-with-strengths']).toBe(
      'Accommodation, Employment and education, Health and wellbeing, Personal relationships and community',
    );

    const partial = strengthsNeedsSoundAnswers();
    delete partial['alc-frequency'];
    delete partial['alcohol-motivation'];
    expect(evaluate(partial).computed['strengths-needs']!['alcohol-summary']).toMatch(
      /^Answered 6 of 7 questions\. The person has not yet been asked about change\./,
    );
  });
});

/** For every rule: a change to the sound assessment that makes it speak. */
const weakenings: Record<string, (a: TemplateAnswers) => void> = {
  'no-area-linked-to-reoffending': (a) => {
    for (const area of areaIds) a[`${area}-reoffending`] = 'no';
  },
  'offence-harm-without-area': (a) => {
    for (const area of areaIds) a[`${area}-harm`] = 'no';
  },
  'addiction-motive-not-linked': (a) => {
    a['oa-motivation'] = ['addiction'];
    a['alcohol-reoffending'] = 'no';
  },
  'domestic-abuse-relationships-not-harm': (a) => (a['relationships-harm'] = 'no'),
  'thinking-problems-not-linked': (a) => (a['thinking-reoffending'] = 'no'),
  'no-strengths-anywhere': (a) => {
    for (const area of areaIds) a[`${area}-strengths`] = 'no';
  },
  'linked-but-not-willing': (a) => (a['alcohol-motivation'] = 'not-want'),
};

describe('strengths and needs rules', () => {
  it('every rule has a weakening', () => {
    expect(Object.keys(weakenings).sort()).toEqual(
      (strengthsNeeds.rules ?? []).map((rule) => rule.id).sort(),
    );
  });

  it.each(Object.entries(weakenings))(
    '%s speaks on a weak answer and not on the sound one',
    (ruleId, weaken) => {
      expect(firedRules(strengthsNeedsSoundAnswers())).not.toContain(ruleId);
      const answers = strengthsNeedsSoundAnswers();
      weaken(answers);
      expect(firedRules(answers)).toContain(ruleId);
    },
  );

  it('a rule stays silent until every area it looks across has been answered', () => {
    const answers = strengthsNeedsSoundAnswers();
    for (const area of areaIds) answers[`${area}-reoffending`] = 'no';
    delete answers['drugs-reoffending'];
    expect(firedRules(answers)).not.toContain('no-area-linked-to-reoffending');
  });

  it('messages are reflective questions', () => {
    for (const rule of strengthsNeeds.rules ?? []) expect(rule.message).toMatch(/\?/);
  });
});
