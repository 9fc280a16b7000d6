import type { z } from 'zod';
import { contract, HostError, isMethodName } from '@shared/contract';
import type { Envelope, MethodName } from '@shared/contract';
import { hostIssueOf } from '@shared/contract/limits';
import type { HandlerContext, HandlerTable } from './handler-types';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

export type DispatchLogger = (message: string, error: unknown) => void;

export interface DispatchOptions {
  /**
   * Check every response against the contract's response schema too. On in development and in tests (the
   * harness and the handler tests), so a handler and the contract cannot drift apart unnoticed; off in the
   * packaged app, where the renderer validates what it reads and a slower save helps nobody.
   */
  checkResponses?: boolean;
}

/**
 * The single door into the host: the IPC wiring and the test harness both call this, so a payload is
 * validated the same way whichever transport carried it, and nothing a caller sends can crash the host.
 */
export async function dispatch(
  handlers: HandlerTable,
  method: unknown,
  payload: unknown,
  ctx: HandlerContext,
  log: DispatchLogger = (message, error) => console.error(message, error),
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: 'The app asked for something the host does not offer.' },
    };
  }
  const definition = contract[method];
  const parsed = definition.request.safeParse(payload);
  if (!parsed.success) {
    const actionable = parsed.error.issues.map(hostIssueOf).find((issue) => issue !== null);
    if (actionable) return { ok: false, error: actionable };
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request to ${definition.channel} was not in the expected form (${describeIssues(parsed.error)}).`,
      },
    };
  }
  try {
    const handler = handlers[method] as (p: unknown, c: HandlerContext) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    if (options.checkResponses) {
      const checked = definition.response.safeParse(value);
      if (!checked.success) {
        const detail = `The response from ${definition.channel} does not match the contract (${describeIssues(checked.error)}).`;
        log(detail, checked.error);
        return { ok: false, error: { code: 'internal', message: detail } };
      }
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: error.toShape() };
    log(`Host handler for ${definition.channel} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in the app. Your last saved work is safe; please try again.',
      },
    };
  }
}

export type { MethodName };
