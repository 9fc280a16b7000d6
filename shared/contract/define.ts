import type { z } from 'zod';

export interface ChannelDefinition<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  /** The IPC channel name; the renderer-facing method name is the key it is registered under. */
  channel: string;
  request: Req;
  response: Res;
  /** One line for the reader of the contract: what the call does. */
  summary: string;
}

export function defineChannel<Req extends z.ZodType, Res extends z.ZodType>(
  definition: ChannelDefinition<Req, Res>,
): ChannelDefinition<Req, Res> {
  return definition;
}
