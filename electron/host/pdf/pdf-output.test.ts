import { describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import {
  SAMPLE_HIDDEN_ANSWER,
  SAMPLE_LONG_TOKEN,
  SAMPLE_WELSH,
  sampleAttempt,
  sampleCaseInfo,
  sampleProse,
} from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { attemptFromPdf } from './extract';
import { pdfAttachmentNames, pdfInfo, pdfText } from './poppler-for-tests';
import { createPdfService } from './service';
import type { PdfExportOptionsInput } from '@shared/pdf/options';

/** The service's renderer, with an in-memory attempt and the sample case. */
function serviceFor(attempt: Attempt) {
  const service = createPdfService({
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    now: () => new Date('2026-11-23T10:00:00Z'),
    storage: { getAttempt: async () => attempt, getSettings: () => ({ traineeName: 'Siân Ellis-Ŵyn' }) },
    saveImportedAttempt: async (imported) => imported,
    templates: () => builtinTemplates,
    caseInfo: () => sampleCaseInfo(),
  });
  return (target: Attempt, options?: PdfExportOptionsInput) => service.renderAttemptPdf(target, options);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

// Each test renders whole documents: seconds on a shared 2-core machine, so more room than the default.
describe('the exported PDF, read back with poppler', { timeout: 120_000 }, () => {
  const attempt = sampleAttempt();
  const render = serviceFor(attempt);

  it('has the headings, answers, grid labels and banner, and no hidden answers', async () => {
    const { bytes, pages } = await render(attempt);
    const text = flat(pdfText(bytes));
    for (const heading of [
      'Contents',
      'Risk of serious harm analysis',
      'Offence analysis',
      'Risk of serious harm levels',
      'Risk management plan',
      'Contingency',
      'Sentence plan',
      'Reflective log',
      'Reflection (Gibbs)',
      'Quality feedback',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Known adult High Medium');
    // The overall level is a two-cell table; pdftotext may print the cells in either order.
    expect(text).toMatch(/Overall risk of serious harm (\S+ ){0,6}High|High Overall risk of serious harm/);
    // Table cells come out of pdftotext line by line across the row, so look for words of each cell.
    for (const words of [
      'Misses two',
      'The probation practitioner',
      'Within 24 hours',
      'Cwm Alcohol Service',
    ])
      expect(text).toContain(words);
    expect(text).toContain('Practice - fictional case - not for operational use');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain(SAMPLE_HIDDEN_ANSWER);
    expect(text).not.toContain('Reflection (Kolb)');
    expect(pdfInfo(bytes)['Pages']).toBe(String(pages));
  });

  it('keeps Welsh letters, curly quotes and the trainee’s name as text', async () => {
    const { bytes } = await render(attempt);
    const text = flat(pdfText(bytes));
    expect(text).toContain(SAMPLE_WELSH);
    expect(text).toContain('Siân Ellis-Ŵyn');
    expect(text).toContain('Case Rhys Pennant (fictional)');
    expect(text).toContain('Source: Prosecution case summary (cps-summary)');
    const info = pdfInfo(bytes);
    expect(info['Author']).toBe('Siân Ellis-Ŵyn');
    expect(info['Title']).toContain('Rhys Pennant');
    expect(info['Page size']).toContain('A4');
  });

  it('wraps a 300-character unbroken token inside the page instead of losing it', async () => {
    const { bytes } = await render(attempt);
    const text = pdfText(bytes).replace(/\s+/g, '');
    expect(text).toContain(SAMPLE_LONG_TOKEN);
    // Every line of the token fits: pdftotext would otherwise drop the overflow off the page edge.
    const lines = pdfText(bytes)
      .split('\n')
      .filter((line) => line.includes('A1b2C3d4E5'));
    expect(lines.length).toBeGreaterThan(2);
  });

  it('paginates a 20,000-word answer cleanly', async () => {
    const long = sampleAttempt();
    const answer = sampleProse(20_000);
    long.answers['rosh-analysis']!['what-happened'] = `${answer}\n\nTHE-VERY-LAST-WORDS`;
    const { bytes, pages } = await serviceFor(long)(long, { templateIds: ['rosh-analysis'] });
    expect(pages).toBeGreaterThan(30);
    const text = flat(pdfText(bytes));
    expect(text).toContain('THE-VERY-LAST-WORDS');
    const sentences = answer.split('. ').length;
    expect(text.split('Rhys Pennant was seen at the probation office').length - 1).toBeGreaterThanOrEqual(
      Math.floor(sentences / 8) - 1,
    );
  }, 60_000);

  it('is byte-for-byte the same for the same attempt', async () => {
    const first = await render(attempt);
    const second = await render(sampleAttempt());
    expect(first.bytes.equals(second.bytes)).toBe(true);
    const changed = sampleAttempt();
    changed.updatedAt = '2026-02-15T10:00:00.000Z';
    expect((await render(changed)).bytes.equals(first.bytes)).toBe(false);
  });

  it('carries the attempt inside, and reads it back exactly', async () => {
    const { bytes } = await render(attempt);
    expect(pdfAttachmentNames(bytes)).toEqual(['casework-attempt.json']);
    expect(await attemptFromPdf(bytes)).toEqual({ ok: true, attempt });
  });

  it('honours the page size and template choice', async () => {
    const { bytes } = await render(attempt, { pageSize: 'LETTER', templateIds: ['reflective-log'] });
    expect(pdfInfo(bytes)['Page size']).toContain('letter');
    const text = flat(pdfText(bytes));
    expect(text).toContain('Reflective log');
    expect(text).not.toContain('Offence analysis');
  });
});
