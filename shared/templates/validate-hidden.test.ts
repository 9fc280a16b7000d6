import { describe, expect, it } from 'vitest';
import { ordinaryText } from '../text/testing';
import { builtinTemplates } from './builtin';
import { validateTemplate } from './validate';

type Json = Record<string, unknown>;

/** A tutor's copy of a built-in template, under its own id. */
function sample(): Json {
  const template = structuredClone(
    builtinTemplates.find((t) => t.id === 'reflective-log')!,
  ) as unknown as Json;
  return { ...template, id: 'tutor-reflective-log', title: 'Reflective log (tutor copy)' };
}

const errorsOf = (input: unknown) => {
  const result = validateTemplate(input, { otherTemplates: builtinTemplates });
  return result.ok ? [] : result.errors;
};

describe('a tutor template with hidden directional or invisible characters', () => {
  it('is accepted when its text is ordinary', () => {
    expect(errorsOf(sample())).toEqual([]);
    expect(errorsOf({ ...sample(), title: ordinaryText.join(' ') })).toEqual([]);
  });

  it('is refused, naming where and which character', () => {
    expect(errorsOf({ ...sample(), title: 'Risk\u202E summary' })).toEqual([
      expect.stringMatching(/^template\.title: .*a right-to-left override \(U\+202E\)/),
    ]);
    const hiddenLabel = sample();
    const section = (hiddenLabel.sections as Json[])[0]!;
    section.title = 'Sec\u200Btion';
    expect(errorsOf(hiddenLabel)).toEqual([
      expect.stringMatching(/^template\.sections\[0\]\.title: .*a zero-width space \(U\+200B\)/),
    ]);
  });

  it('built-in templates have none', () => {
    for (const template of builtinTemplates) expect(errorsOf(template), template.id).toEqual([]);
  });
});
