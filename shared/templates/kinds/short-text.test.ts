import { describe, expect, it } from 'vitest';
import { shortTextKind } from './short-text';

describe('a short text answer with a length limit', () => {
  const item = { kind: 'shortText' as const, id: 'offence', prompt: 'Name of the offence', maxLength: 10 };

  it('is kept whole when too long, with the limit explained rather than the text cut off', () => {
    expect(shortTextKind.answer.hasShape('Assault by beating')).toBe(true);
    expect(shortTextKind.answer.check(item, 'Assault by beating', undefined)).toBe(
      'Answer must be 10 characters or fewer.',
    );
    expect(shortTextKind.answer.check(item, 'Theft', undefined)).toBeNull();
    expect(
      shortTextKind.answer.check({ ...item, maxLength: undefined }, 'x'.repeat(500), undefined),
    ).toBeNull();
  });
});
