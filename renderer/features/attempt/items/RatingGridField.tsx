import { ErrorMessage, describedBy } from '@renderer/components/form';
import { gridCell, gridCells } from '@shared/templates';
import type { RatingGridItem } from '@shared/templates';
import { useAnswer, useAttemptActions } from '../context';
import type { FieldProps } from './common';
import { optionalSuffix } from './common';
import { GuidanceDetails } from './GuidanceText';

type Grid = Record<string, Record<string, string | null>>;

function asGrid(value: unknown): Grid {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Grid) : {};
}

/**
 * Rows x columns, one select per cell, in a table: each select is named by its row and column headers
 * (aria-labelledby), so a screen reader says "Children, Community" and the table reads as a grid.
 */
export function RatingGridField({ item, scope, id, error, required }: FieldProps<RatingGridItem>) {
  const answer = useAnswer(scope, item.id);
  const actions = useAttemptActions();
  const grid = asGrid(answer);
  const legendId = `${id}-legend`;
  const levelsHelp = item.levels.some((level) => level.description) ? (
    <details className="details">
      <summary className="details__summary">
        <span className="details__summary-text">What the levels mean</span>
      </summary>
      <div className="details__text">
        <dl className="definition-list">
          {item.levels.map((level) => (
            <div key={level.id}>
              <dt>{level.label}</dt>
              <dd>{level.description ?? ''}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  ) : null;

  const setCell = (rowId: string, columnId: string, level: string) => {
    const row = { ...grid[rowId], [columnId]: level === '' ? null : level };
    const next: Grid = { ...grid, [rowId]: row };
    const anyRated = Object.values(next).some((cells) => Object.values(cells).some((cell) => cell !== null));
    actions.setAnswer(scope, item.id, anyRated ? next : null);
  };

  // The first rated cell carries the item's id, so an error link lands on the grid.
  const first = gridCells(item)[0];
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <div role="group" aria-labelledby={legendId} aria-describedby={describedBy(id, null, error)}>
        <p className="fieldset__legend fieldset__legend--s" id={legendId}>
          {item.prompt}
          {optionalSuffix(required)}
        </p>
        <GuidanceDetails guidance={item.guidance} />
        {levelsHelp}
        <ErrorMessage id={id} error={error} />
        <div className="table-scroll">
          <table className="table rating-grid">
            <thead>
              <tr>
                <td />
                {item.columns.map((column) => (
                  <th scope="col" key={column.id} id={`${id}--col-${column.id}`}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {item.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {/* The label alone names the cell; the description is read after it, as a hint. */}
                    <span id={`${id}--row-${row.id}`}>{row.label}</span>
                    {row.description ? (
                      <span className="hint rating-grid__row-hint" id={`${id}--row-${row.id}-hint`}>
                        {row.description}
                      </span>
                    ) : null}
                  </th>
                  {item.columns.map((column) => {
                    if (row.columns && !row.columns.includes(column.id)) {
                      return (
                        <td key={column.id} className="rating-grid__not-rated">
                          Not rated
                          <span className="visually-hidden">
                            {' '}
                            for {row.label.toLowerCase()} in {column.label.toLowerCase()}
                          </span>
                        </td>
                      );
                    }
                    const cellId =
                      first?.rowId === row.id && first.columnId === column.id
                        ? id
                        : `${id}--${row.id}--${column.id}`;
                    return (
                      <td key={column.id}>
                        <select
                          className="select rating-grid__select"
                          id={cellId}
                          aria-labelledby={`${id}--row-${row.id} ${id}--col-${column.id}`}
                          aria-describedby={row.description ? `${id}--row-${row.id}-hint` : undefined}
                          value={gridCell(grid, row.id, column.id) ?? ''}
                          onChange={(event) => setCell(row.id, column.id, event.target.value)}
                          onBlur={() => void actions.flush()}
                        >
                          <option value="">Choose</option>
                          {item.levels.map((level) => (
                            <option key={level.id} value={level.id}>
                              {level.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
