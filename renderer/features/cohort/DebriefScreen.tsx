import { useMemo, useState } from 'react';
import { buildCaseDebrief } from '@shared/cohort/aggregate';
import type { CaseDebrief, DebriefRatingRow } from '@shared/cohort/aggregate';
import { HostError } from '@shared/contract';
import { levelColour } from '@shared/pdf/colours';
import { roshLevelIds } from '@shared/cases/schema';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { SingleCheckbox } from '../../components/form';
import { host } from '../../host';
import { useCohortData } from './CohortScreen';
import { groupLabel, levelWord, rangeWords } from './present';
import './cohort.css';

const BAR = 22;
const GAP = 6;
const LABEL_W = 170;
const PLOT_W = 420;
const ROW_HEAD = 30;

/** The levels of the defensible range, first to last, as one band behind their bars. */
function band(row: DebriefRatingRow): { first: number; last: number } | null {
  const first = row.levels.findIndex((entry) => entry.inRange);
  if (first < 0) return null;
  return { first, last: row.levels.findLastIndex((entry) => entry.inRange) };
}

/**
 * The class's ratings, one small bar chart per group and setting: a bar per level, its length the number of
 * trainees, the defensible range's levels on a shaded band. Hidden from assistive technology: the table
 * after it gives the same figures, and says which levels are in the range in words.
 */
