import { z } from 'zod';

/**
 * Things the host did on the trainee's behalf that they must be told about in plain words,
 * e.g. a damaged file moved to quarantine and an older copy restored.
 */
export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;
