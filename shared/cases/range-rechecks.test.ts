import { describe, expect, it } from 'vitest';
import { builtinTemplates, evaluateAttempt } from '../templates';
import { authoredCase, caseContextFor, caseLibrary, getCase, rangeRecheckRules, templatesForCase } from '.';
import { caseSchema, type PracticeCase, type RoshRange } from './schema';
import { validateCase } from './validate';
import { soundBase, withRating } from './__fixtures__/sample-answers';

const cotter = getCase('cotter-domestic-abuse')!;

/** Cotter with its tutor notes' ranges replaced, and no authored rules, so only the re-checks can speak. */
function withRanges(ranges: RoshRange[]): PracticeCase {
  return { ...cotter, rules: [], tutorNotes: { ...cotter.tutorNotes, roshRanges: ranges } };
}

const range = (
  group: RoshRange['group'],
  after?: Partial<NonNullable<RoshRange['afterNewInformation']>>,
): RoshRange => ({
  group,
  setting: 'community',
  from: 'medium',
  to: 'high',
  reasons: 'Practice reasons.',
  documentRefs: ['cps-summary'],
  ...(after
    ? {
        afterNewInformation: {
          documentId: 'police-incident-november',
          from: 'medium',
          to: 'high',
          reasons: 'Practice reasons after the document.',
          ...after,
        },
      }
    : {}),
});

function speaking(
  practiceCase: PracticeCase,
  ratings: Record<string, 'low' | 'medium' | 'high' | 'very-high'>,
  released: string[],
) {
  let answers = soundBase();
  for (const [group, level] of Object.entries(ratings))
    answers = withRating(answers, group, 'community', level);
  const rules = rangeRecheckRules(practiceCase);
  return evaluateAttempt({
    templates: templatesForCase(practiceCase, builtinTemplates),
    answers,
    caseContext: caseContextFor({ ...practiceCase, rules }, released),
  })
    .ruleResults.filter((result) => result.source.kind === 'case')
    .map((result) => result.ruleId);
}

const all = cotter.documents.map((doc) => doc.id);

describe('late-document re-checks', () => {
  it('checks every group a late document moves, not only one', () => {
    const moved = withRanges([
      range('known-adult', { from: 'high', to: 'very-high' }),
      range('children', { from: 'high', to: 'high' }),
      range('public'),
    ]);
    expect(rangeRecheckRules(moved).map((rule) => rule.id)).toEqual([
      'recheck-known-adult-community-after-police-incident-november',
      'recheck-children-community-after-police-incident-november',
    ]);
    expect(speaking(moved, { 'known-adult': 'medium', children: 'medium' }, all)).toEqual([
      'recheck-known-adult-community-after-police-incident-november',
      'recheck-children-community-after-police-incident-november',
    ]);
  });

  it('stays silent inside the new range, and until the document is in the file', () => {
    const moved = withRanges([range('known-adult', { from: 'high', to: 'very-high' })]);
    expect(speaking(moved, { 'known-adult': 'high' }, all)).not.toContain(
      'recheck-known-adult-community-after-police-incident-november',
    );
    expect(speaking(moved, { 'known-adult': 'very-high' }, all)).not.toContain(
      'recheck-known-adult-community-after-police-incident-november',
    );
    const atStart = all.filter((id) => id !== 'police-incident-november');
    expect(speaking(moved, { 'known-adult': 'low' }, atStart)).not.toContain(
      'recheck-known-adult-community-after-police-incident-november',
    );
  });

  it('asks when a range whose ceiling rose is rated below its floor, and when a ceiling that fell is exceeded', () => {
    const moved = withRanges([
      range('known-adult', { from: 'medium', to: 'very-high' }),
      range('children', { from: 'low', to: 'medium' }),
    ]);
    const ids = speaking(moved, { 'known-adult': 'low', children: 'high' }, all);
    expect(ids).toContain('recheck-known-adult-community-after-police-incident-november');
    expect(ids).toContain('recheck-children-community-after-police-incident-november-above');
  });

  it('uses the tutor notes’ own question when there is one, and points at the document and the grid', () => {
    const [rule] = rangeRecheckRules(
      withRanges([range('children', { from: 'high', question: 'What changed for Kai?' })]),
    );
    expect(rule).toMatchObject({
      message: 'What changed for Kai?',
      documentRef: 'police-incident-november',
      itemRef: { templateId: 'rosh-analysis', itemId: 'rosh-grid' },
      severity: 'question',
    });
    const [worded] = rangeRecheckRules(withRanges([range('children', { from: 'high' })]));
    expect(worded!.message).toMatch(/^“Police notification of a domestic incident” is new/);
    expect(worded!.message).toMatch(/children below high\?$/);
  });

  it('makes none for a case without the analysis template', () => {
    const moved = withRanges([range('children', { from: 'high' })]);
    expect(rangeRecheckRules({ ...moved, templateSet: ['sentence-plan'] })).toEqual([]);
  });

  it('is part of every library case, one per moving range', () => {
    for (const practiceCase of caseLibrary) {
      const moving = practiceCase.tutorNotes.roshRanges.filter(
        (r) =>
          r.afterNewInformation &&
          (r.afterNewInformation.from !== r.from || r.afterNewInformation.to !== r.to),
      );
      const ids = practiceCase.rules.map((rule) => rule.id);
      for (const r of moving)
        expect(ids, practiceCase.id).toContain(
          `recheck-${r.group}-${r.setting}-after-${r.afterNewInformation!.documentId}`,
        );
    }
  });

  it('reports an authored rule whose id clashes with a re-check', () => {
    const source = structuredClone(authoredCase(getCase('cotter-domestic-abuse')!));
    source.rules[0]!.id = 'recheck-known-adult-community-after-police-incident-november';
    const result = validateCase(source, builtinTemplates);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/duplicate rule id 'recheck-/),
    );
    expect(caseSchema.safeParse(source).success).toBe(true);
  });
});
