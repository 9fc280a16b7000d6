import { useEffect, useMemo, useState } from 'react';
import { buildCohortTable } from '@shared/cohort/aggregate';
import type { CohortCell, CohortTable, Trainee } from '@shared/cohort/aggregate';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { Field } from '../../components/form';
import { host } from '../../host';
import { formatDuration } from '../workspace/timing';
import {
  judgementsText,
  levelWord,
  groupLabel,
  positionWords,
  ratingText,
  visibleRows,
  type CohortFilters,
  type SortState,
  type StatusFilter,
} from './present';
import './cohort.css';

export type CohortData = ResponseOf<'listCohort'>;

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: CohortData };

/** The cohort from the host: the index's digests, so no attempt file is opened once they are kept. */
export function useCohortData(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    host.listCohort({}).then(
      (data) => {
        if (!cancelled) setLoaded({ kind: 'ready', data });
      },
      (error: unknown) => {
        if (!cancelled)
          setLoaded({
            kind: 'failed',
            message: error instanceof HostError ? error.message : 'The cohort could not be read.',
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return loaded;
}

function CellContent({
  cell,
  trainee,
  caseTitle,
}: {
  cell: CohortCell;
  trainee: Trainee;
  caseTitle: string;
}) {
  const status = cell.status === 'finished' ? 'Finished' : 'In progress';
  return (
    <>
      <a href={hrefs.review(cell.attemptId)} className="cohort-cell__link">
        {status}
        <span className="visually-hidden">
          : review {trainee.label}’s work on {caseTitle}
        </span>
      </a>
      {cell.attempts > 1 ? <span className="hint"> (latest of {cell.attempts})</span> : null}
      {cell.ratings.length > 0 ? (
        <ul className="cohort-cell__ratings" aria-label="Ratings against the defensible range">
          {cell.ratings.map((rating) => (
            <li
              key={`${rating.group}/${rating.setting}`}
              className={`cohort-rating cohort-rating--${rating.position}`}
            >
              <span aria-hidden="true">
                {groupLabel(rating.group, rating.setting)}: {rating.level ? levelWord(rating.level) : '–'}{' '}
                <span className="cohort-rating__mark">{markFor(rating.position)}</span>
              </span>
              <span className="visually-hidden">{ratingText(rating)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="cohort-cell__facts">
        <li>
          {cell.questions === null
            ? 'Questions not counted yet'
            : `${cell.questions} quality ${cell.questions === 1 ? 'question' : 'questions'}`}
        </li>
        {cell.evidence ? (
          <li>
            Key evidence: {cell.evidence.referred} of {cell.evidence.of}
          </li>
        ) : null}
        {cell.interview ? (
          <li>
            Key questions asked: {cell.interview.asked} of {cell.interview.of}
          </li>
        ) : null}
        <li>{formatDuration(cell.totalMs)}</li>
        <li>{judgementsText(cell.judgements)}</li>
      </ul>
    </>
  );
}

/** Colour is never the only signal: each rating says where it sits in words (hidden) and by a mark. */
function markFor(position: CohortCell['ratings'][number]['position']): string {
  if (position === 'below') return '▼ below';
  if (position === 'above') return '▲ above';
  if (position === 'within') return '✓';
  return '';
}

function SortButton({
  label,
  active,
  direction,
  onClick,
}: {
  label: string;
  active: boolean;
  direction: SortState['direction'];
  onClick: () => void;
}) {
  return (
    <button type="button" className="cohort-sort" onClick={onClick}>
      {label}
      <span aria-hidden="true" className="cohort-sort__arrow">
        {active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
      </span>
    </button>
  );
}

export function CohortTableView({ table }: { table: CohortTable }) {
  const [filters, setFilters] = useState<CohortFilters>({ caseId: 'all', status: 'all', trainee: '' });
  const [sort, setSort] = useState<SortState>({ key: { column: 'trainee' }, direction: 'ascending' });
  const { cases, trainees, shows } = useMemo(() => visibleRows(table, filters, sort), [table, filters, sort]);
  const sortBy = (key: SortState['key']) =>
    setSort((current) => {
      const same = JSON.stringify(current.key) === JSON.stringify(key);
      // A case column starts with the work furthest from the range first: who to talk to.
      const first = key.column === 'case' ? 'descending' : 'ascending';
      return {
        key,
        direction: same ? (current.direction === 'ascending' ? 'descending' : 'ascending') : first,
      };
    });
  const ariaSort = (key: SortState['key']) =>
    JSON.stringify(sort.key) === JSON.stringify(key) ? sort.direction : 'none';

  return (
    <>
      <form className="cohort-filters" aria-label="Filter the cohort" onSubmit={(e) => e.preventDefault()}>
        <Field id="cohort-filter-case" label="Case">
          <select
            id="cohort-filter-case"
            className="select"
            value={filters.caseId}
            onChange={(e) => setFilters({ ...filters, caseId: e.target.value })}
          >
            <option value="all">All cases</option>
            {table.cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="cohort-filter-status" label="Status">
          <select
            id="cohort-filter-status"
            className="select"
            value={filters.status}
            onChange={(e) => setFilters({ ...filters, status: e.target.value as StatusFilter })}
          >
            <option value="all">Any status</option>
            <option value="finished">Finished</option>
            <option value="in-progress">In progress</option>
          </select>
        </Field>
        <Field id="cohort-filter-trainee" label="Trainee">
          <input
            id="cohort-filter-trainee"
            className="input input--width-20"
            type="search"
            value={filters.trainee}
            onChange={(e) => setFilters({ ...filters, trainee: e.target.value })}
          />
        </Field>
      </form>
      <p className="body" role="status" data-testid="cohort-count">
        Showing {trainees.length} of {table.trainees.length}{' '}
        {table.trainees.length === 1 ? 'trainee' : 'trainees'}.
      </p>
      <div className="cohort-table-wrap">
        <table className="table cohort-table" data-testid="cohort-table">
          <caption className="cohort-table__caption">
            Trainees’ work by case. Each rating is shown against the case’s defensible range: ✓ within it, ▼
            below it, ▲ above it. Open a cell to review that work.
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort({ column: 'trainee' })}>
                <SortButton
                  label="Trainee"
                  active={sort.key.column === 'trainee'}
                  direction={sort.direction}
                  onClick={() => sortBy({ column: 'trainee' })}
                />
              </th>
              {cases.map((c) => (
                <th key={c.id} scope="col" aria-sort={ariaSort({ column: 'case', caseId: c.id })}>
                  <SortButton
                    label={c.title}
                    active={sort.key.column === 'case' && sort.key.caseId === c.id}
                    direction={sort.direction}
                    onClick={() => sortBy({ column: 'case', caseId: c.id })}
                  />
                  <a className="cohort-table__debrief" href={hrefs.debrief(c.id)}>
                    Debrief<span className="visually-hidden"> {c.title}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trainees.map((trainee) => (
              <tr key={trainee.key}>
                <th scope="row">{trainee.label}</th>
                {cases.map((c) => {
                  const cell = table.cells[trainee.key]?.[c.id];
                  return (
                    <td key={c.id} className="cohort-cell">
                      {cell && shows(cell) ? (
                        <CellContent cell={cell} trainee={trainee} caseTitle={c.title} />
                      ) : (
                        <span className="hint">
                          {cell ? 'Hidden by the status filter' : 'No work on this case'}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Sorting by a case puts the work with the most ratings {positionWords.below} or {positionWords.above}{' '}
        first, then the most quality questions.
      </p>
    </>
  );
}

/**
 * A tutor's cohort: every trainee's imported work against the cases, from the summaries the host keeps,
 * with a way into each trainee's work and into a debrief of each case.
 */
export function CohortScreen() {
  const loaded = useCohortData();
  const table = useMemo(
    () => (loaded.kind === 'ready' ? buildCohortTable(loaded.data.attempts, loaded.data.cases) : null),
    [loaded],
  );
  return (
    <>
      <PageHeading title="Your trainees’ work">Your trainees’ work</PageHeading>
      <p className="body">
        The work trainees have sent you, one row per trainee and one column per case. Trainees are told apart
        by the name in their files; a file without a name is shown on its own, by its file name.
      </p>
      {loaded.kind === 'loading' ? <p className="body">Reading the cohort…</p> : null}
      {loaded.kind === 'failed' ? (
        <p className="body error-message" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {table && table.trainees.length === 0 ? (
        <p className="body" data-testid="cohort-empty">
          No trainee’s work has been imported yet.{' '}
          <a href={hrefs.home}>Open trainees’ files from Your practice</a>.
        </p>
      ) : null}
      {table && table.trainees.length > 0 ? <CohortTableView table={table} /> : null}
    </>
  );
}
