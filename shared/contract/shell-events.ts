/**
 * Messages the desktop shell sends to the renderer, outside the request/answer contract: the window is
 * about to close (flush pending saves), or a menu item was chosen. The preload exposes them as
 * `window.caseworkEvents`; in the browser harness the object is absent and the renderer carries on.
 */

/**
 * What the app menu asks the page to do. Each one has exactly one receiver, the renderer's
 * `menuCommandHandlers` (a record keyed by these names, so a missing one is a compile error).
 */
export const menuCommands = ['import', 'export', 'export-all', 'settings'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** Channel names used only between the shell's main process and its preload. */
export const shellEventChannels = {
  beforeClose: 'shell:before-close',
  beforeCloseDone: 'shell:before-close-done',
  menuCommand: 'shell:menu-command',
  /** The page is listening for opened files: send any the operating system asked the app to open. */
  readyForFiles: 'shell:ready-for-files',
  /** A file the operating system asked the app to open (double-click, "Open with"): its name and bytes. */
  fileOpened: 'shell:file-opened',
} as const;

/** Largest opened file the shell passes on; bigger ones arrive as a problem naming the file. */
export const MAX_OPENED_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A file the operating system asked the app to open, as the page receives it: the name it had and its
 * bytes, never its path (the page imports it through the same checks as a dropped file), or the reason it
 * could not be read.
 */
export type OpenedFile = { name: string; bytes: Uint8Array } | { name: string; problem: string };

export function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  if (typeof file['name'] !== 'string' || file['name'].length === 0 || file['name'].length > 255)
    return false;
  if ('problem' in file) return typeof file['problem'] === 'string' && file['problem'].length <= 1000;
  return file['bytes'] instanceof Uint8Array && file['bytes'].length <= MAX_OPENED_FILE_BYTES;
}

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
  /** Called when the trainee picks an item of the app menu that the page carries out (File > Import…, Export…, Export all my work…, Settings). */
  onMenuCommand(callback: (command: MenuCommand) => void): Unsubscribe;
  /**
   * Called with each file the operating system asked the app to open (a double-clicked .casework file, or
   * one given when the app was already running). Files wait in the shell until the first callback is added.
   */
  onFileOpened(callback: (file: OpenedFile) => void): Unsubscribe;
}
