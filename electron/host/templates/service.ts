import { basename } from 'node:path';
import { z } from 'zod';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import { customTemplateVersionSchema, MAX_TEMPLATE_FILE_BYTES } from '@shared/contract/channels/templates';
import type { CustomTemplate, CustomTemplateVersion } from '@shared/contract/channels/templates';
import { findJsonProblem } from '@shared/model/json';
import { idSchema } from '@shared/model/ids';
import { validateTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';
import { localIdSchema, templateJsonLimits } from '@shared/templates/logic-schema';
import { builtinTemplates } from '@shared/templates/builtin';
import { resolveTemplateIn, startableTemplates, templatesOfAttempt } from '@shared/templates/resolve';
import type { CreateJsonStore, Dialogs } from '../ports';
import { readChosenFile } from '../read-chosen-file';
import { PROBLEMS_SHOWN, refusalMessage } from '../refusal';
import { RecordStore } from '../review/record-store';

/**
 * Tutors' own templates (docs/decisions/0009-tutor-templates.md). One file per template id under
 * `templates/`, holding every version ever added, so an attempt written against an old version still opens
 * and exports with its own questions. A file is read only from the host's open dialog, checked as plain JSON
 * within limits, then by `validateTemplate` against the built-ins and the other stored templates; anything
 * wrong is refused with the paths of the problems and nothing is written.
 */

export const TEMPLATE_RECORD_SCHEMA_VERSION = 1;

const templateRecordSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_RECORD_SCHEMA_VERSION),
  /** A generated file id: template ids may be shorter than file ids allow. */
  id: idSchema,
  templateId: localIdSchema,
  versions: z.array(customTemplateVersionSchema).min(1),
});
type TemplateRecord = z.infer<typeof templateRecordSchema>;

export { PROBLEMS_SHOWN, refusalMessage };

/** What the service needs to know about saved attempts (the library index answers it). */
export interface TemplateUsers {
  listAttempts(): ReadonlyArray<{ id: string; title: string; templateIds: readonly string[] }>;
}

export interface TemplateServiceDeps {
  dataDir: string;
  createStore: CreateJsonStore;
  dialogs: Dialogs;
  now: () => Date;
  newId: () => string;
  log: (message: string, error?: unknown) => void;
  attempts: TemplateUsers;
  /** The templates that come with the app; the built-ins by default. */
  builtins?: readonly Template[];
  fsyncFolders?: boolean;
}

const openFilters = [{ name: 'Practice template (JSON)', extensions: ['json'] }];

function toPublic(record: TemplateRecord): CustomTemplate {
  return { templateId: record.templateId, versions: record.versions };
}

function latestOf(record: TemplateRecord): CustomTemplateVersion {
  return record.versions[record.versions.length - 1]!;
}

export type TemplateService = ReturnType<typeof createTemplateService>;

