import { z } from 'zod';
import { firstUnreadable } from '../text/readable';
import type { HostIssueParams } from './limits';

/**
 * A title the trainee types: it travels in share packages, where a hidden directional or invisible character
 * in a title is refused, so it is refused here first, in words the trainee can act on.
 */
export const typedTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .superRefine((title, ctx) => {
    const hidden = firstUnreadable(title);
    if (!hidden) return;
    const params: HostIssueParams = { hostErrorCode: 'invalid-request' };
    ctx.addIssue({
      code: 'custom',
      message: `The title contains ${hidden.description}, a hidden character that can reorder or hide what a reader sees. Type the title again without it.`,
      params,
    });
  });
