import { z } from 'zod';
import { hasContent, isString } from './base';
import type { AnswerSpec } from './spec';

/** The answer of the two text kinds: a string. */
export const textAnswerSchema = z.string().max(400_000);

export function textAnswer<I>(): Omit<AnswerSpec<I>, 'requiredMessage'> {
  return {
    describe: 'text',
    schema: textAnswerSchema,
    hasShape: (value) => isString(value) && value.length <= 400_000,
    check: () => null,
    isAnswered: (_item, value) => hasContent(value),
  };
}

export const textWords = (value: unknown): string | null => (typeof value === 'string' ? value : null);
