// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { PageHeading } from './PageHeading';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A page as the app draws one: the summary first, then the caption and heading, then the field. */
function Page({ problem }: { problem: string | null }) {
  return (
    <>
      <ErrorSummary errors={problem ? [{ fieldId: 'trainee-name', text: problem }] : []} />
      <PageHeading title="Settings">Settings</PageHeading>
      <input id="trainee-name" />
    </>
  );
}

describe('the error summary and the window title', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<Page problem={null} />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('starts the title with "Error: " only while the summary shows, and puts the summary above the heading', () => {
    expect(document.title).toBe('Settings – Casework Practice');
    act(() => root.render(<Page problem="Your name must be 120 characters or fewer" />));
    expect(document.title).toBe('Error: Settings – Casework Practice');
    const summary = container.querySelector('.error-summary')!;
    const heading = container.querySelector('h1')!;
    expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(summary.querySelector('a')?.textContent).toBe('Your name must be 120 characters or fewer');
    act(() => root.render(<Page problem={null} />));
    expect(document.title).toBe('Settings – Casework Practice');
    expect(container.querySelector('.error-summary')).toBeNull();
  });

  it('drops "Error: " when the page with the summary goes away', () => {
    act(() => root.render(<Page problem="Your name must be 120 characters or fewer" />));
    expect(document.title.startsWith('Error: ')).toBe(true);
    act(() => root.render(<PageHeading title="Your practice">Your practice</PageHeading>));
    expect(document.title).toBe('Your practice – Casework Practice');
  });
});
