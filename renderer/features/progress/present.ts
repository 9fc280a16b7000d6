import { formatDate } from '@shared/dates/format';
import type { AttemptPoint, CriterionSeries, TraineeProgress } from '@shared/review/progress';
import { criterionLevelLabels } from '@shared/review/schema';
import type { BarInput } from './chart';

/** Words and figures for the progress view, kept out of the components so they can be tested. */

/** An ISO instant as the calendar day it was in UK time: 23/11/2026. */
export const formatDay = (iso: string): string => formatDate(iso);

export function questionsText(n: number): string {
  return n === 1 ? '1 question' : `${n} questions`;
}

/** How many of the latest attempts the chart and the level lines draw: more bars than this are unreadable. */
export const CHART_LATEST = 20;

/** The last `CHART_LATEST` of a list kept oldest first. */
export function latest<T>(items: readonly T[]): T[] {
  return items.slice(Math.max(0, items.length - CHART_LATEST));
}

/** One bar per attempt, oldest first, for the latest attempts: the quality-rule questions it raised. */
export function questionBars(
  progress: TraineeProgress,
  caseTitle: (caseId: string | null) => string,
): BarInput[] {
  const offset = Math.max(0, progress.timeline.length - CHART_LATEST);
  return latest(progress.timeline)
    .map((point, at) => ({ point, index: offset + at }))
    .map(({ point, index }) => ({
      key: point.attemptId,
      label: String(index + 1),
      value: point.questions,
      description: `${index + 1}. ${caseTitle(point.caseId)}, attempt ${point.attemptNumber}, started ${formatDay(point.createdAt)}: ${questionsText(point.questions)}`,
    }));
}

/** "Evidence used: Developing; Risk rated defensibly: Secure", the lowest level given per criterion. */
export function levelsText(point: AttemptPoint, labels: ReadonlyMap<string, string>): string {
  const parts = Object.entries(point.weakest).map(
    ([criterionId, level]) => `${labels.get(criterionId) ?? criterionId}: ${criterionLevelLabels[level]}`,
  );
  return parts.length > 0 ? parts.join('; ') : 'Not reviewed';
}

export function criterionLabels(criteria: readonly CriterionSeries[]): Map<string, string> {
  return new Map(criteria.map((series) => [series.criterionId, series.label]));
}

/** Total time per template over every attempt, largest first. */
export function timeByTemplate(progress: TraineeProgress): Array<{ templateId: string; ms: number }> {
  const totals = new Map<string, number>();
  for (const point of progress.timeline)
    for (const [templateId, ms] of Object.entries(point.msByTemplate))
      totals.set(templateId, (totals.get(templateId) ?? 0) + ms);
  return [...totals.entries()]
    .map(([templateId, ms]) => ({ templateId, ms }))
    .sort((a, b) => b.ms - a.ms || a.templateId.localeCompare(b.templateId));
}
