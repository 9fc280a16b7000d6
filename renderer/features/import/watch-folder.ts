import { createStore } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { ImportFileResult } from '@shared/contract/channels/imports';
import type { HostClient } from '../../host';

/**
 * The watched folder, as the page sees it: whether the host watches one, and the files its watcher took that
 * the tutor has not yet dismissed. The host keeps the arrivals; the page asks for new ones every few seconds
 * while a folder is watched (`imports:watch-status` with the last seq it has), so it works the same in the
 * shell and the browser harness, with no channel from host to page.
 */

export interface WatchState {
  watching: boolean;
  folderName: string | null;
  /** The last arrival's seq the page has fetched. */
  latest: number;
  /** Arrivals not yet dismissed, oldest first. */
  arrived: ImportFileResult[];
  busy: boolean;
  problem: string | null;
}

export const watchStore = createStore<WatchState>()(() => ({
  watching: false,
  folderName: null,
  latest: 0,
  arrived: [],
  busy: false,
  problem: null,
}));

type Client = Pick<HostClient, 'watchFolder' | 'stopWatchingFolder' | 'watchStatus'>;

/** How often the page asks for new arrivals while a folder is watched. */
export const WATCH_POLL_MS = 3000;

function problemOf(error: unknown): string {
  return error instanceof HostError ? error.message : 'That did not work. Please try again.';
}

/** Asks the host what is new; `first` learns whether a folder is watched (after a restart, say). */
export async function refreshWatch(client: Client): Promise<number> {
  const { latest } = watchStore.getState();
  const answer = await client.watchStatus({ after: latest });
  // What the watcher imported is news; only the files it took after the page last asked.
  const fresh = answer.arrivals.filter((arrival) => arrival.seq > latest).map((arrival) => arrival.result);
  watchStore.setState((state) => ({
    watching: answer.watching,
    folderName: answer.folderName,
    latest: Math.max(state.latest, answer.latest),
    arrived: fresh.length > 0 ? [...state.arrived, ...fresh] : state.arrived,
  }));
  return fresh.length;
}

/** Runs a watch change (start or stop), keeping the state the host answers and any problem in words. */
async function change(run: () => Promise<{ watching: boolean; folderName: string | null }>): Promise<void> {
  watchStore.setState({ busy: true, problem: null });
  try {
    const answer = await run();
    watchStore.setState({ watching: answer.watching, folderName: answer.folderName });
  } catch (error) {
    watchStore.setState({ problem: problemOf(error) });
  } finally {
    watchStore.setState({ busy: false });
  }
}

/** Asks the host to show its folder chooser and watch the folder chosen (closing it changes nothing). */
export function startWatching(client: Client): Promise<void> {
  return change(() => client.watchFolder({}));
}

export function stopWatching(client: Client): Promise<void> {
  return change(() => client.stopWatchingFolder({}));
}

export function dismissArrivals(): void {
  watchStore.setState({ arrived: [] });
}
