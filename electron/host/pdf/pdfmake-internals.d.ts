// pdfmake ships no types for its internal modules; font-pool.ts describes the parts it uses itself.
declare module 'pdfmake/js/PDFDocument.js' {
  const value: unknown;
  export default value;
}
declare module 'pdfmake/js/Renderer.js' {
  const value: unknown;
  export default value;
}
declare module 'pdfmake/js/TextInlines.js' {
  const value: unknown;
  export default value;
}
declare module 'pdfmake/js/StyleContextStack.js' {
  const value: unknown;
  export default value;
}
declare module 'pdfmake/js/Line.js' {
  const value: unknown;
  export default value;
}
declare module 'pdfmake/js/LayoutBuilder.js' {
  const value: unknown;
  export default value;
}
