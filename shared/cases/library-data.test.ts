import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../templates';
import {
  buildCasePack,
  caseLibrary,
  caseSchema,
  caseSources,
  CASE_PRACTICE_NOTICE,
  decodeCasePack,
  loadBuiltinCase,
  serialiseCasePack,
  withRangeRechecks,
  type PracticeCase,
} from '.';
import { caseFingerprint } from '../../scripts/case-fingerprint';
import tsEraFingerprints from './__fixtures__/ts-era-fingerprints.json' with { type: 'json' };

/**
 * The built-in cases moved from TypeScript modules to data files (decision 0016). `scripts/cases-to-data.ts`
 * recorded a fingerprint (SHA-256 of the parsed case as JSON) of each case as its TypeScript module produced
 * it; each data file, loaded the way the app loads it, must give exactly that case. While the modules are
 * still in the tree (until the switch), the loaded case is also compared with the module field by field.
 */
const modules = import.meta.glob<Record<string, unknown>>('./library/*.ts', { eager: true });
const fromModules = new Map(
  Object.entries(modules)
    .filter(([path]) => !path.endsWith('/blocks.ts'))
    .flatMap(([, exports]) => Object.values(exports))
    .filter((value) => typeof value === 'object' && value !== null && 'documents' in value)
    .map((value) => {
      const parsed = withRangeRechecks(caseSchema.parse(value));
      return [parsed.id, parsed] as const;
    }),
);

/**
 * A case without what was authored after the switch, so everything the modules held is checked unchanged:
 * key evidence (issue 14); the interview, the documents only it releases, the rules that read it, and the
 * version raised for it (issue 16).
 */
function asTheModulesHadIt(practiceCase: PracticeCase): unknown {
  const { keyEvidence: _keyEvidence, interview, ...rest } = practiceCase;
  if (!interview) return rest;
  return {
    ...rest,
    version: 1,
    documents: rest.documents.filter((doc) => doc.release.kind !== 'interview'),
    rules: rest.rules.filter((rule) => !JSON.stringify(rule.when).includes('"interview.')),
  };
}

describe('the built-in cases as data files', () => {
  it('include every case the TypeScript modules held (cases added later as data have no fingerprint)', () => {
    const ids = caseLibrary.map((practiceCase) => practiceCase.id);
    expect(Object.keys(tsEraFingerprints)).toHaveLength(8);
    for (const id of Object.keys(tsEraFingerprints)) expect(ids).toContain(id);
  });

  it.each(
    caseLibrary
      .filter((practiceCase) => practiceCase.id in tsEraFingerprints)
      .map((practiceCase) => [practiceCase.id, practiceCase] as const),
  )('%s loads to exactly the case its TypeScript module produced', (id, practiceCase) => {
    expect(caseFingerprint(asTheModulesHadIt(practiceCase))).toBe(
      tsEraFingerprints[id as keyof typeof tsEraFingerprints],
    );
    const module = fromModules.get(id);
    if (module) expect(practiceCase).toStrictEqual(module);
  });

  it('fingerprints tell a changed case from the original (negative control)', () => {
    const changed = structuredClone(caseLibrary[0]!);
    changed.documents[0]!.title += ' (edited)';
    expect(caseFingerprint(changed)).not.toBe(
      tsEraFingerprints[changed.id as keyof typeof tsEraFingerprints],
    );
  });

  it('leave the standard practice notice to the format, and get it back when loaded', () => {
    for (const source of caseSources) expect(source).not.toHaveProperty('practiceNotice');
    for (const practiceCase of caseLibrary) expect(practiceCase.practiceNotice).toBe(CASE_PRACTICE_NOTICE);
  });

  it('load through the same checks as a tutor’s case: a broken built-in does not load', () => {
    const broken = structuredClone(caseSources[0]) as { documents: Array<{ release: unknown }> };
    broken.documents[0]!.release = {
      kind: 'afterSection',
      templateId: 'rosh-analysis',
      sectionId: 'nowhere',
    };
    expect(() => loadBuiltinCase(broken)).toThrow(
      "documents[0].release.sectionId: unknown section 'nowhere' in template 'rosh-analysis'",
    );
  });
});

describe.each(caseLibrary.map((practiceCase) => [practiceCase.id, practiceCase] as const))(
  'case %s as a pack',
  (_id, practiceCase) => {
    it('round-trips: exported, read back and deep-equal', () => {
      const pack = buildCasePack({
        practiceCase,
        exportedAt: new Date('2026-12-02T09:00:00Z'),
        appVersion: '0.1.0',
      });
      const text = serialiseCasePack(pack);
      const decoded = decodeCasePack(new TextEncoder().encode(text), builtinTemplates);
      expect(decoded.ok ? [] : decoded.errors).toEqual([]);
      if (!decoded.ok) return;
      expect(decoded.practiceCase).toStrictEqual(practiceCase);
      expect(decoded.pack).toStrictEqual(pack);
      expect(serialiseCasePack(decoded.pack)).toBe(text);
    });
  },
);
