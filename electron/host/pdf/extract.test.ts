import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES, serialiseExchange } from '@shared/pdf/exchange';
import { sampleAttempt, sampleCaseInfo } from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import {
  linearised,
  pdfWithAttachments,
  withIncrementalAnnotation,
  withObjectStreams,
} from './__fixtures__/pdf-files';
import { attemptFromPdf, PDF_IMPORT_LIMITS, readPdfAttachments } from './extract';
import { createPdfService } from './service';

/** Counts what the parse allocated, so memory use is pinned without timing anything. */
function allocationCounter() {
  const counter = { total: 0 };
  return { counter, onInflate: (bytes: number) => (counter.total = bytes) };
}

const budgetFor = (bytes: Buffer) => PDF_IMPORT_LIMITS.maxTotalBytes + 2 * bytes.length;
const attachment = (name: string, text: string | Buffer) => ({
  name,
  compressed: deflateSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text),
});

// Each case starts a worker and parses with pdfjs: seconds on a shared machine, so more room than the default.
describe('reading an attachment out of a hostile PDF', { timeout: 60_000 }, () => {
  it('refuses many small deflate bombs within the allocation budget', async () => {
    // A kilobyte each that inflates to a megabyte: 300 of them would be 300 MB.
    const bomb = deflateSync(Buffer.alloc(1024 * 1024));
    const bytes = pdfWithAttachments(
      Array.from({ length: 300 }, (_, i) => ({ name: `n${i}`, compressed: bomb })),
    );
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { counter, onInflate } = allocationCounter();
    const parsed = await attemptFromPdf(bytes, { onInflate });
    expect(parsed).toMatchObject({ ok: false, problem: 'too-large' });
    expect(counter.total).toBeGreaterThan(0);
    expect(counter.total).toBeLessThanOrEqual(budgetFor(bytes));
  });

  it('refuses a few full-size bombs once their total passes the budget', async () => {
    // Each is exactly the largest attachment allowed, so only the total can refuse them.
    const bomb = deflateSync(Buffer.alloc(MAX_EXCHANGE_BYTES));
    const bytes = pdfWithAttachments([1, 2, 3, 4, 5, 6].map((i) => ({ name: `b${i}`, compressed: bomb })));
    const { counter, onInflate } = allocationCounter();
    expect(await attemptFromPdf(bytes, { onInflate })).toMatchObject({ ok: false, problem: 'too-large' });
    expect(counter.total).toBeLessThanOrEqual(budgetFor(bytes));
  });

  it('the budget is what refuses them: the same file opens under a larger one (negative control)', async () => {
    const bomb = deflateSync(Buffer.alloc(2 * 1024 * 1024));
    const bytes = pdfWithAttachments([1, 2, 3].map((i) => ({ name: `b${i}`, compressed: bomb })));
    const small = { ...PDF_IMPORT_LIMITS, maxTotalBytes: 4 * 1024 * 1024 };
    expect(await readPdfAttachments(bytes, small)).toMatchObject({ ok: false, problem: 'too-large' });
    const large = await readPdfAttachments(bytes, { ...PDF_IMPORT_LIMITS, maxTotalBytes: 64 * 1024 * 1024 });
    expect(large).toMatchObject({ ok: true });
    expect(large.allocatedBytes).toBeGreaterThan(small.maxTotalBytes + 2 * bytes.length);
  });

  it('refuses one attachment larger than an attempt can be', async () => {
    const bytes = pdfWithAttachments([attachment('big.json', Buffer.alloc(MAX_EXCHANGE_BYTES + 1024))]);
    expect(await attemptFromPdf(bytes)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses more attachments than an export would carry', async () => {
    const files = Array.from({ length: PDF_IMPORT_LIMITS.maxStreams + 1 }, (_, i) =>
      attachment(`f${i}`, 'x'),
    );
    expect(await attemptFromPdf(pdfWithAttachments(files))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/more attached files/),
    });
  });

  it('stops a parse that runs past its time limit', async () => {
    const bytes = pdfWithAttachments([attachment('a', 'x')]);
    expect(await attemptFromPdf(bytes, { timeLimitMs: 0 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/took too long/),
    });
  });

  it('finds ours among other attachments, whatever each is called', async () => {
    const attempt = sampleAttempt();
    const bytes = pdfWithAttachments([
      attachment('notes.txt', 'an unrelated attachment a viewer kept'),
      attachment('renamed by a viewer.json', serialiseExchange(attempt)),
    ]);
    expect(await attemptFromPdf(bytes)).toEqual({ ok: true, attempt });
  });

  it('says a PDF without our attachment is not ours, and a cut-short one is damaged', async () => {
    const other = pdfWithAttachments([attachment('notes.txt', 'hello')]);
    expect(await attemptFromPdf(other)).toMatchObject({ ok: false, problem: 'not-ours' });
    expect(await attemptFromPdf(other.subarray(0, other.length - 40))).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
  });
});

describe('an export re-saved by another program still imports', { timeout: 120_000 }, () => {
  const attempt = sampleAttempt();
  const exported = (async () => {
    const service = createPdfService({
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      now: () => new Date('2026-11-23T10:00:00Z'),
      storage: { getAttempt: async () => attempt, getSettings: () => ({ traineeName: 'Rhiannon Vale' }) },
      saveImportedAttempt: async (imported) => imported,
      templates: () => builtinTemplates,
      caseInfo: () => sampleCaseInfo(),
    });
    return Buffer.from((await service.renderAttemptPdf(attempt)).bytes);
  })();

  it.each([
    ['with object streams', withObjectStreams],
    ['linearised', linearised],
    ['with an annotation added in an incremental save', withIncrementalAnnotation],
  ])('%s', async (_how, resave) => {
    const original = await exported;
    const resaved = resave(original);
    expect(resaved.equals(original)).toBe(false);
    expect(await attemptFromPdf(resaved)).toEqual({ ok: true, attempt });
  });

  it('a copy cut short is refused as incomplete, and the whole file (with bytes after its end marker) opens', async () => {
    const original = await exported;
    const cut = await attemptFromPdf(original.subarray(0, Math.floor(original.length * 0.9)));
    expect(cut).toMatchObject({ ok: false, problem: 'damaged' });
    const padded = Buffer.concat([original, Buffer.from('\n'.repeat(200), 'latin1')]);
    expect(await attemptFromPdf(padded)).toEqual({ ok: true, attempt });
  });

  it('the re-saved files really are what they say (so the cases above test something)', async () => {
    const original = await exported;
    expect(withObjectStreams(original).toString('latin1')).toMatch(/\/Type\s*\/ObjStm/);
    expect(linearised(original).subarray(0, 1024).toString('latin1')).toMatch(/\/Linearized/);
    const annotated = withIncrementalAnnotation(original).toString('latin1');
    expect(annotated.match(/%%EOF/g)?.length).toBeGreaterThanOrEqual(2);
    expect(annotated).toMatch(/\/Prev \d+/);
    expect(annotated).toMatch(/\/Subtype \/Text/);
  });
});
