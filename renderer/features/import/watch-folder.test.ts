import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { RequestOf, ResponseOf } from '@shared/contract';
import type { Arrival } from '@shared/contract/channels/imports';
import { dismissArrivals, refreshWatch, startWatching, watchStore } from './watch-folder';

const arrival = (seq: number): Arrival => ({
  seq,
  at: '2026-12-02T09:00:00.000Z',
  result: {
    outcome: 'imported',
    name: `trainee-${seq}.casework`,
    message: 'Imported.',
    attemptId: `attempt-00000${seq}`,
    title: 'Practice',
    traineeName: null,
  },
});

/** A host whose watcher has taken `taken` files; it answers only those after the seq asked for. */
function fakeHost(taken: Arrival[]) {
  return {
    watchStatus: async ({ after }: RequestOf<'watchStatus'>): Promise<ResponseOf<'watchStatus'>> => ({
      watching: true,
      folderName: 'Cohort',
      arrivals: taken.filter((a) => a.seq > after),
      latest: taken.at(-1)?.seq ?? 0,
    }),
    watchFolder: async (): Promise<ResponseOf<'watchFolder'>> => {
      throw new HostError(
        'not-found',
        'The folder could not be read. Check it is still there, then try again.',
      );
    },
    stopWatchingFolder: async (): Promise<ResponseOf<'stopWatchingFolder'>> => ({
      watching: false,
      folderName: null,
    }),
  };
}

describe('the watched folder in the page', () => {
  it('shows each arrival once, however often it asks, until dismissed', async () => {
    const taken = [arrival(1), arrival(2)];
    const host = fakeHost(taken);
    expect(await refreshWatch(host)).toBe(2);
    expect(await refreshWatch(host)).toBe(0);
    taken.push(arrival(3));
    expect(await refreshWatch(host)).toBe(1);
    const state = watchStore.getState();
    expect(state.arrived.map((r) => r.name)).toEqual([
      'trainee-1.casework',
      'trainee-2.casework',
      'trainee-3.casework',
    ]);
    expect(state).toMatchObject({ watching: true, folderName: 'Cohort', latest: 3 });
    dismissArrivals();
    expect(await refreshWatch(host)).toBe(0);
    expect(watchStore.getState().arrived).toEqual([]);
  });

  it('says in the host’s words why a folder could not be watched', async () => {
    await startWatching(fakeHost([]));
    expect(watchStore.getState()).toMatchObject({
      busy: false,
      problem: 'The folder could not be read. Check it is still there, then try again.',
    });
  });
});
