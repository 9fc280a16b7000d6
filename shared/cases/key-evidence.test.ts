import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import { keyEvidenceSchema, type PracticeCaseInput } from './schema';
import { authoredCase, caseLibrary, getCase } from '.';
import { validateCase } from './validate';
import { documentPlainText } from './text';

const copy = (): PracticeCaseInput => structuredClone(authoredCase(getCase('cotter-domestic-abuse')!));

function errorsOf(input: unknown): string[] {
  const result = validateCase(input, builtinTemplates);
  return result.ok ? [] : result.errors;
}

describe('key evidence', () => {
  it('is authored for every built-in case, each fact with its passage, sections and ways of referring to it', () => {
    for (const practiceCase of caseLibrary) {
      const evidence = practiceCase.keyEvidence ?? [];
      expect(evidence.length, practiceCase.id).toBeGreaterThanOrEqual(3);
      for (const point of evidence) {
        const doc = practiceCase.documents.find((d) => d.id === point.documentId);
        expect(doc, `${practiceCase.id}/${point.id}`).toBeDefined();
        expect(documentPlainText(doc!).replace(/\s+/g, ' ')).toContain(point.passage.replace(/\s+/g, ' '));
        expect(point.refersTo.length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('refuses an unknown document, a passage not in its document, and sections outside the template set', () => {
    const input = copy();
    const first = input.keyEvidence![0]!;
    input.keyEvidence![1]!.documentId = 'police-reply';
    first.passage = 'Words that no document holds.';
    first.sections = [
      { templateId: 'risk-to-self', sectionId: 'suicide' },
      { templateId: 'rosh-analysis', sectionId: 'full-analyses' },
    ];
    expect(errorsOf(input)).toEqual([
      "keyEvidence[0].passage: not found in document 'cps-summary'",
      "keyEvidence[0].sections[0].templateId: 'risk-to-self' is not in the case's template set",
      "keyEvidence[0].sections[1].sectionId: unknown section 'full-analyses' in template 'rosh-analysis'",
      "keyEvidence[1].documentId: unknown document 'police-reply'",
    ]);
  });

  it('accepts the case unchanged (control)', () => {
    expect(errorsOf(copy())).toEqual([]);
  });

  it('requires the ways of referring to it', () => {
    const input = copy() as unknown as { keyEvidence: Record<string, unknown>[] };
    delete input.keyEvidence[0]!['refersTo'];
    expect(errorsOf(input)).toEqual([
      'keyEvidence[0].refersTo: Invalid input: expected array, received undefined',
    ]);
  });

  it('the case-authoring guide’s example is a valid entry, quoting its document word for word', () => {
    const guide = readFileSync(new URL('../../docs/case-authoring.md', import.meta.url), 'utf8');
    const [example] = [...guide.matchAll(/```jsonc\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
    const entry = keyEvidenceSchema.parse(JSON.parse(example!));
    const doc = getCase('deverell-licence-recall')!.documents.find((d) => d.id === entry.documentId)!;
    expect(documentPlainText(doc)).toContain(entry.passage);
  });
});
