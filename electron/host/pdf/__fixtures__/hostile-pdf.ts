/** Hand-made PDFs for the tests and the reliability report: no content but embedded-file streams. */

/** One embedded-file object holding `compressed` as a Flate stream. */
function embeddedObject(number: number, compressed: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `${number} 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
      'latin1',
    ),
    compressed,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

/** A minimal PDF whose only content is the given embedded-file streams (already compressed). */
export function pdfWith(streams: Buffer[]): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n', 'latin1'),
    ...streams.map((stream, index) => embeddedObject(index + 1, stream)),
    Buffer.from('%%EOF\n', 'latin1'),
  ]);
}
