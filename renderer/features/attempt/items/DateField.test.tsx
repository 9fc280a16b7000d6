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

  function type(day: string, month: string, year: string) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (const [part, value] of [
      ['Day', day],
      ['Month', month],
      ['Year', year],
    ] as const) {
      const input = box(part);
      act(() => {
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    act(() => {
      box('Year').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
  }
  function box(label: 'Day' | 'Month' | 'Year'): HTMLInputElement {
    const labelElement = [...container.querySelectorAll('label')].find((l) => l.textContent === label)!;
    return container.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)!;
  }
  const saved = () => store.getState().attempt.answers[template.id]?.['sentenced'];
  const marked = () =>
    (['Day', 'Month', 'Year'] as const).filter((part) => box(part).classList.contains('input--error'));

  it('asks for day, month and year in one fieldset named by the question', () => {
    const fieldset = container.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).toBe('Date of sentence (optional)');
    expect(fieldset.querySelectorAll('input')).toHaveLength(3);
    expect(box('Day').id).toBe(container.querySelector('.hint')!.id.replace(/-hint$/, ''));
  });

  it('saves a real date in a plausible year as yyyy-mm-dd, and shows it back in the boxes', () => {
    type('3', '01', '2026');
    expect(saved()).toBe('2026-01-03');
    expect([box('Day').value, box('Month').value, box('Year').value]).toEqual(['3', '1', '2026']);
    expect(container.querySelector('.error-message')).toBeNull();
  });

  it('refuses a year outside 1900 to 2100, marks only the year, and saves nothing', () => {
    type('23', '11', '1826');
    expect(saved() ?? null).toBeNull();
    expect(container.textContent).toContain('The year must be between 1900 and 2100.');
    expect(marked()).toEqual(['Year']);
  });

  it('names the parts that are missing', () => {
    type('23', '', '');
    expect(saved() ?? null).toBeNull();
    expect(container.textContent).toContain('The date must include a month and year.');
    expect(marked()).toEqual(['Month', 'Year']);
  });

  it('explains a date that is not a date at all', () => {
    type('31', '02', '2026');
    expect(saved() ?? null).toBeNull();
    expect(container.textContent).toContain('The date must be a real date');
  });

  it('keeps a half-typed date on screen and saves nothing in place of an older date', () => {
    type('23', '11', '2026');
    expect(saved()).toBe('2026-11-23');
    type('23', '', '2026');
    expect(saved() ?? null).toBeNull();
    expect(box('Day').value).toBe('23');
  });
});
