import { describe, expect, it } from 'vitest';
import { ownLabel } from '../model/own-key';
import { computedLabel } from './engine';
import type { AnyItem } from './schema';
import { yesNoUnknownLabels } from './schema';

const item = {
  kind: 'computed',
  id: 'echo',
  prompt: 'Echo',
  expression: { var: 'answers.t.typed' },
  valueLabels: { high: 'High' },
} as AnyItem;

describe('labels looked up by a value someone typed', () => {
  it('shows a computed value named like an object property as itself, not as a function or object', () => {
    for (const typed of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(computedLabel(item, typed)).toBe(typed);
    }
    expect(computedLabel(item, 'high')).toBe('High');
  });

  it('finds only labels the record itself holds', () => {
    expect(ownLabel(yesNoUnknownLabels, 'constructor')).toBeUndefined();
    expect(ownLabel(yesNoUnknownLabels, '__proto__')).toBeUndefined();
    expect(ownLabel(yesNoUnknownLabels, 'yes')).toBe('Yes');
    expect(ownLabel(undefined, 'yes')).toBeUndefined();
  });
});
