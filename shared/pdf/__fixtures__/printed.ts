/** Keys of a pdfmake node that hold layout, not printed words. */
const notText = new Set([
  'style',
  'layout',
  'color',
  'fillColor',
  'alignment',
  'wordBreak',
  'pageBreak',
  'widths',
]);

/** All the text a document definition would print, in document order (header and footer functions left out). */
export function printedText(definition: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) if (!notText.has(key)) walk(value);
  };
  walk((definition as { content: unknown }).content);
  return parts.join('\n');
}
