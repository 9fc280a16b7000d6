import { useEffect, useRef } from 'react';
import { focusField } from '../../components/ErrorSummary';
import { navigate } from '../../app/routes';
import { hrefs } from '../../app/routes';
import { useEditor } from './editor-context';
import { editorPartTitles, nearestFieldId, partForPath } from './field-ids';
import type { EditorPart } from './field-ids';

const exists = (id: string) => document.getElementById(id) !== null;

/** Follows a problem's link: to the part of the editor that shows the field, then to the field itself. */
export function goToProblem(path: string, current: EditorPart): void {
  const part = partForPath(path);
  const focus = () => {
    const id = nearestFieldId(path, exists);
    if (id) focusField(id);
  };
  if (part === current) focus();
  else {
    navigate(hrefs.caseEditor(part));
    // The part draws on the hash change; focus its field once it is there.
    window.setTimeout(focus, 0);
  }
}

/**
 * The GOV.UK error summary for the case: every problem the checks found, each with its exact path in the
 * case format (the same path an import refusal would give), linking to the field.
 */
export function CaseProblems({ part }: { part: EditorPart }) {
  const errors = useEditor((s) => s.errors);
  const ref = useRef<HTMLDivElement>(null);
  const count = errors?.length ?? 0;
  const shown = count > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!errors || errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="case-problems-title"
      data-testid="case-problems"
    >
      <h2 className="error-summary__title" id="case-problems-title">
        There {count === 1 ? 'is a problem' : `are ${count} problems`} with the case
      </h2>
      <ul className="error-summary__list case-problems">
        {errors.map(({ path, problem }, index) => (
          <li key={`${index}:${path}`}>
            <a
              href={hrefs.caseEditor(partForPath(path))}
              onClick={(event) => {
                event.preventDefault();
                goToProblem(path, part);
              }}
            >
              {path ? (
                <>
                  <code className="case-problems__path">{path}</code>: {problem}
                </>
              ) : (
                problem
              )}
            </a>{' '}
            <span className="secondary-text">({editorPartTitles[partForPath(path)]})</span>
          </li>
        ))}
      </ul>
      <p className="body hint">
        Lists are counted from 0: <code>documents[1]</code> is the second document.
      </p>
    </div>
  );
}
