import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import { caseSources, validateCase } from '.';

describe.each(caseSources.map((source) => [source.id, source] as const))('case %s', (_id, source) => {
  it('validates against the case schema and its template set', () => {
    const result = validateCase(source, builtinTemplates);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
