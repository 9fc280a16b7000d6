// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '@shared/review/schema';
import { createReview } from '@shared/review/threads';
import { SectionJudgements } from './Judgements';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ctx = { now: () => new Date('2026-11-23T10:00:00.000Z'), newId: () => 'review-000001' };

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

function mount(review: Review, saved: Review[]) {
  act(() =>
    root.render(
      <SectionJudgements
        review={review}
        templateId="rosh-analysis"
        sectionId="offence"
        sectionTitle="Offence analysis"
        onEdit={(_id, change) => {
          saved.push(change(review));
          return null;
        }}
      />,
    ),
  );
}

const byId = (id: string) => container.querySelector<HTMLElement>(`#${id}`)!;
const base = 'judge-rosh-analysis-offence';

function typeInto(element: HTMLElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function save() {
  const button = [...container.querySelectorAll('button')].find((b) =>
    b.textContent?.includes('Save judgements'),
  )!;
  act(() => button.click());
}

describe('SectionJudgements', () => {
  it('refuses a level without a reason, naming the criterion, and saves nothing', () => {
    const saved: Review[] = [];
    mount(
      createReview({ id: 'attempt-0001', revision: 1, updatedAt: ctx.now().toISOString() }, 'Dana', ctx),
      saved,
    );
    act(() => byId(`${base}-evidence-used`).click());
    save();
    expect(saved).toEqual([]);
    expect(container.querySelector('.error-summary')?.textContent).toContain(
      'Evidence used: Give a reason for this level.',
    );
    expect(byId(`${base}-evidence-used-reason-error`).textContent).toBe(
      'Error: Give a reason for this level.',
    );
    expect(byId(`${base}-evidence-used-reason`).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a reason without a level', () => {
    const saved: Review[] = [];
    mount(
      createReview({ id: 'attempt-0001', revision: 1, updatedAt: ctx.now().toISOString() }, 'Dana', ctx),
      saved,
    );
    typeInto(byId(`${base}-risk-rated-defensibly-reason`), 'Ratings match the log.');
    save();
    expect(saved).toEqual([]);
    expect(container.querySelector('.error-summary')?.textContent).toContain(
      'Risk rated defensibly: Choose a level: not yet, developing or secure.',
    );
  });

  it('saves each judged criterion with its level and reason, leaving the others unjudged', () => {
    const saved: Review[] = [];
    mount(
      createReview({ id: 'attempt-0001', revision: 1, updatedAt: ctx.now().toISOString() }, 'Dana', ctx),
      saved,
    );
    // The third radio of the group is "Secure".
    act(() => byId(`${base}-persons-voice-present-2`).click());
    typeInto(byId(`${base}-persons-voice-present-reason`), '  His own words are weighed.  ');
    save();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.judgements).toEqual([
      {
        templateId: 'rosh-analysis',
        sectionId: 'offence',
        criterionId: 'persons-voice-present',
        level: 'secure',
        reason: 'His own words are weighed.',
      },
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Judgements for Offence analysis saved.',
    );
  });
});
