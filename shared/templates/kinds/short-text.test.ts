import { describe, expect, it } from 'vitest';
import { shortTextKind } from './short-text';

describe('a short text answer with a length limit', () => {
  const item = { kind: 'shortText' as const, id: 'offence', prompt: 'Name of the offence', maxLength: 10 };

  // Every short text item takes an answer; the spec's `answer` is null only for kinds that show text.
  const answer = shortTextKind.answer!;

  it('is kept whole when too long, with the limit explained rather than the text cut off', () => {
    expect(answer.hasShape('Assault by beating')).toBe(true);
    expect(answer.check(item, 'Assault by beating', undefined)).toBe(
      'Answer must be 10 characters or fewer.',
    );
    expect(answer.check(item, 'Theft', undefined)).toBeNull();
    expect(answer.check({ ...item, maxLength: undefined }, 'x'.repeat(500), undefined)).toBeNull();
  });
});
