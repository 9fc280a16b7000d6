// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '@shared/templates';
import { topLevel } from './answer-paths';
import type { AttemptStore } from './attempt-store';
import { AttemptStoreContext } from './context';
import { blankAttempt, componentTestStore } from './testing';
import { ItemField } from './items/ItemField';
import { renderCounts } from './render-probe';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const rosh = getBuiltinTemplate('rosh-analysis')!;
const offence = rosh.sections.find((section) => section.id === 'offence')!;
const scope = topLevel('rosh-analysis');

const makeStore = (): AttemptStore =>
  componentTestStore([rosh], { attempt: blankAttempt([rosh], { title: 'Render test' }) });

describe('typing into one field', () => {
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
          {offence.items.map((item) => (
            <ItemField key={item.id} item={item} scope={scope} sectionKey="rosh-analysis/offence" />
          ))}
        </AttemptStoreContext.Provider>,
      ),
    );
    renderCounts.clear();
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    store.getState().actions.dispose();
  });

  it('re-renders that field only, keystroke after keystroke', () => {
    const textarea = container.querySelector<HTMLTextAreaElement>('#f--rosh-analysis--what-happened')!;
    expect(textarea).not.toBeNull();
    const typed = 'He pushed her';
    for (let i = 1; i <= typed.length; i += 1) {
      act(() => store.getState().actions.setAnswer(scope, 'what-happened', typed.slice(0, i)));
    }
    expect(textarea.value).toBe(typed);
    expect([...renderCounts.keys()]).toEqual(['rosh-analysis/what-happened']);
    // one render of the text box per keystroke (plus its wrapper once, when "required" was satisfied)
    expect(renderCounts.get('rosh-analysis/what-happened')).toBeGreaterThanOrEqual(typed.length);
    expect(renderCounts.get('rosh-analysis/what-happened')).toBeLessThanOrEqual(typed.length + 1);
  });

  it('re-renders the fields whose view changed when an answer makes another optional', () => {
    const victimsLabel = () => container.querySelector('label[for="f--rosh-analysis--victims"]')?.textContent;
    expect(victimsLabel()).not.toMatch(/\(optional\)/);
    act(() => store.getState().actions.setAnswer(scope, 'victim-relationship', ['no-direct-victim']));
    const rendered = [...renderCounts.keys()].sort();
    // The changed field itself, and the victims question that is no longer required; nothing else.
    expect(rendered).toEqual(['rosh-analysis/victim-relationship', 'rosh-analysis/victims']);
    expect(victimsLabel()).toMatch(/\(optional\)/);
  });
});
