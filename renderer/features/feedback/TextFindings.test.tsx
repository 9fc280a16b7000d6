// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SetAsideFinding } from '@shared/model/attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import type { TextFinding } from '@shared/text-feedback';
import { TextFindings } from './TextFindings';

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

const finding: TextFinding = {
  id: 'generic-plan:risk-management-plan:contingency-lines:r1',
  kind: 'generic-plan',
  message: '“appropriate action”: what exactly would be done, who would do it, and how quickly?',
  why: '“Take appropriate action.” in Contingency names no warning sign, role or timescale.',
  sectionRef: { templateId: 'risk-management-plan', sectionId: 'contingency' },
  itemRef: { templateId: 'risk-management-plan', itemId: 'contingency-lines' },
};

function mount(setAside: SetAsideFinding[], saved: [string, string][]) {
  act(() =>
    root.render(
      <TextFindings
        findings={[finding]}
        setAside={setAside}
        templates={builtinTemplates}
        documentTitle={() => null}
        onGoToItem={() => {}}
        onGoToSection={() => {}}
        onOpenDocument={() => {}}
        onSetAside={(id, reason) => saved.push([id, reason])}
        onBringBack={() => {}}
      />,
    ),
  );
}

const button = (label: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

describe('text findings in the feedback panel', () => {
  it('shows the question and why it spoke, and sets it aside only with a reason', () => {
    const saved: [string, string][] = [];
    mount([], saved);
    expect(container.textContent).toContain('what exactly would be done');
    expect(container.textContent).toContain('names no warning sign, role or timescale');
    act(() => button('Set this question aside').click());
    act(() => button('Set aside').click());
    expect(saved).toEqual([]);
    expect(container.querySelector('.error-message')?.textContent).toContain('Give a reason');
    const textarea = container.querySelector('textarea')!;
    expect(textarea.getAttribute('aria-describedby')).toContain('-error');
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, 'The row names the duty manager and the same day.');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => button('Set aside').click());
    expect(saved).toEqual([[finding.id, 'The row names the duty manager and the same day.']]);
  });

  it('shows a set-aside finding with its reason', () => {
    mount(
      [{ findingId: finding.id, reason: 'Named in the row.', setAsideAt: '2026-12-02T10:00:00.000Z' }],
      [],
    );
    expect(container.querySelector('[data-testid="set-aside-reason"]')?.textContent).toBe(
      'Set aside: Named in the row.',
    );
    expect(button('Bring it back')).toBeDefined();
    expect(button('Set this question aside')).toBeUndefined();
  });
});
