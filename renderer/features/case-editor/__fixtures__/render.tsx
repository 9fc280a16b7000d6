import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { builtinTemplates } from '@shared/templates/builtin';
import { CaseEditorContext } from '../editor-context';
import { createCaseEditorStore } from '../editor-store';
import type { CaseEditorStore } from '../editor-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Mounts part of the editor with its own store, for happy-dom tests; `unmount` when done. */
export function mountEditor(
  ui: (store: CaseEditorStore) => ReactNode,
  setUp?: (store: CaseEditorStore) => void,
) {
  const store = createCaseEditorStore(() => builtinTemplates);
  setUp?.(store);
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(<CaseEditorContext.Provider value={store}>{ui(store)}</CaseEditorContext.Provider>);
  });
  return {
    store,
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export function typeInto(element: Element, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(element: HTMLSelectElement, value: string) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function button(container: Element, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text));
  if (!found) throw new Error(`no button “${text}”`);
  return found;
}

export function click(element: HTMLElement) {
  act(() => element.click());
}

/** Lets the promises of a click's handler (a host call) settle inside act. */
export async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** A bridge answering only the channels a test names, as the harness would (envelopes). */
export function installBridge(answers: Record<string, (payload: unknown) => unknown>) {
  const bridge = new Proxy(
    {},
    {
      get: (_target, method: string) => async (payload: unknown) => {
        const answer = answers[method];
        if (!answer) return { ok: false, error: { code: 'internal', message: `no fake for ${method}` } };
        try {
          return { ok: true, value: await answer(payload) };
        } catch (error) {
          const shaped = error as { code?: string; message?: string };
          return {
            ok: false,
            error: { code: shaped.code ?? 'internal', message: shaped.message ?? String(error) },
          };
        }
      },
    },
  );
  Object.defineProperty(window, 'casework', { value: bridge, configurable: true });
  return () => Reflect.deleteProperty(window, 'casework');
}
