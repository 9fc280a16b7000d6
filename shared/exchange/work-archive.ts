import { z } from 'zod';
import { isoDateTime } from '../model/ids';
import { supervisionRecordSchema } from '../supervision/schema';
import type { SupervisionRecord } from '../supervision/schema';
import { importedCopySchema } from './imported-copy';
import { maxNesting, parseSharePackage, serialiseSharePackage } from './share-package';
import type { SharePackage } from './share-package';

/**
 * "Export all my work": one file that carries everything a person would lose in moving computer (or keeps a
 * copy before encryption is switched on): every attempt with its reviews, the copies of trainees' work a
 * tutor holds, supervision records, and tutors' own templates and cases.
 *
 *   { format: 'casework-archive', formatVersion: 2, exportedAt, appVersion, traineeName?, packages: [...],
 *     copies: [{ package, originalAttemptId, traineeName, importedAt, fileName }],
 *     templates: [template, ...], cases: [{ inLibrary, pack }], supervision: [record, ...] }
 *
 * Each attempt is a share package, written by its builder and read back through `parseSharePackage`, with
 * every check a shared file gets; `copies` says which packages are imported copies (by index). A template
 * is kept as the JSON a tutor imports and a case as its `.caseworkcase` pack, every version oldest first, so
 * the host checks them exactly as an import would. Supervision records are checked by their schema here.
 * Version 1 files (packages only) still open.
 */

export const ARCHIVE_FORMAT = 'casework-archive';
export const ARCHIVE_FORMAT_VERSION = 2;
export const ARCHIVE_FILE_EXTENSION = 'casework-all';
/** Many hundreds of attempts with their reviews; the same bound as any file a person chooses to import. */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Far more attempts than a trainee makes in a course. */
export const MAX_ARCHIVE_PACKAGES = 5000;
/** Every version of far more templates, cases and sessions than one tutor keeps. */
export const MAX_ARCHIVE_TEMPLATES = 1000;
export const MAX_ARCHIVE_CASES = 1000;
export const MAX_ARCHIVE_SUPERVISION = 5000;
/**
 * The envelope adds up to three levels (the object, its list, a case's entry) to the depth each piece is
 * allowed on its own (40 for a share package or a template, 41 for a case pack); each piece is then held to
 * its own limit by its own reader.
 */
const MAX_RAW_NESTING = 44;

/** Which package is a copy of someone else's work, and where it came from (the imported copy less its ids). */
const archivedCopySchema = importedCopySchema
  .omit({ schemaVersion: true, id: true })
  .extend({ package: z.number().int().min(0).max(MAX_ARCHIVE_PACKAGES) });
export type ArchivedCopy = z.infer<typeof archivedCopySchema>;

const archivedCaseSchema = z.strictObject({ inLibrary: z.boolean(), pack: z.unknown() });
export type ArchivedCase = z.infer<typeof archivedCaseSchema>;

const envelopeSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(ARCHIVE_FORMAT_VERSION)]),
  exportedAt: isoDateTime,
  appVersion: z.string().min(1).max(40),
  traineeName: z.string().max(200).optional(),
  packages: z.array(z.unknown()).max(MAX_ARCHIVE_PACKAGES),
  copies: z.array(archivedCopySchema).max(MAX_ARCHIVE_PACKAGES).optional(),
  templates: z.array(z.unknown()).max(MAX_ARCHIVE_TEMPLATES).optional(),
  cases: z.array(archivedCaseSchema).max(MAX_ARCHIVE_CASES).optional(),
  supervision: z.array(z.unknown()).max(MAX_ARCHIVE_SUPERVISION).optional(),
});

export interface WorkArchive {
  exportedAt: string;
  appVersion: string;
  traineeName?: string;
  packages: SharePackage[];
  /** Absent or empty for a trainee; a tutor's copies of trainees' work otherwise. */
  copies?: ArchivedCopy[];
  /** Tutors' templates as imported, every version, oldest first; checked by the host as an import is. */
  templates?: unknown[];
  /** Tutors' cases as packs, every version, oldest first; checked by the host as an import is. */
  cases?: ArchivedCase[];
  supervision?: SupervisionRecord[];
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
    copies: archive.copies ?? [],
    templates: archive.templates ?? [],
    cases: archive.cases ?? [],
    supervision: archive.supervision ?? [],
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
  if (maxNesting(text, MAX_RAW_NESTING) > MAX_RAW_NESTING)
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
  const copies = envelope.data.copies ?? [];
  const marked = new Set<number>();
  for (const copy of copies) {
    if (copy.package >= packages.length || marked.has(copy.package))
      return { ok: false, message: `This file is not in the form the app writes, ${NOT_OPENED}.` };
    marked.add(copy.package);
  }
  const supervision: SupervisionRecord[] = [];
  for (const [index, entry] of (envelope.data.supervision ?? []).entries()) {
    const parsed = supervisionRecordSchema.safeParse(entry);
    if (!parsed.success)
      return {
        ok: false,
        message: `Supervision record ${index + 1} in this file is not in the form the app writes, ${NOT_OPENED}.`,
      };
    supervision.push(parsed.data);
  }
  const { exportedAt, appVersion, traineeName } = envelope.data;
  return {
    ok: true,
    archive: {
      exportedAt,
      appVersion,
      ...(traineeName ? { traineeName } : {}),
      packages,
      copies,
      templates: envelope.data.templates ?? [],
      cases: envelope.data.cases ?? [],
      supervision,
    },
  };
}
