import { describe, expect, it } from 'vitest';
import { shellEventChannels } from '@shared/contract/shell-events';
import { askRendererToFlush, guardWindowClose } from './close-flush';
import type { FlushOutcome, FlushReplies, FlushTarget } from './close-flush';

type ReplyListener = Parameters<FlushReplies['on']>[1];

function fakes(answer: (token: string, reply: (sender: unknown, ...args: unknown[]) => void) => void) {
  const listeners = new Set<ReplyListener>();
  const replies: FlushReplies = {
    on: (_channel, listener) => listeners.add(listener),
    removeListener: (_channel, listener) => listeners.delete(listener),
  };
  const sent: unknown[][] = [];
  const reply = (sender: unknown, ...args: unknown[]) => {
    for (const listener of [...listeners]) listener({ sender }, ...args);
  };
  const target: FlushTarget = {
    isDestroyed: () => false,
    send: (channel, ...args) => {
      sent.push([channel, ...args]);
      answer(args[0] as string, reply);
    },
  };
  return { target, replies, listeners, sent };
}

describe('askRendererToFlush', () => {
  it('resolves when the same renderer answers with the same token', async () => {
    const f = fakes((token, reply) => setTimeout(() => reply(f.target, token, false), 5));
    await expect(askRendererToFlush(f.target, f.replies, { timeoutMs: 1000, token: 't1' })).resolves.toBe(
      'flushed',
    );
    expect(f.sent).toEqual([[shellEventChannels.beforeClose, 't1']]);
    expect(f.listeners.size).toBe(0);
  });

  it('ignores answers from another sender or with another token, then times out', async () => {
    const f = fakes((token, reply) => {
      reply({ someone: 'else' }, token, false);
      reply(f.target, 'guess', false);
    });
    await expect(askRendererToFlush(f.target, f.replies, { timeoutMs: 30, token: 't2' })).resolves.toBe(
      'timed-out',
    );
    expect(f.listeners.size).toBe(0);
  });

  it('reports keep-open, and a destroyed window as gone', async () => {
    const f = fakes((token, reply) => reply(f.target, token, true));
    await expect(askRendererToFlush(f.target, f.replies, { timeoutMs: 100, token: 't3' })).resolves.toBe(
      'keep-open',
    );
    const gone = { ...f.target, isDestroyed: () => true };
    await expect(askRendererToFlush(gone, f.replies, { timeoutMs: 100, token: 't4' })).resolves.toBe('gone');
  });
});

function fakeWindow() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const closes: string[] = [];
  const window = {
    on: (_event: 'close', l: (event: { preventDefault(): void }) => void) => (listener = l),
    close: () => {
      closes.push('close');
      tryClose();
    },
  };
  /** Returns true when the close went ahead (was not prevented). */
  const tryClose = (): boolean => {
    let prevented = false;
    listener?.({ preventDefault: () => (prevented = true) });
    return !prevented;
  };
  return { window, tryClose, closes };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guardWindowClose', () => {
  it('holds the first close, flushes once, then closes', async () => {
    const w = fakeWindow();
    let flushes = 0;
    guardWindowClose(w.window, {
      flush: async () => {
        flushes += 1;
        return 'flushed';
      },
      confirmCloseWithoutSaving: async () => {
        throw new Error('not asked when the flush worked');
      },
      isQuitting: () => false,
      continueQuit: () => {},
      abandonQuit: () => {},
    });
    expect(w.tryClose()).toBe(false);
    expect(w.tryClose()).toBe(false);
    await tick();
    expect(flushes).toBe(1);
    expect(w.closes).toEqual(['close']);
    expect(w.tryClose()).toBe(true);
  });

  it('continues a quit after flushing; on keep-open or no answer in time asks, and stays or closes as the trainee says', async () => {
    const cases: Array<{ outcome: FlushOutcome; closeAnyway: boolean; expected: string[] }> = [
      { outcome: 'flushed', closeAnyway: false, expected: ['continue'] },
      { outcome: 'gone', closeAnyway: false, expected: ['continue'] },
      // A renderer that did not answer may hold edits it never sent: closing loses them, so the trainee decides.
      { outcome: 'timed-out', closeAnyway: false, expected: ['asked timed-out', 'abandon'] },
      { outcome: 'timed-out', closeAnyway: true, expected: ['asked timed-out', 'continue'] },
      { outcome: 'keep-open', closeAnyway: false, expected: ['asked keep-open', 'abandon'] },
      { outcome: 'keep-open', closeAnyway: true, expected: ['asked keep-open', 'continue'] },
    ];
    for (const { outcome, closeAnyway, expected } of cases) {
      const w = fakeWindow();
      const events: string[] = [];
      guardWindowClose(w.window, {
        flush: async () => outcome,
        confirmCloseWithoutSaving: async (why) => {
          events.push(`asked ${why}`);
          return closeAnyway;
        },
        isQuitting: () => true,
        continueQuit: () => events.push('continue'),
        abandonQuit: () => events.push('abandon'),
      });
      w.tryClose();
      await tick();
      await tick();
      expect(events).toEqual(expected);
      expect(w.tryClose()).toBe(expected.includes('continue'));
    }
  });
});
