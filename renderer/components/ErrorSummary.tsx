import { useEffect, useRef } from 'react';
import { errorSummaryShown } from './document-title';

export interface SummaryError {
  /** The id of the control to focus when the trainee follows the link. */
  fieldId: string;
  text: string;
}

/** Moves focus to a field by id; the app routes on the hash, so an ordinary `#id` link would change screen. */
export function focusField(fieldId: string): void {
  const target = document.getElementById(fieldId);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: at the top of the page, above the heading, listing each problem as a link to its
 * field. While it shows, the window title starts "Error: ".
 * `focusOnShow` is for pages that check on a button press; autosaved forms leave focus where the trainee is.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  focusOnShow = false,
}: {
  errors: SummaryError[];
  title?: string;
  focusOnShow?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown && focusOnShow) ref.current?.focus();
  }, [shown, focusOnShow]);
  useEffect(() => (shown ? errorSummaryShown() : undefined), [shown]);
  if (!shown) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.text}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.fieldId);
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
