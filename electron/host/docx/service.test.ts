import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCX_FILE_BYTES } from '@shared/contract/channels/case-documents';
import type { Dialogs } from '../ports';
import { sampleLetterDocx } from './__fixtures__/make-docx';
import { createCaseDocumentService } from './service';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-service-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function dialogsAnswering(answer: string | null): Dialogs & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    chooseSavePath: () => Promise.reject(new Error('not used')),
    chooseOpenPath: (options) => {
      asked.push(options.filters.flatMap((filter) => filter.extensions).join(','));
      return Promise.resolve(answer);
    },
  };
}

describe('the case editor’s Word import', () => {
  it('reads the file the person chose and answers its blocks, named by file name only', async () => {
    const file = path.join(dir, 'Housing letter.docx');
    fs.writeFileSync(file, sampleLetterDocx());
    const dialogs = dialogsAnswering(file);
    const result = await createCaseDocumentService({ dialogs }).importDocx();
    expect(dialogs.asked).toEqual(['docx']);
    expect(result.imported).toBe(true);
    if (!result.imported) return;
    expect(result.fileName).toBe('Housing letter.docx');
    expect(result.blocks[0]).toEqual({ kind: 'heading', text: 'Letter from Harrowgate Housing Trust' });
  });

  it('answers imported: false when the dialog is cancelled', async () => {
    expect(await createCaseDocumentService({ dialogs: dialogsAnswering(null) }).importDocx()).toEqual({
      imported: false,
    });
  });

  it('refuses a file over the size limit through the bounded reader, before converting', async () => {
    const file = path.join(dir, 'huge.docx');
    fs.writeFileSync(file, Buffer.alloc(MAX_DOCX_FILE_BYTES + 1));
    await expect(
      createCaseDocumentService({ dialogs: dialogsAnswering(file) }).importDocx(),
    ).rejects.toMatchObject({ code: 'too-large' });
  });
});
