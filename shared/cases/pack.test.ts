import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_CASE_DOCUMENTS,
  MAX_CASE_PACK_BYTES,
  MAX_CASE_PACK_NESTING,
  MAX_RULE_EXPRESSION_NODES,
} from '../contract/limits';
import { builtinTemplates } from '../templates';
import { decodeCasePack, getCase, parseCase, type CasePackProblem } from '.';

/** The guide's complete example pack is what tutors copy, so the tests load exactly that text. */
const guide = readFileSync(new URL('../../docs/case-authoring.md', import.meta.url), 'utf8');
const fenced = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g'))].map((match) => match[1]!);
const [exampleText] = fenced('json');
const [quotedError] = fenced('text');

type Pack = {
  case: Record<string, unknown> & { documents: Array<Record<string, unknown>>; rules: unknown[] };
};
const examplePack = (): Pack => JSON.parse(exampleText!) as Pack;
const withCase = (change: (pack: Pack) => void): string => {
  const pack = examplePack();
  change(pack);
  return JSON.stringify(pack, null, 2);
};

function refusal(text: string | Uint8Array): { problem: CasePackProblem; errors: string[] } {
  const decoded = decodeCasePack(text, builtinTemplates);
  if (decoded.ok) throw new Error('expected the pack to be refused');
  return { problem: decoded.problem, errors: decoded.errors };
}

describe('docs/case-authoring.md', () => {
  it('has one complete example pack, and it is accepted', () => {
    expect(fenced('json')).toHaveLength(1);
    const decoded = decodeCasePack(exampleText!, builtinTemplates);
    expect(decoded.ok ? [] : decoded.errors).toEqual([]);
    if (decoded.ok) expect(decoded.practiceCase.documents).toHaveLength(2);
  });

  it('quotes the exact error for a misspelt section', () => {
    const broken = withCase((pack) => {
      pack.case.documents[1]!.release = {
        kind: 'afterSection',
        templateId: 'rosh-analysis',
        sectionId: 'ofence',
      };
    });
    expect(refusal(broken)).toEqual({ problem: 'invalid', errors: [quotedError] });
  });
});

describe('validation errors are exact', () => {
  it('names the document, field and template', () => {
    const broken = withCase((pack) => {
      pack.case.documents[1]!.release = {
        kind: 'afterSection',
        templateId: 'rosh-analysis',
        sectionId: 'full-analyses',
      };
      pack.case.documents[1]!.date = '2026-02-30';
      (
        pack.case.tutorNotes as { keyEvidence: Array<{ documentRefs: string[] }> }
      ).keyEvidence[0]!.documentRefs = ['cps-sumary'];
      pack.case.extra = true;
    });
    expect(refusal(broken).errors).toEqual([
      'documents[1].date: must be a date written yyyy-mm-dd',
      'extra: unknown field',
    ]);
    const crossRefs = withCase((pack) => {
      pack.case.documents[1]!.release = {
        kind: 'afterSection',
        templateId: 'rosh-analysis',
        sectionId: 'full-analyses',
      };
      (
        pack.case.tutorNotes as { keyEvidence: Array<{ documentRefs: string[] }> }
      ).keyEvidence[0]!.documentRefs = ['cps-sumary'];
      pack.case.templateSet = ['rosh-analysis', 'reflective-log', 'no-such-template'];
    });
    expect(refusal(crossRefs).errors).toEqual([
      "templateSet[2]: unknown template 'no-such-template'",
      "documents[1].release.sectionId: unknown section 'full-analyses' in template 'rosh-analysis'",
      "tutorNotes.keyEvidence[0].documentRefs[0]: unknown document 'cps-sumary'",
    ]);
  });

  it('checks the key-evidence and interview fields point at real documents', () => {
    const broken = withCase((pack) => {
      pack.case.keyEvidence = [
        {
          id: 'owes-him',
          documentId: 'police-reply',
          passage: 'owes him',
          why: 'Control.',
          label: 'the money he owes',
          sections: [{ templateId: 'rosh-analysis', sectionId: 'full-analysis' }],
          refersTo: ['owes', 'debt'],
        },
      ];
      pack.case.interview = {
        title: 'First appointment',
        setting: 'The probation office, a morning appointment.',
        topics: [{ id: 'home', label: 'Home' }],
        questions: [
          {
            id: 'money',
            topic: 'home',
            ask: 'Who pays the rent?',
            reply: 'Liam, mostly.',
            releases: ['nowhere'],
          },
        ],
        facts: [],
      };
    });
    expect(refusal(broken).errors).toEqual([
      "keyEvidence[0].documentId: unknown document 'police-reply'",
      "interview.questions[0].releases[0]: unknown document 'nowhere'",
    ]);
  });
});

