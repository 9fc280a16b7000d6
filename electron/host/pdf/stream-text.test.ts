import { afterEach, describe, expect, it } from 'vitest';
import type { DynamicContent } from 'pdfmake/interfaces';
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
    // The font files, the attachment and the images are bytes, not text: they keep their place among the text.
    expect(firstPageOperators(gathered.bytes)).toMatch(/BT\n[\s\S]*TJ\n[\s\S]*ET\n/);
  });

  it('changes nothing when a document is made with it switched off part-way', async () => {
    const reference = await renderPdf(definition(), { fontsDir });
    let pages = 0;
    const switching = definition();
    const footer = switching.footer as DynamicContent;
    // The footer is drawn on each page in turn: switching on and off there leaves lines gathered but unwritten.
    switching.footer = (page, count, size) => {
      pages += 1;
      setStreamTextEnabled(page % 2 === 0);
      return footer(page, count, size);
    };
    const switched = await renderPdf(switching, { fontsDir });
    expect(pages).toBeGreaterThan(5);
    expect(switched.bytes.equals(reference.bytes)).toBe(true);
  });
});
