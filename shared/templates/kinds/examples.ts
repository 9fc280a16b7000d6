import type { JsonValue } from '../../model/json';
import type { Template, TemplateItem } from '../schema';
import { kinds } from './index';

/**
 * One template holding every kind's example item, so tests and tools can put each kind's examples through
 * validation, the engine, the form, the PDF and compare in one go. Its id is the one the computed example
 * reads (`answers.example.…`).
 */
export const EXAMPLE_TEMPLATE_ID = 'example';

export function exampleTemplate(): Template {
  return {
    format: 1,
    id: EXAMPLE_TEMPLATE_ID,
    version: 1,
    title: 'Every item kind',
    description: 'One example item of each kind.',
    sections: [
      {
        id: 'examples',
        title: 'Examples',
        // Every example is a top-level item (a repeating group's example is the top-level form).
        items: Object.values(kinds).map((spec) => structuredClone(spec.examples.item) as TemplateItem),
      },
    ],
  };
}

/** The answers of the example template with each kind's `index`th example answer (where it has one). */
export function exampleAnswers(index: number): Record<string, JsonValue> {
  const answers: Record<string, JsonValue> = {};
  for (const spec of Object.values(kinds)) {
    const answer = spec.examples.answers[index];
    if (answer !== undefined) answers[spec.examples.item.id] = structuredClone(answer);
  }
  return answers;
}
