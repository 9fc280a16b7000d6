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
