// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ordinaryText } from '@shared/text/testing';
import { AnswerText } from './AnswerView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (text: string, highlights: Parameters<typeof AnswerText>[0]['highlights'] = []) =>
  act(() => root.render(<AnswerText text={text} highlights={highlights} />));

describe('an answer as the tutor reads it', () => {
  it('shows a hidden directional or invisible character as a visible marker', () => {
    render('I accept\u202E ytilibisnopser');
    const marker = container.querySelector('[data-hidden-character]');
    expect(marker?.getAttribute('data-hidden-character')).toBe('⟨U+202E⟩');
    expect(marker?.getAttribute('title')).toMatch(/right-to-left override \(U\+202E\)/);
    // The character stays in the text (isolated) so passage offsets still line up with the stored answer.
    expect(container.textContent).toContain('\u202E');
  });

  it('marks hidden characters inside a highlighted passage too', () => {
    render('one \u200Btwo three', [{ start: 0, end: 9, commentId: 'c1' }]);
    expect(container.querySelector('mark [data-hidden-character]')).not.toBeNull();
  });

  it('draws ordinary multilingual text as it is', () => {
    for (const text of ordinaryText) {
      render(text);
      expect(container.querySelector('[data-hidden-character]')).toBeNull();
      expect(container.textContent).toBe(text);
    }
  });
});
