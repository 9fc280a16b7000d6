/**
 * Colours for rating levels in printed grids. Colour is never the only signal (every cell also prints the
 * level's label), and each fill is chosen so its text meets WCAG AA contrast (4.5:1) on it.
 */

export interface LevelColour {
  fill: string;
  text: string;
}

/** Lowest to highest: green, amber, orange, red. Light fills carry near-black text; the darkest white. */
const scale: readonly LevelColour[] = [
  { fill: '#d7efd9', text: '#0b3d17' },
  { fill: '#ffe7a3', text: '#3d2e00' },
  { fill: '#f8b48c', text: '#3d1300' },
  { fill: '#a3141e', text: '#ffffff' },
];

/** The colour for level `index` of `count` ordered levels (lowest first), spread over the scale. */
export function levelColour(index: number, count: number): LevelColour {
  if (count <= 1) return scale[0]!;
  const position = Math.round((Math.max(0, Math.min(index, count - 1)) / (count - 1)) * (scale.length - 1));
  return scale[position]!;
}

/** Cells that are not rated (the row does not apply in that column). */
export const notApplicableColour: LevelColour = { fill: '#f3f2f1', text: '#505a5f' };

/** Relative luminance of a #rrggbb colour (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

export const levelScale = scale;
