import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { HostError } from '@shared/contract';
import { buildProgress } from '@shared/review/progress';
import type { AttemptPoint, CriterionSeries, TraineeProgress } from '@shared/review/progress';
import { criterionLevelLabels } from '@shared/review/schema';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { host } from '../../host';
import { useSettings } from '../../state/app-stores';
import { resolveTemplate, templatesReady } from '../templates/template-store';
import { formatDuration } from '../workspace/timing';
import { barChart, levelLine } from './chart';
import {
  CHART_LATEST,
  criterionLabels,
  latest,
  formatDay,
  levelsText,
  questionBars,
  questionsText,
  timeByTemplate,
} from './present';
import { casesReady, resolveCase } from '../cases/cases-store';
import './progress.css';

const caseTitle = (caseId: string | null) =>
  caseId === null ? 'Own case' : (resolveCase(caseId)?.title ?? caseId);
const templateTitle = (templateId: string) => resolveTemplate(templateId)?.title ?? templateId;

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; trainees: TraineeProgress[] };

/**
 * The summaries the host keeps in the library index: no attempt or review file is opened here, so the
 * screen costs the same whether the trainee has 10 attempts or 1,000.
 */
async function loadProgress(): Promise<TraineeProgress[]> {
  const [{ attempts }] = await Promise.all([host.listProgress({}), templatesReady(), casesReady()]);
  return buildProgress(attempts);
}

/** Rows shown at first in each table and added per "Show more", as on the home list. */
export const PROGRESS_PAGE_SIZE = 25;

function QuestionsChart({ progress, idPrefix }: { progress: TraineeProgress; idPrefix: string }) {
  const all = progress.timeline.length;
  // Three- and four-digit attempt numbers under 20 bars need more room than the default width gives.
  const chart = barChart(
    questionBars(progress, caseTitle),
    all >= 100 ? { width: 760, height: 220 } : undefined,
  );
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  return (
    <figure className="progress-chart">
      <figcaption className="heading-s" id={titleId}>
        Quality questions raised per attempt
      </figcaption>
      <p className="hint" id={descId}>
        {all > CHART_LATEST
          ? `The latest ${CHART_LATEST} of your ${all.toLocaleString('en-GB')} attempts, a bar each, oldest first, numbered as in the tables below, which give the figures for every attempt.`
          : 'A bar for each attempt, oldest first, numbered as in the table below, which gives the same figures.'}{' '}
        Fewer questions usually means the work answered more of what a tutor would ask.
      </p>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: `${chart.width}px` }}
        data-testid="questions-chart"
      >
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={chart.plot.left}
              x2={chart.plot.right}
              y1={tick.y}
              y2={tick.y}
              className="progress-chart__grid"
            />
            <text x={chart.plot.left - 6} y={tick.y + 4} textAnchor="end" className="progress-chart__tick">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.key}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="progress-chart__bar">
              <title>{bar.description}</title>
            </rect>
            <text x={bar.labelX} y={bar.y - 4} textAnchor="middle" className="progress-chart__value">
              {bar.value}
            </text>
            <text
              x={bar.labelX}
              y={chart.plot.bottom + 16}
              textAnchor="middle"
              className="progress-chart__tick"
            >
              {bar.label}
            </text>
          </g>
        ))}
        <line
          x1={chart.plot.left}
          x2={chart.plot.right}
          y1={chart.plot.bottom}
          y2={chart.plot.bottom}
          className="progress-chart__axis"
        />
        <text
          x={(chart.plot.left + chart.plot.right) / 2}
          y={chart.height - 4}
          textAnchor="middle"
          className="progress-chart__tick"
        >
          Attempt
        </text>
        <text x={4} y={12} className="progress-chart__tick">
          Questions
        </text>
      </svg>
    </figure>
  );
}

const levelNames = ['Not yet', 'Developing', 'Secure'];

