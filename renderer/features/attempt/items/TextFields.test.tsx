// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@shared/templates';
import { topLevel } from '../answer-paths';
import type { AttemptStore } from '../attempt-store';
import { AttemptStoreContext } from '../context';
import { blankAttempt, componentTestStore } from '../testing';
import { ItemField } from './ItemField';
import { countMessage, suggestedLengthMessage } from './TextFields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template: Template = {
  format: 1,
  id: 'count-practice',
  version: 1,
  title: 'Count practice',
  description: 'A template for testing the character count.',
  sections: [
    {
      id: 'only',
      title: 'Only',
      items: [
        { kind: 'shortText', id: 'offence', prompt: 'Name of the offence', maxLength: 20 },
        {
          kind: 'longText',
          id: 'account',
          prompt: 'The person’s account',
          suggestedWords: { min: 2, max: 5 },
        },
      ],
    },
  ],
};
const scope = topLevel(template.id);

describe('the character count', () => {
  let container: HTMLElement;
  let root: Root;
  let store: AttemptStore;

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    store = componentTestStore([template], { attempt: blankAttempt([template], { title: 'Count test' }) });
    act(() =>
      root.render(
        <AttemptStoreContext.Provider value={store}>
          {template.sections[0]!.items.map((item) => (
            <ItemField key={item.id} item={item} scope={scope} sectionKey="count-practice/only" />
          ))}
        </AttemptStoreContext.Provider>,
      ),
    );
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  it('words the message as GOV.UK does', () => {
    expect(countMessage(0, 20, 'character')).toBe('You have 20 characters remaining');
    expect(countMessage(19, 20, 'character')).toBe('You have 1 character remaining');
    expect(countMessage(23, 20, 'character')).toBe('You have 3 characters too many');
    expect(countMessage(6, 5, 'word')).toBe('You have 1 word too many');
  });

  it('keeps a pasted answer that is too long whole, says how much too long, and announces it once typing stops', () => {
    const input = container.querySelector<HTMLInputElement>('input')!;
    // No maxlength: the browser would cut a paste off without a word.
    expect(input.hasAttribute('maxlength')).toBe(false);
    const pasted = 'Assault occasioning actual bodily harm';
    act(() => store.getState().actions.setAnswer(scope, 'offence', pasted));
    expect(store.getState().attempt.answers['count-practice']?.offence).toBe(pasted);
    const message = container.querySelector('#f--count-practice--offence-count')!;
    expect(message.textContent).toBe(`You have ${pasted.length - 20} characters too many`);
    expect(input.getAttribute('aria-describedby')).toContain('f--count-practice--offence-count');
    const spoken = () =>
      [...container.querySelectorAll('[data-testid="count-announcement"]')].map((el) => el.textContent);
    expect(spoken()[0]).toBe('You have 20 characters remaining');
    act(() => vi.advanceTimersByTime(1000));
    expect(spoken()[0]).toBe(`You have ${pasted.length - 20} characters too many`);
  });

  it('counts the words of a long answer against its suggested length, a guide and never a limit', () => {
    act(() => store.getState().actions.setAnswer(scope, 'account', 'He says he was not there at all'));
    const message = container.querySelector('#f--count-practice--account-count')!;
    expect(message.textContent).toBe('You have written 8 words, more than the suggested 5.');
    expect(message.className).not.toContain('--over');
    expect(suggestedLengthMessage(1, { min: 2, max: 5 })).toBe('You have written 1 word.');
    expect(suggestedLengthMessage(5, { min: 2, max: 5 })).toBe('You have written 5 words.');
  });
});
