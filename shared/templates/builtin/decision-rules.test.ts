import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt, type CaseContext } from '../engine';
import { defaultTemplateSet, getBuiltinTemplate } from './index';
import { sampleCaseContext, sampleSoundAnswers, type Answers } from './__fixtures__/sample-answers';

/**
 * The rules that read the decisions the templates now hold as choices: the per-group enquiry checks, the
 * domestic abuse screening against the call-outs, contingency owners and timescales, and the reflective log's
 * enforcement and recall decisions. Each is tried at the edges of what is defensible, not only at one weak
 * answer, and with wording the fixtures do not use, since the rules read choices and case facts, not words.
 */

const templates = defaultTemplateSet.map((id) => getBuiltinTemplate(id)!);
type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;
type Grid = Record<string, Record<string, string>>;

const noCallouts: CaseContext = { ...sampleCaseContext, facts: { daCallouts: 0, daPerpetratorCallouts: 0 } };
const asVictimOnly: CaseContext = {
  ...sampleCaseContext,
  facts: { daCallouts: 3, daPerpetratorCallouts: 0, childrenInHousehold: false },
};

function speaking(answers: Answers, caseContext: CaseContext | null = sampleCaseContext): string[] {
  return evaluateAttempt({ templates, answers, caseContext }).ruleResults.map((result) => result.ruleId);
}

function attempt(change: (a: Answers) => void): Answers {
  const answers = sampleSoundAnswers();
  change(answers);
  return answers;
}

const grid = (a: Answers) => a['rosh-analysis']!['rosh-grid'] as Grid;
const rosh = (a: Answers) => a['rosh-analysis']!;
const line = (a: Answers) => (a['risk-management-plan']!['contingency-lines'] as Rows)[0]!.values;
const decision = (a: Answers) => (a['reflective-log']!.decisions as Rows)[0]!.values;

describe('enquiry checks per group at risk', () => {
  it('ask about a known adult rated low without the police reply, whatever the other groups are rated', () => {
    for (const other of ['medium', 'high', 'very-high']) {
      const answers = attempt((a) => {
        grid(a)['known-adult']!.community = 'low';
        grid(a).public!.community = other;
        rosh(a)['da-status'] = 'not-requested';
        rosh(a)['da-reason'] = 'Not thought necessary.';
      });
      expect(speaking(answers, noCallouts)).toContain('known-adult-low-without-da-enquiry');
    }
  });

  it('ask about children rated low without a reply from children’s social care, even with another group high', () => {
    const answers = attempt((a) => {
      grid(a).children!.community = 'low';
      rosh(a)['safeguarding-status'] = 'requested';
      delete rosh(a)['safeguarding-received-on'];
    });
    expect(grid(answers)['known-adult']!.community).toBe('high');
    expect(speaking(answers, noCallouts)).toContain('children-low-without-safeguarding-enquiry');
    // The other group's check is not asked about: the police reply is in.
    expect(speaking(answers, noCallouts)).not.toContain('known-adult-low-without-da-enquiry');
  });

  it('stay silent at both edges: low with the reply in, and medium while the reply is awaited', () => {
    const lowWithReply = attempt((a) => {
      grid(a)['known-adult']!.community = 'low';
      grid(a).children!.community = 'low';
    });
    const mediumAwaiting = attempt((a) => {
      grid(a)['known-adult']!.community = 'medium';
      grid(a).children!.community = 'medium';
      rosh(a)['da-status'] = 'requested';
      rosh(a)['safeguarding-status'] = 'requested';
    });
    for (const answers of [lowWithReply, mediumAwaiting]) {
      const rules = speaking(answers, noCallouts);
      expect(rules).not.toContain('known-adult-low-without-da-enquiry');
      expect(rules).not.toContain('children-low-without-safeguarding-enquiry');
    }
  });
});

describe('domestic abuse screening against the case file', () => {
  it('asks when call-outs name the person as the alleged perpetrator and the screening says no or not known', () => {
    for (const screened of ['no', 'unknown'])
      expect(speaking(attempt((a) => (rosh(a)['screen-domestic-abuse'] = screened)))).toContain(
        'da-screened-out-with-callouts',
      );
  });

  it('does not count call-outs where the person was the victim', () => {
    const answers = attempt((a) => {
      rosh(a)['screen-domestic-abuse'] = 'no';
      grid(a)['known-adult']!.community = 'low';
    });
    const rules = speaking(answers, asVictimOnly);
    expect(rules).not.toContain('da-screened-out-with-callouts');
    expect(rules).not.toContain('known-adult-low-with-callouts');
  });

  it('stays silent when the screening says yes, and without a case file', () => {
    expect(speaking(sampleSoundAnswers())).not.toContain('da-screened-out-with-callouts');
    expect(
      speaking(
        attempt((a) => (rosh(a)['screen-domestic-abuse'] = 'no')),
        null,
      ),
    ).not.toContain('da-screened-out-with-callouts');
  });

  it('asks when domestic abuse is screened in but the known adult is rated low, and not at medium or above', () => {
    const low = attempt((a) => (grid(a)['known-adult']!.community = 'low'));
    expect(speaking(low, null)).toContain('da-screened-in-known-adult-low');
    for (const level of ['medium', 'high', 'very-high']) {
      const rated = attempt((a) => (grid(a)['known-adult']!.community = level));
      expect(speaking(rated, null)).not.toContain('da-screened-in-known-adult-low');
    }
    const notScreened = attempt((a) => {
      grid(a)['known-adult']!.community = 'low';
      rosh(a)['screen-domestic-abuse'] = 'no';
    });
    expect(speaking(notScreened, null)).not.toContain('da-screened-in-known-adult-low');
  });
});

