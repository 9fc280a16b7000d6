import { isTrustedOrigin } from './origin';
import type { TrustPolicy } from './origin';

/** What the shell knows about the frame an IPC message came from (Electron's `event.senderFrame`). */
export interface SenderFrame {
  url: string;
  /** True only for the top-level document of the window; iframes, even same-origin ones, are refused. */
  isMainFrame: boolean;
}

/**
 * May this frame call the host? Only the app's own top-level document. Written as a pure function and
 * tested both ways, because the check is easy to invert: a missing frame (navigated away or destroyed
 * while the message was in flight) is untrusted, never waved through.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, policy: TrustPolicy): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.isMainFrame !== true) return false;
  if (typeof frame.url !== 'string') return false;
  return isTrustedOrigin(frame.url, policy);
}
