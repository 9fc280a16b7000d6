import { shellEventChannels } from '@shared/contract/shell-events';

/** The window's web contents, as far as asking it to flush goes. */
export interface FlushTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** ipcMain, as far as hearing the renderer's answer goes. */
export interface FlushReplies {
  on(channel: string, listener: (event: { sender: unknown }, ...args: unknown[]) => void): unknown;
  removeListener(
    channel: string,
    listener: (event: { sender: unknown }, ...args: unknown[]) => void,
  ): unknown;
}

export type FlushOutcome = 'flushed' | 'keep-open' | 'timed-out' | 'gone';

/**
 * Asks the renderer to write its pending saves and waits for its answer, for at most `timeoutMs`: a hung
 * or crashed renderer must not stop the app closing. Only an answer from the same web contents carrying
 * the same one-off token counts.
 */
export function askRendererToFlush(
  target: FlushTarget,
  replies: FlushReplies,
  options: { timeoutMs: number; token: string },
): Promise<FlushOutcome> {
  if (target.isDestroyed()) return Promise.resolve('gone');
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      replies.removeListener(shellEventChannels.beforeCloseDone, listener);
      resolve(outcome);
    };
    const listener = (event: { sender: unknown }, token: unknown, keepOpen: unknown) => {
      if (event.sender !== target || token !== options.token) return;
      finish(keepOpen === true ? 'keep-open' : 'flushed');
    };
    const timer = setTimeout(() => finish('timed-out'), options.timeoutMs);
    replies.on(shellEventChannels.beforeCloseDone, listener);
    try {
      target.send(shellEventChannels.beforeClose, options.token);
    } catch {
      finish('gone');
    }
  });
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/** What the trainee is asked when the renderer could not save before closing (shown as a native message box). */
export const unsavedChangesPrompt = {
  type: 'warning' as const,
  title: 'Some changes are not saved',
  message: 'Some of your latest changes could not be saved.',
  detail:
    'The app will keep trying while the window is open. If you close now, changes since the last save (shown at the top of the page) will be lost.',
  buttons: ['Stay and keep trying', 'Close without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** What the trainee is asked when the window did not answer in time (hung, or busy): it may hold unsent edits. */
export const unansweredClosePrompt = {
  ...unsavedChangesPrompt,
  title: 'The window is not answering',
  message: 'The app could not check that your latest changes are saved.',
  detail:
    'The window did not answer in time. If you close now, changes you made since the last save (shown at the top of the page) may be lost.',
};

/**
 * Holds a window's first close until the renderer has flushed. During a quit the close is re-attempted
 * through `continueQuit` (Electron cancels a quit when a window's close is prevented). When the renderer
 * answers 'keep-open' (saving failed) or does not answer in time, the trainee is asked: stay, or close without
 * saving. Nobody is trapped in a window whose disk has gone away, and nobody loses edits to a hung window unasked.
 */
export function guardWindowClose(
  window: ClosableWindow,
  options: {
    flush: () => Promise<FlushOutcome>;
    /** Answers true to close without saving; told why it is asked (saving failed, or no answer in time). */
    confirmCloseWithoutSaving: (why: 'keep-open' | 'timed-out') => Promise<boolean>;
    isQuitting: () => boolean;
    continueQuit: () => void;
    abandonQuit: () => void;
  },
): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  window.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void options
      .flush()
      .catch((): FlushOutcome => 'gone')
      .then(async (outcome) => {
        const ask = outcome === 'keep-open' || outcome === 'timed-out';
        if (ask && !(await options.confirmCloseWithoutSaving(outcome).catch(() => false))) {
          state = 'open';
          options.abandonQuit();
          return;
        }
        state = 'flushed';
        if (options.isQuitting()) options.continueQuit();
        else window.close();
      });
  });
}
