import { describe, expect, it } from 'vitest';
import { compareAttempts, type ItemDiff } from '../../compare/compare';
import type { Attempt } from '../../model/attempt';
import type { JsonValue } from '../../model/json';
import { buildAttemptPdf } from '../../pdf/builder';
import { sampleAttempt, sampleCaseInfo } from '../../pdf/__fixtures__/sample-attempt';
import { evaluateAttempt } from '../engine';
import { isAnswerable, templateItemSchema } from '../schema';
import { validateTemplate } from '../validate';
import { EXAMPLE_TEMPLATE_ID, exampleAnswers, exampleTemplate } from './examples';
import { kinds } from './index';
import type { KindSpec } from './spec';

const template = exampleTemplate();
const specs = Object.values(kinds) as unknown as Array<KindSpec<keyof typeof kinds>>;

function attemptWith(answers: Record<string, JsonValue>): Attempt {
  return {
    ...sampleAttempt(),
    templateIds: [EXAMPLE_TEMPLATE_ID],
    answers: { [EXAMPLE_TEMPLATE_ID]: answers },
    evidence: [],
  };
}

const evaluate = (answers: Record<string, JsonValue>) =>
  evaluateAttempt({
    templates: [template],
    answers: { [EXAMPLE_TEMPLATE_ID]: answers },
    caseContext: { caseId: null, facts: {}, releasedDocumentIds: [] },
  });

/** All the text a PDF definition would print, in order. */
function printed(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(printed).join(' ');
  if (node && typeof node === 'object')
    return ['text', 'stack', 'ul', 'table', 'body', 'columns']
      .filter((key) => key in node)
      .map((key) => printed((node as Record<string, unknown>)[key]))
      .join(' ');
  return '';
}

function pdfText(answers: Record<string, JsonValue>): string {
  const definition = buildAttemptPdf({
    attempt: attemptWith(answers),
    templates: [template],
    traineeName: 'Siân Ellis',
    caseInfo: sampleCaseInfo(),
    options: {
      includeCover: false,
      includeContents: false,
      includeFeedback: false,
      includeTutorNotes: false,
    },
  });
  return printed(definition.content).replace(/\s+/g, ' ');
}

function diffOf(itemId: string, before: Record<string, JsonValue>, after: Record<string, JsonValue>) {
  const comparison = compareAttempts({
    templates: [template],
    before: { ...attemptWith(before), id: 'before-attempt' },
    after: { ...attemptWith(after), id: 'after-attempt' },
  });
  const items: ItemDiff[] = comparison.templates.flatMap((t) => t.sections.flatMap((s) => s.items));
  return items.find((item) => item.itemId === itemId) ?? null;
}

describe('the item-kind registry', () => {
  it('has one spec per kind, filed under its own kind, and the template schema accepts every example', () => {
    for (const [kind, spec] of Object.entries(kinds)) {
      expect(spec.kind).toBe(kind);
      expect(spec.examples.item.kind).toBe(kind);
      expect(templateItemSchema.safeParse(spec.examples.item).success).toBe(true);
      expect(spec.schema.safeParse(spec.examples.item).success).toBe(true);
    }
  });

  it('validates the template made of every example item', () => {
    const result = validateTemplate(template);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  describe.each(specs.map((spec) => [spec.kind, spec] as const))('%s', (_kind, spec) => {
    const { item, answers } = spec.examples;

    it('takes its example answers without a problem in the engine', () => {
      expect(spec.answer === null).toBe(!isAnswerable(item));
      if (spec.answer === null) return;
      expect(answers.length).toBeGreaterThanOrEqual(2);
      answers.forEach((answer, index) => {
        expect(spec.answer!.schema.safeParse(answer).success).toBe(true);
        expect(spec.answer!.hasShape(answer)).toBe(true);
        expect(spec.answer!.isAnswered(item, answer)).toBe(true);
        const evaluation = evaluate(exampleAnswers(index));
        expect(evaluation.errorsFor(EXAMPLE_TEMPLATE_ID, item.id)).toEqual([]);
        expect(evaluation.visibleAnswers[EXAMPLE_TEMPLATE_ID]?.[item.id]).toEqual(answer);
      });
      expect(spec.answer.requiredMessage(item)).toMatch(/\.$/);
      expect(spec.answer.describe.length).toBeGreaterThan(0);
    });

    it('prints its example answer in the PDF, in its own words', () => {
      const text = pdfText(exampleAnswers(0));
      if ('prompt' in item) expect(text).toContain(item.prompt);
      if (spec.answer === null) return;
      const print = spec.print(item);
      const evaluation = evaluate(exampleAnswers(0));
      const optionLabel = (id: string) =>
        evaluation.options(EXAMPLE_TEMPLATE_ID, item.id).find((option) => option.id === id)?.label ?? id;
      const words = spec.words(item, answers[0], { optionLabel });
      expect(words).toBe(spec.examples.words);
      if (print.form === 'text') expect(text).toContain(words!.replace(/\s+/g, ' '));
      if (print.form === 'list')
        for (const entry of print.entries(answers[0], { optionLabel })) expect(text).toContain(entry);
      // Without the answers the PDF says so instead.
      expect(pdfText({})).not.toBe(text);
    });

    it('compares its example answers: changed, unchanged, added and removed', () => {
      if (spec.kind === 'guidance') {
        expect(diffOf(item.id, exampleAnswers(0), exampleAnswers(1))).toBeNull();
        return;
      }
      expect(diffOf(item.id, exampleAnswers(0), exampleAnswers(1))?.change).toBe('changed');
      expect(diffOf(item.id, exampleAnswers(0), exampleAnswers(0))?.change).toBe('unchanged');
      expect(diffOf(item.id, {}, exampleAnswers(0))?.change).toBe('added');
      expect(diffOf(item.id, exampleAnswers(0), {})?.change).toBe('removed');
    });
  });
});
