import type { Template } from './schema';

/** A tutor's template with every version kept, oldest first (as the host stores and lists them). */
export interface TemplateVersions {
  templateId: string;
  versions: ReadonlyArray<{ version: number; template: Template }>;
}

/** The newest version of a tutor's template (what a new attempt starts on). */
export function newestVersion(entry: TemplateVersions): Template | undefined {
  return entry.versions[entry.versions.length - 1]?.template;
}

/**
 * A template by id: a built-in (which has one version, so the version asked for does not matter), or a
 * tutor's at the version an attempt recorded, the newest when none is given. The renderer and the host
 * both resolve this way, so an attempt opens on the screen with the same template its PDF is built from.
 */
export function resolveTemplateIn(
  builtins: readonly Template[],
  findCustom: (templateId: string) => TemplateVersions | undefined,
  templateId: string,
  version?: number,
): Template | undefined {
  const builtin = builtins.find((template) => template.id === templateId);
  if (builtin) return builtin;
  const entry = findCustom(templateId);
  if (!entry) return undefined;
  if (version === undefined) return newestVersion(entry);
  return entry.versions.find((candidate) => candidate.version === version)?.template;
}

/** Every template a trainee can start with: the built-ins, then the newest version of each tutor's template. */
export function startableTemplates(
  builtins: readonly Template[],
  custom: Iterable<TemplateVersions>,
): Template[] {
  return [
    ...builtins,
    ...[...custom].map(newestVersion).filter((template): template is Template => template !== undefined),
  ];
}

/** The templates an attempt is worked with: each of its ids at the version it recorded; unknown ids are left out. */
export function templatesOfAttempt(
  resolve: (templateId: string, version?: number) => Template | undefined,
  attempt: { templateIds: readonly string[]; templateVersions: Readonly<Record<string, number>> },
): Template[] {
  return attempt.templateIds
    .map((id) => resolve(id, attempt.templateVersions[id]))
    .filter((template): template is Template => template !== undefined);
}
