import { basename } from 'node:path';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import { getCase } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import type { AttemptPdfInput, PdfCaseInfo } from '@shared/pdf/builder';
import { pdfCaseInfo } from '@shared/pdf/case-info';
import { serialiseExchange } from '@shared/pdf/exchange';
import { defaultExportFileName } from '@shared/pdf/file-name';
import { resolvePdfOptions } from '@shared/pdf/options';
import { warmUpAttempt } from './warm-up-attempt';
import type { PdfExportOptionsInput } from '@shared/pdf/options';
import { evaluateAttempt } from '@shared/templates';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { caseContextFor, interviewStateOf } from '@shared/cases';
import type { Dialogs } from '../ports';
import { attemptFromFile, MAX_IMPORT_FILE_BYTES } from './extract';
import { readChosenFile as readFileWithin } from '../read-chosen-file';
import { createInProcessPdfRunner } from './pdf-runner';
import type { PdfRunner } from './pdf-runner';
import type { RenderedPdf } from './render';
import { writeExportFile } from './write-export';

/** What the PDF service needs from storage. */
export interface PdfStorage {
  getAttempt(id: string): Promise<Attempt>;
  getSettings(): { traineeName: string };
}

export interface PdfServiceDeps {
  dialogs: Dialogs;
  now: () => Date;
  storage: PdfStorage;
  /**
   * Saves an imported attempt as a NEW attempt (new id; nothing existing is overwritten) and answers it as
   * saved. Storage owns ids and files, so it provides this.
   */
  saveImportedAttempt(attempt: Attempt, progress: number): Promise<Attempt>;
  /** Defaults: the built-in templates and the case library. */
  /** The templates of an attempt at the versions it recorded (tutors' templates too); all of them without one. */
  templates?: (attempt?: Pick<Attempt, 'templateIds' | 'templateVersions'>) => readonly Template[];
  /** A case at the version an attempt recorded (`caseVersionOf`); the built-ins when absent. */
  findCase?: (caseId: string, version?: number) => PracticeCase | undefined;
  /** Overrides how an attempt's case is described in the PDF (tests and the benchmark use a sample case). */
  caseInfo?: (attempt: Attempt) => PdfCaseInfo | null;
  /**
   * Where the PDF is built and rendered: the host passes its worker-thread runner; without one (tests of
   * the output, the benchmark of pdfmake itself) it is rendered in-process by the same code.
   */
  runner?: PdfRunner;
  /** For the in-process runner: defaults to the app's `assets/fonts/dejavu`. */
  fontsDir?: string;
  onProgress?: (share: number) => void;
}

export type PdfService = ReturnType<typeof createPdfService>;

const pdfFilters = [{ name: 'PDF document', extensions: ['pdf'] }];
const caseworkFilters = [{ name: 'Casework Practice attempt', extensions: ['casework'] }];
const importFilters = [
  { name: 'Casework Practice export (PDF or .casework)', extensions: ['pdf', 'casework'] },
  ...pdfFilters,
  ...caseworkFilters,
];

