import { afterEach, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { inflateSync } from 'node:zlib';
import { sampleAttemptPdf } from '@shared/pdf/__fixtures__/sample-attempt';
import { findFontsDir, renderPdf } from './render';
import { setStreamTextEnabled, streamTextLineCount } from './stream-text';

afterEach(() => setStreamTextEnabled(true));

const fontsDir = findFontsDir();
const definition = () => sampleAttemptPdf({ longAnswerWords: 120, rows: 3 });

/** The first page's drawing operators, inflated. */
function firstPageOperators(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  const start = text.indexOf('stream\n', text.indexOf('/Filter /FlateDecode')) + 'stream\n'.length;
  const end = text.indexOf('\nendstream', start);
  return inflateSync(bytes.subarray(start, end)).toString('latin1');
}

interface PdfStream {
  write(chunk: unknown): void;
  end(): void;
}

describe('gathering a stream’s operators as text', { timeout: 120_000 }, () => {
  it('writes the same bytes as pdfkit writing one buffer per operator', async () => {
    const before = streamTextLineCount();
    const gathered = await renderPdf(definition(), { fontsDir });
    const lines = streamTextLineCount() - before;
    setStreamTextEnabled(false);
    const perLine = await renderPdf(definition(), { fontsDir });
    expect(streamTextLineCount() - before).toBe(lines);
    // In use: tens of thousands of lines went through it for a few pages.
    expect(lines).toBeGreaterThan(5000);
    expect(gathered.bytes.equals(perLine.bytes)).toBe(true);
    expect(firstPageOperators(gathered.bytes)).toMatch(/BT\n[\s\S]*TJ\n[\s\S]*ET\n/);
  });

  it('changes nothing when it is switched on and off while pages are drawn', async () => {
    const reference = await renderPdf(definition(), { fontsDir });
    let drawn = 0;
    // pdfmake reports progress after each item it draws: switching there leaves lines gathered but unwritten.
    const switched = await renderPdf(definition(), {
      fontsDir,
      onProgress: () => {
        drawn += 1;
        setStreamTextEnabled(drawn % 3 !== 0);
      },
    });
    expect(drawn).toBeGreaterThan(50);
    expect(switched.bytes.equals(reference.bytes)).toBe(true);
  });

  it('writes bytes after the text gathered before them, and text after them after', async () => {
    // Installed by a render; pdfkit's streams then gather text whoever made the document.
    await renderPdf(definition(), { fontsDir });
    const streamBytes = (): Promise<string> =>
      new Promise((resolve) => {
        const document = new PDFDocument({ compress: false, autoFirstPage: false });
        const chunks: Buffer[] = [];
        document.on('data', (chunk: Buffer) => chunks.push(chunk));
        const stream = (document as unknown as { ref(data: object): PdfStream }).ref({});
        stream.write('BT');
        stream.write(Buffer.from('<bytes>'));
        stream.write('ET');
        stream.end();
        // The document is a readable stream: what was pushed arrives once the current turn ends.
        setImmediate(() => {
          const written = Buffer.concat(chunks).toString('latin1');
          resolve(/\nstream\n([\s\S]*?)\nendstream/.exec(written)?.[1] ?? '(no stream written)');
        });
      });
    const before = streamTextLineCount();
    expect(await streamBytes()).toBe('BT\n<bytes>ET\n');
    expect(streamTextLineCount() - before).toBe(2);
  });
});