/** A criterion's levels as a small line (bottom: not yet, top: secure); the cell beside it says the same. */
function LevelTrend({ series }: { series: CriterionSeries }) {
  // The same latest judgements the cell beside it lists, evenly spaced, so the line stays readable.
  const shown = latest(series.points);
  const line = levelLine(
    shown.map((point, position) => ({ position, score: point.score })),
    shown.length,
  );
  return (
    <svg
      className="progress-trend"
      viewBox={`0 0 ${line.width} ${line.height}`}
      width={line.width}
      height={line.height}
      aria-hidden="true"
      focusable="false"
    >
      {line.levelY.map((y, index) => (
        <line key={index} x1={0} x2={line.width} y1={y} y2={y} className="progress-chart__grid">
          <title>{levelNames[index]}</title>
        </line>
      ))}
      <polyline points={line.path} className="progress-trend__line" />
      {line.points.map((point) => (
        <circle key={point.position} cx={point.x} cy={point.y} r={4} className="progress-trend__point" />
      ))}
    </svg>
  );
}

/** Under the trainee's own heading when several are shown; straight under the page's h1 otherwise. */
function SubHeading({ under, children }: { under: boolean; children: ReactNode }) {
  return under ? <h3 className="heading-m">{children}</h3> : <h2 className="heading-m">{children}</h2>;
}

/**
 * One case's attempts, newest first, a page at a time: at 1,000 attempts every row drawn at once would
 * cost seconds, and the latest work is what a trainee looks at.
 */
