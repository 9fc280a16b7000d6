import { describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import { documentBlockSchema } from '@shared/cases';
import { convertDocx, docxLimits } from './convert';
import { makeDocx, makeZip, sampleLetterDocx, wPara } from './__fixtures__/make-docx';
import { checkZipBounds } from './zip-guard';

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('convertDocx', () => {
  it('turns a Word letter into a heading, paragraphs, a list and a table', async () => {
    const { blocks, warnings } = await convertDocx(sampleLetterDocx(), 'letter.docx');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Letter from Harrowgate Housing Trust' },
      {
        kind: 'paragraph',
        text: 'Dear probation officer, we write about the tenancy at 4 Linden Row, Marrowby.',
      },
      { kind: 'paragraph', text: 'Neighbours reported raised voices on three evenings:' },
      { kind: 'list', items: ['Friday 6 November', 'Sunday 8 November', 'Tuesday 10 November'] },
      {
        kind: 'table',
        columns: ['Date', 'What was reported'],
        rows: [
          ['06/11/2026', 'Shouting and a door slammed'],
          ['10/11/2026', 'A child crying for a long time'],
        ],
      },
      { kind: 'paragraph', text: 'Yours faithfully, Tenancy Officer, Harrowgate Housing Trust' },
    ]);
    expect(warnings).toEqual([]);
    for (const block of blocks) expect(documentBlockSchema.safeParse(block).success).toBe(true);
  });

  it('keeps markup in the text as text: nothing of it becomes HTML', async () => {
    const { blocks } = await convertDocx(
      makeDocx(wPara('<img src=x onerror=alert(1)> & <script>bad()</script>')),
      'odd.docx',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '<img src=x onerror=alert(1)> & <script>bad()</script>' },
    ]);
  });

  it('refuses a file that is not a zip, and a zip that is not a Word document, with invalid-file', async () => {
    expect((await refusal(convertDocx(Buffer.from('just some text, not a zip at all'), 'a.docx'))).code).toBe(
      'invalid-file',
    );
    const notWord = makeZip([{ name: 'hello.txt', data: 'hello' }]);
    const error = await refusal(convertDocx(notWord, 'b.docx'));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain('“b.docx”');
  });

  it('refuses a document that takes longer than the time limit', async () => {
    const error = await refusal(
      convertDocx(sampleLetterDocx(), 'slow.docx', { ...docxLimits, timeoutMs: 0 }),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('took too long');
  });
});

describe('checkZipBounds (zip bombs)', () => {
  const small = { maxEntries: 10, maxEntryBytes: 64 * 1024, maxTotalBytes: 100 * 1024 };
  // A megabyte of zeros deflates to about a kilobyte: the shape of every zip bomb.
  const zeros = Buffer.alloc(1024 * 1024);

  it('accepts an honest archive within the limits (negative control for the refusals below)', () => {
    expect(() =>
      checkZipBounds(makeZip([{ name: 'a.xml', data: Buffer.alloc(1000) }]), 'a.docx', small),
    ).not.toThrow();
    expect(() => checkZipBounds(sampleLetterDocx(), 'letter.docx')).not.toThrow();
  });

  it('refuses an entry that declares more than the limit', () => {
    const error = catchHost(() =>
      checkZipBounds(makeZip([{ name: 'big.xml', data: zeros }]), 'big.docx', small),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('would unpack to 1.0 MB');
  });

  it('refuses entries whose declared sizes together pass the total limit', () => {
    const parts = [1, 2, 3].map((n) => ({ name: `p${n}.xml`, data: Buffer.alloc(40 * 1024) }));
    expect(catchHost(() => checkZipBounds(makeZip(parts), 'many.docx', small)).code).toBe('too-large');
  });

  it('refuses an entry that lies about its size, inflating no further than the lie plus one byte', () => {
    const liar = makeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    const error = catchHost(() => checkZipBounds(liar, 'liar.docx', small));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('unpacks to more than it says');
    // And mammoth never sees it.
    return expect(convertDocx(liar, 'liar.docx', { ...docxLimits, zip: small })).rejects.toMatchObject({
      code: 'too-large',
    });
  });

  it('refuses too many entries', () => {
    const parts = Array.from({ length: 11 }, (_, n) => ({ name: `p${n}`, data: 'x' }));
    expect(catchHost(() => checkZipBounds(makeZip(parts), 'parts.docx', small)).message).toContain(
      '11 parts',
    );
  });
});

function catchHost(run: () => void): HostError {
  try {
    run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
