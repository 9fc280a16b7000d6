import { basename } from 'node:path';
import type { ResponseOf } from '@shared/contract';
import { MAX_DOCX_FILE_BYTES } from '@shared/contract/channels/case-documents';
import type { Dialogs } from '../ports';
import { readChosenFile } from '../read-chosen-file';
import { convertDocx, docxLimits } from './convert';
import type { DocxLimits } from './convert';

export interface CaseDocumentService {
  importDocx(): Promise<ResponseOf<'importCaseDocumentDocx'>>;
}

/** The case editor's Word import: the host's own dialog, the bounded reader, then the guarded conversion. */
export function createCaseDocumentService(deps: {
  dialogs: Dialogs;
  limits?: DocxLimits;
}): CaseDocumentService {
  return {
    async importDocx() {
      const path = await deps.dialogs.chooseOpenPath({
        title: 'Bring in a Word document',
        filters: [{ name: 'Word documents', extensions: ['docx'] }],
      });
      if (path === null) return { imported: false };
      const fileName = basename(path).slice(0, 255) || 'The file';
      const bytes = await readChosenFile(path, MAX_DOCX_FILE_BYTES, {
        name: fileName,
        verb: 'read',
        notAFile: (name) => `“${name}” is not a file, so it was not read.`,
        tooLarge: (name, size) =>
          `“${name}” is ${(size / 1024 / 1024).toFixed(1)} MB; a Word document can be at most ${MAX_DOCX_FILE_BYTES / 1024 / 1024} MB here, so it was not read.`,
      });
      const { blocks, warnings } = await convertDocx(bytes, fileName, deps.limits ?? docxLimits);
      return { imported: true, fileName, blocks, warnings };
    },
  };
}
