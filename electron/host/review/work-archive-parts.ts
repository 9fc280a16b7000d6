import type { WorkArchive } from '@shared/exchange/work-archive';
import type { SupervisionRecord } from '@shared/supervision/schema';
import type { Template } from '@shared/templates';
import type { CaseService } from '../cases/service';
import type { TemplateService } from '../templates/service';
import type { RecordStore } from './record-store';

/**
 * What "Export all my work" carries besides attempts: tutors' templates and cases and supervision records.
 * Each goes out as its own service keeps it and comes back through that service's own checks (an import's
 * limits and validation), into stores opened like every other (so encrypted at rest when that is on).
 */
export interface ArchiveParts {
  collect(): Promise<Required<Pick<WorkArchive, 'templates' | 'cases' | 'supervision'>>>;
  /** Checks every template and case as its import would; throws the refusal and writes nothing. */
  check(archive: WorkArchive, fileName: string): Promise<void>;
  /** Adds the templates and cases not already here (one already here is left as it is). */
  addLibrary(archive: WorkArchive, fileName: string): Promise<{ templatesAdded: number; casesAdded: number }>;
  /**
   * Adds the supervision records not already here, each link to an attempt moved to the id that attempt has
   * here (`attemptIds`: id in the file to id here).
   */
  addSupervision(
    records: readonly SupervisionRecord[],
    attemptIds: ReadonlyMap<string, string>,
  ): Promise<number>;
}

export function createArchiveParts(deps: {
  templates: Pick<TemplateService, 'archiveTemplates' | 'checkTemplate' | 'addTemplate'>;
  cases: Pick<CaseService, 'archiveCases' | 'checkArchivedCase' | 'addArchivedCase'>;
  supervision: RecordStore<SupervisionRecord>;
}): ArchiveParts {
  return {
    async collect() {
      return {
        templates: await deps.templates.archiveTemplates(),
        cases: await deps.cases.archiveCases(),
        supervision: await deps.supervision.list(),
      };
    },

    async check(archive, fileName) {
      const checked: Template[] = [];
      for (const [index, input] of (archive.templates ?? []).entries())
        checked.push(await deps.templates.checkTemplate(input, `${fileName}, template ${index + 1}`));
      // A case may use a template the same file brings; only the newest version of each is offered to it.
      const newest = new Map<string, Template>();
      for (const template of checked) newest.set(template.id, template);
      for (const [index, entry] of (archive.cases ?? []).entries())
        await deps.cases.checkArchivedCase(entry.pack, `${fileName}, case ${index + 1}`, [
          ...newest.values(),
        ]);
    },

    async addLibrary(archive, fileName) {
      let templatesAdded = 0;
      let casesAdded = 0;
      for (const input of archive.templates ?? []) {
        const added = await deps.templates.addTemplate(input, fileName, { allowOlder: true });
        if (added.imported && !added.unchanged) templatesAdded += 1;
      }
      for (const entry of archive.cases ?? []) {
        const added = await deps.cases.addArchivedCase(entry.pack, entry.inLibrary, fileName);
        if (!added.unchanged) casesAdded += 1;
      }
      return { templatesAdded, casesAdded };
    },

    async addSupervision(records, attemptIds) {
      let added = 0;
      const move = (id: string) => attemptIds.get(id) ?? id;
      for (const record of records) {
        if (await deps.supervision.get(record.id)) continue;
        await deps.supervision.save({
          ...record,
          attempts: record.attempts.map((link) => ({ ...link, attemptId: move(link.attemptId) })),
          discussion: record.discussion.map((point) => ({ ...point, attemptId: move(point.attemptId) })),
        });
        added += 1;
      }
      return added;
    },
  };
}
