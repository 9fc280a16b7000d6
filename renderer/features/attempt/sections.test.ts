import { describe, expect, it } from 'vitest';
import { taskStatus, taskStatusLabels, taskStatusTagClass } from './sections';

describe('task-list statuses as GOV.UK shows them', () => {
  it('says "Not yet started" before anything is answered and "In progress" after, both as tags', () => {
    expect(taskStatus(undefined)).toBe('not-started');
    expect(taskStatus({ status: 'incomplete', answeredCount: 0 })).toBe('not-started');
    expect(taskStatus({ status: 'incomplete', answeredCount: 2 })).toBe('in-progress');
    expect(taskStatusLabels['not-started']).toBe('Not yet started');
    expect(taskStatusTagClass['in-progress']).not.toBeNull();
  });

  it('shows "Completed" as plain text, and keeps "Has questions" for answered sections the rules speak about', () => {
    expect(taskStatus({ status: 'complete', answeredCount: 3 })).toBe('completed');
    expect(taskStatusLabels.completed).toBe('Completed');
    expect(taskStatusTagClass.completed).toBeNull();
    expect(taskStatus({ status: 'has-questions', answeredCount: 3 })).toBe('has-questions');
  });
});
