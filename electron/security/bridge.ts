import { contract, methodNames } from '@shared/contract';
import type { CaseworkBridge } from '@shared/contract';
import { isMenuCommand, isOpenedFile, shellEventChannels } from '@shared/contract/shell-events';
import type {
  BeforeCloseAnswer,
  CaseworkEvents,
  MenuCommand,
  OpenedFile,
} from '@shared/contract/shell-events';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * `window.casework`, generated from the contract: one method per channel, each sending exactly one
 * argument. There is no second list to keep in step, and nothing else of IPC reaches the page.
 */
export function createCaseworkBridge(invoke: Invoke): CaseworkBridge {
  const bridge: Record<string, (payload: unknown) => Promise<unknown>> = {};
  for (const method of methodNames) {
    const { channel } = contract[method];
    bridge[method] = (payload: unknown) => invoke(channel, payload);
  }
  return Object.freeze(bridge) as unknown as CaseworkBridge;
}

/** The slice of ipcRenderer the events bridge uses: the page never sees it, only the callbacks below. */
export interface ShellEventSource {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

const tokenPattern = /^[a-z0-9-]{1,64}$/;

/**
 * `window.caseworkEvents`. The preload listens once per channel and keeps the page's callbacks in its
 * own sets, so a page callback is never handed to ipcRenderer and never receives the IPC event object
 * (which would expose `sender`, and with it ipcRenderer).
 */
export function createCaseworkEvents(source: ShellEventSource): CaseworkEvents {
  const closeCallbacks = new Set<() => Promise<BeforeCloseAnswer> | BeforeCloseAnswer>();
  const menuCallbacks = new Set<(command: MenuCommand) => void>();
  const fileCallbacks = new Set<(file: OpenedFile) => void>();

  source.on(shellEventChannels.beforeClose, (_event, token) => {
    if (typeof token !== 'string' || !tokenPattern.test(token)) return;
    void Promise.allSettled([...closeCallbacks].map(async (callback) => callback())).then((answers) => {
      const keepOpen = answers.some(
        (answer) => answer.status === 'fulfilled' && answer.value === 'keep-open',
      );
      source.send(shellEventChannels.beforeCloseDone, token, keepOpen);
    });
  });

  source.on(shellEventChannels.menuCommand, (_event, command) => {
    if (!isMenuCommand(command)) return;
    for (const callback of menuCallbacks) {
      try {
        callback(command);
      } catch {
        // One broken subscriber must not stop the others hearing the command.
      }
    }
  });

  source.on(shellEventChannels.fileOpened, (_event, file) => {
    if (!isOpenedFile(file)) return;
    // A fresh object: the page gets the name and bytes, nothing else the message carried.
    const given: OpenedFile =
      'problem' in file ? { name: file.name, problem: file.problem } : { name: file.name, bytes: file.bytes };
    for (const callback of fileCallbacks) {
      try {
        callback(given);
      } catch {
        // As for menu commands: one broken subscriber must not stop the others.
      }
    }
  });

  const subscribe =
    <T>(set: Set<T>, onFirst?: () => void) =>
    (callback: T) => {
      if (typeof callback !== 'function') throw new TypeError('Expected a function.');
      set.add(callback);
      if (set.size === 1) onFirst?.();
      return () => {
        set.delete(callback);
      };
    };

  return Object.freeze({
    onBeforeClose: subscribe(closeCallbacks),
    onMenuCommand: subscribe(menuCallbacks),
    // Files the OS opened wait in the shell until someone here can take them.
    onFileOpened: subscribe(fileCallbacks, () => source.send(shellEventChannels.readyForFiles)),
  });
}
