import { z } from 'zod';
import { defineChannel } from '../define';

export const encryptionStatusSchema = z.object({
  available: z.boolean(),
  enabled: z.boolean(),
  /** Why it cannot be switched on here, in plain words; null when it can. */
  unavailableReason: z.string().nullable(),
});

export const encryptionChannels = {
  getEncryption: defineChannel({
    channel: 'encryption:get',
    summary: 'Whether saved work is encrypted on this computer, and whether it can be.',
    request: z.object({}).strict(),
    response: encryptionStatusSchema,
  }),
  setEncryption: defineChannel({
    channel: 'encryption:set',
    summary: 'Switch encryption of saved work on or off; every saved file is rewritten before answering.',
    request: z.object({ enabled: z.boolean() }).strict(),
    response: encryptionStatusSchema.extend({ filesRewritten: z.number().int().min(0) }),
  }),
};
