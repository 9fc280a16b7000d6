// shared/ is type-checked without DOM or Node types, but pdfmake's own typings pull both in. The shared project
// maps 'pdfmake/interfaces' to these loose shapes instead; the host project checks the same builders against
// pdfmake's full typings, so their correctness is still checked where the definition is rendered.
/* eslint-disable @typescript-eslint/no-explicit-any -- loose on purpose: the real typings are checked elsewhere */
type Loose = { [key: string]: any };
export type Content = string | number | ContentObject | Content[];
type ContentObject = Loose & { layout?: string | TableLayout };
export type TableCell = Content;
export type Style = Loose;
export type StyleDictionary = { [name: string]: Style };
export type TDocumentDefinitions = Loose & {
  content: Content;
  header?: Content | DynamicContent;
  footer?: Content | DynamicContent;
};
export type Margins = number | [number, number] | [number, number, number, number];
export type ContentTable = Loose;
export type ContentText = Loose;
export type ContentStack = Loose;
export type CanvasElement = Loose;
type LayoutFn = (index: number, node: any, columnIndex: number) => any;
type LayoutPart =
  | 'hLineWidth'
  | 'vLineWidth'
  | 'hLineColor'
  | 'vLineColor'
  | 'fillColor'
  | 'paddingLeft'
  | 'paddingRight'
  | 'paddingTop'
  | 'paddingBottom'
  | 'hLineStyle'
  | 'vLineStyle';
export type TableLayout = { [part in LayoutPart]?: LayoutFn | string | number };
export type CustomTableLayout = Loose;
export type PageSize = string | Loose;
export type DynamicContent = (currentPage: number, pageCount: number, pageSize: any) => any;
