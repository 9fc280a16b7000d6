import { join } from 'node:path';
import PDFKitDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAttemptPdf } from '@shared/pdf/__fixtures__/sample-attempt';
import { clearFontPool, fontPoolReuseCount, setFontPoolEnabled } from './font-pool';
import { findFontsDir, renderPdf } from './render';

const fontsDir = findFontsDir();

function definitionFor(words: number) {
  return sampleAttemptPdf({ longAnswerWords: words, rows: 2 });
}

afterEach(() => setFontPoolEnabled(true));

// Each test renders whole documents: seconds on a shared 2-core machine, so more room than the default.
describe('font pool', { timeout: 120_000 }, () => {
  it('attaches to this pdfmake, so exports reuse parsed fonts', async () => {
    await renderPdf(definitionFor(10), { fontsDir });
    const before = fontPoolReuseCount();
    await renderPdf(definitionFor(10), { fontsDir });
    // Regular, bold and italic at least.
    expect(fontPoolReuseCount() - before).toBeGreaterThanOrEqual(3);
  });

  it('changes nothing in the output: cold, warm, after other documents and without the pool, same bytes', async () => {
    clearFontPool();
    const cold = await renderPdf(definitionFor(40), { fontsDir });
    // A different document in between fills the shared word cache with other words and glyphs.
    await renderPdf(definitionFor(120), { fontsDir });
    const warm = await renderPdf(definitionFor(40), { fontsDir });
    setFontPoolEnabled(false);
    const unpooled = await renderPdf(definitionFor(40), { fontsDir });
    expect(warm.bytes.equals(cold.bytes)).toBe(true);
    expect(unpooled.bytes.equals(cold.bytes)).toBe(true);
    expect(cold.pages).toBeGreaterThan(3);
  });

  it('lays strings out exactly as pdfkit does: the same glyphs, positions and width, spaces and tabs alike', async () => {
    await renderPdf(definitionFor(10), { fontsDir });
    const document = new PDFKitDocument({ autoFirstPage: false });
    document.font(join(fontsDir, 'DejaVuSans.ttf'));
    type Laid = { glyphs: { id: number }[] | null; positions: unknown[] | null; advanceWidth: number };
    const font = (document as unknown as { _font: { layout(t: string, f?: unknown, w?: boolean): Laid } })
      ._font;
    // The pool's own layout is installed on pdfkit's font class (pdfkit's tests each character with
    // `[' ', '\t'].includes`); without it this test would compare pdfkit with itself.
    expect(String(Object.getPrototypeOf(font).layout)).not.toContain('includes');
    const strings = [
      '',
      ' ',
      'a',
      'word ',
      'two words',
      'tab\tseparated  double  spaces ',
      '  leading',
      'trailing   ',
      'Siân’s café — “quoted” ½ ﬁ',
      'CRN-X123456/PNC-26/0012345Q',
      'AVATAR Wave\tType To Yvonne',
    ];
    for (const text of strings)
      for (const onlyWidth of [false, true]) {
        const pooled = font.layout(text, undefined, onlyWidth);
        setFontPoolEnabled(false);
        const pdfkits = font.layout(text, undefined, onlyWidth);
        setFontPoolEnabled(true);
        expect(pooled.advanceWidth).toBe(pdfkits.advanceWidth);
        expect(pooled.glyphs?.map((glyph) => glyph.id) ?? null).toEqual(
          pdfkits.glyphs?.map((glyph) => glyph.id) ?? null,
        );
        expect(pooled.positions).toEqual(pdfkits.positions);
      }
  });
});
