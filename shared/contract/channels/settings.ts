import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../../model/settings';
import { noticeSchema } from '../../model/notices';
import { defineChannel } from '../define';

export const settingsChannels = {
  getSettings: defineChannel({
    channel: 'settings:get',
    summary: "Read the trainee's preferences (defaults when none are saved).",
    request: z.object({}).strict(),
    response: settingsSchema,
  }),
  updateSettings: defineChannel({
    channel: 'settings:update',
    summary: 'Change some preferences and answer with all of them as saved.',
    request: settingsPatchSchema,
    response: settingsSchema,
  }),
  /**
   * A failure the page met that nobody asked about (an uncaught error, a rejected promise). It goes to the
   * app's log file in the data folder, so there is something to send whoever supports the app; the
   * trainee's answers are never put in it, only what the error said and where.
   */
  reportProblem: defineChannel({
    channel: 'app:report-problem',
    summary: "Write an error the page met to the app's log.",
    request: z
      .object({
        kind: z.enum(['error', 'unhandled-rejection']),
        message: z.string().max(2000),
        stack: z.string().max(8000).optional(),
        /** The screen's hash when it happened (ids only, no answers). */
        where: z.string().max(300).optional(),
      })
      .strict(),
    response: z.object({}).strict(),
  }),
  getStartupNotices: defineChannel({
    channel: 'app:notices',
    summary: 'What the host repaired or restored at start-up, to be shown to the trainee once.',
    request: z.object({}).strict(),
    response: z.object({ notices: z.array(noticeSchema) }),
  }),
  checkAttemptFiles: defineChannel({
    channel: 'app:check-files',
    summary:
      'Open and check every saved attempt start-up listed from the index without opening (asked once the first screen has painted); answers what this check repaired or restored.',
    request: z.object({}).strict(),
    response: z.object({ notices: z.array(noticeSchema) }),
  }),
};
