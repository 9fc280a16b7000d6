import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { evaluateAttempt } from '../engine';
import { validateTemplate } from '../validate';
import { enquiriesLog } from './enquiries-log';
import { enquiriesLogSoundAnswers } from './__fixtures__/enquiries-log-sample';
import { builtinCaseFacts, builtinTemplates } from './index';
import { strengthsNeeds } from './strengths-needs';

type TemplateAnswers = Record<string, JsonValue>;
type Rows = Array<{ rowId: string; values: Record<string, JsonValue> }>;

const mine = new Set([strengthsNeeds.id, enquiriesLog.id]);
const templates = [...builtinTemplates.filter((t) => !mine.has(t.id)), strengthsNeeds, enquiriesLog];

interface Attempt {
  log: TemplateAnswers;
  grid: Record<string, Record<string, string>>;
  children: string[];
}

/** A sound attempt: medium ratings for children and the known adult, a child in the person's life. */
function soundAttempt(): Attempt {
  return {
    log: enquiriesLogSoundAnswers(),
    grid: { children: { community: 'medium' }, 'known-adult': { community: 'high' } },
    children: ['lives-with'],
  };
}

function evaluate(attempt: Attempt) {
  return evaluateAttempt({
    templates,
    answers: {
      'rosh-analysis': { 'rosh-grid': attempt.grid },
      'strengths-needs': { 'rel-children': attempt.children },
      'enquiries-log': attempt.log,
    },
    caseContext: null,
  });
}
const firedRules = (attempt: Attempt) =>
  evaluate(attempt)
    .ruleResults.filter((r) => r.source.kind === 'template' && r.source.templateId === 'enquiries-log')
    .map((r) => r.ruleId);

