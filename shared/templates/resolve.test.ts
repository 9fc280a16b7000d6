import { describe, expect, it } from 'vitest';
import type { Template } from './schema';
import { resolveTemplateIn, startableTemplates, templatesOfAttempt } from './resolve';

const t = (id: string, version: number) =>
  ({ id, version, title: `${id} v${version}` }) as unknown as Template;
const builtins = [t('builtin', 1)];
const custom = [
  { templateId: 'tutor', versions: [1, 2, 3].map((v) => ({ version: v, template: t('tutor', v) })) },
];
const find = (id: string) => custom.find((entry) => entry.templateId === id);

describe('resolving a template', () => {
  it('prefers a built-in, then a tutor’s template at the recorded version or the newest', () => {
    expect(resolveTemplateIn(builtins, find, 'builtin', 7)).toBe(builtins[0]);
    expect(resolveTemplateIn(builtins, find, 'tutor')?.version).toBe(3);
    expect(resolveTemplateIn(builtins, find, 'tutor', 2)?.version).toBe(2);
    expect(resolveTemplateIn(builtins, find, 'tutor', 9)).toBeUndefined();
    expect(resolveTemplateIn(builtins, find, 'unknown')).toBeUndefined();
  });

  it('starts on the built-ins and the newest of each tutor’s template, and works an attempt at its versions', () => {
    expect(startableTemplates(builtins, custom).map((x) => `${x.id}@${x.version}`)).toEqual([
      'builtin@1',
      'tutor@3',
    ]);
    const resolve = (id: string, v?: number) => resolveTemplateIn(builtins, find, id, v);
    const attempt = { templateIds: ['tutor', 'gone', 'builtin'], templateVersions: { tutor: 1 } };
    expect(templatesOfAttempt(resolve, attempt).map((x) => `${x.id}@${x.version}`)).toEqual([
      'tutor@1',
      'builtin@1',
    ]);
  });
});
