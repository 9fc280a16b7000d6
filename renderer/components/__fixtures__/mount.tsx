import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders a component into the page for a happy-dom test: `render` again to change its props, `unmount`
 * when done (in `afterEach`), so each test starts from an empty document.
 */
export function mount(ui: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(ui));
  return {
    container,
    render(next: ReactElement) {
      act(() => root.render(next));
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * One mounted component per test: `show(ui)` renders it (or renders it again with new props) and answers
 * its container; it is unmounted after each test. Call once at the top of a test file.
 */
export function mountPerTest(): { show(ui: ReactElement): HTMLElement } {
  let mounted: ReturnType<typeof mount> | null = null;
  afterEach(() => {
    mounted?.unmount();
    mounted = null;
  });
  return {
    show(ui) {
      if (mounted) mounted.render(ui);
      else mounted = mount(ui);
      return mounted.container;
    },
  };
}
