import { describe, expect, it } from 'vitest';
import { getCase } from '../cases';
import { builtinTemplates } from '../templates/builtin';
import { analyseAttemptText, textFindingKinds, type EvidenceToWeigh, type TextFinding } from './analyse';
import { answersOf, type ProseAttempt } from './__fixtures__/build';
import { proseA } from './__fixtures__/prose-a';
import { proseB } from './__fixtures__/prose-b';
import { proseC } from './__fixtures__/prose-c';

const attempts: ProseAttempt[] = [...proseA, ...proseB, ...proseC];

function evidenceOf(caseId: string): EvidenceToWeigh[] {
  const practiceCase = getCase(caseId);
  if (!practiceCase) throw new Error(`No case '${caseId}'.`);
  return [...(practiceCase.keyEvidence ?? [])];
}

function run(attempt: ProseAttempt): TextFinding[] {
  const practiceCase = getCase(attempt.caseId);
  return analyseAttemptText({
    templates: builtinTemplates,
    answers: answersOf(attempt.prose),
    keyEvidence: evidenceOf(attempt.caseId),
    releasedDocumentIds: practiceCase?.documents.map((d) => d.id) ?? [],
  });
}

/** The bar: on sound attempts at most one text finding each, and this share of all findings correct. */
const MIN_PRECISION = 0.8;

describe('text analysis evaluation', () => {
  const results = attempts.map((attempt) => ({ attempt, findings: run(attempt) }));

  it('prints precision and recall per finding type', () => {
    const lines: string[] = [];
    for (const kind of textFindingKinds) {
      let truePositive = 0;
      let falsePositive = 0;
      let falseNegative = 0;
      for (const { attempt, findings } of results) {
        const found = findings.some((f) => f.kind === kind);
        const expected = attempt.expected.includes(kind);
        if (found && expected) truePositive += 1;
        else if (found) falsePositive += 1;
        else if (expected) falseNegative += 1;
      }
      const precision =
        truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive);
      const recall = truePositive + falseNegative === 0 ? 1 : truePositive / (truePositive + falseNegative);
      lines.push(
        `${kind.padEnd(26)} precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  (tp ${truePositive}, fp ${falsePositive}, fn ${falseNegative})`,
      );
    }
    console.log(`Text analysis over ${attempts.length} attempts:\n${lines.join('\n')}`);
    expect(lines).toHaveLength(textFindingKinds.length);
  });

  it('says at most one thing about each sound attempt', () => {
    const noisy = results
      .filter(({ attempt, findings }) => attempt.quality === 'sound' && findings.length > 1)
      .map(
        ({ attempt, findings }) =>
          `${attempt.caseId} (${attempt.name}): ${findings.map((f) => f.why).join(' | ')}`,
      );
    expect(noisy).toEqual([]);
  });

  it('keeps precision over all attempts at or above the bar', () => {
    let right = 0;
    let all = 0;
    for (const { attempt, findings } of results) {
      for (const finding of findings) {
        all += 1;
        if (attempt.expected.includes(finding.kind)) right += 1;
      }
    }
    expect(all).toBeGreaterThan(0);
    expect(right / all).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it('finds something in every weak attempt', () => {
    const silent = results.filter(
      ({ attempt, findings }) => attempt.quality === 'weak' && findings.length === 0,
    );
    expect(silent.map(({ attempt }) => `${attempt.caseId} (${attempt.name})`)).toEqual([]);
  });

  it('gives the same findings every time', () => {
    for (const { attempt, findings } of results) expect(run(attempt)).toEqual(findings);
  });
});
