import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { calculateOgrs3, type Ogrs3Input } from '@shared/predictors/ogrs3';
import { Ogrs3Working } from './Ogrs3Working';

// Example A of shared/predictors/ogrs3.test.ts (worked by hand there): one year 45%, two years 63%, medium.
const exampleA: Ogrs3Input = {
  sex: 'male',
  dateOfBirth: '1998-05-14',
  convictionDate: '2026-03-02',
  ageAtFirstSanction: 16,
  totalSanctions: 6,
  offenceGroupId: 'theft-non-motor',
  asOf: '2026-06-01',
};

function render(input: Ogrs3Input): string {
  const result = calculateOgrs3(input);
  if (result.status === 'invalid') throw new Error('invalid example');
  return renderToStaticMarkup(<Ogrs3Working result={result} />);
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('OGRS3 working', () => {
  it('shows both probabilities, the band, and that it is a group figure, not a harm judgement', () => {
    const text = textOf(render(exampleA));
    expect(text).toContain('One year: 45%');
    expect(text).toContain('Two years: 63%');
    expect(text).toContain('Band: Medium');
    expect(text).toContain('Illustrative, not operational');
    expect(text).toContain('not a judgement about this person or about the risk of serious harm');
  });

  it('lists every term with its value, working and explanation, then the sum and the logistic steps', () => {
    const html = render(exampleA);
    const text = textOf(html);
    for (const label of [
      'Age and sex',
      'Rate of sanctions (Copas rate)',
      'First or repeat sanction',
      'Current offence group',
    ])
      expect(text).toContain(label);
    expect(text).toContain('−1.16670');
    expect(text).toContain('ln(6 ÷ (10 + 11))');
    expect(text).toContain('Linear score, y −1.60980');
    expect(text).toContain(
      'y + 1.40256 = −0.20724; probability = 1 ÷ (1 + e 0.20724 ) = 0.4484, shown as 45%',
    );
    expect(html.match(/<details/g)).toHaveLength(4);
  });

  it('says plainly when the offence group has no known parameter, and gives no probability', () => {
    const text = textOf(render({ ...exampleA, offenceGroupId: 'needs-exact-offence' }));
    expect(text).toContain('not available from the published sources');
    expect(text).toContain('Not available');
    expect(text).toContain('Sum of the known terms');
    expect(text).not.toContain('Two years:');
    expect(text).not.toContain('Band:');
  });
});
