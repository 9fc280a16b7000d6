import { useEffect, useRef } from 'react';
import { splitRefusal } from '../templates/refusal';

/**
 * A case the host refused (an import or a save), as a GOV.UK error summary: what happened, then each
 * problem with its path in the case format, as the host wrote it.
 */
export function CaseRefusal({ message, testId }: { message: string; testId: string }) {
  const refusal = splitRefusal(message);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
    >
      <h2 className="error-summary__title" id={`${testId}-title`}>
        There is a problem
      </h2>
      <p className="body">{refusal.heading}</p>
      {refusal.problems.length > 0 ? (
        <ul className="error-summary__list case-problems">
          {refusal.problems.map(({ path, problem }, index) => (
            <li key={index}>
              {path ? (
                <>
                  <code className="case-problems__path">{path}</code>: {problem}
                </>
              ) : (
                problem
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
