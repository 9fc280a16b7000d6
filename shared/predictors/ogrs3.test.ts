import { describe, expect, it } from 'vitest';
import {
  OGRS3_AGE_SEX_BANDS,
  calculateOgrs3,
  ogrs3AgeSexBand,
  ogrs3Band,
  wholeYearsBetween,
  type Ogrs3Input,
  type Ogrs3Result,
  type Ogrs3TermId,
} from './ogrs3';
import { OGRS3_OFFENCE_GROUPS, findOgrs3OffenceGroup } from './ogrs3-offence-groups';

// Every expected number below was worked out by hand from the published terms (Research Summary 7/09), with the
// logarithms and exponentials read off a calculator to 7 decimal places. None is produced by calling the code.

const today = '2026-06-01';

function scored(result: Ogrs3Result) {
  if (result.status !== 'scored') throw new Error(`expected a score, got ${JSON.stringify(result)}`);
  return result;
}

function term(result: Ogrs3Result, id: Ogrs3TermId): number | null {
  if (result.status === 'invalid') throw new Error(`invalid: ${JSON.stringify(result.errors)}`);
  const found = result.terms.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no term ${id}`);
  return found.value;
}

function errorsOf(result: Ogrs3Result) {
  if (result.status !== 'invalid') throw new Error(`expected invalid input, got ${result.status}`);
  return result.errors;
}

const base: Ogrs3Input = {
  sex: 'male',
  dateOfBirth: '1998-05-14',
  convictionDate: '2026-03-02',
  ageAtFirstSanction: 16,
  totalSanctions: 6,
  offenceGroupId: 'theft-non-motor',
  asOf: today,
};

describe('OGRS3 worked examples', () => {
  it('example A: man of 27, six sanctions since 16, theft (medium)', () => {
    // Age on 02/03/2026, born 14/05/1998: 2026 − 1998 = 28, birthday not yet reached -> 27. Band 25 to 29, male: −1.1667
    // Years since first sanction: 27 − 16 = 11
    // Copas: ln(6 ÷ (10 + 11)) = ln(0.2857143) = −1.2527630; × 1.25112 = −1.5673568
    // Repeat sanction: +0.46306
    // Theft (not motor): +0.6612
    // y = −1.1667 − 1.5673568 + 0.46306 + 0.6612 = −1.6097968
    // One year: y + 1.40256 = −0.2072368; e^0.2072368 = 1.2302739; P = 1 ÷ 2.2302739 = 0.4483754 -> 45%
    // Two years: y + 2.1217 = 0.5119032; e^−0.5119032 = 0.5993538; P = 1 ÷ 1.5993538 = 0.6252525 -> 63% -> medium
    const result = scored(calculateOgrs3(base));
    expect(result.ages).toEqual({ atConviction: 27, atFollowUpStart: 27, yearsSinceFirstSanction: 11 });
    expect(term(result, 'age-sex')).toBe(-1.1667);
    expect(term(result, 'copas-rate')).toBeCloseTo(-1.5673568, 6);
    expect(term(result, 'first-sanction')).toBe(0.46306);
    expect(term(result, 'offence-group')).toBe(0.6612);
    expect(result.linearScore).toBeCloseTo(-1.6097968, 6);
    expect(result.oneYear.probability).toBeCloseTo(0.4483754, 6);
    expect(result.oneYear.percent).toBe(45);
    expect(result.twoYear.probability).toBeCloseTo(0.6252525, 6);
    expect(result.twoYear.percent).toBe(63);
    expect(result.band).toBe('medium');
  });

  it('example B: woman of 19 with her first sanction, fraud (low)', () => {
    // Born 03/08/2006, convicted 15/01/2026: 2026 − 2006 = 20, birthday not reached -> 19. Band 18 to 20, female: −0.8975
    // Years since first sanction: 19 − 19 = 0
    // Copas: ln(1 ÷ 10) = −2.3025851; × 1.25112 = −2.8808103
    // First sanction: +0.12614
    // Fraud and forgery: +0.1599
    // y = −0.8975 − 2.8808103 + 0.12614 + 0.1599 = −3.4922703
    // One year: −3.4922703 + 1.40256 = −2.0897103; e^2.0897103 = 8.0825730; P = 1 ÷ 9.0825730 = 0.1101010 -> 11%
    // Two years: −3.4922703 + 2.1217 = −1.3705703; e^1.3705703 = 3.9375955; P = 1 ÷ 4.9375955 = 0.2025277 -> 20% -> low
    const result = scored(
      calculateOgrs3({
        sex: 'female',
        dateOfBirth: '2006-08-03',
        convictionDate: '2026-01-15',
        ageAtFirstSanction: 19,
        totalSanctions: 1,
        offenceGroupId: 'fraud-forgery',
        asOf: today,
      }),
    );
    expect(term(result, 'age-sex')).toBe(-0.8975);
    expect(term(result, 'copas-rate')).toBeCloseTo(-2.8808103, 6);
    expect(term(result, 'first-sanction')).toBe(0.12614);
    expect(result.linearScore).toBeCloseTo(-3.4922703, 6);
    expect(result.oneYear.probability).toBeCloseTo(0.110101, 6);
    expect(result.oneYear.percent).toBe(11);
    expect(result.twoYear.probability).toBeCloseTo(0.2025277, 6);
    expect(result.twoYear.percent).toBe(20);
    expect(result.band).toBe('low');
  });

  it('example C: young man of 18, twelve sanctions since 12, theft (very high)', () => {
    // Born 01/01/2008, convicted 10/01/2026 -> 18. Band 18 to 20, male: −0.6251
    // Years since first: 18 − 12 = 6. Copas: ln(12 ÷ 16) = ln(0.75) = −0.2876821; × 1.25112 = −0.3599248
    // y = −0.6251 − 0.3599248 + 0.46306 + 0.6612 = 0.1392352
    // One year: 1.5417952; e^−1.5417952 = 0.2139966; P = 1 ÷ 1.2139966 = 0.8237255 -> 82%
    // Two years: 2.2609352; e^−2.2609352 = 0.1042529; P = 1 ÷ 1.1042529 = 0.9055896 -> 91% -> very high
    const result = scored(
      calculateOgrs3({
        ...base,
        dateOfBirth: '2008-01-01',
        convictionDate: '2026-01-10',
        ageAtFirstSanction: 12,
        totalSanctions: 12,
      }),
    );
    expect(result.linearScore).toBeCloseTo(0.1392352, 6);
    expect(result.oneYear.percent).toBe(82);
    expect(result.twoYear.probability).toBeCloseTo(0.9055896, 6);
    expect(result.twoYear.percent).toBe(91);
    expect(result.band).toBe('very-high');
  });

  it('example D: man of 22, ten sanctions since 14, bail offence (high)', () => {
    // Born 20/02/2003, convicted 20/02/2025 (his 22nd birthday) -> 22. Band 21 to 24, male: −1.0515
    // Years since first: 22 − 14 = 8. Copas: ln(10 ÷ 18) = −0.5877867; × 1.25112 = −0.7353917
    // Absconding or bail: +0.7334
    // y = −1.0515 − 0.7353917 + 0.46306 + 0.7334 = −0.5904317
    // One year: 0.8121283; e^−0.8121283 = 0.4439123; P = 1 ÷ 1.4439123 = 0.6925629 -> 69%
    // Two years: 1.5312683; e^−1.5312683 = 0.2162612; P = 1 ÷ 1.2162612 = 0.8221918 -> 82% -> high
    const result = scored(
      calculateOgrs3({
        ...base,
        dateOfBirth: '2003-02-20',
        convictionDate: '2025-02-20',
        ageAtFirstSanction: 14,
        totalSanctions: 10,
        offenceGroupId: 'absconding-bail',
      }),
    );
    expect(result.ages.atConviction).toBe(22);
    expect(result.linearScore).toBeCloseTo(-0.5904317, 6);
    expect(result.oneYear.probability).toBeCloseTo(0.6925629, 6);
    expect(result.oneYear.percent).toBe(69);
    expect(result.twoYear.probability).toBeCloseTo(0.8221918, 6);
    expect(result.twoYear.percent).toBe(82);
    expect(result.band).toBe('high');
  });

  it('example E: a release date after a birthday moves the age/sex band but not the Copas rate', () => {
    // Born 10/09/1991, convicted 20/02/2026 -> 34; released 15/01/2027 -> 35.
    // Age/sex uses the age at release: band 35 to 39, male: −1.368 (it would be −1.326 at conviction)
    // Copas uses the age at conviction: 34 − 14 = 20 years; ln(8 ÷ 30) = −1.3217558; × 1.25112 = −1.6536752
    // Burglary (domestic): −0.1239
    // y = −1.368 − 1.6536752 + 0.46306 − 0.1239 = −2.6825152
    // Two years: −0.5608152; e^0.5608152 = 1.7521002; P = 1 ÷ 2.7521002 = 0.3633589 -> 36% -> low
    const release = scored(
      calculateOgrs3({
        ...base,
        dateOfBirth: '1991-09-10',
        convictionDate: '2026-02-20',
        followUpStartDate: '2027-01-15',
        ageAtFirstSanction: 14,
        totalSanctions: 8,
        offenceGroupId: 'burglary-domestic',
      }),
    );
    expect(release.ages).toEqual({ atConviction: 34, atFollowUpStart: 35, yearsSinceFirstSanction: 20 });
    expect(term(release, 'age-sex')).toBe(-1.368);
    expect(term(release, 'copas-rate')).toBeCloseTo(-1.6536752, 6);
    expect(release.linearScore).toBeCloseTo(-2.6825152, 6);
    expect(release.twoYear.probability).toBeCloseTo(0.3633589, 6);
    expect(release.twoYear.percent).toBe(36);

    // Same person scored on the conviction date: −1.326 instead; y = −2.6405152; two years: e^0.5188152 = 1.6800359;
    // P = 1 ÷ 2.6800359 = 0.3731293 -> 37%
    const atConviction = scored(
      calculateOgrs3({
        ...base,
        dateOfBirth: '1991-09-10',
        convictionDate: '2026-02-20',
        ageAtFirstSanction: 14,
        totalSanctions: 8,
        offenceGroupId: 'burglary-domestic',
      }),
    );
    expect(term(atConviction, 'age-sex')).toBe(-1.326);
    expect(atConviction.twoYear.probability).toBeCloseTo(0.3731293, 6);
    expect(atConviction.twoYear.percent).toBe(37);
  });

  it('never shows a group rate as certain: 99.5% and over is shown as 99%', () => {
    // Girl of 11 (band 10 to 11, female: +0.785), 50 sanctions since 10: ln(50 ÷ 11) = 1.5141277; × 1.25112 = 1.8943555
    // Repeat +0.46306; soliciting +0.7606. y = 0.785 + 1.8943555 + 0.46306 + 0.7606 = 3.9030155
    // One year: 5.3055755; e^−5.3055755 = 0.0049638; P = 0.9950607 (99.5%, rounds to 100) -> shown 99
    // Two years: 6.0247155; e^−6.0247155 = 0.0024182; P = 0.9975876 -> shown 99, very high
    const result = scored(
      calculateOgrs3({
        ...base,
        sex: 'female',
        dateOfBirth: '2014-09-01',
        convictionDate: '2026-01-12',
        ageAtFirstSanction: 10,
        totalSanctions: 50,
        offenceGroupId: 'soliciting',
      }),
    );
    expect(result.linearScore).toBeCloseTo(3.9030155, 6);
    expect(result.oneYear.probability).toBeCloseTo(0.9950607, 6);
    expect(result.oneYear.percent).toBe(99);
    expect(result.twoYear.probability).toBeCloseTo(0.9975876, 6);
    expect(result.twoYear.percent).toBe(99);
    expect(result.band).toBe('very-high');
  });

  it('shows its working in words with the numbers put in', () => {
    const result = scored(calculateOgrs3(base));
    const copas = result.terms.find((candidate) => candidate.id === 'copas-rate');
    expect(copas?.working).toContain('ln(6 ÷ (10 + 11))');
    expect(copas?.working).toContain('−1.56736');
    expect(result.terms.find((candidate) => candidate.id === 'age-sex')?.working).toContain(
      'men aged 25 to 29',
    );
    expect(result.bandExplanation).toContain('63%');
    for (const each of result.terms) expect(each.explanation.length).toBeGreaterThan(80);
  });
});

describe('OGRS3 offence group without a known parameter', () => {
  it('shows the known terms and refuses a probability instead of guessing', () => {
    // Born 01/01/1976, convicted 05/01/2026 -> 50. Band 50 and over, male: −2.0253
    // Years since first: 50 − 25 = 25. Copas: ln(3 ÷ 35) = −2.4567358; × 1.25112 = −3.0736713
    // Known terms: −2.0253 − 3.0736713 + 0.46306 = −4.6359113
    const result = calculateOgrs3({
      ...base,
      dateOfBirth: '1976-01-01',
      convictionDate: '2026-01-05',
      ageAtFirstSanction: 25,
      totalSanctions: 3,
      offenceGroupId: 'needs-exact-offence',
    });
    expect(result.status).toBe('parameter-not-available');
    if (result.status !== 'parameter-not-available') return;
    expect(result.partialScore).toBeCloseTo(-4.6359113, 6);
    expect(term(result, 'offence-group')).toBeNull();
    expect(result.message).toContain('not available from the published sources');
    expect('oneYear' in result).toBe(false);
  });

  it('every group either has a number with a source or says it is not available', () => {
    for (const group of OGRS3_OFFENCE_GROUPS) {
      if (group.parameter === null) expect(group.source).toBe('not-available');
      else expect(group.source).not.toBe('not-available');
    }
    expect(new Set(OGRS3_OFFENCE_GROUPS.map((group) => group.id)).size).toBe(OGRS3_OFFENCE_GROUPS.length);
    expect(findOgrs3OffenceGroup('violence')?.parameter).toBe(0);
  });
});

describe('OGRS3 age bands at every birthday boundary', () => {
  // Published age/sex parameters (Research Summary 7/09), written out again here so a slip in the table is caught.
  const expected: Array<[age: number, male: number, female: number]> = [
    [10, 0, 0.785],
    [12, 0.08392, 0.61385],
    [14, 0.07578, 0.66952],
    [16, -0.0616, -0.9592],
    [18, -0.6251, -0.8975],
    [21, -1.0515, -1.0285],
    [25, -1.1667, -1.0528],
    [30, -1.326, -1.1291],
    [35, -1.368, -1.4219],
    [40, -1.4997, -1.5247],
    [50, -2.0253, -2.4498],
  ];

  // Born 15/06/1960; the follow-up date is moved to the day before, of and after each boundary birthday.
  const born = '1960-06-15';
  function ageSexOn(sex: 'male' | 'female', followUp: string, conviction = '1970-06-15'): number | null {
    return term(
      calculateOgrs3({
        sex,
        dateOfBirth: born,
        convictionDate: conviction,
        followUpStartDate: followUp,
        ageAtFirstSanction: 10,
        totalSanctions: 2,
        offenceGroupId: 'violence',
        asOf: today,
      }),
      'age-sex',
    );
  }
  function isoYear(year: number, monthDay: string): string {
    return `${year}-${monthDay}`;
  }

  it.each(
    expected.slice(1).map((row, index) => [row, expected[index] as (typeof expected)[number]] as const),
  )(
    'boundary %j: day before keeps the younger band, the birthday and the day after take the new one',
    ([age, male, female], [, youngerMale, youngerFemale]) => {
      const birthdayYear = 1960 + age;
      for (const [sex, now, before] of [
        ['male', male, youngerMale],
        ['female', female, youngerFemale],
      ] as const) {
        expect(ageSexOn(sex, isoYear(birthdayYear, '06-14'))).toBe(before);
        expect(ageSexOn(sex, isoYear(birthdayYear, '06-15'))).toBe(now);
        expect(ageSexOn(sex, isoYear(birthdayYear, '06-16'))).toBe(now);
      }
    },
  );

  it('the youngest band starts on the 10th birthday', () => {
    expect(ageSexOn('male', '1970-06-15')).toBe(0);
    expect(ageSexOn('female', '1970-06-15')).toBe(0.785);
    expect(ageSexOn('female', '1970-06-16')).toBe(0.785);
  });

  it('the table in the code matches the published values', () => {
    for (const [age, male, female] of expected) {
      expect(ogrs3AgeSexBand(age)).toMatchObject({ from: age, male, female });
    }
    expect(ogrs3AgeSexBand(9)).toBeUndefined();
    expect(ogrs3AgeSexBand(97)?.from).toBe(50);
    expect(OGRS3_AGE_SEX_BANDS).toHaveLength(11);
  });

  it('counts whole years, with a 29 February birthday reached on 1 March', () => {
    expect(wholeYearsBetween('2000-06-15', '2018-06-14')).toBe(17);
    expect(wholeYearsBetween('2000-06-15', '2018-06-15')).toBe(18);
    expect(wholeYearsBetween('2004-02-29', '2022-02-28')).toBe(17);
    expect(wholeYearsBetween('2004-02-29', '2022-03-01')).toBe(18);
    expect(wholeYearsBetween('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe('OGRS3 band cut-offs on the two-year percentage', () => {
  it.each([
    [0, 'low'],
    [49, 'low'],
    [50, 'medium'],
    [74, 'medium'],
    [75, 'high'],
    [89, 'high'],
    [90, 'very-high'],
    [99, 'very-high'],
  ] as const)('%i%% is %s', (percent, band) => {
    expect(ogrs3Band(percent)).toBe(band);
  });
});

describe('OGRS3 refuses impossible input with a clear reason', () => {
  function fieldsOf(input: Partial<Ogrs3Input>) {
    return errorsOf(calculateOgrs3({ ...base, ...input })).map((error) => error.field);
  }

  it('refuses a conviction date in the future', () => {
    const errors = errorsOf(calculateOgrs3({ ...base, convictionDate: '2026-06-02' }));
    expect(errors[0]).toMatchObject({ field: 'convictionDate' });
    expect(errors[0]?.message).toContain('in the future (after 01/06/2026)');
  });

  it('accepts a conviction today', () => {
    expect(calculateOgrs3({ ...base, convictionDate: today }).status).toBe('scored');
  });

  it('refuses a date of birth in the future or after the conviction', () => {
    expect(fieldsOf({ dateOfBirth: '2027-01-01' })).toContain('dateOfBirth');
    expect(errorsOf(calculateOgrs3({ ...base, dateOfBirth: '2026-04-01' }))[0]?.message).toContain(
      'must be after the date of birth',
    );
  });

  it('refuses a first sanction after the conviction', () => {
    const errors = errorsOf(calculateOgrs3({ ...base, ageAtFirstSanction: 28 }));
    expect(errors).toEqual([
      {
        field: 'ageAtFirstSanction',
        message: expect.stringContaining('cannot come after the current conviction: the person was 27'),
      },
    ]);
  });

  it('accepts a first sanction at the age of the conviction', () => {
    expect(calculateOgrs3({ ...base, ageAtFirstSanction: 27 }).status).toBe('scored');
  });

  it('refuses zero, negative and fractional sanctions, and explains the count includes the current one', () => {
    for (const totalSanctions of [0, -2, 2.5, Number.NaN]) {
      const errors = errorsOf(calculateOgrs3({ ...base, totalSanctions }));
      expect(errors[0]?.field).toBe('totalSanctions');
      expect(errors[0]?.message).toContain('plus the current one');
    }
    expect(fieldsOf({ totalSanctions: 501 })).toEqual(['totalSanctions']);
  });

  it('refuses a single sanction whose first sanction is at an earlier age', () => {
    const errors = errorsOf(calculateOgrs3({ ...base, totalSanctions: 1, ageAtFirstSanction: 16 }));
    expect(errors[0]?.message).toContain('the current conviction is the first');
  });

  it('refuses ages under 10', () => {
    expect(fieldsOf({ ageAtFirstSanction: 9 })).toContain('ageAtFirstSanction');
    const young = errorsOf(
      calculateOgrs3({
        ...base,
        dateOfBirth: '2017-01-01',
        convictionDate: '2026-01-01',
        ageAtFirstSanction: 10,
      }),
    );
    expect(young[0]?.message).toContain('was 9 at conviction');
  });

  it('refuses a follow-up start before the conviction', () => {
    expect(fieldsOf({ followUpStartDate: '2026-03-01' })).toEqual(['followUpStartDate']);
  });

  it('refuses dates that are not real and an unknown offence group', () => {
    expect(fieldsOf({ dateOfBirth: '1998-02-30' })).toContain('dateOfBirth');
    expect(fieldsOf({ convictionDate: '02/03/2026' })).toContain('convictionDate');
    expect(fieldsOf({ offenceGroupId: 'arson-made-up' })).toEqual(['offenceGroupId']);
  });
});
