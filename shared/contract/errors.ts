import { z } from 'zod';

/**
 * Every failure that crosses the host boundary is one of these codes with a message written for the
 * trainee, not the developer: the renderer shows `message` as it is.
 */
export const errorCodes = [
  'invalid-request',
  'not-found',
  'forbidden',
  'conflict',
  'storage-failed',
  'disk-full',
  'read-only',
  'file-in-use',
  'invalid-file',
  'too-large',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const hostErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
});

export type HostErrorShape = z.infer<typeof hostErrorSchema>;

export class HostError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }

  toShape(): HostErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isHostErrorShape(value: unknown): value is HostErrorShape {
  return hostErrorSchema.safeParse(value).success;
}

/** What every channel answers, on every transport: errors travel as data because IPC drops Error subclasses. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostErrorShape };
