import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '@shared/contract';
import { defaultSettings } from '@shared/model/settings';
import type { Settings, SettingsPatch } from '@shared/model/settings';
import type { SaveState } from './save-status';
import { createSettingsStore } from './settings-store';

function fakeHost(initial: Settings) {
  let onDisk = { ...initial };
  let failWith: HostError | null = null;
  return {
    get onDisk() {
      return onDisk;
    },
    failNext(error: HostError | null) {
      failWith = error;
    },
    getSettings: vi.fn(async () => ({ ...onDisk })),
    updateSettings: vi.fn(async (patch: SettingsPatch) => {
      if (failWith) throw failWith;
      onDisk = { ...onDisk, ...patch };
      return { ...onDisk };
    }),
  };
}

describe('settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a change at once and saves it after the quiet time', async () => {
    const host = fakeHost(defaultSettings);
    const reports: SaveState[] = [];
    const store = createSettingsStore(host, (s) => reports.push(s));
    await store.getState().actions.load();
    store.getState().actions.update({ traineeName: 'Robin Vale' });
    expect(store.getState().settings.traineeName).toBe('Robin Vale');
    expect(host.updateSettings).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(defaultSettings.autosaveDelayMs);
    expect(host.updateSettings).toHaveBeenCalledWith({ traineeName: 'Robin Vale' });
    expect(host.onDisk.traineeName).toBe('Robin Vale');
    expect(store.getState().unsaved).toEqual({});
    expect(reports.at(-1)?.kind).toBe('saved');
  });

  it('keeps an unsaved change on screen when the disk refuses it, and saves it on retry', async () => {
    const host = fakeHost(defaultSettings);
    const reports: SaveState[] = [];
    const store = createSettingsStore(host, (s) => reports.push(s));
    await store.getState().actions.load();
    host.failNext(new HostError('read-only', 'the data folder is read-only'));
    store.getState().actions.update({ theme: 'dark' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(reports.at(-1)).toMatchObject({ kind: 'failed', reason: 'the data folder is read-only' });
    expect(store.getState().settings.theme).toBe('dark');
    expect(store.getState().unsaved).toEqual({ theme: 'dark' });
    // reloading from disk must not throw the unsaved change away
    await store.getState().actions.load();
    expect(store.getState().settings.theme).toBe('dark');
    host.failNext(null);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.onDisk.theme).toBe('dark');
    expect(reports.at(-1)?.kind).toBe('saved');
  });
});
