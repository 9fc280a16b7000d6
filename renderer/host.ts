import { HostError, isHostErrorShape, methodNames } from '@shared/contract';
import type { CaseworkBridge, MethodName, RequestOf, ResponseOf } from '@shared/contract';
import type { CaseworkEvents } from '@shared/contract/shell-events';

declare global {
  interface Window {
    /** Put there by the shell's preload, or by the e2e harness's script: the renderer cannot tell which. */
    readonly casework?: CaseworkBridge;
    /** The desktop shell's events (closing, menu); absent in the browser harness. */
    readonly caseworkEvents?: CaseworkEvents;
  }
}

/** The host contract as ordinary async functions: values come back, failures are thrown as `HostError`. */
export type HostClient = {
  [M in MethodName]: (payload: RequestOf<M>) => Promise<ResponseOf<M>>;
};

const unreachable =
  'The app could not reach the part that saves your work. Your changes are kept on screen; please try again.';

function bridgeOrThrow(): CaseworkBridge {
  const bridge = typeof window === 'undefined' ? undefined : window.casework;
  if (!bridge) throw new HostError('internal', unreachable);
  return bridge;
}

/** Sends one request and unwraps the envelope. Exported for tests that pass their own bridge. */
export async function callHost<M extends MethodName>(
  bridge: CaseworkBridge,
  method: M,
  payload: RequestOf<M>,
): Promise<ResponseOf<M>> {
  let envelope: unknown;
  try {
    // The bridge's methods are typed per channel; calling through the union loses that link, so cast once here.
    const call = bridge[method] as unknown as (p: RequestOf<M>) => Promise<unknown>;
    envelope = await call(payload);
  } catch {
    // The transport itself failed (shell reloading, harness stopped): worth retrying, so not 'invalid-request'.
    throw new HostError('storage-failed', unreachable);
  }
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    if (envelope.ok === true && 'value' in envelope) return envelope.value as ResponseOf<M>;
    if (envelope.ok === false && 'error' in envelope && isHostErrorShape(envelope.error)) {
      throw new HostError(envelope.error.code, envelope.error.message);
    }
  }
  throw new HostError('internal', 'The app received an answer it did not understand. Please try again.');
}

export function createHostClient(getBridge: () => CaseworkBridge = bridgeOrThrow): HostClient {
  const client: Partial<Record<MethodName, (payload: never) => Promise<unknown>>> = {};
  for (const method of methodNames) {
    client[method] = async (payload: never) => callHost(getBridge(), method, payload);
  }
  return client as HostClient;
}

/** The one client the app uses; the bridge is looked up per call so a test can install it late. */
export const host: HostClient = createHostClient();