describe('enquiries log template', () => {
  it('validates as plain data against the other built-ins and the strengths and needs assessment', () => {
    const result = validateTemplate(JSON.parse(JSON.stringify(enquiriesLog)), {
      otherTemplates: [...builtinTemplates, strengthsNeeds],
      knownFacts: [...builtinCaseFacts],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(enquiriesLog.practiceNotice).toMatch(/fictional/);
  });

  it('a sound log is complete, valid and raises no questions', () => {
    const result = evaluate(soundAttempt());
    expect(result.itemErrors.filter((e) => e.templateId === 'enquiries-log')).toEqual([]);
    expect(result.evaluationProblems).toEqual([]);
    expect(firedRules(soundAttempt())).toEqual([]);
    expect(result.templateProgress['enquiries-log']).toBe(1);
    for (const status of Object.values(result.sectionStatus['enquiries-log']!))
      expect(status).toBe('complete');
    expect(result.computed['enquiries-log']).toMatchObject({ outstanding: '', 'any-outstanding': false });
    expect(result.visible('enquiries-log', 'follow-up')).toBe(false);
  });

  it('asks for dates, what came back and a reason, as the status calls for them', () => {
    const attempt = soundAttempt();
    attempt.log['police-da-status'] = 'requested';
    const requested = evaluate(attempt);
    expect(requested.visible('enquiries-log', 'police-da-requested-on')).toBe(true);
    expect(requested.visible('enquiries-log', 'police-da-received-on')).toBe(false);
    expect(requested.visible('enquiries-log', 'police-da-outcome')).toBe(false);
    attempt.log['police-da-status'] = 'not-requested';
    const notRequested = evaluate(attempt);
    expect(notRequested.visible('enquiries-log', 'police-da-requested-on')).toBe(false);
    expect(notRequested.errorsFor('enquiries-log', 'police-da-reason').map((e) => e.message)).toEqual([
      'Enter an answer.',
    ]);
  });

  it('lists what is outstanding and then asks how it is being followed up', () => {
    const attempt = soundAttempt();
    attempt.log['police-da-status'] = 'requested';
    attempt.log['address-children'] = 'unknown';
    attempt.log['address-csc-status'] = 'not-requested';
    (attempt.log['other-enquiries'] as Rows)[0]!.values['received-on'] = null;
    const result = evaluate(attempt);
    expect(result.computed['enquiries-log']!.outstanding).toBe(
      'Police domestic abuse enquiry, Children’s social care check on the household at the address, Other sources (see the list)',
    );
    expect(result.computed['enquiries-log']!['any-outstanding']).toBe(true);
    expect(result.required('enquiries-log', 'follow-up')).toBe(true);
    // The follow-up sits under the list it follows up; the section is complete only while nothing is
    // outstanding (see the sound log) or once the follow-up is written.
    expect(result.sectionStatus['enquiries-log']!.summary).toBe('incomplete');
    attempt.log['follow-up'] = 'Chasing the police weekly; the address decision waits for both replies.';
    expect(evaluate(attempt).sectionStatus['enquiries-log']!.summary).not.toBe('incomplete');
  });

  it('address checks apply only when an address is proposed, and the household check only with children there', () => {
    const attempt = soundAttempt();
    expect(evaluate(attempt).visible('enquiries-log', 'address-csc-status')).toBe(false);
    attempt.log['address-children'] = 'yes';
    expect(evaluate(attempt).errorsFor('enquiries-log', 'address-csc-status')).toHaveLength(1);
    attempt.log['address-proposed'] = 'no';
    const none = evaluate(attempt);
    expect(none.visible('enquiries-log', 'address-police-status')).toBe(false);
    expect(none.visible('enquiries-log', 'address-csc-status')).toBe(false);
    expect(none.computed['enquiries-log']!['any-outstanding']).toBe(false);
  });
});

/** For every rule: a change to the sound attempt that makes it speak. */
const weakenings: Record<string, (attempt: Attempt) => void> = {
  'known-adult-low-while-da-outstanding': ({ log, grid }) => {
    grid['known-adult']!.community = 'low';
    log['police-da-status'] = 'requested';
  },
  'children-low-while-csc-outstanding': ({ log, grid }) => {
    grid.children!.community = 'low';
    log['csc-status'] = 'requested';
  },
  'proposal-while-outstanding': ({ log }) => (log['police-da-status'] = 'requested'),
  'address-suitable-while-checks-outstanding': ({ log }) => (log['home-visit'] = 'planned'),
  'children-in-life-without-csc-enquiry': ({ log }) => (log['csc-status'] = 'not-requested'),
  'police-da-reply-not-used': ({ log }) => delete log['police-da-changes'],
  'csc-reply-not-used': ({ log }) => (log['csc-changes'] = '  '),
  'address-police-reply-not-used': ({ log }) => delete log['address-police-changes'],
  'address-csc-reply-not-used': ({ log }) => {
    log['address-children'] = 'yes';
    log['address-csc-status'] = 'received';
    log['address-csc-requested-on'] = '2026-02-03';
    log['address-csc-received-on'] = '2026-02-11';
    log['address-csc-outcome'] = 'Household not known.';
  },
  'other-reply-not-used': ({ log }) => delete (log['other-enquiries'] as Rows)[0]!.values['what-it-changes'],
  'reply-dated-before-request': ({ log }) => (log['police-da-received-on'] = '2026-01-30'),
};

describe('enquiries log rules', () => {
  it('every rule has a weakening', () => {
    expect(Object.keys(weakenings).sort()).toEqual((enquiriesLog.rules ?? []).map((rule) => rule.id).sort());
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

  it('a low rating with every reply in raises no question about the enquiries', () => {
    const attempt = soundAttempt();
    attempt.grid = { children: { community: 'low' }, 'known-adult': { community: 'low' } };
    expect(firedRules(attempt)).toEqual([]);
  });

  it('a reply dated before its request is caught in the other sources too', () => {
    const attempt = soundAttempt();
    (attempt.log['other-enquiries'] as Rows)[0]!.values['received-on'] = '2026-01-01';
    expect(firedRules(attempt)).toEqual(['reply-dated-before-request']);
  });

  it('messages are reflective questions', () => {
    for (const rule of enquiriesLog.rules ?? []) expect(rule.message).toMatch(/\?/);
  });
});
