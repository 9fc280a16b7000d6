import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { findFontsDir, PDF_FONT_FAMILY, renderPdf } from './render';
import { pdfInfo, pdfText } from './poppler-for-tests';

const fixedDate = new Date('2026-03-04T10:20:30.000Z');
const welsh = 'Ŵyr a ŷd, â ê î ô û, ŴŶÂÊÎÔÛ';
const typography = '“curly” ‘quotes’ – en — em … ✓ é è ç ñ ß ø å';

function definition(extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions {
  return {
    content: [welsh, typography, { text: 'Bold ŵ', bold: true }, { text: 'Italic ŷ', italics: true }],
    defaultStyle: { font: PDF_FONT_FAMILY },
    info: { title: 'Render test', creationDate: fixedDate, modDate: fixedDate },
    footer: (current, count) => ({ text: `Page ${current} of ${count}` }),
    ...extra,
  };
}

// Each test renders whole documents: seconds on a shared 2-core machine, so more room than the default.
describe('renderPdf', { timeout: 120_000 }, () => {
  const fontsDir = findFontsDir();

  it('embeds fonts that keep Welsh letters, accents, curly quotes, dashes and ticks', async () => {
    const { bytes, pages } = await renderPdf(definition(), { fontsDir });
    const text = pdfText(bytes);
    expect(text).toContain(welsh);
    expect(text).toContain(typography);
    expect(text).toContain('Bold ŵ');
    expect(pages).toBe(1);
    expect(pdfInfo(bytes)['Pages']).toBe('1');
  });

  it('writes the same bytes for the same definition (fixed dates, no random ids)', async () => {
    const first = await renderPdf(definition(), { fontsDir });
    const second = await renderPdf(definition(), { fontsDir });
    expect(first.bytes.equals(second.bytes)).toBe(true);
    const other = await renderPdf(definition({ info: { title: 'Other', creationDate: fixedDate } }), {
      fontsDir,
    });
    expect(other.bytes.equals(first.bytes)).toBe(false);
  });

  it('refuses to read local files other than the fonts', async () => {
    await expect(
      renderPdf(definition({ content: [{ image: '/etc/hostname' }] }), { fontsDir }),
    ).rejects.toThrow(/denied/);
    await expect(
      renderPdf(definition({ files: { leak: { src: '/etc/hostname', name: 'leak.txt' } } }), { fontsDir }),
    ).rejects.toThrow(/denied/);
  });

  it('refuses to fetch anything from the network', async () => {
    await expect(
      renderPdf(
        definition({ content: [{ image: 'remote' }], images: { remote: 'https://example.invalid/a.png' } }),
        {
          fontsDir,
        },
      ),
    ).rejects.toThrow(/denied/);
  });
});
