import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import type { CustomTemplate } from '@shared/contract/channels/templates';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { resolveTemplateIn, startableTemplates } from '@shared/templates/resolve';
import { host } from '../../host';
import type { HostClient } from '../../host';

/**
 * The templates the renderer knows: the built-ins, and tutors' templates (every version) loaded from the
 * host once at start. Every screen that turns a template id into a template asks `resolveTemplate`, so an
 * attempt on a tutor's template opens, reviews and compares like one on a built-in.
 */

export interface TemplatesState {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  custom: CustomTemplate[];
  actions: {
    load: () => Promise<void>;
    /** Asks the host to open its file dialog and add the chosen template; throws HostError when refused. */
    importFromFile: () => Promise<ResponseOf<'importTemplate'>>;
    remove: (templateId: string) => Promise<void>;
  };
}

export type TemplatesStore = StoreApi<TemplatesState>;

type TemplatesClient = Pick<HostClient, 'listTemplates' | 'importTemplate' | 'deleteTemplate'>;

export function createTemplatesStore(client: TemplatesClient): TemplatesStore {
  return createStore<TemplatesState>()((set, get) => ({
    loadState: 'idle',
    loadError: null,
    custom: [],
    actions: {
      async load() {
        set((s) => ({ loadState: s.loadState === 'ready' ? 'ready' : 'loading', loadError: null }));
        try {
          const { templates } = await client.listTemplates({});
          set({ loadState: 'ready', custom: templates });
        } catch (error) {
          const message =
            error instanceof HostError ? error.message : 'Your added templates could not be listed.';
          set({ loadState: 'failed', loadError: message });
        }
      },
      async importFromFile() {
        const result = await client.importTemplate({});
        if (result.imported) await get().actions.load();
        return result;
      },
      async remove(templateId) {
        await client.deleteTemplate({ templateId });
        set((s) => ({ custom: s.custom.filter((entry) => entry.templateId !== templateId) }));
      },
    },
  }));
}

/** A template by id: a built-in, or a tutor's at the version given (the newest when none is given). */
export function resolveFrom(
  custom: readonly CustomTemplate[],
  templateId: string,
  version?: number,
): Template | undefined {
  return resolveTemplateIn(
    builtinTemplates,
    (id) => custom.find((candidate) => candidate.templateId === id),
    templateId,
    version,
  );
}

/** Every template a trainee can start with: the built-ins, then the newest version of each tutor's template. */
export function startableFrom(custom: readonly CustomTemplate[]): Template[] {
  return startableTemplates(builtinTemplates, custom);
}

export const templatesStore = createTemplatesStore(host);

let firstLoad: Promise<void> | null = null;

/**
 * Resolves once tutors' templates have been asked for (loaded or failed: the built-ins work either way).
 * Screens that open an attempt wait for this so a reload straight onto an attempt finds its template.
 */
export function templatesReady(): Promise<void> {
  if (templatesStore.getState().loadState === 'ready') return Promise.resolve();
  firstLoad ??= templatesStore.getState().actions.load();
  return firstLoad;
}

export function resolveTemplate(templateId: string, version?: number): Template | undefined {
  return resolveFrom(templatesStore.getState().custom, templateId, version);
}

export function useTemplates<T>(selector: (state: TemplatesState) => T): T {
  return useStore(templatesStore, selector);
}
