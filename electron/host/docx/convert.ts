import mammoth from 'mammoth';
import { HostError } from '@shared/contract';
import { htmlToBlocks } from './html-blocks';
import type { ConvertedBody } from './html-blocks';
import { checkZipBounds, docxZipLimits } from './zip-guard';
import type { ZipLimits } from './zip-guard';

export interface DocxLimits {
  zip: ZipLimits;
  /** How long the conversion may take before the file is refused, in milliseconds. */
  timeoutMs: number;
}

export const docxLimits: DocxLimits = { zip: docxZipLimits, timeoutMs: 15_000 };

/** Pictures are dropped without being read, so an embedded image costs nothing to convert. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * A Word document's text as case-file blocks. The zip is checked before mammoth sees it (`checkZipBounds`),
 * which bounds the work mammoth can be made to do; the time limit is the second guard, for a document
 * that is within the sizes but still slow to convert.
 */
export async function convertDocx(
  bytes: Buffer,
  name: string,
  limits: DocxLimits = docxLimits,
): Promise<ConvertedBody> {
  checkZipBounds(bytes, name, limits.zip);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HostError(
            'too-large',
            `“${name}” took too long to read, so it was not used. Copy its text and paste it instead.`,
          ),
        ),
      limits.timeoutMs,
    );
  });
  try {
    const result = await Promise.race([
      mammoth.convertToHtml({ buffer: bytes }, { convertImage: skipImages, externalFileAccess: false }),
      timeout,
    ]);
    const converted = htmlToBlocks(result.value);
    if (converted.blocks.length === 0)
      throw new HostError('invalid-file', `“${name}” has no text the app could find.`);
    return converted;
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(
      'invalid-file',
      `“${name}” could not be read as a Word document. Save it again from Word as a .docx, or paste its text.`,
    );
  } finally {
    clearTimeout(timer);
  }
}
