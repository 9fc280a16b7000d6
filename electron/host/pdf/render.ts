import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfmakeModule from 'pdfmake';
import type * as PdfMakeApi from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { installFontPool } from './font-pool';
import { installLineRuns } from './line-runs';
import { installNextLine } from './next-line';
import { installStreamText } from './stream-text';
import { installStyleLookup } from './style-lookup';
import { installWordStyles } from './word-styles';

/**
 * pdfmake running in Node. pdfmake 0.3 exports one shared instance (`module.exports = new pdfmake()`), so
 * every render sets the fonts and both access policies again rather than trusting whoever ran last.
 */
type PdfMake = typeof PdfMakeApi;

// CommonJS interop differs between Node's ESM loader (instance under `default`) and bundlers (the namespace
// is the instance); accept both.
const pdfMake: PdfMake =
  (pdfmakeModule as unknown as { default?: PdfMake }).default ?? (pdfmakeModule as unknown as PdfMake);

/** The font family name the builder in `shared/pdf` asks for. */
export const PDF_FONT_FAMILY = 'DejaVuSans';

const fontFiles = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

const FONT_SUBDIR = join('assets', 'fonts', 'dejavu');

/**
 * Where the app's fonts are: beside the source tree in development and tests (walking up from this file),
 * or under the packaged app's resources folder. The shell may pass its own folder instead.
 */
export function findFontsDir(extraCandidates: readonly string[] = []): string {
  const candidates = [...extraCandidates];
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, FONT_SUBDIR));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth += 1) {
    candidates.push(join(dir, FONT_SUBDIR));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  candidates.push(join(process.cwd(), FONT_SUBDIR));
  const found = candidates.find((candidate) => existsSync(join(candidate, fontFiles.normal)));
  if (!found) throw new Error(`The PDF fonts were not found (looked in ${candidates.join(', ')})`);
  return resolve(found);
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
  /** Where it was made in a PDF worker: that worker's CPU for it and peak memory (the benches read these). */
  usage?: { cpuMs: number; maxRssMb: number };
}

export interface RenderOptions {
  fontsDir: string;
  /** Called as pages are written, 0..1 (pdfmake's progress callback). */
  onProgress?: (share: number) => void;
}

/**
 * Renders a document definition to PDF bytes. The definition must be fresh: pdfmake mutates it.
 * Only the app's own font files may be read from disk and nothing may be fetched from the network; the
 * builder never puts user text in image, file or link fields, and these policies catch anything that does.
 */
export async function renderPdf(
  definition: TDocumentDefinitions,
  options: RenderOptions,
): Promise<RenderedPdf> {
  const fontsDir = resolve(options.fontsDir);
  const fonts: TFontDictionary = {
    [PDF_FONT_FAMILY]: {
      normal: join(fontsDir, fontFiles.normal),
      bold: join(fontsDir, fontFiles.bold),
      italics: join(fontsDir, fontFiles.italics),
      bolditalics: join(fontsDir, fontFiles.bolditalics),
    },
  };
  const allowedFiles = new Set(Object.values(fonts[PDF_FONT_FAMILY]!).map((path) => String(path)));
  installFontPool();
  installLineRuns();
  installNextLine();
  installStyleLookup();
  installStreamText();
  installWordStyles();
  pdfMake.setFonts(fonts);
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => allowedFiles.has(path));
  pdfMake.setProgressCallback(options.onProgress ?? (() => undefined));

  // pdfmake tells the footer the page count on every page; keep the last one for the caller.
  let pages = 0;
  const footer = definition.footer;
  if (typeof footer === 'function') {
    definition.footer = (currentPage, pageCount, pageSize) => {
      pages = pageCount;
      return footer(currentPage, pageCount, pageSize);
    };
  }
  const bytes = await pdfMake.createPdf(definition).getBuffer();
  if (pages === 0) pages = countPages(bytes);
  return { bytes, pages };
}

/** Fallback page count from the page tree (pdfkit writes one /Type /Pages with /Count). */
function countPages(bytes: Buffer): number {
  const match = /\/Type \/Pages\s*\/Kids \[[^\]]*\]\s*\/Count (\d+)/.exec(bytes.toString('latin1'));
  return match ? Number(match[1]) : 0;
}
