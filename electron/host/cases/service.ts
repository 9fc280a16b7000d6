import { basename } from 'node:path';
import { z } from 'zod';
import packageInfo from '../../../package.json' with { type: 'json' };
import {
  buildCasePack,
  caseLibrary,
  caseSchema,
  CASE_PACK_EXTENSION,
  decodeCasePack,
  parseCase,
  serialiseCasePack,
} from '@shared/cases';
import type { CasePack, PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { ResponseOf } from '@shared/contract';
import { caseOrigins } from '@shared/contract/channels/cases';
import type { CaseAdded, CaseListEntry, CaseOrigin } from '@shared/contract/channels/cases';
import { MAX_CASE_PACK_BYTES } from '@shared/contract/limits';
import { idSchema, isoDateTime } from '@shared/model/ids';
import { safeFileNamePart } from '@shared/pdf/file-name';
import type { Template } from '@shared/templates';
import type { Dialogs } from '../ports';
import { exportWriteFailure, writeExportFile } from '../pdf/write-export';
import { readChosenFile } from '../read-chosen-file';
import { RecordStore, type RecordStoreCommon } from '../review/record-store';
import { refusalMessage } from '../refusal';

/**
 * Tutors' own cases (docs/decisions/0016-case-packs.md), kept like tutors' templates: one file per case id
 * under `cases/`, holding every version ever saved, so an attempt started on an old version opens with it.
 * Every case comes in through `parseCase` (the path the built-ins load through): from the editor
 * (`saveCase`), from a `.caseworkcase` pack chosen in the host's open dialog (`importCase`), or inside a
 * share package (`addCarriedCase`). Anything wrong is refused with the paths of the problems and nothing is
 * written.
 */

export const CASE_RECORD_SCHEMA_VERSION = 1;

const caseVersionRecordSchema = z.object({
  version: z.number().int().min(1),
  origin: z.enum(caseOrigins).exclude(['builtin']),
  savedAt: isoDateTime,
  fileName: z.string().max(255).nullable(),
  practiceCase: caseSchema,
});
type CaseVersionRecord = z.infer<typeof caseVersionRecordSchema>;

const caseRecordSchema = z.object({
  schemaVersion: z.literal(CASE_RECORD_SCHEMA_VERSION),
  /** A generated file id: case ids may be longer than file ids allow. */
  id: idSchema,
  caseId: z.string().min(1).max(120),
  /** False while the case is here only because a share package brought it (see `addCaseToLibrary`). */
  inLibrary: z.boolean(),
  /** Oldest first. */
  versions: z.array(caseVersionRecordSchema).min(1),
});
type CaseRecord = z.infer<typeof caseRecordSchema>;

export interface CaseServiceDeps {
  /** The host's shared record-store ports (data folder, store factory, clock, ids, log). */
  records: RecordStoreCommon;
  dialogs: Dialogs;
  /** The templates a case may use: the built-ins and the newest version of each tutor's template. */
  templates: () => readonly Template[];
  /** The cases that come with the app; the built-ins by default. */
  builtins?: readonly PracticeCase[];
  appVersion?: string;
}

const openFilters = [{ name: 'Practice case (.caseworkcase)', extensions: [CASE_PACK_EXTENSION] }];

const latestOf = (record: CaseRecord): CaseVersionRecord => record.versions[record.versions.length - 1]!;

/** A case's content without its version number, to tell an edit from a re-save. */
const contentOf = (practiceCase: PracticeCase): string => JSON.stringify({ ...practiceCase, version: 0 });

function entryOf(
  practiceCase: PracticeCase,
  extra: Pick<CaseListEntry, 'source' | 'inLibrary' | 'versions'>,
): CaseListEntry {
  return {
    caseId: practiceCase.id,
    ...extra,
    latestVersion: practiceCase.version,
    title: practiceCase.title,
    summary: practiceCase.summary,
    themes: practiceCase.themes,
    difficulty: practiceCase.difficulty,
    estimatedMinutes: practiceCase.estimatedMinutes,
    personName: practiceCase.person.name,
    templateSet: practiceCase.templateSet,
    documentCount: practiceCase.documents.length,
  };
}

export type CaseService = ReturnType<typeof createCaseService>;

export function createCaseService(deps: CaseServiceDeps) {
  const builtins = deps.builtins ?? caseLibrary;
  const store = new RecordStore<CaseRecord>({
    ...deps.records,
    folder: 'cases',
    schema: caseRecordSchema,
    currentVersion: CASE_RECORD_SCHEMA_VERSION,
    what: 'a tutor’s case',
    describe: (record) => `the case “${latestOf(record).practiceCase.title}”`,
  });
  const now = deps.records.now;
  /** Loaded records by case id, kept in step with the store so resolving is synchronous. */
  let byCaseId = new Map<string, CaseRecord>();

  async function ready(): Promise<void> {
    const records = await store.list();
    byCaseId = new Map(records.map((record) => [record.caseId, record]));
  }

  const builtinOf = (caseId: string) => builtins.find((practiceCase) => practiceCase.id === caseId);

  /**
   * A case by id at a version (the newest when absent). A built-in has one version, the app's; an attempt
   * recorded on it opens with it whatever number it recorded.
   */
  function resolve(caseId: string, version?: number): PracticeCase | undefined {
    const builtin = builtinOf(caseId);
    if (builtin) return builtin;
    const record = byCaseId.get(caseId);
    if (!record) return undefined;
    if (version === undefined) return latestOf(record).practiceCase;
    return record.versions.find((entry) => entry.version === version)?.practiceCase;
  }

  /** The version a new attempt on this case records, or undefined for a case not here. */
  function latestVersion(caseId: string): number | undefined {
    return resolve(caseId)?.version;
  }

  async function listCases(): Promise<ResponseOf<'listCases'>> {
    await ready();
    const builtinEntries = builtins.map((practiceCase) =>
      entryOf(practiceCase, {
        source: 'builtin',
        inLibrary: true,
        versions: [{ version: practiceCase.version, origin: 'builtin', savedAt: null, fileName: null }],
      }),
    );
    const tutorEntries = [...byCaseId.values()]
      .map((record) =>
        entryOf(latestOf(record).practiceCase, {
          source: 'tutor',
          inLibrary: record.inLibrary,
          versions: record.versions.map(({ version, origin, savedAt, fileName }) => ({
            version,
            origin,
            savedAt,
            fileName,
          })),
        }),
      )
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
    return { cases: [...builtinEntries, ...tutorEntries], notices: [...store.notices] };
  }

  async function getCase(caseId: string, version?: number): Promise<ResponseOf<'getCase'>> {
    await ready();
    const practiceCase = resolve(caseId, version);
    if (!practiceCase)
      throw new HostError(
        'not-found',
        byCaseId.has(caseId)
          ? `Version ${version} of the case '${caseId}' is not here.`
          : `The case '${caseId}' is not here. Ask the tutor who wrote it for its .${CASE_PACK_EXTENSION} file, then add it.`,
      );
    const record = byCaseId.get(caseId);
    return { practiceCase, source: record ? 'tutor' : 'builtin', inLibrary: record?.inLibrary ?? true };
  }

  function builtinConflict(practiceCase: PracticeCase, fileName: string | null): HostError | null {
    const builtin = builtinOf(practiceCase.id);
    if (!builtin) return null;
    const what = fileName ? `“${fileName}” was not added` : 'The case was not saved';
    return new HostError(
      'conflict',
      `${what}: its id '${builtin.id}' is the id of the built-in case “${builtin.title}”. Give your case an id of its own.`,
    );
  }

  /**
   * Keeps one checked version. `allowOlder` lets a share package bring a version older than the newest
   * here (its attempt needs exactly that one); an import or an editor save may only add newer versions.
   */
  async function keep(
    practiceCase: PracticeCase,
    how: {
      origin: Exclude<CaseOrigin, 'builtin'>;
      fileName: string | null;
      inLibrary: boolean;
      allowOlder: boolean;
    },
  ): Promise<CaseAdded> {
    const label = how.fileName ? `“${how.fileName}” was not added` : 'The case was not saved';
    const builtin = builtinOf(practiceCase.id);
    if (builtin) {
      if (JSON.stringify(builtin) === JSON.stringify(practiceCase))
        return {
          caseId: builtin.id,
          version: builtin.version,
          title: builtin.title,
          previousVersion: builtin.version,
          unchanged: true,
          inLibrary: true,
        };
      throw builtinConflict(practiceCase, how.fileName)!;
    }
    const existing = byCaseId.get(practiceCase.id);
    const latest = existing ? latestOf(existing) : null;
    const same = existing?.versions.find((entry) => entry.version === practiceCase.version);
    const inLibrary = (existing?.inLibrary ?? false) || how.inLibrary;
    if (same) {
      if (JSON.stringify(same.practiceCase) !== JSON.stringify(practiceCase))
        throw new HostError(
          'conflict',
          `${label}: version ${practiceCase.version} of '${practiceCase.id}' is already here with different content. Raise "version" to ${latest!.version + 1} to add it as a new version.`,
        );
      if (existing && inLibrary !== existing.inLibrary) {
        const saved = await store.save({ ...existing, inLibrary });
        byCaseId.set(saved.caseId, saved);
      }
      return {
        caseId: practiceCase.id,
        version: practiceCase.version,
        title: practiceCase.title,
        previousVersion: latest!.version,
        unchanged: true,
        inLibrary,
      };
    }
    if (latest && practiceCase.version < latest.version && !how.allowOlder)
      throw new HostError(
        'conflict',
        `${label}: it is version ${practiceCase.version} of '${practiceCase.id}', older than version ${latest.version} already here. Raise "version" to ${latest.version + 1} to add it as a new version.`,
      );
    const entry: CaseVersionRecord = {
      version: practiceCase.version,
      origin: how.origin,
      savedAt: now().toISOString(),
      fileName: how.fileName,
      practiceCase,
    };
    const record: CaseRecord = existing
      ? {
          ...existing,
          inLibrary,
          versions: [...existing.versions, entry].sort((a, b) => a.version - b.version),
        }
      : {
          schemaVersion: CASE_RECORD_SCHEMA_VERSION,
          id: deps.records.newId(),
          caseId: practiceCase.id,
          inLibrary,
          versions: [entry],
        };
    const saved = await store.save(record);
    byCaseId.set(saved.caseId, saved);
    return {
      caseId: practiceCase.id,
      version: practiceCase.version,
      title: practiceCase.title,
      previousVersion: latest?.version ?? null,
      unchanged: false,
      inLibrary,
    };
  }

  /** An editor save: checked, then kept as the newest version plus one when it differs from the newest. */
  async function saveCase(input: unknown): Promise<ResponseOf<'saveCase'>> {
    await ready();
    const parsed = parseCase(input, deps.templates());
    if (!parsed.ok)
      throw new HostError(
        parsed.problem === 'too-many-documents' ? 'too-large' : 'invalid-request',
        refusalMessage(null, parsed.errors, 'case'),
      );
    const conflict = builtinConflict(parsed.practiceCase, null);
    if (conflict) throw conflict;
    const existing = byCaseId.get(parsed.practiceCase.id);
    const latest = existing ? latestOf(existing) : null;
    if (latest && contentOf(latest.practiceCase) === contentOf(parsed.practiceCase))
      return {
        caseId: latest.practiceCase.id,
        version: latest.version,
        previousVersion: latest.version,
        unchanged: true,
        practiceCase: latest.practiceCase,
      };
    const practiceCase: PracticeCase = latest
      ? { ...parsed.practiceCase, version: latest.version + 1 }
      : parsed.practiceCase;
    const kept = await keep(practiceCase, {
      origin: 'editor',
      fileName: null,
      inLibrary: true,
      allowOlder: false,
    });
    return {
      caseId: kept.caseId,
      version: kept.version,
      previousVersion: kept.previousVersion,
      unchanged: kept.unchanged,
      practiceCase,
    };
  }

  /** Checks a pack's bytes; throws the refusal (nothing is written). Exported for the share-package import. */
  function decodePack(bytes: Uint8Array | string, fileName: string) {
    const decoded = decodeCasePack(bytes, deps.templates());
    if (!decoded.ok)
      throw new HostError(
        decoded.problem === 'too-large' ? 'too-large' : 'invalid-file',
        refusalMessage(fileName, decoded.errors, 'case'),
      );
    return decoded;
  }

  /** Every version of every tutor's case, oldest first, as packs ("Export all my work"). */
  async function archiveCases(): Promise<Array<{ inLibrary: boolean; pack: CasePack }>> {
    await ready();
    return [...byCaseId.values()]
      .sort((a, b) => a.caseId.localeCompare(b.caseId))
      .flatMap((record) =>
        record.versions.map((entry) => ({
          inLibrary: record.inLibrary,
          pack: buildCasePack({
            practiceCase: entry.practiceCase,
            exportedAt: now(),
            appVersion: deps.appVersion ?? packageInfo.version,
          }),
        })),
      );
  }

  /**
   * Checks a pack from "Export all my work" as `addArchivedCase` will keep it, and writes nothing.
   * `moreTemplates` are the archive's own templates, checked but not yet added, that its cases may use.
   */
  async function checkArchivedCase(
    pack: unknown,
    fileName: string,
    moreTemplates: readonly Template[] = [],
  ): Promise<PracticeCase> {
    await ready();
    const decoded = decodeCasePack(JSON.stringify(pack), [...deps.templates(), ...moreTemplates]);
    if (!decoded.ok)
      throw new HostError(
        decoded.problem === 'too-large' ? 'too-large' : 'invalid-file',
        refusalMessage(fileName, decoded.errors, 'case'),
      );
    const practiceCase = decoded.practiceCase;
    const builtin = builtinOf(practiceCase.id);
    if (builtin && JSON.stringify(builtin) !== JSON.stringify(practiceCase))
      throw builtinConflict(practiceCase, fileName)!;
    const same = byCaseId
      .get(practiceCase.id)
      ?.versions.find((entry) => entry.version === practiceCase.version);
    if (same && JSON.stringify(same.practiceCase) !== JSON.stringify(practiceCase))
      throw new HostError(
        'conflict',
        `“${fileName}” was not imported: version ${practiceCase.version} of the case '${practiceCase.id}' is already here with different content.`,
      );
    return practiceCase;
  }

  /** Keeps a case from "Export all my work" (any version, in or out of the library as it was). */
  async function addArchivedCase(pack: unknown, inLibrary: boolean, fileName: string): Promise<CaseAdded> {
    await ready();
    const decoded = decodePack(JSON.stringify(pack), fileName);
    return keep(decoded.practiceCase, { origin: 'import', fileName, inLibrary, allowOlder: true });
  }

  /** Adds a pack's case to the library (an import); used by `importCase` and directly by tests. */
  async function addCasePack(
    bytes: Uint8Array | string,
    fileName: string,
  ): Promise<Extract<ResponseOf<'importCase'>, { imported: true }>> {
    await ready();
    const decoded = decodePack(bytes, fileName);
    const kept = await keep(decoded.practiceCase, {
      origin: 'import',
      fileName,
      inLibrary: true,
      allowOlder: false,
    });
    return { imported: true, fileName, ...kept };
  }

  async function importCase(): Promise<ResponseOf<'importCase'>> {
    const path = await deps.dialogs.chooseOpenPath({ title: 'Add a practice case', filters: openFilters });
    if (path === null) return { imported: false };
    const fileName = basename(path).slice(0, 255) || 'The file';
    const bytes = await readChosenFile(path, MAX_CASE_PACK_BYTES, {
      name: fileName,
      verb: 'read',
      notAFile: (name) => `“${name}” is not a file, so it was not read.`,
      tooLarge: (name, size) =>
        `“${name}” is ${(size / 1024 / 1024).toFixed(1)} MB; a case pack can be at most ${MAX_CASE_PACK_BYTES / 1024 / 1024} MB, so it was not read.`,
    });
    return addCasePack(bytes, fileName);
  }

  /** The pack of one version (the newest by default), as the export writes it. */
  function packOf(caseId: string, version?: number): CasePack {
    const practiceCase = resolve(caseId, version);
    if (!practiceCase)
      throw new HostError('not-found', `The case '${caseId}' (version ${version ?? 'newest'}) is not here.`);
    return buildCasePack({
      practiceCase,
      exportedAt: now(),
      appVersion: deps.appVersion ?? packageInfo.version,
    });
  }

  async function exportCase(caseId: string, version?: number): Promise<ResponseOf<'exportCase'>> {
    await ready();
    const pack = packOf(caseId, version);
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export the case',
      defaultName: `${safeFileNamePart(pack.case.title, 'Case')} - version ${pack.case.version}.${CASE_PACK_EXTENSION}`,
      filters: openFilters,
    });
    if (path === null) return { saved: false };
    const bytes = Buffer.from(serialiseCasePack(pack), 'utf8');
    try {
      await writeExportFile(path, bytes);
    } catch (error) {
      throw exportWriteFailure(error, basename(path));
    }
    return { saved: true, fileName: basename(path), bytes: bytes.length };
  }

  /**
   * The pack a share package carries for an attempt on a tutor's case, so the recipient opens it with the
   * same case file; null for a built-in (every copy of the app has it) and for an own-case attempt.
   */
  function packForAttempt(attempt: {
    caseId: string | null;
    caseVersion?: number | undefined;
  }): CasePack | null {
    if (attempt.caseId === null || builtinOf(attempt.caseId)) return null;
    if (!resolve(attempt.caseId, attempt.caseVersion ?? 1)) return null;
    return packOf(attempt.caseId, attempt.caseVersion ?? 1);
  }

  /**
   * Keeps the case a share package carried, as not in the library unless it already was: the attempt opens
   * with it, and the person is asked whether to add it for new attempts (`addCaseToLibrary`). A carried case
   * that fails the checks refuses the whole file, since its attempt could not open without it.
   */
  async function addCarriedCase(pack: unknown, fileName: string): Promise<CaseAdded> {
    await ready();
    const decoded = decodePack(JSON.stringify(pack), fileName);
    return keep(decoded.practiceCase, { origin: 'share', fileName, inLibrary: false, allowOlder: true });
  }

  /** Checks a carried pack without keeping it, so a share import can refuse before it writes anything. */
  function checkCarriedCase(pack: unknown, fileName: string): PracticeCase {
    return decodePack(JSON.stringify(pack), fileName).practiceCase;
  }

  async function addCaseToLibrary(caseId: string): Promise<ResponseOf<'addCaseToLibrary'>> {
    await ready();
    if (builtinOf(caseId)) return { caseId, inLibrary: true };
    const record = byCaseId.get(caseId);
    if (!record) throw new HostError('not-found', `The case '${caseId}' is not here.`);
    if (!record.inLibrary) {
      const saved = await store.save({ ...record, inLibrary: true });
      byCaseId.set(saved.caseId, saved);
    }
    return { caseId, inLibrary: true };
  }

  return {
    ready,
    resolve,
    latestVersion,
    listCases,
    getCase,
    saveCase,
    addCasePack,
    importCase,
    exportCase,
    packOf,
    packForAttempt,
    checkCarriedCase,
    addCarriedCase,
    addCaseToLibrary,
    archiveCases,
    checkArchivedCase,
    addArchivedCase,
    flush: () => store.flush(),
    get notices() {
      return store.notices;
    },
  };
}
