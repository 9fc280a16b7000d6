import { describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { emptyTiming } from '@shared/model/attempt';
import { builtinTemplates, evaluateAttempt, getBuiltinTemplate } from '@shared/templates';
import {
  attachPassage,
  attachTargetFor,
  attachTargetsFor,
  detachPassage,
  MAX_QUOTE_LENGTH,
  passagesAttachedTo,
  tidyQuote,
} from './evidence';

const attempt: Attempt = {
  schemaVersion: 1,
  id: 'attempt-000001',
  title: 'Practice',
  caseId: 'cotter-domestic-abuse',
  templateIds: ['rosh-analysis'],
  templateVersions: { 'rosh-analysis': 1 },
  status: 'in-progress',
  createdAt: '2026-11-23T14:00:00.000Z',
  updatedAt: '2026-11-23T14:00:00.000Z',
  finishedAt: null,
  revision: 2,
  answers: {},
  evidence: [],
  releasedDocumentIds: ['cps-summary'],
  timing: emptyTiming,
};

let n = 0;
const make = {
  now: () => new Date('2026-11-23T14:30:00.000Z'),
  newId: () => `link-${String((n += 1)).padStart(6, '0')}`,
};

const evidenceItem = attachTargetFor(builtinTemplates, 'rosh-analysis', 'offence-evidence')!;
const analysisItem = attachTargetFor(builtinTemplates, 'rosh-analysis', 'persons-account')!;

describe('where an attached passage goes', () => {
  it('appends to an evidence-reference item’s answer', () => {
    expect(evidenceItem.home).toBe('answer');
    const first = attachPassage(
      attempt,
      evidenceItem,
      'cps-summary',
      '  He’s done it before,\n  he always says sorry. ',
      make,
    );
    expect(first.ok && first.home).toBe('answer');
    if (!first.ok) return;
    const second = attachPassage(
      first.attempt,
      evidenceItem,
      'psr-interview',
      'I never touched her neck.',
      make,
    );
    if (!second.ok) throw new Error(second.message);
    expect(second.attempt.answers['rosh-analysis']?.['offence-evidence']).toEqual([
      { documentId: 'cps-summary', quote: 'He’s done it before,\nhe always says sorry.' },
      { documentId: 'psr-interview', quote: 'I never touched her neck.' },
    ]);
    expect(second.attempt.evidence).toEqual([]);
  });

  it('links to any other item in Attempt.evidence, leaving its answer alone', () => {
    expect(analysisItem.home).toBe('link');
    const withAnswer = {
      ...attempt,
      answers: { 'rosh-analysis': { 'persons-account': 'He says it was a push.' } },
    };
    const outcome = attachPassage(withAnswer, analysisItem, 'cps-summary', 'hand on her throat', make);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.attempt.answers).toEqual(withAnswer.answers);
    expect(outcome.attempt.evidence).toEqual([
      {
        id: expect.stringMatching(/^link-/),
        templateId: 'rosh-analysis',
        itemId: 'persons-account',
        documentId: 'cps-summary',
        quote: 'hand on her throat',
        addedAt: '2026-11-23T14:30:00.000Z',
      },
    ]);
  });

  it('refuses empty, too long and repeated passages, and a full evidence item, with plain reasons', () => {
    expect(attachPassage(attempt, analysisItem, 'cps-summary', ' \n ', make)).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(
      attachPassage(attempt, analysisItem, 'cps-summary', 'x'.repeat(MAX_QUOTE_LENGTH + 1), make),
    ).toMatchObject({
      ok: false,
      reason: 'too-long',
      message: expect.stringContaining('5,001 characters'),
    });
    const once = attachPassage(attempt, analysisItem, 'cps-summary', 'a quote', make);
    if (!once.ok) throw new Error('first attach failed');
    expect(attachPassage(once.attempt, analysisItem, 'cps-summary', ' a quote ', make)).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    let current = attempt;
    const limited = { ...evidenceItem, maxReferences: 2 };
    for (const quote of ['one', 'two']) {
      const next = attachPassage(current, limited, 'cps-summary', quote, make);
      if (!next.ok) throw new Error(next.message);
      current = next.attempt;
    }
    expect(attachPassage(current, limited, 'cps-summary', 'three', make)).toMatchObject({
      ok: false,
      reason: 'full',
    });
  });
});

describe('listing and removing attached passages', () => {
  it('lists and removes from both homes; an emptied evidence answer is cleared', () => {
    let current = attempt;
    for (const [target, quote] of [
      [evidenceItem, 'first'],
      [evidenceItem, 'second'],
      [analysisItem, 'support'],
    ] as const) {
      const next = attachPassage(current, target, 'cps-summary', quote, make);
      if (!next.ok) throw new Error(next.message);
      current = next.attempt;
    }
    const quotes = passagesAttachedTo(current, evidenceItem);
    expect(quotes.map((q) => q.quote)).toEqual(['first', 'second']);
    current = detachPassage(current, evidenceItem, quotes[0]!);
    expect(passagesAttachedTo(current, evidenceItem).map((q) => q.quote)).toEqual(['second']);
    current = detachPassage(current, evidenceItem, passagesAttachedTo(current, evidenceItem)[0]!);
    expect(current.answers['rosh-analysis']).not.toHaveProperty('offence-evidence');

    const links = passagesAttachedTo(current, analysisItem);
    expect(links.map((q) => q.quote)).toEqual(['support']);
    expect(detachPassage(current, analysisItem, links[0]!).evidence).toEqual([]);
  });
});

describe('targets', () => {
  it('offers the visible answerable items of a section, not guidance or computed values', () => {
    const template = getBuiltinTemplate('rosh-analysis')!;
    const evaluation = evaluateAttempt({ templates: builtinTemplates, answers: {} });
    const ids = attachTargetsFor(template, 'rosh-levels', evaluation).map((t) => t.itemId);
    expect(ids).toEqual(['rosh-grid', 'level-rationale']);
    expect(attachTargetFor(builtinTemplates, 'rosh-analysis', 'overall-rosh')).toBeNull();
    expect(attachTargetFor(builtinTemplates, 'rosh-analysis', 'no-such-item')).toBeNull();
  });

  it('tidies a mouse selection that crossed paragraphs', () => {
    expect(tidyQuote('  first line \r\n\r\n   second\u00a0 line  ')).toBe('first line\nsecond line');
  });
});
