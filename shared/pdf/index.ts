/**
 * PDF export, the pure part: the document builder (attempt in, pdfmake definition out), export options,
 * default file names, and the exchange file (`.casework`, also attached inside PDFs) with its validating reader.
 * The host (`electron/host/pdf`) renders, writes, attaches and extracts.
 */
export {
  buildAttemptPdf,
  durationLabel,
  PDF_FONT,
  PRACTICE_BANNER,
  type AttemptPdfInput,
  type PdfCaseDocument,
  type PdfCaseInfo,
  type PdfTutorNote,
} from './builder';
export * from './options';
export * from './exchange';
export { defaultExportFileName, safeFileName, safeFileNamePart, templateSetLabel } from './file-name';
export { isoDateOf as ukIsoDate } from '../dates/format';
export { contrastRatio, levelColour, levelScale, notApplicableColour } from './colours';
export { cleanText, paragraphs, wrappableText, LONG_RUN } from './text';
