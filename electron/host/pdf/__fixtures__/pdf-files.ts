import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * PDFs for the import tests: a small, valid PDF holding the given embedded files (already Flate-compressed)
 * in its EmbeddedFiles name tree, so a real parser finds them; and an app export re-saved the ways other
 * programs save it (qpdf, installed here and by .ci/run).
 */
export function pdfWithAttachments(files: ReadonlyArray<{ name: string; compressed: Buffer }>): Buffer {
  const objects: Buffer[] = [];
  const names = files.map((file, index) => `(${file.name}) ${4 + 2 * index} 0 R`).join(' ');
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>', 'latin1'));
  objects.push(Buffer.from('<< /Type /Pages /Kids [] /Count 0 >>', 'latin1'));
  objects.push(Buffer.from(`<< /Names [${names}] >>`, 'latin1'));
  files.forEach((file, index) => {
    const stream = 5 + 2 * index;
    objects.push(
      Buffer.from(
        `<< /Type /Filespec /F (${file.name}) /UF (${file.name}) /EF << /F ${stream} 0 R >> >>`,
        'latin1',
      ),
    );
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${file.compressed.length} >>\nstream\n`,
          'latin1',
        ),
        file.compressed,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function withQpdf(bytes: Uint8Array, args: readonly string[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'casework-qpdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', [...args, join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Re-saved with object streams (and a cross-reference stream), as many PDF editors save. */
export const withObjectStreams = (bytes: Uint8Array) => withQpdf(bytes, ['--object-streams=generate']);

/** Re-saved linearised ("fast web view"). */
export const linearised = (bytes: Uint8Array) => withQpdf(bytes, ['--linearize']);

/**
 * A sticky-note annotation added to the first page the way a viewer saves one: an incremental update
 * appended after the original file (a new version of the page object, the note, a new cross-reference
 * section whose trailer points back at the old one). qpdf first writes the file with a plain cross-reference
 * table and one object per line, so the page object can be found and copied.
 */
export function withIncrementalAnnotation(bytes: Uint8Array): Buffer {
  const base = withQpdf(bytes, ['--object-streams=disable', '--normalize-content=n']);
  const text = base.toString('latin1');
  const pageMatch =
    /(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?\/Type\s*\/Page\b(?!s)(?:(?!endobj)[\s\S])*?)>>\s*endobj/.exec(
      text,
    );
  if (!pageMatch) throw new Error('no page object found');
  const pageNumber = Number(pageMatch[1]);
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1];
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (!size || !root || !previous) throw new Error('could not read the trailer');
  const annotNumber = size;
  let pageDictionary = pageMatch[2]!;
  pageDictionary = /\/Annots\s*\[/.test(pageDictionary)
    ? pageDictionary.replace(/\/Annots\s*\[/, `/Annots [ ${annotNumber} 0 R `)
    : `${pageDictionary} /Annots [ ${annotNumber} 0 R ]`;
  let body = '\n';
  const pageOffset = base.length + body.length;
  body += `${pageNumber} 0 obj\n<<${pageDictionary}>>\nendobj\n`;
  const annotOffset = base.length + body.length;
  body +=
    `${annotNumber} 0 obj\n<< /Type /Annot /Subtype /Text /Rect [ 60 60 80 80 ] ` +
    `/Contents (Tutor note: see the second section) /T (Ashdown tutor) /Open false >>\nendobj\n`;
  const xrefOffset = base.length + body.length;
  const entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;
  body +=
    `xref\n0 1\n0000000000 65535 f \n${pageNumber} 1\n${entry(pageOffset)}${annotNumber} 1\n${entry(annotOffset)}` +
    `trailer\n<< /Size ${annotNumber + 1} /Root ${root} /Prev ${previous} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(body, 'latin1')]);
}
