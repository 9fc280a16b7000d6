import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import { defaultSettings } from '@shared/model/settings';
import type { Settings, SettingsPatch } from '@shared/model/settings';
import type { HostClient } from '../host';
import { createAutosave } from './autosave';
import type { Autosave } from './autosave';
import type { SaveState } from './save-status';

export interface SettingsState {
  loadState: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** What the screen shows: the saved settings with any unsaved changes laid over them. */
  settings: Settings;
  /** Changes not yet acknowledged by the host; kept until a save succeeds. */
  unsaved: SettingsPatch;
  actions: {
    load: () => Promise<void>;
    /** Choices (radios, checkboxes) save at once; typed text waits for the quiet time. */
    update: (patch: SettingsPatch, options?: { immediate?: boolean }) => void;
    flush: () => Promise<boolean>;
  };
}

export type SettingsStore = StoreApi<SettingsState>;

function withoutSavedKeys(unsaved: SettingsPatch, sent: SettingsPatch): SettingsPatch {
  const remaining: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(unsaved)) {
    // A key changed again while the save was under way still needs saving.
    if (!(key in sent) || sent[key as keyof SettingsPatch] !== value) remaining[key] = value;
  }
  return remaining as SettingsPatch;
}

export function createSettingsStore(
  client: Pick<HostClient, 'getSettings' | 'updateSettings'>,
  report: (state: SaveState) => void,
  now: () => Date = () => new Date(),
): SettingsStore {
  let autosave: Autosave | null = null;
  const store = createStore<SettingsState>()((set) => ({
    loadState: 'loading',
    loadError: null,
    settings: defaultSettings,
    unsaved: {},
    actions: {
      async load() {
        set({ loadState: 'loading', loadError: null });
        try {
          const saved = await client.getSettings({});
          set((s) => ({ loadState: 'ready', settings: { ...saved, ...s.unsaved } }));
        } catch (error) {
          const message = error instanceof HostError ? error.message : 'Your settings could not be read.';
          set({ loadState: 'failed', loadError: message });
        }
      },
      update(patch, options) {
        set((s) => ({ settings: { ...s.settings, ...patch }, unsaved: { ...s.unsaved, ...patch } }));
        autosave?.changed();
        if (options?.immediate) void autosave?.flush();
      },
      flush: () => autosave?.flush() ?? Promise.resolve(true),
    },
  }));
  autosave = createAutosave({
    delayMs: () => store.getState().settings.autosaveDelayMs,
    report,
    now,
    save: async () => {
      const sent = store.getState().unsaved;
      if (Object.keys(sent).length === 0) return now();
      const saved = await client.updateSettings(sent);
      store.setState((s) => {
        const unsaved = withoutSavedKeys(s.unsaved, sent);
        return { unsaved, settings: { ...saved, ...unsaved } };
      });
      return now();
    },
  });
  return store;
}
