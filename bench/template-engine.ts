/**
 * How long one evaluation of every built-in template takes, as it runs on every keystroke.
 * Prints figures; asserts nothing. Run: npx tsx bench/template-engine.ts
 *
 * The attempt is every template's sound sample grown to a large but realistic size: 30 risk factors, 30
 * plan links, 20 contingency lines, 12 sentence-plan goals with 8 steps each, long answers in the analysis.
 */
import { evaluateAttempt } from '@shared/templates/engine';
import { builtinTemplates } from '@shared/templates/builtin';
import { sampleCaseContext } from '@shared/templates/builtin/__fixtures__/sample-answers';
import { everyTemplateFilled } from './lib/attempts';

type Row = { rowId: string; values: Record<string, unknown> };

function largeAttempt() {
  const answers = everyTemplateFilled().answers as Record<string, Record<string, unknown>>;
  const longText =
    'The person described the evening in detail, and the account was tested against the police summary. '.repeat(
      40,
    );
  const analysis = answers['rosh-analysis']!;
  const factors: Row[] = Array.from({ length: 30 }, (_, i) => ({
    rowId: `risk-${String(i).padStart(6, '0')}`,
    values: { factor: `Risk factor ${i + 1}`, explanation: longText, groups: ['known-adult', 'children'] },
  }));
  analysis['risk-factors'] = factors;
  for (const key of ['what-happened', 'persons-account', 'account-versus-evidence', 'motivation', 'patterns'])
    analysis[key] = longText;
  const plan = answers['risk-management-plan']!;
  plan['risk-links'] = factors.map((factor, i) => ({
    rowId: `link-${String(i).padStart(6, '0')}`,
    values: { risk: factor.rowId, 'plan-parts': ['supervision', 'contingency'], how: longText },
  }));
  plan['contingency-lines'] = Array.from({ length: 20 }, (_, i) => ({
    rowId: `cont-${String(i).padStart(6, '0')}`,
    values: {
      'warning-sign': `Sign ${i}`,
      action: longText,
      'who-role': 'practitioner',
      'how-quickly': 'same-day',
    },
  }));
  const goals = answers['sentence-plan']!.goals as Row[];
  const template = goals[0]!;
  answers['sentence-plan']!.goals = Array.from({ length: 12 }, (_, i) => ({
    rowId: `goal-${String(i).padStart(6, '0')}`,
    values: {
      ...template.values,
      goal: `I will keep to goal ${i + 1}`,
      steps: Array.from({ length: 8 }, (_, j) => ({
        rowId: `step-${String(i * 10 + j).padStart(6, '0')}`,
        values: {
          step: `Step ${j + 1}`,
          actor: j % 2 ? 'the-person' : 'practitioner',
          status: 'not-started',
        },
      })),
    },
  }));
  return answers;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function longTail(i: number): string {
  return 'A pattern of jealousy, escalating. '.repeat(30) + String(i);
}

function measure(label: string, answers: Record<string, Record<string, unknown>>): void {
  const size = JSON.stringify(answers).length;
  let start = performance.now();
  evaluateAttempt({ templates: builtinTemplates, answers, caseContext: sampleCaseContext });
  const first = performance.now() - start;
  const runs = 500;
  const timings: number[] = [];
  let current = answers;
  for (let i = 0; i < runs; i += 1) {
    // A keystroke: a new answers object with one long text changed, as the store would produce.
    current = { ...current, 'rosh-analysis': { ...current['rosh-analysis']!, patterns: longTail(i) } };
    start = performance.now();
    const result = evaluateAttempt({
      templates: builtinTemplates,
      answers: current,
      caseContext: sampleCaseContext,
    });
    timings.push(performance.now() - start);
    if (result.itemErrors.length > 0) throw new Error('the bench attempt should be valid');
  }
  timings.sort((a, b) => a - b);
  console.log(`  ${label}, ${(size / 1024).toFixed(0)} KiB of answers:`);
  console.log(`    first evaluation: ${first.toFixed(2)} ms`);
  console.log(
    `    per keystroke over ${runs} runs: median ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, max ${timings[timings.length - 1]!.toFixed(2)} ms`,
  );
}

const items = builtinTemplates.reduce((n, t) => n + t.sections.reduce((m, s) => m + s.items.length, 0), 0);
console.log(`template engine: ${builtinTemplates.length} built-in templates, ${items} top-level items`);
measure(
  'every template filled (its first run also prepares the template set)',
  everyTemplateFilled().answers as Record<string, Record<string, unknown>>,
);
measure('a very large attempt', largeAttempt());