describe('contingency owners and timescales', () => {
  it('asks who acts when the owner is another agency or someone else nobody has named', () => {
    for (const role of ['other-agency', 'someone-else']) {
      const answers = attempt((a) => (line(a)['who-role'] = role));
      expect(speaking(answers)).toContain('contingency-generic-owner');
      const named = attempt((a) => {
        line(a)['who-role'] = role;
        line(a)['who-name'] = 'Lantern Women’s Refuge outreach worker';
      });
      expect(speaking(named)).not.toContain('contingency-generic-owner');
    }
  });

  it('is silent for every named role, at every timescale, without a recall', () => {
    const roles = [
      'practitioner',
      'manager',
      'duty-officer',
      'police',
      'childrens-social-care',
      'approved-premises',
    ];
    const timescales = [
      'immediately',
      'same-day',
      'within-24-hours',
      'within-two-working-days',
      'next-contact',
    ];
    for (const role of roles)
      for (const timescale of timescales) {
        const answers = attempt((a) => {
          line(a)['who-role'] = role;
          line(a)['how-quickly'] = timescale;
          line(a)['response-types'] = ['review-assessment', 'increase-contact'];
        });
        const rules = speaking(answers);
        for (const id of [
          'contingency-generic-owner',
          'contingency-without-owner',
          'contingency-recall-without-manager',
          'contingency-high-risk-sign-at-next-contact',
        ])
          expect(rules, `${role} ${timescale}`).not.toContain(id);
      }
  });

  it('asks when there is no timescale, or no owner', () => {
    expect(speaking(attempt((a) => delete line(a)['how-quickly']))).toContain('contingency-without-owner');
    expect(speaking(attempt((a) => delete line(a)['who-role']))).toContain('contingency-without-owner');
  });

  it('asks who agrees a recall the practitioner alone would carry out, and not when a manager does', () => {
    for (const recall of ['recall-fixed-term', 'recall-standard', 'recall-emergency']) {
      const alone = attempt((a) => {
        line(a)['response-types'] = [recall];
        line(a)['who-role'] = 'practitioner';
      });
      expect(speaking(alone)).toContain('contingency-recall-without-manager');
      for (const role of ['manager', 'duty-officer']) {
        const agreed = attempt((a) => {
          line(a)['response-types'] = [recall];
          line(a)['who-role'] = role;
        });
        expect(speaking(agreed)).not.toContain('contingency-recall-without-manager');
      }
    }
  });

  it('asks about an urgent response left to the next contact only when the risk is rated high or above', () => {
    const nextContact = (level: string) =>
      attempt((a) => {
        grid(a)['known-adult']!.community = level;
        line(a)['response-types'] = ['safeguarding-referral'];
        line(a)['how-quickly'] = 'next-contact';
      });
    expect(speaking(nextContact('high'))).toContain('contingency-high-risk-sign-at-next-contact');
    expect(speaking(nextContact('very-high'))).toContain('contingency-high-risk-sign-at-next-contact');
    expect(speaking(nextContact('medium'))).not.toContain('contingency-high-risk-sign-at-next-contact');
    const sameDay = attempt((a) => {
      line(a)['response-types'] = ['safeguarding-referral'];
      line(a)['how-quickly'] = 'within-two-working-days';
    });
    expect(speaking(sameDay)).not.toContain('contingency-high-risk-sign-at-next-contact');
  });

  it('asks how an order in force is monitored, and is silent once the plan monitors it', () => {
    for (const order of ['restraining-order', 'non-molestation-order', 'shpo', 'other-order']) {
      const unmonitored = attempt((a) => {
        rosh(a)['orders-in-force'] = [order];
        rosh(a)['orders-detail'] = 'No contact with the person protected.';
      });
      expect(speaking(unmonitored)).toContain('order-in-force-not-monitored');
      const monitored = attempt((a) => {
        rosh(a)['orders-in-force'] = [order];
        rosh(a)['orders-detail'] = 'No contact with the person protected.';
        (a['risk-management-plan']!.controls as string[]).push('civil-ancillary-orders');
      });
      expect(speaking(monitored)).not.toContain('order-in-force-not-monitored');
    }
    // Licence conditions are the plan's own requirements, not an order to monitor from outside.
    const licence = attempt((a) => {
      rosh(a)['orders-in-force'] = ['licence-conditions'];
      rosh(a)['orders-detail'] = 'Residence and exclusion zone.';
    });
    expect(speaking(licence)).not.toContain('order-in-force-not-monitored');
  });
});

