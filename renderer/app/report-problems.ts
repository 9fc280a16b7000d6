import type { HostClient } from '../host';

/** Enough to diagnose a loop of failures without filling the log file or the disk. */
export const maxReportsPerSession = 50;

type Reporter = Pick<HostClient, 'reportProblem'>;

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error)
    return {
      message: `${reason.name}: ${reason.message}`.slice(0, 2000),
      stack: reason.stack?.slice(0, 8000),
    };
  return { message: String(reason).slice(0, 2000) };
}

/**
 * Sends the page's uncaught errors and unhandled rejections to the host, which writes them to the log file
 * in the data folder (Help > Show log folder). Only what the error says and the screen's hash (ids, never
 * answers) are sent; reporting never throws, and stops after `maxReportsPerSession`.
 */
export function installProblemReporter(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  client: Reporter,
  where: () => string,
): () => void {
  let sent = 0;
  const report = (kind: 'error' | 'unhandled-rejection', reason: unknown) => {
    if (sent >= maxReportsPerSession) return;
    sent += 1;
    const { message, stack } = describe(reason);
    void client
      .reportProblem({ kind, message, ...(stack ? { stack } : {}), where: where().slice(0, 300) })
      .catch(() => {
        // The log is for support; failing to write it must not raise another error to report.
      });
  };
  const onError = (event: ErrorEvent) => report('error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => report('unhandled-rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
