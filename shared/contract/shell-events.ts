/**
 * Messages the desktop shell sends to the renderer, outside the request/answer contract: the window is
 * about to close (flush pending saves), or a menu item was chosen. The preload exposes them as
 * `window.caseworkEvents`; in the browser harness the object is absent and the renderer carries on.
 */

export const menuCommands = ['import', 'export'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** Channel names used only between the shell's main process and its preload. */
export const shellEventChannels = {
  beforeClose: 'shell:before-close',
  beforeCloseDone: 'shell:before-close-done',
  menuCommand: 'shell:menu-command',
} as const;

export type Unsubscribe = () => void;

/**
 * What a before-close callback may answer: nothing (carry on closing) or 'keep-open' when saving failed
 * and the trainee should decide (the renderer then shows why, and the window stays).
 */
export type BeforeCloseAnswer = void | 'keep-open';

export interface CaseworkEvents {
  /**
   * Called when the window is closing or the app quitting. Resolve once pending saves are written; the
   * shell waits (up to ten seconds) before it closes. Answer 'keep-open' to stop the close. Returns a
   * function that removes the callback.
   */
  onBeforeClose(callback: () => Promise<BeforeCloseAnswer> | BeforeCloseAnswer): Unsubscribe;
  /** Called when the trainee picks File > Import… or File > Export… from the app menu. */
  onMenuCommand(callback: (command: MenuCommand) => void): Unsubscribe;
}