describe('reflective log decisions', () => {
  const enforcement = (values: Record<string, JsonValue>) =>
    attempt((a) =>
      Object.assign(decision(a), { alternatives: 'A letter and an extra appointment.', ...values }),
    );
  const reflectiveRules = (answers: Answers) =>
    speaking(answers).filter((id) =>
      [
        'recall-without-manager',
        'sanction-without-asking-why',
        'sanction-for-acceptable-reason',
        'enforcement-without-alternatives',
        'sanction-decided-alone',
      ].includes(id),
    );

  it('asks who agreed a recall unless a manager was consulted', () => {
    for (const type of ['recall-fixed-term', 'recall-standard', 'recall-emergency']) {
      const alone = enforcement({
        'decision-type': type,
        'absence-reason': 'chose-not-to',
        consulted: ['police'],
      });
      expect(reflectiveRules(alone)).toEqual(['recall-without-manager']);
      const agreed = enforcement({
        'decision-type': type,
        'absence-reason': 'chose-not-to',
        consulted: ['manager', 'police'],
      });
      expect(reflectiveRules(agreed)).toEqual([]);
    }
  });

  it('asks about a sanction for an absence normally judged acceptable, and not when the absence was accepted', () => {
    for (const reason of ['service-caused', 'hospital-or-illness', 'assaulted', 'needs-not-met']) {
      for (const type of ['unacceptable-absence', 'warning', 'breach']) {
        const sanction = enforcement({
          'decision-type': type,
          'absence-reason': reason,
          consulted: ['manager'],
        });
        expect(reflectiveRules(sanction), `${type} for ${reason}`).toEqual([
          'sanction-for-acceptable-reason',
        ]);
      }
      for (const type of ['acceptable-absence', 'no-action']) {
        const accepted = enforcement({
          'decision-type': type,
          'absence-reason': reason,
          consulted: ['practice-tutor'],
        });
        expect(reflectiveRules(accepted), `${type} for ${reason}`).toEqual([]);
      }
    }
  });

  it('is silent for a sanction after the person chose not to comply or gave no reason, with alternatives and advice', () => {
    for (const reason of ['chose-not-to', 'no-reason'])
      for (const type of ['unacceptable-absence', 'warning', 'breach']) {
        const sound = enforcement({
          'decision-type': type,
          'absence-reason': reason,
          consulted: ['manager'],
        });
        expect(reflectiveRules(sound), `${type} after ${reason}`).toEqual([]);
      }
  });

  it('asks why the absence happened before a sanction, and for the alternatives before enforcement', () => {
    const unasked = enforcement({
      'decision-type': 'warning',
      'absence-reason': 'not-asked',
      consulted: ['manager'],
    });
    expect(reflectiveRules(unasked)).toEqual(['sanction-without-asking-why']);
    const shown = evaluateAttempt({ templates, answers: unasked, caseContext: sampleCaseContext });
    expect(shown.visible('reflective-log', 'absence-reason', ['dec-0000001'])).toBe(true);
    const noAlternatives = attempt((a) =>
      Object.assign(decision(a), {
        'decision-type': 'breach',
        'absence-reason': 'chose-not-to',
        consulted: ['manager'],
      }),
    );
    expect(reflectiveRules(noAlternatives)).toEqual(['enforcement-without-alternatives']);
  });

  it('asks who else could have helped with a warning or breach decided alone', () => {
    const alone = enforcement({
      'decision-type': 'warning',
      'absence-reason': 'no-reason',
      consulted: ['no-one'],
    });
    expect(reflectiveRules(alone)).toEqual(['sanction-decided-alone']);
  });

  it('leaves decisions that are not about enforcement to the other questions', () => {
    for (const type of ['risk-rating', 'plan', 'enquiry', 'other']) {
      const answers = attempt((a) =>
        Object.assign(decision(a), { 'decision-type': type, consulted: ['no-one'] }),
      );
      expect(reflectiveRules(answers)).toEqual([]);
      const result = evaluateAttempt({ templates, answers, caseContext: sampleCaseContext });
      expect(result.visible('reflective-log', 'absence-reason', ['dec-0000001'])).toBe(false);
    }
  });
});
