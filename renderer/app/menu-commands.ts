import type { CaseworkEvents, MenuCommand, Unsubscribe } from '@shared/contract/shell-events';
import { hrefs, parseRoute } from './routes';
import type { Route } from './routes';

/** What a menu command may do: go somewhere, open the import dialog, or tell the trainee something. */
export interface MenuCommandContext {
  /** The current location's hash, which says what is open. */
  hash: string;
  navigate: (href: string) => void;
  /** The same import as the "Open a file" button and a dropped file. */
  openFile: () => void;
  /** A plain message shown at the top of the page. */
  tell: (message: string) => void;
  /** Settings' "Export all my work": asks where to save, and says how it went there. */
  exportAll: () => void;
}

/** The attempt the current screen is about, if any: what File > Export… exports. */
export function attemptOnScreen(route: Route): string | null {
  switch (route.screen) {
    case 'attempt':
    case 'export':
    case 'feedback':
      return route.attemptId;
    default:
      return null;
  }
}

export const exportNeedsAnAttempt =
  'To export a piece of work, open it from Your practice first, then choose File > Export… again.';

/**
 * The one receiver of every app menu command. A record keyed by the contract's command names, so a command
 * without a receiver does not compile; `menu-commands.test.ts` also clicks every item of the shell's menu on
 * every platform and checks each command it sends lands here.
 */
export const menuCommandHandlers: Record<MenuCommand, (context: MenuCommandContext) => void> = {
  import: (context) => context.openFile(),
  export: (context) => {
    const attemptId = attemptOnScreen(parseRoute(context.hash));
    if (attemptId !== null) context.navigate(hrefs.exportAttempt(attemptId));
    else context.tell(exportNeedsAnAttempt);
  },
  'export-all': (context) => {
    context.navigate(hrefs.settings);
    context.exportAll();
  },
  settings: (context) => context.navigate(hrefs.settings),
};

/** Whether `handlers` answers `command`: what the menu test asks of each command the shell can send. */
export function hasReceiver(handlers: Partial<Record<string, unknown>>, command: string): boolean {
  return Object.hasOwn(handlers, command) && typeof handlers[command] === 'function';
}

/** Listens for the shell's menu commands (absent in the browser harness) and hands each to its receiver. */
export function installMenuCommands(
  events: Pick<CaseworkEvents, 'onMenuCommand'> | undefined,
  context: () => MenuCommandContext,
): Unsubscribe {
  const unsubscribe = events?.onMenuCommand((command) => {
    if (hasReceiver(menuCommandHandlers, command)) menuCommandHandlers[command](context());
  });
  return unsubscribe ?? (() => {});
}
