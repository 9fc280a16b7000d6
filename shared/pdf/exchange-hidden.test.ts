import { describe, expect, it } from 'vitest';
import { ordinaryText } from '../text/testing';
import { parseExchange, serialiseExchange } from './exchange';
import { sampleAttempt } from './__fixtures__/sample-attempt';

describe('the attempt attached to a PDF, with hidden directional or invisible characters', () => {
  it('is refused when they are in the title, naming where and what', () => {
    const parsed = parseExchange(serialiseExchange({ ...sampleAttempt(), title: 'Rhys\u202E lanif' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe('invalid');
    expect(parsed.message).toMatch(/a right-to-left override \(U\+202E\) \(at attempt\.title\)/);
  });

  it('is opened when they are only in an answer, and when the title is ordinary text', () => {
    const attempt = sampleAttempt();
    const answers = structuredClone(attempt.answers);
    answers['reflective-log']!['what-happened'] = 'I wrote\u200B this';
    expect(parseExchange(serialiseExchange({ ...attempt, answers })).ok).toBe(true);
    for (const title of ordinaryText)
      expect(parseExchange(serialiseExchange({ ...attempt, title })).ok).toBe(true);
  });
});
