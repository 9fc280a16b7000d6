import { describe, expect, it } from 'vitest';
import { documentBlockSchema } from '@shared/cases';
import { blocksToText, textToBlocks } from './paste';

describe('textToBlocks', () => {
  it('turns a pasted letter into a heading, details, paragraphs and a list', () => {
    const text = [
      'Contact log entry',
      '',
      'Date: 12/11/2026',
      'Officer: PO Amira Castell',
      '',
      'Mr Tolland attended on time. He said the hostel had been',
      'noisy and that he had not slept.',
      'He asked about moving to his sister’s flat.',
      '',
      'Agreed actions:',
      '- Check the sister’s address with the police',
      '• Book a home visit',
      '2) Review in two weeks',
    ].join('\r\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'heading', text: 'Contact log entry' },
      {
        kind: 'fields',
        entries: [
          { label: 'Date', value: '12/11/2026' },
          { label: 'Officer', value: 'PO Amira Castell' },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Mr Tolland attended on time. He said the hostel had been noisy and that he had not slept.',
      },
      { kind: 'paragraph', text: 'He asked about moving to his sister’s flat.' },
      { kind: 'paragraph', text: 'Agreed actions:' },
      {
        kind: 'list',
        items: ['Check the sister’s address with the police', 'Book a home visit', 'Review in two weeks'],
      },
    ]);
  });

  it('turns tab-separated lines into a table whose first line gives the columns', () => {
    expect(textToBlocks('Date\tCourt\tOffence\n03/02/2024\tMarrowby Magistrates\tCriminal damage\n')).toEqual(
      [
        {
          kind: 'table',
          columns: ['Date', 'Court', 'Offence'],
          rows: [['03/02/2024', 'Marrowby Magistrates', 'Criminal damage']],
        },
      ],
    );
  });

  it('never makes a heading of the last line, a sentence, or a list item', () => {
    expect(textToBlocks('He left at noon.\n\nNo further contact')).toEqual([
      { kind: 'paragraph', text: 'He left at noon.' },
      { kind: 'paragraph', text: 'No further contact' },
    ]);
  });

  it('gives nothing for blank text, and only blocks the case format accepts', () => {
    expect(textToBlocks(' \n\n \t\n')).toEqual([]);
    for (const block of textToBlocks('A\n\nB: c\nD: e\n\n- f\n\nx\ty\nz\tw'))
      expect(documentBlockSchema.safeParse(block).success).toBe(true);
  });

  it('reads back what blocksToText writes', () => {
    const blocks = textToBlocks(
      'Heading here\n\nOne: two\nThree: four\n\n- a\n- b\n\nc\td\ne\tf\n\nLast words.',
    );
    expect(textToBlocks(blocksToText(blocks))).toEqual(blocks);
  });
});
