import type { StyleDictionary } from 'pdfmake/interfaces';

/** The look of every PDF: fonts, colours, text styles, table lines. */

/** The font family the host registers (`electron/host/pdf/render.ts`). */
export const PDF_FONT = 'DejaVuSans';

export const PRACTICE_BANNER = 'Practice - fictional case - not for operational use';

export const colours = {
  text: '#1b1b1b',
  muted: '#505a5f',
  rule: '#b1b4b6',
  headerFill: '#f3f2f1',
  banner: '#1d3b5c',
  notAnswered: '#8c1c13',
  quoteBar: '#1d70b8',
};

export const styles: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 13, color: colours.muted, margin: [0, 0, 0, 18] },
  h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 13, bold: true, margin: [0, 16, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
  intro: { color: colours.muted, margin: [0, 0, 0, 8] },
  prompt: { bold: true, margin: [0, 9, 0, 2] },
  answer: { margin: [0, 0, 0, 3] },
  notAnswered: { italics: true, bold: true, color: colours.notAnswered },
  muted: { color: colours.muted },
  small: { fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 9 },
  cell: { fontSize: 9 },
  quote: { italics: true },
  status: { fontSize: 9, color: colours.muted, margin: [0, 0, 0, 4] },
};

export const NOT_ANSWERED = 'Not answered';
export const NO_ANSWER = 'No answer given';

export const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