export function createPdfService(deps: PdfServiceDeps) {
  const templates = deps.templates ?? (() => builtinTemplates);
  const findCase = deps.findCase ?? getCase;
  const runner =
    deps.runner ??
    createInProcessPdfRunner({
      ...(deps.fontsDir ? { fontsDir: deps.fontsDir } : {}),
      ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });

  function templatesOf(attempt: Attempt): Template[] {
    const available = templates(attempt);
    return attempt.templateIds
      .map((id) => available.find((template) => template.id === id))
      .filter((template): template is Template => template !== undefined);
  }

  function pdfInput(attempt: Attempt, options: PdfExportOptionsInput | undefined): AttemptPdfInput {
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    const caseInfo = deps.caseInfo
      ? deps.caseInfo(attempt)
      : practiceCase
        ? pdfCaseInfo(practiceCase, attempt.status === 'finished', interviewStateOf(attempt))
        : null;
    return {
      attempt,
      templates: templatesOf(attempt),
      traineeName: deps.storage.getSettings().traineeName,
      caseInfo,
      options,
    };
  }

  function fileNameFor(
    attempt: Attempt,
    extension: 'pdf' | 'casework',
    templateIds?: readonly string[],
  ): string {
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    const chosen = templatesOf(attempt).filter(
      (template) => !templateIds || templateIds.includes(template.id),
    );
    return defaultExportFileName({
      caseTitle: (deps.caseInfo?.(attempt) ?? practiceCase)?.title ?? attempt.title,
      templateTitles: chosen.map((template) => template.title),
      traineeName: deps.storage.getSettings().traineeName,
      exportedAt: deps.now(),
      extension,
    });
  }

  /** The PDF bytes for an attempt, with the exchange file attached. Same attempt and options, same bytes. */
  async function renderAttemptPdf(attempt: Attempt, options?: PdfExportOptionsInput): Promise<RenderedPdf> {
    return runner.render({
      kind: 'attempt',
      input: pdfInput(attempt, options),
      attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
    });
  }

  async function exportAttemptPdf(
    request: ParsedRequestOf<'exportAttemptPdf'>,
  ): Promise<ResponseOf<'exportAttemptPdf'>> {
    const attempt = await deps.storage.getAttempt(request.attemptId);
    const options = resolvePdfOptions(request.options);
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export as PDF',
      defaultName: fileNameFor(attempt, 'pdf', options.templateIds),
      filters: pdfFilters,
    });
    if (path === null) return { saved: false };
    const rendered = await renderAttemptPdf(attempt, options);
    await writeExportFile(path, rendered.bytes);
    return { saved: true, fileName: basename(path), pages: rendered.pages, bytes: rendered.bytes.length };
  }

  async function exportAttemptFile(
    request: ParsedRequestOf<'exportAttemptFile'>,
  ): Promise<ResponseOf<'exportAttemptFile'>> {
    const attempt = await deps.storage.getAttempt(request.attemptId);
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export attempt file',
      defaultName: fileNameFor(attempt, 'casework'),
      filters: caseworkFilters,
    });
    if (path === null) return { saved: false };
    const bytes = Buffer.from(serialiseExchange(attempt), 'utf8');
    await writeExportFile(path, bytes);
    return { saved: true, fileName: basename(path), bytes: bytes.length };
  }

  function readChosenFile(path: string): Promise<Buffer> {
    return readFileWithin(path, MAX_IMPORT_FILE_BYTES, {
      notAFile: (name) => `“${name}” is not a file.`,
      tooLarge: (name) => `“${name}” is too large to be a Casework Practice export.`,
    });
  }

  async function importAttemptFile(): Promise<ResponseOf<'importAttemptFile'>> {
    const path = await deps.dialogs.chooseOpenPath({ title: 'Import an attempt', filters: importFilters });
    if (path === null) return { imported: false };
    const bytes = await readChosenFile(path);
    const parsed = await attemptFromFile(bytes);
    if (!parsed.ok)
      throw new HostError(parsed.problem === 'too-large' ? 'too-large' : 'invalid-file', parsed.message);
    const attempt = parsed.attempt;
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    const progress = evaluateAttempt({
      templates: templatesOf(attempt),
      answers: attempt.answers,
      caseContext: practiceCase
        ? caseContextFor(practiceCase, attempt.releasedDocumentIds, interviewStateOf(attempt))
        : { caseId: attempt.caseId, facts: {}, releasedDocumentIds: attempt.releasedDocumentIds },
    }).progress;
    const saved = await deps.saveImportedAttempt(attempt, progress);
    return {
      imported: true,
      attempt: saved,
      originalId: attempt.id,
      source: bytes.subarray(0, 1024).includes('%PDF-') ? 'pdf' : 'casework',
      fileName: basename(path),
    };
  }

  let prepared: Promise<void> | null = null;

  /**
   * Renders a small fictional attempt once and throws the bytes away: the first export of a session
   * otherwise pays for parsing the fonts and unoptimised code (about three times a warm export). The
   * renderer asks for this when the export screen opens, while the person is still choosing.
   */
  async function preparePdfExport(): Promise<ResponseOf<'preparePdfExport'>> {
    prepared ??= renderAttemptPdf(warmUpAttempt()).then(
      () => undefined,
      () => {
        // Nothing depends on the warm-up; a real export will report any real problem.
        prepared = null;
      },
    );
    await prepared;
    return { ready: true };
  }

  return {
    exportAttemptPdf,
    exportAttemptFile,
    importAttemptFile,
    preparePdfExport,
    renderAttemptPdf,
    fileNameFor,
  };
}
