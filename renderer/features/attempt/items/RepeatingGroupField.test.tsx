// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@shared/templates';
import { rowsOf, topLevel } from '../answer-paths';
import type { AttemptStore } from '../attempt-store';
import { AttemptStoreContext } from '../context';
import { blankAttempt, componentTestStore } from '../testing';
import { ItemField } from './ItemField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A small tutor-style template: a list of at least one and at most two contacts. */
const template: Template = {
  format: 1,
  id: 'contacts-practice',
  version: 1,
  title: 'Contacts practice',
  description: 'A template for testing the add-another list.',
  sections: [
    {
      id: 'contacts',
      title: 'Contacts',
      items: [
        {
          kind: 'repeatingGroup',
          id: 'contacts',
          prompt: 'Agencies to contact',
          rowLabel: 'Contact',
          required: true,
          minRows: 1,
          maxRows: 2,
          items: [{ kind: 'shortText', id: 'agency', prompt: 'Agency', required: true }],
        },
      ],
    },
  ],
};
const group = template.sections[0]!.items[0]!;
const scope = topLevel(template.id);

const makeStore = (): AttemptStore =>
  componentTestStore([template], {
    attempt: blankAttempt([template], { title: 'List test' }),
    // As in the app: answers are evaluated after a typing delay, rows at once.
    evaluationDelayMs: 150,
  });

function button(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

describe('a repeating group', () => {
  let container: HTMLElement;
  let root: Root;
  let store: AttemptStore;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    store = makeStore();
    act(() =>
      root.render(
        <AttemptStoreContext.Provider value={store}>
          <ItemField item={group} scope={scope} sectionKey="contacts-practice/contacts" />
        </AttemptStoreContext.Provider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('moves focus into a new row, keeps the minimum, stops at the maximum, and focuses Add after a removal', () => {
    act(() => button(container, 'Add a contact')!.click());
    const firstField = container.querySelector<HTMLInputElement>('fieldset input');
    expect(firstField).not.toBeNull();
    expect(document.activeElement).toBe(firstField);
    // One row is the minimum: it cannot be removed.
    expect(button(container, 'Remove contact 1')).toBeUndefined();

    act(() => button(container, 'Add another contact')!.click());
    expect(container.querySelectorAll('fieldset')).toHaveLength(2);
    expect(document.activeElement).toBe(container.querySelectorAll('fieldset input')[1]);
    // Two is the maximum: no way to add a third, and the list still carries the id error links use.
    expect(button(container, 'Add another contact')).toBeUndefined();
    expect(container.querySelector('#f--contacts-practice--contacts')?.textContent).toContain(
      'You have added the most this list allows (2).',
    );

    act(() => button(container, 'Remove contact 2')!.click());
    expect(container.querySelectorAll('fieldset')).toHaveLength(1);
    expect(document.activeElement).toBe(button(container, 'Add another contact'));
  });

  it('brings back a removed row with what was written in it, and removes an empty row without asking', () => {
    act(() => button(container, 'Add a contact')!.click());
    act(() => button(container, 'Add another contact')!.click());
    const [, second] = rowsOf(store.getState().attempt.answers, scope, 'contacts');
    const rowScope = { templateId: scope.templateId, rows: [{ groupId: 'contacts', rowId: second!.rowId }] };
    act(() => store.getState().actions.setAnswer(rowScope, 'agency', 'Eastmere Children’s Services'));

    act(() => button(container, 'Remove contact 2')!.click());
    expect(container.querySelectorAll('fieldset')).toHaveLength(1);
    const notice = container.querySelector<HTMLElement>('[data-testid="removed-row"]')!;
    expect(notice.textContent).toContain('Contact 2 removed, with what you wrote in it.');
    expect(document.activeElement).toBe(notice);

    act(() => button(container, 'Undo removing contact 2')!.click());
    const rows = rowsOf(store.getState().attempt.answers, scope, 'contacts');
    expect(rows.map((r) => r.rowId)).toEqual([expect.any(String), second!.rowId]);
    expect(rows[1]!.values).toEqual({ agency: 'Eastmere Children’s Services' });
    expect(container.querySelector('[data-testid="removed-row"]')).toBeNull();
    const restored = container.querySelectorAll<HTMLInputElement>('fieldset input')[1]!;
    expect(document.activeElement).toBe(restored);
    expect(restored.value).toBe('Eastmere Children’s Services');

    // Nothing typed in the first row: it goes straight away, with no undo on offer.
    act(() =>
      store
        .getState()
        .actions.setAnswer(scope, 'contacts', [rows[1]!, { rowId: 'row-empty-0001', values: {} }]),
    );
    act(() => button(container, 'Remove contact 2')!.click());
    expect(container.querySelector('[data-testid="removed-row"]')).toBeNull();
    expect(document.activeElement).toBe(button(container, 'Add another contact'));
  });
});