function RatingsChart({ debrief }: { debrief: CaseDebrief }) {
  const total = Math.max(1, debrief.participants.length - debrief.pending);
  const block = ROW_HEAD + roshLevelIds.length * (BAR + GAP) + 10;
  const height = debrief.ratings.length * block;
  const width = LABEL_W + PLOT_W + 60;
  return (
    <svg
      className="debrief-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${Math.round(width * 1.5)}px` }}
      aria-hidden="true"
      focusable="false"
      data-testid="debrief-chart"
    >
      {debrief.ratings.map((row, r) => {
        const top = r * block;
        return (
          <g key={`${row.group}/${row.setting}`} transform={`translate(0 ${top})`}>
            {band(row) ? (
              <rect
                x={LABEL_W - 4}
                y={ROW_HEAD + band(row)!.first * (BAR + GAP) - GAP / 2}
                width={PLOT_W + 8}
                height={(band(row)!.last - band(row)!.first + 1) * (BAR + GAP)}
                className="debrief-chart__band"
              />
            ) : null}
            <text x={0} y={18} className="debrief-chart__heading">
              {groupLabel(row.group, row.setting)}: range {rangeWords(row.from, row.to)}
            </text>
            {row.levels.map((entry, i) => {
              const y = ROW_HEAD + i * (BAR + GAP);
              const colour = levelColour(i, roshLevelIds.length);
              const w = (entry.count / total) * PLOT_W;
              return (
                <g key={entry.level}>
                  <text x={LABEL_W - 10} y={y + BAR * 0.7} textAnchor="end" className="debrief-chart__label">
                    {levelWord(entry.level)}
                    {entry.inRange ? ' (in range)' : ''}
                  </text>
                  <rect x={LABEL_W} y={y} width={PLOT_W} height={BAR} className="debrief-chart__track" />
                  {entry.count > 0 ? (
                    <rect
                      x={LABEL_W}
                      y={y}
                      width={Math.max(3, w)}
                      height={BAR}
                      fill={colour.fill}
                      className="debrief-chart__bar"
                    />
                  ) : null}
                  <text x={LABEL_W + PLOT_W + 8} y={y + BAR * 0.7} className="debrief-chart__value">
                    {entry.count}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

function RatingsTable({ debrief }: { debrief: CaseDebrief }) {
  return (
    <table className="table debrief-table" data-testid="debrief-ratings">
      <caption className="debrief-table__caption">
        Ratings for each group and setting against the defensible range
      </caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Defensible range</th>
          {roshLevelIds.map((level) => (
            <th scope="col" key={level}>
              {levelWord(level).replace(/^./, (c) => c.toUpperCase())}
            </th>
          ))}
          <th scope="col">Below / within / above</th>
        </tr>
      </thead>
      <tbody>
        {debrief.ratings.map((row) => (
          <RatingRow key={`${row.group}/${row.setting}`} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function RatingRow({ row }: { row: DebriefRatingRow }) {
  return (
    <tr data-testid={`debrief-row-${row.group}-${row.setting}`}>
      <th scope="row">{groupLabel(row.group, row.setting)}</th>
      <td>
        {rangeWords(row.from, row.to)}
        {row.after ? (
          <span className="hint debrief-after">
            {' '}
            After “{row.after.documentTitle}”: {rangeWords(row.after.from, row.after.to)}
          </span>
        ) : null}
      </td>
      {row.levels.map((entry) => (
        <td
          key={entry.level}
          className={entry.inRange ? 'debrief-in-range' : undefined}
          data-level={entry.level}
        >
          <span className="debrief-count">{entry.count}</span>
          {entry.inRange ? <span className="visually-hidden"> (in the range)</span> : null}
          {entry.who.length > 0 ? <span className="debrief-who">{entry.who.join(', ')}</span> : null}
        </td>
      ))}
      <td data-testid="debrief-positions">
        {row.below} / {row.within} / {row.above}
        {row.notRated.length > 0 ? <span className="hint"> ({row.notRated.length} not rated)</span> : null}
      </td>
    </tr>
  );
}

function CountTable({
  caption,
  first,
  rows,
  testId,
  empty,
}: {
  caption: string;
  first: string;
  rows: Array<{ key: string; label: string; count: number; who?: string[] }>;
  testId: string;
  empty: string;
}) {
  if (rows.length === 0) return <p className="body hint">{empty}</p>;
  const withWho = rows.some((row) => row.who !== undefined);
  return (
    <table className="table debrief-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Trainees</th>
          {withWho ? <th scope="col">Who</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="debrief-table__text">
              {row.label}
            </th>
            <td>{row.count}</td>
            {withWho ? <td>{row.who?.join(', ') || '–'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' | 'failed'; message: string };

function DebriefView({
  debrief,
  showNames,
  onShowNames,
}: {
  debrief: CaseDebrief;
  showNames: boolean;
  onShowNames: (on: boolean) => void;
}) {
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });
  const exportPdf = async () => {
    setExporting({ kind: 'working' });
    try {
      const result = await host.exportDebriefPdf({ caseId: debrief.caseId, showNames });
      setExporting(
        result.saved
          ? {
              kind: 'done',
              message: `Exported as “${result.fileName}” (${result.pages} ${result.pages === 1 ? 'page' : 'pages'}${showNames ? ', with names' : ', anonymised'}).`,
            }
          : { kind: 'idle' },
      );
    } catch (error) {
      setExporting({
        kind: 'failed',
        message: error instanceof HostError ? error.message : 'The PDF could not be made.',
      });
    }
  };
  return (
    <>
      <SingleCheckbox
        id="debrief-show-names"
        label="Show trainees’ names"
        hint="Off by default: trainees are shown as Trainee A, B, C… so the debrief can go on a shared screen in a group session. The letters stay the same while the same work is here."
        checked={showNames}
        onChange={onShowNames}
      />
      <p className="body" data-testid="debrief-who">
        {debrief.participants.length} {debrief.participants.length === 1 ? 'trainee' : 'trainees'}:{' '}
        {debrief.participants.map((p) => p.label).join(', ')}.
        {debrief.pending > 0
          ? ` ${debrief.pending} could not be counted (their work could not be read).`
          : ''}
      </p>
      <p>
        <button
          type="button"
          className="button"
          disabled={exporting.kind === 'working'}
          onClick={() => void exportPdf()}
        >
          {showNames ? 'Export as PDF (with names)' : 'Export as PDF (anonymised)'}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {exporting.kind === 'working' ? <p className="body">Making the PDF…</p> : null}
        {exporting.kind === 'done' ? (
          <p className="body" data-testid="debrief-exported">
            {exporting.message}
          </p>
        ) : null}
      </div>
      {exporting.kind === 'failed' ? (
        <p className="body error-message" role="alert">
          {exporting.message}
        </p>
      ) : null}

      <h2 className="heading-l">Ratings against the defensible range</h2>
      <p className="body">
        How many trainees gave each level. The shaded levels are the range the case’s tutor notes find
        defensible. A trainee whose file has the late document that moves a range is counted against the moved
        range.
      </p>
      <figure className="debrief-figure">
        <RatingsChart debrief={debrief} />
        <figcaption className="hint">
          The table below gives the same figures, with who gave each level.
        </figcaption>
      </figure>
      <RatingsTable debrief={debrief} />

      <h2 className="heading-l">Questions raised most often</h2>
      <CountTable
        caption="Quality questions raised, most often first"
        first="Question"
        rows={debrief.questions.map((q) => ({ key: q.id, label: q.message, count: q.count, who: q.who }))}
        testId="debrief-questions"
        empty="No quality question spoke about anyone’s work."
      />

      <h2 className="heading-l">Evidence referred to</h2>
      <CountTable
        caption="Key evidence referred to, and by how many"
        first="Key evidence"
        rows={debrief.keyEvidence.map((e) => ({ key: e.id, label: e.label, count: e.count, who: e.who }))}
        testId="debrief-evidence"
        empty="This case names no key evidence."
      />
      <h3 className="heading-m">Documents quoted as evidence</h3>
      <CountTable
        caption="Case-file documents quoted as evidence, and by how many"
        first="Document"
        rows={debrief.documentsCited.map((d) => ({ key: d.id, label: d.title, count: d.count }))}
        testId="debrief-documents"
        empty="No one quoted a document as evidence."
      />

      <h2 className="heading-l">Decisions made</h2>
      {debrief.decisions.length === 0 ? (
        <p className="body hint">No decision was recorded in the work.</p>
      ) : null}
      {debrief.decisions.map((decision) => (
        <section key={decision.id} aria-labelledby={`decision-${decision.id}`}>
          <h3 className="heading-m" id={`decision-${decision.id}`}>
            {decision.title}
          </h3>
          <CountTable
            caption={decision.title}
            first="Decision"
            rows={decision.options.map((o) => ({ key: o.key, label: o.label, count: o.count, who: o.who }))}
            testId={`debrief-decision-${decision.id}`}
            empty=""
          />
        </section>
      ))}

      {debrief.interview ? (
        <>
          <h2 className="heading-l">Interview: key questions asked</h2>
          <CountTable
            caption="Key interview questions asked by each trainee"
            first="Trainee"
            rows={debrief.interview.asked.map((a) => ({
              key: a.label,
              label: a.label,
              count: a.asked,
            }))}
            testId="debrief-interview"
            empty="No one held the interview."
          />
          <p className="hint">Out of {debrief.interview.of} key questions.</p>
        </>
      ) : null}
    </>
  );
}

/** One case across the cohort, for a group session: anonymised unless the tutor asks for names. */
export function DebriefScreen({ caseId }: { caseId: string }) {
  const loaded = useCohortData();
  const [showNames, setShowNames] = useState(false);
  const debrief = useMemo(() => {
    if (loaded.kind !== 'ready') return null;
    const practiceCase = loaded.data.cases.find((c) => c.id === caseId);
    if (!practiceCase) return undefined;
    return buildCaseDebrief(loaded.data.attempts, practiceCase, {
      anonymise: !showNames,
      decisionLabels: loaded.data.decisionLabels,
    });
  }, [loaded, caseId, showNames]);
  const title = debrief ? `Debrief: ${debrief.caseTitle}` : 'Debrief';
  return (
    <>
      <p className="body">
        <a href={hrefs.cohort}>Back to your trainees’ work</a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {loaded.kind === 'loading' ? <p className="body">Reading the cohort…</p> : null}
      {loaded.kind === 'failed' ? (
        <p className="body error-message" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {debrief === undefined ? (
        <p className="body">
          No trainee’s work on this case has been imported, so there is nothing to debrief.
        </p>
      ) : null}
      {debrief ? <DebriefView debrief={debrief} showNames={showNames} onShowNames={setShowNames} /> : null}
    </>
  );
}
