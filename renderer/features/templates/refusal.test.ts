import { describe, expect, it } from 'vitest';
import { splitRefusal } from './refusal';

describe('splitRefusal', () => {
  it('splits the host’s message into its heading and one path and problem per line', () => {
    const message = [
      '“visit.json” was not added: the template has 10 problems.',
      "sections[1].items[2].expression: unknown item id 'visit-risks'",
      'sections[0].items[0].showwhen: unknown field',
      "rules[0].itemRef: unknown item id 'x' in template 'home-visit-plan'",
      'and 7 more',
    ].join('\n');
    expect(splitRefusal(message)).toEqual({
      heading: '“visit.json” was not added: the template has 10 problems.',
      problems: [
        { path: 'sections[1].items[2].expression', problem: "unknown item id 'visit-risks'" },
        { path: 'sections[0].items[0].showwhen', problem: 'unknown field' },
        { path: 'rules[0].itemRef', problem: "unknown item id 'x' in template 'home-visit-plan'" },
        { path: null, problem: 'and 7 more' },
      ],
    });
  });

  it('keeps a one-line refusal (a clash, an unreadable file) as its heading with no list', () => {
    expect(splitRefusal('“a.json” is not a JSON file the app can read.')).toEqual({
      heading: '“a.json” is not a JSON file the app can read.',
      problems: [],
    });
  });
});
