import type { MethodName, ParsedRequestOf, ResponseOf } from '@shared/contract';

/** Who is calling: the Electron shell over IPC, or the loopback test harness. Handlers must not care. */
export interface HandlerContext {
  transport: 'ipc' | 'harness';
}

export type Handler<M extends MethodName> = (
  payload: ParsedRequestOf<M>,
  ctx: HandlerContext,
) => Promise<ResponseOf<M>>;

/** Exactly one handler per contract channel; a missing one is a type error, not a run-time surprise. */
export type HandlerTable = { [M in MethodName]: Handler<M> };
