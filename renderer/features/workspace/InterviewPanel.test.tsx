// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPerTest } from '../../components/__fixtures__/mount';
import { askQuestion, emptyInterviewState, endInterview, setInterviewTimed } from '@shared/cases';
import type { InterviewState } from '@shared/model/attempt';
import { fixtureInterview } from '@shared/cases/__fixtures__/interview-case';
import { InterviewPanel } from './InterviewPanel';

const interview = fixtureInterview;
const person = { name: 'Ryan Cotter', age: 31, pronouns: 'he/him', circumstances: 'Lives with his mother.' };

function Harness({
  canAsk = true,
  initial = emptyInterviewState,
}: {
  canAsk?: boolean;
  initial?: InterviewState;
}) {
  const [state, setState] = useState(initial);
  return (
    <InterviewPanel
      practiceCase={{ person, interview }}
      state={state}
      canAsk={canAsk}
      onAsk={(id) => {
        const outcome = askQuestion(interview, state, id, new Date('2026-03-02T10:00:00Z'));
        if (outcome.ok) setState(outcome.state);
        return outcome;
      }}
      onEnd={() => setState((current) => endInterview(current, new Date('2026-03-02T10:30:00Z')))}
      onSetTimed={(timed) => setState((current) => setInterviewTimed(current, timed))}
      onOpenTranscript={() => {}}
    />
  );
}

const { show } = mountPerTest();
let container: HTMLElement;

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
const click = (element: HTMLElement) => act(() => element.click());

describe('the interview screen', () => {
  it('asks a question: the transcript grows, the answer is announced, focus moves to the next question', () => {
    container = show(<Harness />);
    expect(container.querySelector('ol')).toBeNull();
    click(button('Who is living at your mum’s'));
    const turns = container.querySelectorAll('ol > li');
    expect(turns).toHaveLength(1);
    expect(turns[0]!.textContent).toContain('My girlfriend Jade stops over most weekends.');
    const status = container.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Ryan: Just me and Mum.');
    expect(status.textContent).toContain('A follow-up question is now open.');
    // The follow-up is now offered, and focus is on the question after the one asked.
    expect(button('Tell me about Jade')).toBeDefined();
    expect(document.activeElement?.getAttribute('data-question')).toBe('what-happened');
  });

  it('shows minutes only when the trainee chooses to work to the time', () => {
    container = show(<Harness />);
    expect(container.textContent).not.toContain('minutes used');
    act(() => (container.querySelector('#interview-timed') as HTMLInputElement).click());
    expect(container.textContent).toContain('0 minutes used, 10 minutes left of 10 minutes');
    click(button('Who is living at your mum’s'));
    expect(container.textContent).toContain('3 minutes used, 7 minutes left of 10 minutes');
  });

  it('ends only once confirmed, then offers no questions and keeps the transcript', () => {
    container = show(<Harness />);
    click(button('You lost your temper'));
    click(button('End the interview'));
    expect(document.activeElement?.id).toBe('interview-end-confirm');
    click(button('Keep asking'));
    expect(document.activeElement?.id).toBe('interview-end');
    click(button('End the interview'));
    click(button('Yes, end the interview'));
    expect(container.querySelectorAll('[data-question]')).toHaveLength(0);
    expect(container.querySelectorAll('ol > li')).toHaveLength(1);
    expect(document.activeElement?.id).toBe('interview-ended');
  });

  it('after finishing, shows the transcript but nothing to ask or choose', () => {
    const asked = askQuestion(interview, emptyInterviewState, 'what-happened', new Date());
    container = show(<Harness canAsk={false} initial={asked.ok ? asked.state : emptyInterviewState} />);
    expect(container.querySelectorAll('ol > li')).toHaveLength(1);
    expect(container.querySelectorAll('[data-question]')).toHaveLength(0);
    expect(container.querySelector('#interview-timed')).toBeNull();
    expect(container.textContent).toContain('The attempt is finished');
  });
});
