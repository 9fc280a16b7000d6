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
  id: 'quotes-practice',
  version: 1,
  title: 'Quotes practice',
  description: 'A template for testing quoted evidence.',
  sections: [
    {
      id: 'evidence',
      title: 'Evidence',
      items: [{ kind: 'evidenceReference', id: 'quotes', prompt: 'What in the file supports this?' }],
    },
  ],
};
const item = template.sections[0]!.items[0]!;
const scope = topLevel(template.id);

const makeStore = (): AttemptStore =>
  componentTestStore([template], {
    attempt: blankAttempt([template], { title: 'Quote test' }),
    documents: [
      { id: 'police-summary', title: 'Police summary' },
      { id: 'interview', title: 'Interview record' },
    ],
  });

const quotesOn = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLTextAreaElement>('textarea')].map((area) => area.value);

describe('quoted evidence', () => {
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
          <ItemField item={item} scope={scope} sectionKey="quotes-practice/evidence" />
        </AttemptStoreContext.Provider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows a passage attached from the case file while the field is open, and keeps a quote being written', () => {
    const add = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith('Add'),
    );
    act(() => add!.click());
    expect(quotesOn(container)).toEqual(['']);

    // The case file attaches a passage to this question from outside the field.
    act(() =>
      store
        .getState()
        .actions.setAnswer(scope, 'quotes', [
          { documentId: 'police-summary', quote: 'He had his hand at her throat.' },
        ]),
    );
    expect(quotesOn(container)).toEqual(['He had his hand at her throat.', '']);
    expect(container.querySelector<HTMLSelectElement>('select')!.value).toBe('police-summary');
  });
});
