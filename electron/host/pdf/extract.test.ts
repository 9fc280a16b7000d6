import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES, serialiseExchange } from '@shared/pdf/exchange';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import { attemptFromPdf, PDF_IMPORT_LIMITS } from './extract';
import { pdfWith } from './__fixtures__/hostile-pdf';

/** Counts every byte the extractor lets zlib produce, so memory use is pinned without timing anything. */
function inflationCounter() {
  const counter = { total: 0, streams: 0 };
  return {
    counter,
    onInflate: (bytes: number) => {
      counter.total += bytes;
      counter.streams += 1;
    },
  };
}

describe('reading an attachment out of a hostile PDF', () => {
  it('refuses many small deflate bombs after a bounded number of streams', () => {
    // A kilobyte each that inflates to a megabyte: 300 of them would be 300 MB held at once.
    const bomb = deflateSync(Buffer.alloc(1024 * 1024));
    const bytes = pdfWith(Array.from({ length: 300 }, () => bomb));
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { counter, onInflate } = inflationCounter();
    const parsed = attemptFromPdf(bytes, { onInflate });
    expect(parsed).toMatchObject({ ok: false, problem: 'too-large' });
    expect(counter.streams).toBeGreaterThan(0);
    expect(counter.streams).toBeLessThanOrEqual(PDF_IMPORT_LIMITS.maxStreams);
    expect(counter.total).toBeLessThanOrEqual(PDF_IMPORT_LIMITS.maxTotalBytes);
  });

  it('refuses a few full-size bombs once their total passes the budget', () => {
    // Each is exactly the largest attachment allowed, so only the total can refuse them.
    const bomb = deflateSync(Buffer.alloc(MAX_EXCHANGE_BYTES));
    const bytes = pdfWith([bomb, bomb, bomb, bomb, bomb]);
    const { counter, onInflate } = inflationCounter();
    const parsed = attemptFromPdf(bytes, { onInflate });
    expect(parsed).toMatchObject({ ok: false, problem: 'too-large' });
    expect(counter.total).toBeGreaterThan(0);
    expect(counter.total).toBeLessThanOrEqual(PDF_IMPORT_LIMITS.maxTotalBytes);
  });

  it('refuses one stream that inflates past the attachment limit as too large', () => {
    const bytes = pdfWith([deflateSync(Buffer.alloc(MAX_EXCHANGE_BYTES + 1024))]);
    const { counter, onInflate } = inflationCounter();
    expect(attemptFromPdf(bytes, { onInflate })).toMatchObject({ ok: false, problem: 'too-large' });
    expect(counter.total).toBeLessThanOrEqual(MAX_EXCHANGE_BYTES + 1);
  });

  it('stops at our attachment and never inflates the streams after it', () => {
    const attempt = sampleAttempt();
    const ours = deflateSync(Buffer.from(serialiseExchange(attempt), 'utf8'));
    const other = deflateSync(Buffer.from('an unrelated attachment a viewer kept', 'utf8'));
    const bomb = deflateSync(Buffer.alloc(MAX_EXCHANGE_BYTES));
    const bytes = pdfWith([other, ours, bomb, bomb, bomb]);
    const { counter, onInflate } = inflationCounter();
    expect(attemptFromPdf(bytes, { onInflate })).toEqual({ ok: true, attempt });
    expect(counter.streams).toBe(2);
    expect(counter.total).toBeLessThan(1024 * 1024);
  });
});
