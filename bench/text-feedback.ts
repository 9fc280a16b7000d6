/**
 * Text analysis of a 20,000-word attempt (target: a full analysis under 150 ms). Two figures: a cold run
 * (every answer new to the analysis: what the first pause after opening a large attempt costs) and a warm
 * re-run after one answer changed (what each pause while typing costs, since unchanged answers are kept).
 * The model's one-off load is reported apart. Run alone with `npx tsx bench/text-feedback.ts`.
 */
import { getCase } from '@shared/cases';
import { builtinTemplates } from '@shared/templates/builtin';
import { analyseAttemptText } from '@shared/text-feedback';
import { analyseText } from '@shared/text-feedback/nlp';
import { answersOf } from '@shared/text-feedback/__fixtures__/build';
import { proseA } from '@shared/text-feedback/__fixtures__/prose-a';
import { proseB } from '@shared/text-feedback/__fixtures__/prose-b';
import { summarise } from './lib/stats';
import type { Figure } from './lib/stats';

const TARGET_WORDS = 20_000;

/** An attempt of about 20,000 words: the fixtures' prose, varied per row so no two answers are equal. */
function largeAttempt(salt: number) {
  const answers = answersOf(proseA[0]!.prose);
  const analysis = answers['rosh-analysis']!;
  const sources = [...proseA, ...proseB].flatMap((a) =>
    Object.values(a.prose).filter((v): v is string => typeof v === 'string'),
  );
  const rows: { rowId: string; values: { factor: string; explanation: string } }[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i += 1) {
    const text = `${sources[i % sources.length]} (note ${salt}-${i} on ${(i % 28) + 1}/${(i % 12) + 1})`;
    words += text.split(/\s+/).length;
    rows.push({ rowId: `r${i}`, values: { factor: `Factor ${i}`, explanation: text } });
  }
  analysis['risk-factors'] = rows;
  return { answers, words };
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function measureTextFeedback(quick = false): Figure[] {
  const practiceCase = getCase('whitcombe-account-contradicted')!;
  const input = (answers: ReturnType<typeof largeAttempt>['answers']) => ({
    templates: builtinTemplates,
    answers,
    keyEvidence: practiceCase.keyEvidence ?? [],
    releasedDocumentIds: practiceCase.documents.map((d) => d.id),
  });
  const load = time(() => analyseText('The model loads on first use.'));
  const runs = quick ? 3 : 7;
  const cold: number[] = [];
  const warm: number[] = [];
  let words = 0;
  for (let run = 0; run < runs; run += 1) {
    const attempt = largeAttempt(run);
    words = attempt.words;
    cold.push(time(() => analyseAttemptText(input(attempt.answers))));
    const rows = attempt.answers['rosh-analysis']!['risk-factors'] as { values: { explanation: string } }[];
    rows[0]!.values.explanation += ' One more sentence typed.';
    warm.push(time(() => analyseAttemptText(input(attempt.answers))));
  }
  const coldSummary = summarise(cold);
  const warmSummary = summarise(warm);
  return [
    {
      id: 'text.modelLoad',
      label: '7. Text analysis: model load (once per window)',
      unit: 'ms',
      value: Math.round(load),
      statistic: 'single run',
    },
    {
      id: 'text.cold20k',
      label: `7. Text analysis of a ${words}-word attempt, cold`,
      unit: 'ms',
      value: coldSummary.median,
      statistic: 'median',
      summary: coldSummary,
      target: '< 150 ms',
      pass: coldSummary.median < 150,
    },
    {
      id: 'text.warm20k',
      label: `7. Text analysis of the same attempt after one answer changed`,
      unit: 'ms',
      value: warmSummary.median,
      statistic: 'median',
      summary: warmSummary,
      target: '< 150 ms',
      pass: warmSummary.median < 150,
    },
  ];
}

if (process.argv[1]?.endsWith('text-feedback.ts')) {
  for (const figure of measureTextFeedback(process.argv.includes('--quick')))
    console.log(
      `${figure.label}: ${figure.value} ${figure.unit}${figure.summary ? ` (p95 ${figure.summary.p95})` : ''}${figure.target ? ` target ${figure.target}` : ''}`,
    );
}
