import { describe, expect, it } from 'vitest';
import { formatOgrs3Value } from './ogrs3';
import type { DateParts } from '../dates/format';
import { calculateFromOgrs3Form, emptyOgrs3Form, type Ogrs3FormValues } from './ogrs3-form';

const today = '2026-06-01';

/** Three boxes as typed, from "day/month/year". */
function boxes(text: string): DateParts {
  const [day = '', month = '', year = ''] = text.split('/');
  return { day, month, year };
}

// Example A of ogrs3.test.ts typed as a trainee would: man born 14/05/1998, convicted 02/03/2026, first
// sanction at 16, six sanctions, theft. Worked by hand there: two-year 63%, medium.
const typed: Ogrs3FormValues = {
  sex: 'male',
  dateOfBirth: boxes('14/05/1998'),
  convictionDate: boxes(' 2/3 /2026 '),
  followUpStartDate: boxes(''),
  ageAtFirstSanction: '16',
  totalSanctions: ' 6',
  offenceGroupId: 'theft-non-motor',
};

describe('reading the OGRS3 sandbox form', () => {
  it('reads UK dates and whole numbers and calculates', () => {
    const outcome = calculateFromOgrs3Form(typed, today);
    expect(outcome.status).toBe('calculated');
    if (outcome.status !== 'calculated' || outcome.result.status !== 'scored') throw new Error('not scored');
    expect(outcome.result.twoYear.percent).toBe(63);
    expect(outcome.result.band).toBe('medium');
    expect(outcome.result.ages.atFollowUpStart).toBe(27);
  });

  it('uses a typed follow-up date for the age/sex term', () => {
    // Released on 15/05/2026, the day after his 28th birthday: the band stays 25 to 29, but the age moves.
    const outcome = calculateFromOgrs3Form({ ...typed, followUpStartDate: boxes('15/05/2026') }, today);
    if (outcome.status !== 'calculated' || outcome.result.status !== 'scored') throw new Error('not scored');
    expect(outcome.result.ages).toMatchObject({ atConviction: 27, atFollowUpStart: 28 });
  });

  it('asks for every blank field by name', () => {
    const outcome = calculateFromOgrs3Form(emptyOgrs3Form, today);
    expect(outcome).toEqual({
      status: 'needs-correcting',
      errors: {
        sex: 'Choose the sex recorded for the person.',
        dateOfBirth: 'Enter the date of birth.',
        convictionDate: 'Enter the date of the current conviction.',
        ageAtFirstSanction: 'Enter the age at first sanction.',
        totalSanctions: 'Enter the number of sanctions.',
        offenceGroupId: 'Choose the offence group of the current offence.',
      },
    });
  });

  it('refuses dates that are not real, part-typed or in an implausible year, and numbers that are not whole', () => {
    const outcome = calculateFromOgrs3Form(
      {
        ...typed,
        dateOfBirth: boxes('30/02/1998'),
        convictionDate: boxes('2//2026'),
        followUpStartDate: boxes('15/05/2206'),
        totalSanctions: '2.5',
      },
      today,
    );
    expect(outcome.status === 'needs-correcting' && outcome.errors).toEqual({
      dateOfBirth: 'The date of birth must be a real date, for example 23 11 2026.',
      convictionDate: 'The date of the current conviction must include a month.',
      followUpStartDate: 'The year of the start of follow-up must be between 1900 and 2100.',
      totalSanctions: 'Enter the number of sanctions as a whole number, for example 3.',
    });
  });

  it('passes on the calculator’s own checks, one message per field', () => {
    const outcome = calculateFromOgrs3Form(
      { ...typed, totalSanctions: '0', convictionDate: boxes('02/07/2026') },
      today,
    );
    expect(outcome.status).toBe('needs-correcting');
    if (outcome.status !== 'needs-correcting') return;
    expect(outcome.errors.totalSanctions).toContain('at least 1');
    expect(outcome.errors.convictionDate).toContain('in the future (after 01/06/2026)');
  });

  it('shows term values with a true minus sign', () => {
    expect(formatOgrs3Value(-1.5673568)).toBe('−1.56736');
    expect(formatOgrs3Value(0.46306)).toBe('+0.46306');
    expect(formatOgrs3Value(0.6612, 4)).toBe('+0.6612');
  });
});
