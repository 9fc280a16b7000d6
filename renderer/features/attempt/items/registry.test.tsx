// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateAttempt } from '@shared/templates';
import { kinds } from '@shared/templates/kinds';
import { EXAMPLE_TEMPLATE_ID, exampleAnswers, exampleTemplate } from '@shared/templates/kinds/examples';
import { AnswerValue } from '../../review/AnswerView';
import { topLevel } from '../answer-paths';
import { AttemptStoreContext } from '../context';
import { blankAttempt, componentTestStore } from '../testing';
import { ItemField } from './ItemField';
import { answerViews, fields } from './registry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template = exampleTemplate();
const answers = exampleAnswers(0);
const specs = Object.values(kinds);

function render(node: React.ReactNode): { container: HTMLElement; done: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return {
    container,
    done: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

describe('the renderer registry', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });

  it('has a field and an answer view for every kind the shared registry has', () => {
    expect(Object.keys(fields).sort()).toEqual(Object.keys(kinds).sort());
    expect(Object.keys(answerViews).sort()).toEqual(Object.keys(kinds).sort());
  });

  it.each(specs.map((spec) => [spec.kind, spec] as const))(
    'renders the %s example as a field with its prompt',
    (_kind, spec) => {
      const item = spec.examples.item;
      const store = componentTestStore([template], {
        attempt: blankAttempt([template], { answers: { [EXAMPLE_TEMPLATE_ID]: answers } }),
      });
      const { container, done } = render(
        <AttemptStoreContext.Provider value={store}>
          <ItemField
            item={item}
            scope={topLevel(EXAMPLE_TEMPLATE_ID)}
            sectionKey={`${EXAMPLE_TEMPLATE_ID}/examples`}
          />
        </AttemptStoreContext.Provider>,
      );
      cleanup = done;
      const shown = container.querySelector(`[data-item="${item.id}"]`);
      expect(shown).not.toBeNull();
      expect(shown!.textContent).toContain('prompt' in item ? item.prompt : item.text.split('\n')[0]);
    },
  );

  it.each(specs.map((spec) => [spec.kind, spec] as const))(
    'shows the %s example answer for review in its own words',
    (_kind, spec) => {
      const item = spec.examples.item;
      if (spec.answer === null) return;
      const evaluation = evaluateAttempt({
        templates: [template],
        answers: { [EXAMPLE_TEMPLATE_ID]: answers },
        caseContext: { caseId: null, facts: {}, releasedDocumentIds: [] },
      });
      const attempt = blankAttempt([template], { answers: { [EXAMPLE_TEMPLATE_ID]: answers } });
      const { container, done } = render(
        <AnswerValue
          ctx={{ templateId: EXAMPLE_TEMPLATE_ID, evaluation, attempt, templates: [template] }}
          item={item as Parameters<typeof AnswerValue>[0]['item']}
          value={answers[item.id]}
          rowPath={[]}
        />,
      );
      cleanup = done;
      const text = container.textContent ?? '';
      // Something other than the empty answer (a row may still leave one of its own fields empty).
      expect(container.textContent).not.toBe('Not answered');
      // Each piece of the answer in words is on the screen (a grid or a list lays them out apart).
      for (const piece of (spec.examples.words ?? '').split(/; |: |, |\n+/))
        expect(text).toContain(piece.replace(/^“|”.*$/g, ''));
    },
  );
});