function CaseTable({
  caseId,
  attempts,
  order,
  labels,
}: {
  caseId: string | null;
  attempts: readonly AttemptPoint[];
  order: ReadonlyMap<string, number>;
  labels: ReadonlyMap<string, string>;
}) {
  const [shown, setShown] = useState(PROGRESS_PAGE_SIZE);
  // After "Show more", focus goes to the first row it added, so a keyboard user carries on where they were.
  const focusRow = useRef<string | null>(null);
  useEffect(() => {
    if (!focusRow.current) return;
    document.getElementById(`progress-link-${focusRow.current}`)?.focus();
    focusRow.current = null;
  }, [shown]);
  const newestFirst = [...attempts].reverse();
  const visible = newestFirst.slice(0, shown);
  const hidden = newestFirst.length - visible.length;
  return (
    <>
      <table className="table progress-table" data-testid="progress-case">
        <caption className="progress-table__caption">
          {caseTitle(caseId)}: {attempts.length.toLocaleString('en-GB')}{' '}
          {attempts.length === 1 ? 'attempt' : 'attempts'}
          {attempts.length > 1 ? <span className="progress-table__number">Newest first</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Attempt</th>
            <th scope="col">Started</th>
            <th scope="col">Status</th>
            <th scope="col">Time spent</th>
            <th scope="col">Questions raised</th>
            <th scope="col">Tutor’s levels (lowest per criterion)</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((point) => (
            <tr key={point.attemptId}>
              <td>{order.get(point.attemptId)}</td>
              <th scope="row">
                <a href={hrefs.attempt(point.attemptId)} id={`progress-link-${point.attemptId}`}>
                  {point.title}
                </a>
                <span className="hint progress-table__number">
                  {' '}
                  Attempt {point.attemptNumber} at this case
                </span>
              </th>
              <td>{formatDay(point.createdAt)}</td>
              <td>{point.status === 'finished' ? 'Finished' : 'In progress'}</td>
              <td>{formatDuration(point.totalMs)}</td>
              <td>{questionsText(point.questions)}</td>
              <td>{levelsText(point, labels)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 ? (
        <p className="body progress-more">
          <span className="secondary-text">
            Showing {visible.length} of {attempts.length.toLocaleString('en-GB')}.{' '}
          </span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusRow.current = newestFirst[shown]?.attemptId ?? null;
              setShown(shown + PROGRESS_PAGE_SIZE);
            }}
          >
            Show {Math.min(hidden, PROGRESS_PAGE_SIZE)} more
          </button>
        </p>
      ) : null}
    </>
  );
}

function TraineeSection({ progress, heading }: { progress: TraineeProgress; heading: string | null }) {
  const labels = criterionLabels(progress.criteria);
  const idPrefix = `progress-${progress.traineeName ?? 'own'}`.replace(/[^a-z0-9-]/gi, '-');
  const order = new Map(progress.timeline.map((point, index) => [point.attemptId, index + 1]));
  const templates = timeByTemplate(progress);
  const { totals } = progress;
  return (
    <section aria-labelledby={heading ? `${idPrefix}-heading` : undefined} className="progress-trainee">
      {heading ? (
        <h2 className="heading-l" id={`${idPrefix}-heading`}>
          {heading}
        </h2>
      ) : null}
      <dl className="progress-totals" data-testid="progress-totals">
        <div>
          <dt>Attempts</dt>
          <dd>{totals.attempts.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>{totals.finished.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Time spent</dt>
          <dd>{formatDuration(totals.totalMs)}</dd>
        </div>
        <div>
          <dt>Quality questions raised</dt>
          <dd>{totals.questions.toLocaleString('en-GB')}</dd>
        </div>
      </dl>

      {progress.timeline.length > 1 ? <QuestionsChart progress={progress} idPrefix={idPrefix} /> : null}

      <SubHeading under={heading !== null}>Attempts by case</SubHeading>
      {progress.cases.map((group) => (
        <CaseTable
          key={group.caseId ?? 'own'}
          attempts={group.attempts}
          caseId={group.caseId}
          order={order}
          labels={labels}
        />
      ))}

      {templates.length > 0 ? (
        <>
          <SubHeading under={heading !== null}>Time per template</SubHeading>
          <table className="table progress-table">
            <caption className="visually-hidden">Time spent on each template, over all attempts</caption>
            <thead>
              <tr>
                <th scope="col">Template</th>
                <th scope="col">Time spent</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((entry) => (
                <tr key={entry.templateId}>
                  <th scope="row">{templateTitle(entry.templateId)}</th>
                  <td>{formatDuration(entry.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {progress.criteria.length > 0 ? (
        <>
          <SubHeading under={heading !== null}>Tutor’s levels over time</SubHeading>
          <table className="table progress-table" data-testid="progress-criteria">
            <caption className="visually-hidden">
              The lowest level a tutor gave against each criterion, attempt by attempt
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Levels, oldest first</th>
                <th scope="col">
                  Trend
                  <span className="progress-table__number">Bottom line not yet, top line secure</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.criteria.map((series) => (
                <tr key={series.criterionId}>
                  <th scope="row">{series.label}</th>
                  <td>
                    {series.points.length > CHART_LATEST
                      ? `Latest ${CHART_LATEST} of ${series.points.length}: `
                      : ''}
                    {latest(series.points)
                      .map(
                        (entry) =>
                          `Attempt ${order.get(entry.attemptId) ?? '?'} (${formatDay(entry.date)}): ${criterionLevelLabels[entry.weakest]}`,
                      )
                      .join('; ')}
                  </td>
                  <td>
                    <LevelTrend series={series} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

export function ProgressScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const traineeName = useSettings((s) => s.settings.traineeName);
  useEffect(() => {
    let cancelled = false;
    loadProgress().then(
      (trainees) => !cancelled && setLoaded({ kind: 'ready', trainees }),
      (error: unknown) =>
        !cancelled &&
        setLoaded({
          kind: 'failed',
          message: error instanceof HostError ? error.message : 'Your progress could not be worked out.',
        }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <>
      <PageHeading title="Your progress">Your progress</PageHeading>
      <p className="body-l">
        How your practice has gone over time: attempts at each case, the quality questions each one raised,
        the time you spent, and the levels a tutor gave when they reviewed your work.
      </p>
      {loaded.kind === 'loading' ? <p className="body">Working out your progress…</p> : null}
      {loaded.kind === 'failed' ? (
        <div className="inset-text inset-text--error" role="alert">
          {loaded.message}
        </div>
      ) : null}
      {loaded.kind === 'ready' && loaded.trainees.length === 0 ? (
        <div className="inset-text">
          <p className="body">
            No attempts yet. <a href={hrefs.home}>Start one from your practice</a>.
          </p>
        </div>
      ) : null}
      {loaded.kind === 'ready'
        ? loaded.trainees.map((progress) => (
            <TraineeSection
              key={progress.traineeName ?? ''}
              progress={progress}
              heading={
                loaded.trainees.length === 1
                  ? null
                  : progress.traineeName === null
                    ? `Your own attempts${traineeName ? `, ${traineeName}` : ''}`
                    : `Attempts by ${progress.traineeName} (imported)`
              }
            />
          ))
        : null}
    </>
  );
}
