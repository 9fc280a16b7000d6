import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { CustomTemplate } from '@shared/contract/channels/templates';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { createTemplatesStore, resolveFrom, startableFrom } from './template-store';

const visit = (version: number, title: string): Template => ({
  id: 'home-visit-plan',
  version,
  title,
  description: 'Planning a visit.',
  sections: [{ id: 'purpose', title: 'Purpose', items: [{ kind: 'shortText', id: 'why', prompt: 'Why?' }] }],
});

const stored: CustomTemplate[] = [
  {
    templateId: 'home-visit-plan',
    versions: [1, 2].map((version) => ({
      version,
      importedAt: '2026-11-23T10:00:00.000Z',
      fileName: `v${version}.json`,
      template: visit(version, `Visit, edition ${version}`),
    })),
  },
];

describe('resolving templates in the renderer', () => {
  it('finds a built-in by id, and a tutor’s template at the version an attempt recorded', () => {
    expect(resolveFrom(stored, 'rosh-analysis', 7)).toBe(
      builtinTemplates.find((t) => t.id === 'rosh-analysis'),
    );
    expect(resolveFrom(stored, 'home-visit-plan', 1)?.title).toBe('Visit, edition 1');
    expect(resolveFrom(stored, 'home-visit-plan', 2)?.title).toBe('Visit, edition 2');
    expect(resolveFrom(stored, 'home-visit-plan')?.title).toBe('Visit, edition 2');
    expect(resolveFrom(stored, 'home-visit-plan', 3)).toBeUndefined();
    expect(resolveFrom([], 'home-visit-plan', 1)).toBeUndefined();
  });

  it('offers the built-ins then the newest version of each tutor’s template to start with', () => {
    const offered = startableFrom(stored);
    expect(offered.slice(0, builtinTemplates.length)).toEqual([...builtinTemplates]);
    expect(offered.slice(builtinTemplates.length).map((t) => [t.id, t.version])).toEqual([
      ['home-visit-plan', 2],
    ]);
  });

  it('loads, reloads after an import, forgets a deleted template, and reports a failed load in words', async () => {
    let held = stored;
    const store = createTemplatesStore({
      listTemplates: async () => ({ templates: held, notices: [] }),
      importTemplate: async () => {
        held = [];
        return {
          imported: true,
          templateId: 'x-plan',
          version: 1,
          title: 'X',
          previousVersion: null,
          unchanged: false,
          fileName: 'x.json',
        };
      },
      deleteTemplate: async () => ({ deleted: true }),
    });
    await store.getState().actions.load();
    expect(store.getState().custom).toHaveLength(1);
    await store.getState().actions.remove('home-visit-plan');
    expect(store.getState().custom).toEqual([]);
    held = stored;
    await store.getState().actions.load();
    await store.getState().actions.importFromFile();
    expect(store.getState().custom).toEqual([]);

    const failing = createTemplatesStore({
      listTemplates: async () => {
        throw new HostError('storage-failed', 'The templates folder could not be read.');
      },
      importTemplate: async () => ({ imported: false }),
      deleteTemplate: async () => ({ deleted: true }),
    });
    await failing.getState().actions.load();
    expect(failing.getState()).toMatchObject({
      loadState: 'failed',
      loadError: 'The templates folder could not be read.',
    });
  });
});
