// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getCase } from '@shared/cases';
import { InterviewPart } from './InterviewPart';
import { button, choose, click, mountEditor, typeInto } from './__fixtures__/render';
import type { CaseEditorStore } from './editor-store';

let cleanUp: Array<() => void> = [];
afterEach(() => {
  cleanUp.forEach((undo) => undo());
  cleanUp = [];
});

const field = <T extends Element>(container: Element, id: string) => {
  const found = container.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`no field #${id}`);
  return found;
};

/** A new case with an interview of two questions: the first opens the second, which uncovers a fact. */
function writeTwoQuestions(container: HTMLElement) {
  click(button(container, 'Add an interview'));
  typeInto(field(container, 'case-interview-title'), 'First appointment');
  typeInto(field(container, 'case-interview-setting'), 'Probation office, interview room 2.');
  typeInto(field(container, 'case-interview-timeBudgetMinutes'), '10');
  typeInto(field(container, 'case-interview-topics-0-label'), 'Home');
  click(button(container, 'Add a fact'));
  typeInto(field(container, 'case-interview-facts-0-label'), 'A new partner stays most weekends');
  typeInto(field(container, 'case-interview-facts-0-significance'), 'A known adult the file does not name.');
  typeInto(field(container, 'case-interview-questions-0-ask'), 'Who lives with you at the moment?');
  typeInto(field(container, 'case-interview-questions-0-reply'), 'Just me. Jade stops over sometimes.');
  choose(field(container, 'case-interview-questions-0-replyKind'), 'partial');
  click(button(container, 'Add a question'));
  typeInto(field(container, 'case-interview-questions-1-ask'), 'Tell me about Jade.');
  typeInto(field(container, 'case-interview-questions-1-reply'), 'We met in the summer. She stays weekends.');
  // The first question opens the second; the second uncovers the fact.
  click(field<HTMLInputElement>(container, 'case-interview-questions-0-unlocks'));
  click(field<HTMLInputElement>(container, 'case-interview-questions-1-reveals'));
}

/** A copy of a built-in case without an interview: complete, so the checks reach the interview. */
function mountNewCase() {
  const mounted = mountEditor(
    () => <InterviewPart />,
    (store) => store.getState().actions.duplicate(getCase('doyle-street-violence')!, []),
  );
  cleanUp.push(mounted.unmount);
  return mounted;
}

