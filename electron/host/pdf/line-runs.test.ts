import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAttempt, sampleCaseInfo } from '@shared/pdf/__fixtures__/sample-attempt';
import { serialiseExchange } from '@shared/pdf/exchange';
import { builtinTemplates } from '@shared/templates/builtin';
import { joinRuns, setLineRunsEnabled } from './line-runs';
import { createInProcessPdfRunner } from './pdf-runner';
import { pdfText } from './poppler-for-tests';

const font = {};
const word = (text: string, x: number, width: number, more: Record<string, unknown> = {}) => ({
  text,
  x,
  width,
  font,
  fontSize: 10,
  color: '#1b1b1b',
  opacity: 1,
  ...more,
});

afterEach(() => setLineRunsEnabled(true));

describe('joining a line’s words into runs', () => {
  it('joins touching words that look the same', () => {
    const joined = joinRuns([word('Siân ', 0, 20), word('Ellis ', 20, 22), word('wrote', 42, 25)]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ text: 'Siân Ellis wrote', x: 0, width: 67 });
  });

  it('keeps apart words that differ in look, links, page references or position', () => {
    const joined = joinRuns([
      word('a ', 0, 5),
      word('bold ', 5, 10, { font: {} }),
      word('red ', 15, 8, { color: 'red' }),
      word('link ', 23, 9, { linkToDestination: 'x' }),
      word('12', 32, 6, { _pageNodeRef: {} }),
      word('spaced ', 50, 10),
      word('out', 61, 6),
    ]);
    expect(joined.map((inline) => inline.text)).toEqual([
      'a ',
      'bold ',
      'red ',
      'link ',
      '12',
      'spaced ',
      'out',
    ]);
  });

  it('does not change the line it was given', () => {
    const inlines = [word('one ', 0, 10), word('two', 10, 10)];
    joinRuns(inlines);
    expect(inlines.map((inline) => inline.text)).toEqual(['one ', 'two']);
  });
});

describe('the PDF drawn in runs', { timeout: 120_000 }, () => {
  it('reads back as the same text, page for page, as drawn word by word, and looks the same', async () => {
    const attempt = sampleAttempt({ longAnswerWords: 190, rows: 4 });
    const job = {
      kind: 'attempt' as const,
      input: { attempt, templates: builtinTemplates, traineeName: 'Siân Ellis', caseInfo: sampleCaseInfo() },
      attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
    };
    const runner = createInProcessPdfRunner();
    const inRuns = await runner.render(job);
    setLineRunsEnabled(false);
    const wordByWord = await runner.render(job);
    expect(inRuns.pages).toBe(wordByWord.pages);
    expect(pdfText(inRuns.bytes)).toBe(pdfText(wordByWord.bytes));
    // Fewer text objects: the file is smaller (the control: word by word is the larger one).
    expect(inRuns.bytes.length).toBeLessThan(wordByWord.bytes.length);
    // Drawn the same: page 4 (long answers, a quote and a list) differs in under 1% of its pixels, which
    // is anti-aliasing where pdfkit now rounds one run's position instead of each word's.
    const dir = mkdtempSync(join(tmpdir(), 'casework-runs-'));
    try {
      const page = (bytes: Uint8Array, name: string) => {
        writeFileSync(join(dir, `${name}.pdf`), bytes);
        execFileSync('pdftoppm', [
          '-gray',
          '-r',
          '40',
          '-f',
          '4',
          '-l',
          '4',
          '-singlefile',
          join(dir, `${name}.pdf`),
          join(dir, name),
        ]);
        return readFileSync(join(dir, `${name}.pgm`));
      };
      const a = page(inRuns.bytes, 'runs');
      const b = page(wordByWord.bytes, 'words');
      expect(a.length).toBe(b.length);
      let differing = 0;
      for (let i = 0; i < a.length; i += 1) if (Math.abs(a[i]! - b[i]!) > 96) differing += 1;
      expect(differing / a.length).toBeLessThan(0.01);
      // Control: a different page of the same document is far more than 1% different.
      execFileSync('pdftoppm', [
        '-gray',
        '-r',
        '40',
        '-f',
        '5',
        '-l',
        '5',
        '-singlefile',
        join(dir, 'runs.pdf'),
        join(dir, 'other'),
      ]);
      const c = readFileSync(join(dir, 'other.pgm'));
      let unlike = 0;
      for (let i = 0; i < Math.min(a.length, c.length); i += 1) if (Math.abs(a[i]! - c[i]!) > 96) unlike += 1;
      expect(unlike / a.length).toBeGreaterThan(0.01);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
