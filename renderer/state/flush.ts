/**
 * Everything that holds unsaved work registers here, so leaving the window (closing, reloading, switching
 * away) can ask all of it to save at once.
 */
type Flush = () => Promise<boolean>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** True when everything reached the disk. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushes].map((flush) => flush().catch(() => false)));
  return results.every(Boolean);
}

/**
 * Wires the window's exits to `flushAll`: the shell's before-close (which waits for the answer and keeps the
 * window open if saving failed), and in any browser the page being hidden or unloaded (best effort).
 */
export function installExitFlush(target: Window = window): () => void {
  const onHidden = () => {
    if (target.document.visibilityState === 'hidden') void flushAll();
  };
  const onUnload = () => void flushAll();
  target.document.addEventListener('visibilitychange', onHidden);
  target.addEventListener('pagehide', onUnload);
  target.addEventListener('beforeunload', onUnload);
  const unsubscribeClose = target.caseworkEvents?.onBeforeClose(async () =>
    (await flushAll()) ? undefined : 'keep-open',
  );
  return () => {
    target.document.removeEventListener('visibilitychange', onHidden);
    target.removeEventListener('pagehide', onUnload);
    target.removeEventListener('beforeunload', onUnload);
    unsubscribeClose?.();
  };
}
