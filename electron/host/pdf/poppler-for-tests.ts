import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helpers that read produced PDFs with poppler-utils (installed here and by .ci/run), so tests check
 * what a reader would see rather than what we asked pdfmake for.
 */
function withPdfFile<T>(bytes: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'casework-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, bytes);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the document in reading order (`pdftotext`, no layout mode), optionally of some pages. */
export function pdfText(bytes: Uint8Array, pages?: { first?: number; last?: number }): string {
  return withPdfFile(bytes, (path) => {
    const args = ['-enc', 'UTF-8'];
    if (pages?.first) args.push('-f', String(pages.first));
    if (pages?.last) args.push('-l', String(pages.last));
    return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  });
}

/** `pdfinfo` fields, e.g. Pages, Title, Author, Page size. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return withPdfFile(bytes, (path) => {
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match) info[match[1]!.trim()] = match[2]!.trim();
    }
    return info;
  });
}

/** Names of the files attached to the document (`pdfdetach -list`). */
export function pdfAttachmentNames(bytes: Uint8Array): string[] {
  return withPdfFile(bytes, (path) =>
    execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\d+: (.*)$/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined),
  );
}

/** Renders pages to PNG files in `outDir` at a low resolution (for looking at, not for asserting). */
export function pdfToPngs(bytes: Uint8Array, outDir: string, prefix: string, resolution = 60): string[] {
  return withPdfFile(bytes, (path) => {
    execFileSync('pdftoppm', ['-png', '-r', String(resolution), path, join(outDir, prefix)]);
    return readdirSync(outDir)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.png'))
      .map((name) => join(outDir, name));
  });
}
