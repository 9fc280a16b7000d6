import type { ReactNode } from 'react';

/**
 * A GOV.UK table of things a person can act on: a caption only screen readers hear, a heading for each
 * column, and a last column of buttons whose heading (`actionsLabel`) only screen readers hear too. The
 * rows are the caller's.
 */
export function ActionTable({
  caption,
  columns,
  actionsLabel = 'Actions',
  className,
  testId,
  children,
}: {
  caption: string;
  columns: readonly string[];
  actionsLabel?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
      <caption className="table__caption visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{actionsLabel}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
