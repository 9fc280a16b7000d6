import { contract, methodNames } from '@shared/contract';
import type { Envelope } from '@shared/contract';
import { dispatch } from '@host/dispatch';
import type { DispatchLogger, DispatchOptions } from '@host/dispatch';
import type { HandlerTable } from '@host/handler-types';
import type { TrustPolicy } from './security/origin';
import { isTrustedSender } from './security/trusted-sender';
import type { SenderFrame } from './security/trusted-sender';

/** The parts of Electron's IpcMainInvokeEvent the wiring reads: the frame that sent the call. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null | undefined;
}

/** The parts of Electron's ipcMain the wiring uses (structural, so tests need no Electron). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export const forbiddenEnvelope: Envelope<never> = Object.freeze({
  ok: false,
  error: Object.freeze({
    code: 'forbidden',
    message: 'This request did not come from the Casework Practice window, so it was refused.',
  }),
}) as Envelope<never>;

export function senderFrameOf(event: InvokeEventLike): SenderFrame | null {
  // senderFrame is null when the frame navigated or was destroyed before the call arrived.
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/**
 * Registers one `ipcMain.handle` per contract channel. Every call: check the sender (the app's own
 * top-level page only), then hand the payload to `dispatch`, which validates it with the channel's zod
 * schema and turns every failure into an envelope. Nothing a page sends can crash the main process.
 * Returns a function that removes the handlers (used on shutdown and in tests).
 */
export function registerContractHandlers(
  ipcMain: IpcMainLike,
  handlers: HandlerTable,
  policy: TrustPolicy,
  log?: DispatchLogger,
  options: DispatchOptions = {},
): () => void {
  const channels = methodNames.map((method) => {
    const { channel } = contract[method];
    ipcMain.handle(channel, async (event, payload) => {
      try {
        if (!isTrustedSender(senderFrameOf(event), policy)) {
          log?.(`Refused ${channel} from an untrusted sender`, senderFrameOf(event)?.url ?? 'no frame');
          return forbiddenEnvelope;
        }
        return await dispatch(handlers, method, payload, { transport: 'ipc' }, log, options);
      } catch (error) {
        // dispatch already answers every handler failure; this only catches a fault in the wiring itself.
        log?.(`IPC wiring failed on ${channel}`, error);
        return {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong in the app. Please try again.' },
        };
      }
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
