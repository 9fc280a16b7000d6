// eslint-disable-next-line no-restricted-imports -- the test runs in Node; the rule guards the app bundle, not tests
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

/** Reads `--colour-x: light-dark(#light, #dark)` or `--colour-x: #both` from the stylesheet. */
function readTokens(): Record<'light' | 'dark', Record<string, string>> {
  const tokens = { light: {} as Record<string, string>, dark: {} as Record<string, string> };
  const pattern =
    /--(colour-[a-z-]+):\s*(?:light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)|(#[0-9a-f]+))\s*;/gi;
  for (const match of css.matchAll(pattern)) {
    const [, name, light, dark, both] = match;
    tokens.light[name!] = (light ?? both)!;
    tokens.dark[name!] = (dark ?? both)!;
  }
  return tokens;
}

// [foreground, background, minimum]: 4.5 for text, 3 for the edges of controls (WCAG 1.4.3 and 1.4.11).
const pairs: Array<[string, string, number]> = [
  ['colour-text', 'colour-page', 4.5],
  ['colour-text', 'colour-panel', 4.5],
  ['colour-text', 'colour-input-background', 4.5],
  ['colour-secondary-text', 'colour-page', 4.5],
  ['colour-secondary-text', 'colour-panel', 4.5],
  ['colour-link', 'colour-page', 4.5],
  ['colour-link', 'colour-panel', 4.5],
  ['colour-link-hover', 'colour-page', 4.5],
  ['colour-link-visited', 'colour-page', 4.5],
  ['colour-error', 'colour-page', 4.5],
  ['colour-success', 'colour-page', 4.5],
  ['colour-input-border', 'colour-page', 3],
  ['colour-input-border', 'colour-input-background', 3],
  ['colour-header-text', 'colour-header', 4.5],
  ['colour-header-secondary', 'colour-header', 4.5],
  ['colour-button-text', 'colour-button', 4.5],
  ['colour-button-text', 'colour-button-warning', 4.5],
  ['colour-button-secondary-text', 'colour-button-secondary', 4.5],
  ['colour-focus-text', 'colour-focus', 4.5],
  ['colour-page', 'colour-link', 4.5],
  ['colour-page', 'colour-error', 4.5],
  ['colour-tag-blue-text', 'colour-tag-blue', 4.5],
  ['colour-tag-light-blue-text', 'colour-tag-light-blue', 4.5],
  ['colour-tag-green-text', 'colour-tag-green', 4.5],
  ['colour-tag-grey-text', 'colour-tag-grey', 4.5],
  ['colour-tag-yellow-text', 'colour-tag-yellow', 4.5],
  ['colour-practice', 'colour-practice-background', 4.5],
  ['colour-practice', 'colour-page', 4.5],
];

describe('theme colours', () => {
  const tokens = readTokens();

  it('finds the tokens it checks', () => {
    for (const [fg, bg] of pairs) {
      expect(tokens.light[fg], fg).toBeDefined();
      expect(tokens.light[bg], bg).toBeDefined();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG 2.2 AA contrast in the ${theme} theme`, () => {
      const failures = pairs
        .map(([fg, bg, min]) => ({
          fg,
          bg,
          min,
          ratio: contrastRatio(tokens[theme][fg]!, tokens[theme][bg]!),
        }))
        .filter((p) => p.ratio < p.min)
        .map((p) => `${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)} < ${p.min}`);
      expect(failures).toEqual([]);
    });
  }

  it('computes contrast the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('stylesheet rules the CSP and accessibility depend on', () => {
  it('honours reduced motion and shows focus', () => {
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(css).toMatch(/:focus-visible\s*\{\s*outline: 3px solid var\(--colour-focus\)/);
  });

  it('scales to 200% with the largest text size', () => {
    expect(css).toMatch(/html\[data-text-size='largest'\]\s*\{\s*font-size: 200%;/);
  });
});
