import { afterEach, describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { sampleAttemptPdf } from '@shared/pdf/__fixtures__/sample-attempt';
import { nextLineCount, setNextLineEnabled } from './next-line';
import { PDF_FONT_FAMILY, findFontsDir, renderPdf } from './render';

afterEach(() => setNextLineEnabled(true));

const fontsDir = findFontsDir();

/**
 * Lines that are hard to fill: words glued to the next (pieces of text with no space between them, a
 * superscript), runs of glued words longer than a line, words too wide for their column split across lines,
 * a paragraph running over a page, and narrow columns.
 */
function awkwardDocument(): TDocumentDefinitions {
  const sentence =
    'The officer checked the police call-out log and the safeguarding referral before deciding. ';
  const glued: Content = {
    text: [
      'Contact with ',
      { text: 'Ms', bold: true },
      { text: 'Arlow', italics: true },
      { text: '’s', bold: true },
      ' children: see note ',
      { text: '12', sup: true },
      { text: 'a', sub: true },
      '. ',
      ...Array.from({ length: 30 }, (_, index) => ({ text: `glued${index}`, bold: index % 2 === 0 })),
      ' then ',
      sentence.repeat(3),
    ],
  };
  // Short glued pairs all along a paragraph, so that at some line's end the first half fits and the pair does not.
  const pairs: Content = {
    text: Array.from({ length: 160 }, (_, index) => [
      { text: 'ab'.repeat(1 + (index % 4)), bold: index % 3 === 0 },
      { text: `${'cd'.repeat(1 + (index % 5))} ` },
    ]).flat(),
  };
  const reference = 'CRN-X123456/PNC-26-0012345Q/WARRANT-7731-ALPHA-BRAVO-CHARLIE';
  return {
    content: [
      glued,
      pairs,
      { text: sentence.repeat(180) },
      {
        table: {
          widths: [36, 60, '*'],
          body: [
            [reference, { text: [reference, { text: reference, bold: true }] }, glued],
            [{ text: 'W'.repeat(40), noWrap: false }, { text: sentence, alignment: 'justify' }, sentence],
          ],
        },
      },
      {
        columns: [
          { width: 50, text: glued },
          { width: '*', text: sentence.repeat(4) },
        ],
      },
    ],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 10 },
    info: { title: 'Lines', creationDate: new Date('2026-11-23T10:00:00Z') },
  };
}

const attempt = () => sampleAttemptPdf({ longAnswerWords: 400, rows: 3 });

describe('filling lines without copying the paragraph', { timeout: 120_000 }, () => {
  it('lays out awkward lines exactly as pdfmake does', async () => {
    const before = nextLineCount();
    const ours = await renderPdf(awkwardDocument(), { fontsDir });
    const lines = nextLineCount() - before;
    setNextLineEnabled(false);
    const theirs = await renderPdf(awkwardDocument(), { fontsDir });
    expect(nextLineCount() - before).toBe(lines);
    expect(lines).toBeGreaterThan(200);
    // The long paragraph runs over pages.
    expect(ours.bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length).toBeGreaterThan(2);
    expect(ours.bytes.equals(theirs.bytes)).toBe(true);
  });

  it('lays out an attempt with long answers exactly as pdfmake does', async () => {
    const ours = await renderPdf(attempt(), { fontsDir });
    setNextLineEnabled(false);
    const theirs = await renderPdf(attempt(), { fontsDir });
    expect(ours.pages).toBeGreaterThan(10);
    expect(ours.bytes.equals(theirs.bytes)).toBe(true);
  });
});
