import { describe, expect, it, vi } from 'vitest';
import { flushAll, installExitFlush, registerFlush } from './flush';

describe('flushing everything on the way out', () => {
  it('asks every registered store to save and says whether all of it landed', async () => {
    const ok = vi.fn(async () => true);
    const failing = vi.fn(async () => false);
    const unregisterOk = registerFlush(ok);
    const unregisterFailing = registerFlush(failing);
    await expect(flushAll()).resolves.toBe(false);
    unregisterFailing();
    await expect(flushAll()).resolves.toBe(true);
    expect(ok).toHaveBeenCalledTimes(2);
    unregisterOk();
  });

  it('answers the shell’s before-close: close when saved, keep open when not', async () => {
    let onClose: (() => Promise<unknown>) | null = null;
    const listeners = new Map<string, () => void>();
    const fakeWindow = {
      document: { visibilityState: 'visible', addEventListener: vi.fn(), removeEventListener: vi.fn() },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: vi.fn(),
      caseworkEvents: {
        onBeforeClose: (callback: () => Promise<unknown>) => {
          onClose = callback;
          return () => {
            onClose = null;
          };
        },
        onMenuCommand: () => () => {},
      },
    } as unknown as Window;
    const uninstall = installExitFlush(fakeWindow);
    let saved = false;
    const unregister = registerFlush(async () => saved);
    await expect(onClose!()).resolves.toBe('keep-open');
    saved = true;
    await expect(onClose!()).resolves.toBeUndefined();
    expect(listeners.has('pagehide')).toBe(true);
    unregister();
    uninstall();
    expect(onClose).toBeNull();
  });
});