describe('hostile packs are refused with a typed problem', () => {
  const control = decodeCasePack(exampleText!, builtinTemplates);
  it('(control: the untouched pack is accepted)', () => expect(control.ok).toBe(true));

  it('oversized', () => {
    const padded = exampleText!.replace(
      '"appVersion": "0.1.0"',
      `"appVersion": "0.1.0", "x": "${'a'.repeat(1024)}"`,
    );
    expect(decodeCasePack(padded, builtinTemplates, 1024).ok).toBe(false);
    expect(refusal(new Uint8Array(MAX_CASE_PACK_BYTES + 1)).problem).toBe('too-large');
    // The same bytes under the limit get past the size check (to be refused for what they are).
    expect(refusal(new Uint8Array(10)).problem).not.toBe('too-large');
  });

  it('deeply nested, before it is parsed', () => {
    const deep = withCase((pack) => {
      let when: unknown = true;
      for (let i = 0; i < MAX_CASE_PACK_NESTING; i += 1) when = { '!': [when] };
      (pack.case.rules[0] as { when: unknown }).when = when;
    });
    expect(refusal(deep).problem).toBe('too-deep');
    expect(refusal('{'.repeat(1_000_000)).problem).toBe('too-deep');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('with a %s key', (key) => {
    const text = exampleText!.replace(
      '"title": "Jodie Farrant',
      `"${key}": { "polluted": true }, "title": "Jodie Farrant`,
    );
    expect(text).not.toBe(exampleText);
    const refused = refusal(text);
    expect(refused.problem).toBe('unsafe-data');
    expect(refused.errors).toEqual([`case.${key}: this key is not allowed`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('with too many documents', () => {
    const many = withCase((pack) => {
      const first = pack.case.documents[0]!;
      pack.case.documents = Array.from({ length: MAX_CASE_DOCUMENTS + 1 }, (_, i) => ({
        ...first,
        id: `doc-${i}`,
      }));
    });
    expect(refusal(many)).toEqual({
      problem: 'too-many-documents',
      errors: [
        `documents: ${MAX_CASE_DOCUMENTS + 1} documents; a case can have at most ${MAX_CASE_DOCUMENTS}`,
      ],
    });
  });

  it('with a rule over the expression budget', () => {
    const wide = withCase((pack) => {
      (pack.case.rules[0] as { when: unknown }).when = {
        or: Array.from({ length: MAX_RULE_EXPRESSION_NODES }, () => ({ '==': [1, 2] })),
      };
    });
    expect(refusal(wide)).toEqual({
      problem: 'over-budget',
      errors: [
        `rules[0].when: the expression has more than ${MAX_RULE_EXPRESSION_NODES} parts, over the budget for one rule; split it into simpler rules`,
      ],
    });
    // Control: a wide expression within the budget is not refused for its size.
    const narrow = withCase((pack) => {
      (pack.case.rules[0] as { when: unknown }).when = {
        or: Array.from({ length: 50 }, () => ({ '==': [1, 2] })),
      };
    });
    expect(decodeCasePack(narrow, builtinTemplates).ok).toBe(true);
  });

  it('hidden direction-changing characters in a title', () => {
    const text = exampleText!.replace('Jodie Farrant: a theft', 'Jodie Farrant:\u202e a theft');
    expect(refusal(text).problem).toBe('hidden-characters');
  });

  it('not ours, damaged, newer, empty', () => {
    expect(refusal('{"format": "casework-share"}').problem).toBe('not-ours');
    expect(refusal(exampleText!.slice(0, 200)).problem).toBe('damaged');
    expect(refusal(exampleText!.replace('"formatVersion": 1', '"formatVersion": 2')).problem).toBe(
      'newer-version',
    );
    expect(refusal('   ').problem).toBe('empty');
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])).problem).toBe('not-ours');
  });
});

describe('parseCase', () => {
  it('is what the built-in cases load through', () => {
    const cotter = getCase('cotter-domestic-abuse')!;
    const parsed = parseCase(structuredClone(cotter), builtinTemplates);
    expect(parsed.ok && parsed.practiceCase).toStrictEqual(cotter);
  });
});
