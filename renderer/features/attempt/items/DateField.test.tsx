// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@shared/templates';
import { topLevel } from '../answer-paths';
import type { AttemptStore } from '../attempt-store';
import { AttemptStoreContext } from '../context';
import { blankAttempt, componentTestStore } from '../testing';
import { dateFormatProblem, dateYearProblem } from './DateNumberFields';
import { ItemField } from './ItemField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template: Template = {
  format: 1,
  id: 'dates-practice',
  version: 1,
  title: 'Dates practice',
  description: 'A template for testing typed dates.',
  sections: [
    { id: 'when', title: 'When', items: [{ kind: 'date', id: 'sentenced', prompt: 'Date of sentence' }] },
  ],
};
const item = template.sections[0]!.items[0]!;
const scope = topLevel(template.id);

describe('a date question', () => {
  let container: HTMLElement;
  let root: Root;
  let store: AttemptStore;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    store = componentTestStore([template], { attempt: blankAttempt([template], { title: 'Date test' }) });
    act(() =>
      root.render(
        <AttemptStoreContext.Provider value={store}>
          <ItemField item={item} scope={scope} sectionKey="dates-practice/when" />
        </AttemptStoreContext.Provider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function type(value: string) {
    const input = container.querySelector<HTMLInputElement>('input')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      input.dispatchEvent(new Event('focusout', { bubbles: true }));
    });
  }
  const saved = () => store.getState().attempt.answers[template.id]?.['sentenced'];

  it('saves a real date in a plausible year', () => {
    type('23/11/2026');
    expect(saved()).toBe('2026-11-23');
    expect(container.textContent).not.toContain(dateYearProblem);
  });

  it('refuses a year outside 1900 to 2100 and says so, saving nothing', () => {
    type('23/11/1826');
    expect(saved() ?? null).toBeNull();
    expect(container.textContent).toContain(dateYearProblem);
  });

  it('still explains a date that is not a date at all', () => {
    type('31/02/2026');
    expect(saved() ?? null).toBeNull();
    expect(container.textContent).toContain(dateFormatProblem);
  });
});
