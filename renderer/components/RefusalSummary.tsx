import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A file or a save the host refused, as a GOV.UK error summary: what happened, then each problem with its
 * path picked out (the host writes `path: problem` lines; `splitRefusal` splits them). Focus moves here
 * when it appears, as the person pressed the button that caused it.
 */
/** What the summary lists: the same shape `splitRefusal` makes of a host message. */
export interface Refusal {
  heading: string;
  problems: ReadonlyArray<{ path: string | null; problem: string }>;
}

export function RefusalSummary({
  refusal,
  testId,
  children,
}: {
  refusal: Refusal;
  testId: string;
  /** Shown under the list when some problem has a path: how to read the paths. */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [refusal]);
  const titleId = `${testId}-title`;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h2 className="error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <p className="body">{refusal.heading}</p>
      {refusal.problems.length > 0 ? (
        <ul className="error-summary__list refusal-problems">
          {refusal.problems.map(({ path, problem }, index) => (
            <li key={index}>
              {path ? (
                <>
                  <code className="refusal-problems__path">{path}</code>: {problem}
                </>
              ) : (
                problem
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {children && refusal.problems.some((p) => p.path) ? <p className="body hint">{children}</p> : null}
    </div>
  );
}