export function createTemplateService(deps: TemplateServiceDeps) {
  const builtins = deps.builtins ?? builtinTemplates;
  const store = new RecordStore<TemplateRecord>({
    dataDir: deps.dataDir,
    folder: 'templates',
    schema: templateRecordSchema,
    currentVersion: TEMPLATE_RECORD_SCHEMA_VERSION,
    what: 'a tutor’s template',
    describe: (record) => `the template “${latestOf(record).template.title}”`,
    createStore: deps.createStore,
    now: deps.now,
    newId: deps.newId,
    log: deps.log,
    ...(deps.fsyncFolders === undefined ? {} : { fsyncFolders: deps.fsyncFolders }),
  });
  /** Loaded records by template id, kept in step with the store so resolving is synchronous. */
  let byTemplateId = new Map<string, TemplateRecord>();

  async function ready(): Promise<void> {
    const records = await store.list();
    byTemplateId = new Map(records.map((record) => [record.templateId, record]));
  }

  /** The newest version of every stored template (what a new template may refer to). */
  function latestCustom(): Template[] {
    return startableTemplates([], byTemplateId.values());
  }

  /** A template by id and, for a tutor's template, the version an attempt recorded (newest when absent). */
  function resolve(templateId: string, version?: number): Template | undefined {
    return resolveTemplateIn(builtins, (id) => byTemplateId.get(id), templateId, version);
  }

  /**
   * The templates to work an attempt with: each of its ids at the version it recorded. Without an attempt,
   * every built-in and the newest version of every tutor's template.
   */
  function templatesFor(attempt?: {
    templateIds: readonly string[];
    templateVersions: Readonly<Record<string, number>>;
  }): Template[] {
    if (!attempt) return startableTemplates(builtins, byTemplateId.values());
    return templatesOfAttempt(resolve, attempt);
  }

  async function readChosen(path: string): Promise<{ fileName: string; input: unknown }> {
    const fileName = basename(path).slice(0, 255) || 'The file';
    const bytes = await readChosenFile(path, MAX_TEMPLATE_FILE_BYTES, {
      name: fileName,
      verb: 'read',
      notAFile: (name) => `“${name}” is not a file, so it was not read.`,
      tooLarge: (name, size) =>
        `“${name}” is ${(size / 1024 / 1024).toFixed(1)} MB; a template file can be at most ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB, so it was not read.`,
    });
    const text = bytes.toString('utf8');
    let input: unknown;
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
      throw new HostError(
        'invalid-file',
        `“${fileName}” is not a JSON file the app can read${detail}. Check it in a JSON checker, then try again.`,
      );
    }
    // JSON.parse makes `__proto__` an own key; the safe-JSON check refuses it before any schema looks.
    const problem = findJsonProblem(input, templateJsonLimits);
    if (problem)
      throw new HostError(
        'invalid-file',
        refusalMessage(fileName, [problem.replace(/^value:/, 'template:')]),
      );
    return { fileName, input };
  }

  /**
   * Checks a parsed template as an import does and says how it stands against what is here; writes nothing
   * and throws the refusal. `allowOlder` lets "Export all my work" bring back a version older than the newest.
   */
  function examine(input: unknown, fileName: string, allowOlder = false) {
    // A built-in's id is refused before anything else: the other problems would be beside the point.
    const claimedId =
      typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : null;
    const builtin = builtins.find((candidate) => candidate.id === claimedId);
    if (builtin)
      throw new HostError(
        'conflict',
        `“${fileName}” was not added: its id '${builtin.id}' is the id of the built-in template “${builtin.title}”. Give your template an id of its own.`,
      );
    const others = [...builtins, ...latestCustom()];
    const checked = validateTemplate(input, { otherTemplates: others });
    if (!checked.ok) throw new HostError('invalid-file', refusalMessage(fileName, checked.errors));
    const template = checked.template;
    const existing = byTemplateId.get(template.id);
    const latest = existing ? latestOf(existing) : null;
    const same = existing?.versions.find((entry) => entry.version === template.version);
    if (same && JSON.stringify(same.template) !== JSON.stringify(template))
      throw new HostError(
        'conflict',
        `“${fileName}” was not added: version ${template.version} of '${template.id}' is already here with different questions. Raise "version" to ${latest!.version + 1} to add your changes as a new version.`,
      );
    if (!same && !allowOlder && latest && template.version < latest.version)
      throw new HostError(
        'conflict',
        `“${fileName}” was not added: it is version ${template.version} of '${template.id}', older than version ${latest.version} already here. Raise "version" to ${latest.version + 1} to add it as a new version.`,
      );
    return { template, existing, latest, unchanged: same !== undefined };
  }

  /** Checks a parsed template and stores it; exported through `importTemplate` and used directly by tests. */
  async function addTemplate(
    input: unknown,
    fileName: string,
    options: { allowOlder?: boolean } = {},
  ): Promise<ResponseOf<'importTemplate'>> {
    await ready();
    const { template, existing, latest, unchanged } = examine(input, fileName, options.allowOlder);
    if (unchanged)
      return {
        imported: true,
        templateId: template.id,
        version: template.version,
        title: template.title,
        previousVersion: latest!.version,
        unchanged: true,
        fileName,
      };
    const version: CustomTemplateVersion = {
      version: template.version,
      importedAt: deps.now().toISOString(),
      fileName,
      template,
    };
    const record: TemplateRecord = existing
      ? { ...existing, versions: [...existing.versions, version].sort((x, y) => x.version - y.version) }
      : {
          schemaVersion: TEMPLATE_RECORD_SCHEMA_VERSION,
          id: deps.newId(),
          templateId: template.id,
          versions: [version],
        };
    const saved = await store.save(record);
    byTemplateId.set(saved.templateId, saved);
    return {
      imported: true,
      templateId: template.id,
      version: template.version,
      title: template.title,
      previousVersion: latest?.version ?? null,
      unchanged: false,
      fileName,
    };
  }

  async function importTemplate(): Promise<ResponseOf<'importTemplate'>> {
    const path = await deps.dialogs.chooseOpenPath({
      title: 'Add a practice template',
      filters: openFilters,
    });
    if (path === null) return { imported: false };
    const { fileName, input } = await readChosen(path);
    return addTemplate(input, fileName);
  }

  async function listTemplates(): Promise<ResponseOf<'listTemplates'>> {
    await ready();
    const templates = [...byTemplateId.values()]
      .map(toPublic)
      .sort((a, b) => a.templateId.localeCompare(b.templateId));
    return { templates, notices: [...store.notices] };
  }

  async function deleteTemplate(templateId: string): Promise<ResponseOf<'deleteTemplate'>> {
    await ready();
    const record = byTemplateId.get(templateId);
    if (!record) {
      const builtin = builtins.some((template) => template.id === templateId);
      throw new HostError(
        builtin ? 'forbidden' : 'not-found',
        builtin
          ? 'The templates that come with the app cannot be removed.'
          : 'This template is no longer here (it may have been removed already).',
      );
    }
    const users = deps.attempts.listAttempts().filter((attempt) => attempt.templateIds.includes(templateId));
    if (users.length > 0) {
      const named = users.slice(0, 3).map((attempt) => `“${attempt.title}”`);
      const rest = users.length - named.length;
      throw new HostError(
        'conflict',
        `“${latestOf(record).template.title}” was not removed: ${users.length === 1 ? 'an attempt uses' : `${users.length} attempts use`} it (${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}). Delete ${users.length === 1 ? 'that attempt' : 'those attempts'} first, or keep the template.`,
      );
    }
    await store.remove(record.id);
    byTemplateId.delete(templateId);
    return { deleted: true };
  }

  /** Every version of every tutor's template, oldest first, as the JSON a tutor imports ("Export all my work"). */
  async function archiveTemplates(): Promise<Template[]> {
    await ready();
    return [...byTemplateId.values()]
      .sort((a, b) => a.templateId.localeCompare(b.templateId))
      .flatMap((record) => record.versions.map((entry) => entry.template));
  }

  /** Checks a template from "Export all my work" as its import will; answers it checked, writes nothing. */
  async function checkTemplate(input: unknown, fileName: string): Promise<Template> {
    await ready();
    // The limits a chosen file is held to: its size and the safe-JSON check, before any schema looks.
    if (Buffer.byteLength(JSON.stringify(input) ?? '', 'utf8') > MAX_TEMPLATE_FILE_BYTES)
      throw new HostError(
        'too-large',
        `${fileName}: a template in it is larger than a template file can be (${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB), so nothing was imported.`,
      );
    const problem = findJsonProblem(input, templateJsonLimits);
    if (problem)
      throw new HostError(
        'invalid-file',
        refusalMessage(fileName, [problem.replace(/^value:/, 'template:')]),
      );
    return examine(input, fileName, true).template;
  }

  return {
    ready,
    resolve,
    templatesFor,
    addTemplate,
    archiveTemplates,
    checkTemplate,
    importTemplate,
    listTemplates,
    deleteTemplate,
    flush: () => store.flush(),
    get notices() {
      return store.notices;
    },
  };
}
