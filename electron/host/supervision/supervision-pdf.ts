import { basename } from 'node:path';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import { safeFileName, safeFileNamePart } from '@shared/pdf/file-name';
import type { SupervisionRecord } from '@shared/supervision/schema';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import type { Dialogs } from '../ports';
import { createInProcessPdfRunner } from '../pdf/pdf-runner';
import type { PdfRunner } from '../pdf/pdf-runner';
import type { RenderedPdf } from '../pdf/render';
import { writeExportFile } from '../pdf/write-export';

/**
 * Exporting a supervision record as a PDF. The renderer sends the record as it stands on screen (already
 * checked against the schema by dispatch) and never a path: the path comes from the save dialog only.
 */

export interface SupervisionPdfDeps {
  dialogs: Dialogs;
  /** Defaults to the built-in templates, used to name the items discussion notes are about. */
  templates?: () => readonly Template[];
  /** Where the PDF is made: the host's worker-thread runner; in-process (tests) when absent. */
  runner?: PdfRunner;
  /** For the in-process runner; defaults to the app's `assets/fonts/dejavu`. */
  fontsDir?: string;
}

const pdfFilters = [{ name: 'PDF document', extensions: ['pdf'] }];

/** `Supervision - 2026-11-23 - Sam Okafor.pdf`: the date as yyyy-mm-dd so files sort by session. */
export function supervisionFileName(record: SupervisionRecord): string {
  const who = record.participants.split(/[,;\n(]/)[0] ?? '';
  return safeFileName(['Supervision', record.date, safeFileNamePart(who, 'Record')], 'pdf');
}

export type SupervisionPdfExport = ReturnType<typeof createSupervisionPdfExport>;

export function createSupervisionPdfExport(deps: SupervisionPdfDeps) {
  const runner = deps.runner ?? createInProcessPdfRunner(deps.fontsDir ? { fontsDir: deps.fontsDir } : {});
  const templates = deps.templates ?? (() => builtinTemplates);

  async function render(record: SupervisionRecord): Promise<RenderedPdf> {
    return runner.render({ kind: 'supervision', input: { record, templates: templates() } });
  }

  async function exportSupervisionPdf(
    request: ParsedRequestOf<'exportSupervisionPdf'>,
  ): Promise<ResponseOf<'exportSupervisionPdf'>> {
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export supervision record as PDF',
      defaultName: supervisionFileName(request.record),
      filters: pdfFilters,
    });
    if (path === null) return { saved: false };
    const rendered = await render(request.record);
    await writeExportFile(path, rendered.bytes);
    return { saved: true, fileName: basename(path), pages: rendered.pages, bytes: rendered.bytes.length };
  }

  return { exportSupervisionPdf, render };
}
