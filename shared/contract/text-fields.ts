import { z } from 'zod';
import { firstUnreadable } from '../text/readable';
import type { HostIssueParams } from './limits';

/**
 * A title the trainee types: it travels in share packages, where a hidden directional or invisible character
 * in a title is refused, so it is refused here first, in words the trainee can act on.
 */
/** Adds the plain-words issue for a hidden directional or invisible character in a typed title, if it has one. */
export function refuseHiddenCharacters(title: string, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  const hidden = firstUnreadable(title);
  if (!hidden) return;
  const params: HostIssueParams = { hostErrorCode: 'invalid-request' };
  ctx.addIssue({
    code: 'custom',
    path,
    message: `The title contains ${hidden.description}, a hidden character that can reorder or hide what a reader sees. Type the title again without it.`,
    params,
  });
}

export const typedTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .superRefine((title, ctx) => refuseHiddenCharacters(title, ctx));
