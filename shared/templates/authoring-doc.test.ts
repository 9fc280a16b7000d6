import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAttempt } from './engine';
import { validateTemplate } from './validate';

/** The authoring guide's example is the contract tutors copy from, so it must stay valid and behave as described. */
const guide = readFileSync(new URL('../../docs/template-authoring.md', import.meta.url), 'utf8');

function fencedBlocks(language: string): string[] {
  const pattern = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g');
  return [...guide.matchAll(pattern)].map((match) => match[1]!);
}

const [exampleJson] = fencedBlocks('json');
const [quotedError] = fencedBlocks('text');

describe('docs/template-authoring.md', () => {
  it('has exactly one complete example, and it validates', () => {
    expect(fencedBlocks('json')).toHaveLength(1);
    const result = validateTemplate(JSON.parse(exampleJson!));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('quotes the error the app really gives for the misspelt id it describes', () => {
    const broken = exampleJson!.replace(
      '"var": "answers.home-visit-plan.visit-risk" }, ["low"',
      '"var": "answers.home-visit-plan.visit-risks" }, ["low"',
    );
    expect(broken).not.toBe(exampleJson);
    const result = validateTemplate(JSON.parse(broken));
    expect(result.ok ? [] : result.errors).toEqual([quotedError]);
  });

  it('behaves as the guide says: conditions, the computed value and both rules', () => {
    const validated = validateTemplate(JSON.parse(exampleJson!));
    if (!validated.ok) throw new Error(validated.errors.join('\n'));
    const templates = [validated.template];
    const result = evaluateAttempt({
      templates,
      answers: {
        'home-visit-plan': {
          'visit-reason': 'routine',
          'reason-detail': 'Kept but hidden',
          'children-present': 'no',
          'visit-risk': { practitioner: { 'during-visit': 'low' }, household: { 'during-visit': 'medium' } },
          'visit-questions': [{ rowId: 'row-000001', values: { question: 'Who else lives here?' } }],
        },
      },
      caseContext: { caseId: 'practice-case', facts: { childrenInHousehold: true }, releasedDocumentIds: [] },
    });
    expect(result.visible('home-visit-plan', 'reason-detail')).toBe(false);
    expect(result.computed['home-visit-plan']?.['joint-visit']).toBe(true);
    expect(result.itemErrors.map((e) => e.itemId)).toEqual(['visit-date']);
    expect(result.ruleResults.map((r) => r.message)).toEqual([
      'The case file says children live at the address. What makes you think they will not be there?',
      'Why does “Who else lives here?” matter for the risk?',
    ]);
  });
});
