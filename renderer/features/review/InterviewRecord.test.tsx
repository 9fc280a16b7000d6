// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountPerTest } from '../../components/__fixtures__/mount';
import { builtinTemplates } from '@shared/templates';
import { blankAttempt } from '../attempt/testing';
import { InterviewRecord } from './InterviewRecord';

const { show } = mountPerTest();
let container: HTMLElement;

const onCotter = (status: 'in-progress' | 'finished') =>
  blankAttempt(builtinTemplates.slice(0, 1), {
    caseId: 'cotter-domestic-abuse',
    status,
    interview: {
      asked: ['own-words', 'nights-this-week'].map((questionId) => ({
        questionId,
        askedAt: '2026-11-05T09:35:00.000Z',
      })),
      timed: false,
      endedAt: null,
    },
  });

describe('the interview in the tutor’s review', () => {
  it('shows the transcript in the order asked, and the key questions only once finished', () => {
    container = show(<InterviewRecord attempt={onCotter('in-progress')} />);
    const turns = [...container.querySelectorAll('ol > li')].map((li) => li.textContent ?? '');
    expect(turns).toHaveLength(2);
    expect(turns[1]).toContain('Talk me through where you have slept each night');
    expect(container.textContent).not.toContain('Key questions');
    container = show(<InterviewRecord attempt={onCotter('finished')} />);
    expect(container.textContent).toContain('Key questions');
    expect(container.textContent).toMatch(/Asked 1 of \d+\. Not asked:/);
  });

  it('shows nothing for a case without an interview or an own case', () => {
    container = show(<InterviewRecord attempt={{ ...onCotter('finished'), caseId: null }} />);
    expect(container.textContent).toBe('');
  });
});
