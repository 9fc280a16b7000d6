import { describe, expect, it } from 'vitest';
import { contrastRatio, levelColour, levelScale, notApplicableColour } from './colours';

describe('level colours', () => {
  it('meet WCAG AA contrast for the text printed on them', () => {
    for (const colour of [...levelScale, notApplicableColour])
      expect(contrastRatio(colour.text, colour.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('spreads any number of levels from the lowest to the highest colour', () => {
    expect(levelColour(0, 4)).toBe(levelScale[0]);
    expect(levelColour(3, 4)).toBe(levelScale[3]);
    expect(levelColour(0, 3)).toBe(levelScale[0]);
    expect(levelColour(2, 3)).toBe(levelScale[3]);
    expect(levelColour(0, 1)).toBe(levelScale[0]);
  });
});
