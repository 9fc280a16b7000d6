// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@shared/templates';
import { CheckAnswers } from './CheckAnswers';
import { AttemptStoreContext } from './context';
import { blankAttempt, componentTestStore } from './testing';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template: Template = {
  format: 1,
  id: 'check-practice',
  version: 1,
  title: 'Check practice',
  description: 'A template for testing the check-your-answers page.',
  sections: [
    {
      id: 'offence',
      title: 'Offence',
      items: [
        { kind: 'guidance', id: 'intro', text: 'Read the case file first.' },
        { kind: 'shortText', id: 'name', prompt: 'Name of the offence', required: true },
        { kind: 'longText', id: 'account', prompt: 'The person’s account' },
      ],
    },
  ],
};

describe('check your answers before finishing', () => {
  let container: HTMLElement;
  let root: Root;
  const onConfirm = vi.fn();
  const onBack = vi.fn();

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const attempt = blankAttempt([template], {
      id: 'attempt-check-01',
      answers: { 'check-practice': { name: 'Assault by beating' } },
    });
    const store = componentTestStore([template], { attempt });
    act(() =>
      root.render(
        <AttemptStoreContext.Provider value={store}>
          <CheckAnswers onConfirm={onConfirm} onBack={onBack} />
        </AttemptStoreContext.Provider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('lists each question with its answer and a Change link to its section, then finishes on confirm', () => {
    const rows = [...container.querySelectorAll('.summary-list__row')];
    // The guidance takes no answer, so it has no row.
    expect(rows.map((row) => row.querySelector('dt')?.textContent)).toEqual([
      'Name of the offence',
      'The person’s account',
    ]);
    expect(rows[0]!.querySelector('.summary-list__value')?.textContent).toContain('Assault by beating');
    expect(rows[1]!.querySelector('.summary-list__value')?.textContent).toContain('Not answered');
    const change = rows[0]!.querySelector('a')!;
    expect(change.textContent).toBe('Change Name of the offence');
    expect(change.getAttribute('href')).toBe('#/attempts/attempt-check-01/check-practice/offence');
    expect(document.activeElement?.textContent).toBe('Check your answers before finishing');

    const button = (name: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
    act(() => button('Confirm and finish').click());
    expect(onConfirm).toHaveBeenCalledOnce();
    act(() => button('Back to all sections').click());
    expect(onBack).toHaveBeenCalledOnce();
  });
});
