import { z } from 'zod';
import { isoDateTime } from '../model/ids';
import { maxNesting, parseSharePackage, serialiseSharePackage } from './share-package';
import type { SharePackage } from './share-package';

/**
 * "Export all my work": one file that carries every attempt of one's own, each with its reviews, to another
 * computer (or keeps a copy before encryption is switched on). It is a list of share packages,
 *
 *   { format: 'casework-archive', formatVersion: 1, exportedAt, appVersion, traineeName?, packages: [...] }
 *
 * so each attempt is written by the share package's builder and read back through `parseSharePackage`, with
 * every check a shared file gets. Only the envelope is checked here.
 */

export const ARCHIVE_FORMAT = 'casework-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_FILE_EXTENSION = 'casework-all';
/** Many hundreds of attempts with their reviews; the same bound as any file a person chooses to import. */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Far more attempts than a trainee makes in a course. */
export const MAX_ARCHIVE_PACKAGES = 5000;
/** The envelope adds two levels (the object and its list) to a share package's depth. */
const MAX_RAW_NESTING = 44;

const envelopeSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  exportedAt: isoDateTime,
  appVersion: z.string().min(1).max(40),
  traineeName: z.string().max(200).optional(),
  packages: z.array(z.unknown()).max(MAX_ARCHIVE_PACKAGES),
});

export interface WorkArchive {
  exportedAt: string;
  appVersion: string;
  traineeName?: string;
  packages: SharePackage[];
}

export function serialiseWorkArchive(archive: WorkArchive): string {
  // Each package as the share package's own writer writes it, so the two formats never drift apart.
  const packages = archive.packages.map((pkg) => JSON.parse(serialiseSharePackage(pkg)) as unknown);
  return `${JSON.stringify({
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: archive.exportedAt,
    appVersion: archive.appVersion,
    ...(archive.traineeName ? { traineeName: archive.traineeName } : {}),
    packages,
  })}\n`;
}

export type ArchiveParse = { ok: true; archive: WorkArchive } | { ok: false; message: string };

const NOT_OPENED = 'so nothing was imported';

/** Reads and checks a work archive; never throws. A refused file changes nothing. */
export function parseWorkArchive(bytes: Uint8Array): ArchiveParse {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES)
    return { ok: false, message: `This file is larger than an export of all work can be, ${NOT_OPENED}.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, message: `This file is not a Casework Practice export of all work, ${NOT_OPENED}.` };
  }
  if (!text.includes(`"${ARCHIVE_FORMAT}"`))
    return {
      ok: false,
      message: `This file is not an export of all work from Casework Practice (a single piece of work opens with “Open a file” on the home screen), ${NOT_OPENED}.`,
    };
  if (maxNesting(text) > MAX_RAW_NESTING)
    return { ok: false, message: `This file is nested more deeply than the app writes, ${NOT_OPENED}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is damaged or incomplete, ${NOT_OPENED}.` };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
    return {
      ok: false,
      message:
        typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION
          ? `This file was made by a newer version of Casework Practice; update the app to open it (${NOT_OPENED}).`
          : `This file is not in the form the app writes, ${NOT_OPENED}.`,
    };
  }
  const packages: SharePackage[] = [];
  for (const [index, entry] of envelope.data.packages.entries()) {
    const parsed = parseSharePackage(JSON.stringify(entry));
    if (!parsed.ok)
      return { ok: false, message: `Piece of work ${index + 1} in this file: ${parsed.message}` };
    packages.push(parsed.package);
  }
  const { exportedAt, appVersion, traineeName } = envelope.data;
  return { ok: true, archive: { exportedAt, appVersion, ...(traineeName ? { traineeName } : {}), packages } };
}
