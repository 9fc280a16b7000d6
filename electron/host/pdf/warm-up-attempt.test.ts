import { describe, expect, it } from 'vitest';
import { attemptSchema } from '@shared/model/attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { warmUpAttempt } from './warm-up-attempt';

describe('the export warm-up attempt', () => {
  it('is a valid attempt on built-in templates at their current versions', () => {
    const attempt = warmUpAttempt();
    expect(attemptSchema.safeParse(attempt).success).toBe(true);
    for (const id of attempt.templateIds)
      expect(builtinTemplates.find((template) => template.id === id)?.version).toBe(
        attempt.templateVersions[id],
      );
  });
});
