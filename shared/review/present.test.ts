import { describe, expect, it } from 'vitest';
import { emptyTiming, type Attempt } from '../model/attempt';
import { builtinTemplates } from '../templates/builtin';
import { sampleSoundAnswers } from '../templates/builtin/__fixtures__/sample-answers';
import { anchorComment } from './anchors';
import { commentsByItem, judgementRows, reviewTitle, rowLabel } from './present';
import { addComment, createReview, setJudgement, type EditContext } from './threads';

let n = 0;
const ctx: EditContext = {
  now: () => new Date('2026-11-23T10:00:00.000Z'),
  newId: () => `pres-${String((n += 1)).padStart(6, '0')}`,
};

function attempt(): Attempt {
  return {
    schemaVersion: 1,
    id: 'attempt-0001',
    title: 'Practice',
    caseId: null,
    templateIds: ['rosh-analysis'],
    templateVersions: {},
    status: 'finished',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    finishedAt: null,
    revision: 2,
    answers: { 'rosh-analysis': sampleSoundAnswers()['rosh-analysis']! } as Attempt['answers'],
    evidence: [],
    releasedDocumentIds: [],
    timing: emptyTiming,
  };
}

describe('laying a review out for the screen and the PDF', () => {
  it('groups comments under items in template order and says when the text has changed', () => {
    const work = attempt();
    const account = work.answers['rosh-analysis']!['persons-account'] as string;
    let review = createReview(work, 'Dana Whitcombe', ctx);
    review = addComment(
      review,
      { anchor: { templateId: 'rosh-analysis', itemId: 'rosh-grid' }, author: 'Dana', body: 'Known adult?' },
      ctx,
    );
    review = addComment(
      review,
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        passage: anchorComment(account, { start: 0, end: 4 }),
        author: 'Dana',
        body: 'Whose words?',
      },
      ctx,
    );
    review = addComment(
      review,
      { anchor: { templateId: 'gone-template', itemId: 'x' }, author: 'Dana', body: 'Kept' },
      ctx,
    );
    work.answers['rosh-analysis']!['persons-account'] = 'Rewritten completely.';

    const groups = commentsByItem(review, work, builtinTemplates);
    expect(
      groups.map((group) => [group.itemId, group.sectionTitle !== '', group.comments.map((c) => c.note)]),
    ).toEqual([
      ['persons-account', true, ['The text this referred to has changed since the comment was written.']],
      ['rosh-grid', true, [null]],
      ['x', false, [null]],
    ]);
    expect(groups[1]!.prompt).toBe('Risk of serious harm to each group');
  });

  it('lists judgements by template, section and criterion with level labels', () => {
    let review = createReview(attempt(), 'Dana Whitcombe', ctx);
    const judge = (sectionId: string, criterionId: string, level: 'secure' | 'not-yet') =>
      (review = setJudgement(
        review,
        { templateId: 'rosh-analysis', sectionId, criterionId, level, reason: `${sectionId} ${criterionId}` },
        ctx,
      ));
    judge('full-analysis', 'persons-voice-present', 'secure');
    judge('full-analysis', 'evidence-used', 'not-yet');
    judge('offence', 'evidence-used', 'secure');
    expect(
      judgementRows(review, builtinTemplates).map((row) => [
        row.sectionTitle,
        row.criterionLabel,
        row.levelLabel,
      ]),
    ).toEqual([
      [expect.any(String), 'Evidence used', 'Secure'],
      [expect.any(String), 'Evidence used', 'Not yet'],
      [expect.any(String), 'Person’s voice present', 'Secure'],
    ]);
    expect(judgementRows(review, builtinTemplates)[0]!.reason).toBe('offence evidence-used');
    expect(reviewTitle(review)).toBe('Review by Dana Whitcombe, 23/11/2026');
  });
});

describe('rowLabel', () => {
  const answers = {
    'risk-management-plan': {
      'contingency-lines': [
        { rowId: 'row-aaaaaa', values: {} },
        { rowId: 'row-bbbbbb', values: {} },
      ],
    },
  } as unknown as Attempt['answers'];
  const anchor = { templateId: 'risk-management-plan', itemId: 'contingency-lines' };

  it('numbers a row as the rows are now, and says when it has gone', () => {
    expect(rowLabel({ ...anchor, rowId: 'row-bbbbbb' }, answers, builtinTemplates)).toBe('Warning sign 2');
    expect(rowLabel({ ...anchor, rowId: 'row-gone00' }, answers, builtinTemplates)).toBe(
      'A warning sign since removed',
    );
    expect(rowLabel(anchor, answers, builtinTemplates)).toBeNull();
  });
});