describe('the interview part of the case editor', () => {
  it('writes an interview in the case format, with follow-ups and reveals chosen from its own ids', () => {
    const { container, store } = mountNewCase();
    writeTwoQuestions(container);
    click(field<HTMLInputElement>(container, 'case-interview-question-1-key'));
    typeInto(field(container, 'case-interview-questions-1-key-why'), 'A new partner is a person at risk.');
    expect(store.getState().draft!.interview).toEqual({
      title: 'First appointment',
      setting: 'Probation office, interview room 2.',
      timeBudgetMinutes: 10,
      topics: [{ id: 'topic-1', label: 'Home' }],
      questions: [
        {
          id: 'question-1',
          topic: 'topic-1',
          ask: 'Who lives with you at the moment?',
          style: 'open',
          reply: 'Just me. Jade stops over sometimes.',
          replyKind: 'partial',
          minutes: 2,
          unlocks: ['question-2'],
        },
        {
          id: 'question-2',
          topic: 'topic-1',
          ask: 'Tell me about Jade.',
          style: 'open',
          reply: 'We met in the summer. She stays weekends.',
          replyKind: 'full',
          minutes: 2,
          reveals: ['fact-1'],
          key: { why: 'A new partner is a person at risk.' },
        },
      ],
      facts: [
        {
          id: 'fact-1',
          label: 'A new partner stays most weekends',
          significance: 'A known adult the file does not name.',
        },
      ],
    });
    // An optional length left empty leaves the case rather than being kept blank.
    typeInto(field(container, 'case-interview-timeBudgetMinutes'), '');
    expect(store.getState().draft!.interview).not.toHaveProperty('timeBudgetMinutes');
  });

  it('previews the interview: asking shows the reply, opens the follow-up and uncovers the fact', () => {
    const { container } = mountNewCase();
    writeTwoQuestions(container);
    const preview = container.querySelector<HTMLElement>('[data-testid="interview-preview"]')!;
    const askButtons = () => [...preview.querySelectorAll('button')].map((b) => b.textContent);
    expect(askButtons()).toContain('Ask: Who lives with you at the moment?');
    expect(askButtons()).not.toContain('Ask: Tell me about Jade.');
    click(button(preview, 'Ask: Who lives with you at the moment?'));
    const transcript = preview.querySelector('ol[aria-label="Preview transcript"]')!;
    expect(transcript.querySelectorAll('li')).toHaveLength(1);
    expect(transcript.textContent).toContain('Just me. Jade stops over sometimes.');
    expect(transcript.textContent).toContain('opens “Tell me about Jade.”');
    // The reply is announced, and focus moves on to the questions still to ask.
    expect(preview.querySelector('[role="status"]')!.textContent).toContain('Jade stops over sometimes');
    expect(document.activeElement?.textContent).toBe('Questions the trainee can ask now');
    expect(askButtons()).toContain('Ask: Tell me about Jade.');
    expect(preview.querySelector('[data-testid="interview-preview-facts"]')!.textContent).toContain(
      'Not yet: A new partner',
    );
    click(button(preview, 'Ask: Tell me about Jade.'));
    expect(preview.querySelector('[data-testid="interview-preview-facts"]')!.textContent).toContain(
      'Uncovered: A new partner',
    );
    expect(preview.querySelector('[data-testid="interview-preview-time"]')!.textContent).toBe(
      '4 of 10 minutes.',
    );
    click(button(preview, 'Start the preview again'));
    expect(preview.textContent).toContain('Nothing asked yet.');
  });

  it('shows the checks’ problems at the field they name: a follow-up nothing reachable opens', () => {
    const { container, store } = mountNewCase();
    writeTwoQuestions(container);
    // Now the second question opens the first as well: neither can ever be asked.
    click(field<HTMLInputElement>(container, 'case-interview-questions-1-unlocks'));
    act(() => {
      store.getState().actions.check();
    });
    const first = container.querySelector('#case-interview-questions-0')!;
    expect(first.textContent).toContain("question 'question-1' can never be asked");
    const fact = container.querySelector('#case-interview-facts-0')!;
    expect(fact.textContent).toContain("no question the trainee can ask reveals fact 'fact-1'");
  });

  it('keeps an id the case no longer has as a choice to untick', () => {
    const { container, store } = mountNewCase();
    writeTwoQuestions(container);
    typeInto(field(container, 'case-interview-questions-1-id'), 'about-jade');
    const unlocks = container.querySelector('#case-interview-questions-0-unlocks')!.closest('fieldset')!;
    expect(unlocks.textContent).toContain('‘question-2’ (not in this case any more)');
    const stale = [...unlocks.querySelectorAll('input')].find((input) => input.value === 'question-2')!;
    click(stale);
    expect(store.getState().draft!.interview!.questions[0]).not.toHaveProperty('unlocks');
  });

  it('starts from a built-in case’s interview when the case is copied, and removes it only when confirmed', () => {
    const mounted = mountEditor(
      () => <InterviewPart />,
      (store: CaseEditorStore) => store.getState().actions.duplicate(getCase('cotter-domestic-abuse')!, []),
    );
    cleanUp.push(mounted.unmount);
    const { container, store } = mounted;
    expect(container.querySelectorAll('[data-testid^="interview-question-"]')).toHaveLength(
      getCase('cotter-domestic-abuse')!.interview!.questions.length,
    );
    click(button(container, 'Remove the interview'));
    expect(store.getState().draft!.interview).toBeDefined();
    click(button(container, 'Keep it'));
    click(button(container, 'Remove the interview'));
    click(button(container, 'Yes, remove it'));
    expect(store.getState().draft).not.toHaveProperty('interview');
    expect(button(container, 'Add an interview')).toBeDefined();
  });
});
