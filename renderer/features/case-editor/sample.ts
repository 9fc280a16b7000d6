import type { JsonValue } from '@shared/model/json';

/** A sample attempt's answers, answers[templateId][itemId], as the "try this rule" panel runs them. */
export type SampleAnswers = Record<string, Record<string, JsonValue>>;

/** Every `answers.…` variable an expression reads, as its path after `answers.`. */
export function answerPathsRead(expression: unknown, found: string[][] = []): string[][] {
  if (Array.isArray(expression)) expression.forEach((part) => answerPathsRead(part, found));
  else if (expression !== null && typeof expression === 'object') {
    for (const [key, value] of Object.entries(expression)) {
      const name = Array.isArray(value) ? value[0] : value;
      if (key === 'var' && typeof name === 'string' && name.startsWith('answers.')) {
        const path = name.slice('answers.'.length).split('.');
        if (path.length >= 2 && !found.some((known) => known.join('.') === path.join('.'))) found.push(path);
      } else answerPathsRead(value, found);
    }
  }
  return found;
}

/**
 * A sample to start from: every answer the rules read, left unanswered (null), nested as the attempt
 * holds it. The tutor fills in values to see which rules speak.
 */
export function sampleSkeleton(
  expressions: readonly unknown[],
  templateIds: readonly string[],
): SampleAnswers {
  const sample: Record<string, JsonValue> = Object.fromEntries(templateIds.map((id) => [id, {}]));
  for (const path of expressions.flatMap((expression) => answerPathsRead(expression))) {
    let at = sample as Record<string, JsonValue>;
    path.forEach((key, index) => {
      if (index === path.length - 1) {
        if (!(key in at)) at[key] = null;
        return;
      }
      const next = at[key];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) at[key] = {};
      at = at[key] as Record<string, JsonValue>;
    });
  }
  return sample as SampleAnswers;
}

export type ParsedSample = { ok: true; answers: SampleAnswers } | { ok: false; problem: string };

export function parseSample(text: string): ParsedSample {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The sample is not valid JSON: check the brackets, commas and quotes.' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      problem: 'The sample must be an object of templates, e.g. { "rosh-analysis": { … } }.',
    };
  for (const [templateId, answers] of Object.entries(value))
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers))
      return { ok: false, problem: `The answers for “${templateId}” must be an object of item ids.` };
  return { ok: true, answers: value as SampleAnswers };
}
