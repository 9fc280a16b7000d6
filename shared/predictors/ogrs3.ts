/**
 * OGRS3 (Offender Group Reconviction Scale, version 3) as a teaching calculator: ILLUSTRATIVE, NOT OPERATIONAL.
 *
 * The formula is the one published by Howard, Francis, Soothill and Humphreys (Ministry of Justice Research Summary
 * 7/09, 2009), as MoJ's own re-implementation carries it (hmpps-arns-risk-actuarial-api,
 * OGRS3TransformationHelper.kt at commit 1811fe7):
 *
 *   y = age/sex term + 1.25112 × ln(total sanctions ÷ (10 + years since first sanction))
 *       + first-sanction term + offence-group parameter
 *   P(one year) = e^(y + 1.40256) / (1 + e^(y + 1.40256))
 *   P(two years) = e^(y + 2.1217) / (1 + e^(y + 2.1217))
 *   band from the two-year percentage: low 0–49, medium 50–74, high 75–89, very high 90+
 *
 * Ages are whole years on the day (a person is 18 from their 18th birthday). The age/sex term uses the age at the
 * start of follow-up (the date of a community sentence or caution, or release from custody); the Copas rate uses the
 * age at the current conviction. When no separate follow-up date is given, the conviction date is used for both.
 *
 * The function is pure: the caller passes "today" (`asOf`) so future dates can be refused without reading a clock.
 */
import { isIsoDate, formatIsoDate } from '../dates/format';
import {
  OGRS3_PARAMETER_SOURCE_NOTE,
  findOgrs3OffenceGroup,
  type Ogrs3OffenceGroup,
  type Ogrs3ParameterSource,
} from './ogrs3-offence-groups';

export const OGRS3_COPAS_WEIGHT = 1.25112;
export const OGRS3_FIRST_SANCTION_TERM = 0.12614;
export const OGRS3_REPEAT_SANCTION_TERM = 0.46306;
export const OGRS3_ONE_YEAR_CONSTANT = 1.40256;
export const OGRS3_TWO_YEAR_CONSTANT = 2.1217;
/** The youngest age the age/sex table covers, and the age of criminal responsibility in England and Wales. */
export const OGRS3_MINIMUM_AGE = 10;
/** A guard against typing slips (an extra zero), not a fact about the scale. */
export const OGRS3_MAXIMUM_SANCTIONS = 500;

export const OGRS3_ILLUSTRATIVE_LABEL = 'Illustrative, not operational';

export const OGRS3_NOT_ROSH_EXPLANATION =
  'OGRS3 estimates how often people with the same age, sex and criminal history were proven to reoffend in the ' +
  'follow-up period. It is a probability for a group, not a prediction about this person, and it says nothing about ' +
  'how serious any further offence would be or who would be harmed. Risk of serious harm is a separate, evidence-based ' +
  'professional judgement: a low OGRS3 score can sit beside a high risk of serious harm, and a high score beside a low ' +
  'one. This calculator is for practice on fictional cases only; it is not the operational tool and its numbers must ' +
  'not be used about a real person.';

export type Ogrs3Sex = 'male' | 'female';

export interface Ogrs3AgeBand {
  /** Inclusive lower age in whole years. */
  from: number;
  /** Inclusive upper age, or null for "and over". */
  to: number | null;
  male: number;
  female: number;
}

/** The published age/sex parameters (Research Summary 7/09). */
export const OGRS3_AGE_SEX_BANDS: readonly Ogrs3AgeBand[] = [
  { from: 10, to: 11, male: 0, female: 0.785 },
  { from: 12, to: 13, male: 0.08392, female: 0.61385 },
  { from: 14, to: 15, male: 0.07578, female: 0.66952 },
  { from: 16, to: 17, male: -0.0616, female: -0.9592 },
  { from: 18, to: 20, male: -0.6251, female: -0.8975 },
  { from: 21, to: 24, male: -1.0515, female: -1.0285 },
  { from: 25, to: 29, male: -1.1667, female: -1.0528 },
  { from: 30, to: 34, male: -1.326, female: -1.1291 },
  { from: 35, to: 39, male: -1.368, female: -1.4219 },
  { from: 40, to: 49, male: -1.4997, female: -1.5247 },
  { from: 50, to: null, male: -2.0253, female: -2.4498 },
];

export type Ogrs3Band = 'low' | 'medium' | 'high' | 'very-high';

export const OGRS3_BAND_LABELS: Record<Ogrs3Band, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
};

export interface Ogrs3Input {
  sex: Ogrs3Sex;
  /** ISO yyyy-mm-dd. */
  dateOfBirth: string;
  /** ISO: the date of the current conviction or caution. */
  convictionDate: string;
  /**
   * ISO: when the follow-up starts (the date of a community sentence, or release from custody). May be in the future
   * (a planned release). Defaults to the conviction date.
   */
  followUpStartDate?: string;
  /** Whole years: the age at the person's first ever caution or conviction. */
  ageAtFirstSanction: number;
  /** Previous cautions and convictions PLUS the current one, so at least 1. */
  totalSanctions: number;
  /** An id from OGRS3_OFFENCE_GROUPS. */
  offenceGroupId: string;
  /** ISO: today, injected so the calculator stays pure. */
  asOf: string;
}

export type Ogrs3Field = Exclude<keyof Ogrs3Input, 'asOf'>;

export interface Ogrs3InputError {
  field: Ogrs3Field;
  message: string;
}

export type Ogrs3TermId = 'age-sex' | 'copas-rate' | 'first-sanction' | 'offence-group';

export interface Ogrs3Term {
  id: Ogrs3TermId;
  label: string;
  /** The term's contribution to the linear score; null only for an offence group with no known parameter. */
  value: number | null;
  /** How the value was reached, with the numbers put in. */
  working: string;
  /** What the term means and why it moves the score, for a trainee. */
  explanation: string;
  source: Ogrs3ParameterSource | 'published-formula';
}

export interface Ogrs3Probability {
  /** The unrounded logistic probability, 0 to 1. */
  probability: number;
  /** Whole per cent, rounded half up and kept within 1 to 99 (a group rate is never shown as certain or impossible). */
  percent: number;
  /** The exponent fed to the logistic function: y plus the period's constant. */
  exponent: number;
}

export interface Ogrs3Ages {
  atConviction: number;
  atFollowUpStart: number;
  yearsSinceFirstSanction: number;
}

export type Ogrs3Result =
  | { status: 'invalid'; errors: Ogrs3InputError[] }
  | {
      /** Every term but the offence group is known: the working is shown, the probabilities are not. */
      status: 'parameter-not-available';
      offenceGroup: Ogrs3OffenceGroup;
      ages: Ogrs3Ages;
      terms: Ogrs3Term[];
      /** The sum of the terms that are known, so a trainee can still see what drives the score. */
      partialScore: number;
      message: string;
    }
  | {
      status: 'scored';
      offenceGroup: Ogrs3OffenceGroup;
      ages: Ogrs3Ages;
      terms: Ogrs3Term[];
      /** y: the sum of the terms. */
      linearScore: number;
      oneYear: Ogrs3Probability;
      twoYear: Ogrs3Probability;
      band: Ogrs3Band;
      bandExplanation: string;
    };

/** Whole years from `fromIso` to `onIso`; a birthday counts on the day, and 29 February birthdays count on 1 March. */
export function wholeYearsBetween(fromIso: string, onIso: string): number {
  const [fromYear, fromMonth, fromDay] = fromIso.split('-').map(Number) as [number, number, number];
  const [onYear, onMonth, onDay] = onIso.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = onMonth < fromMonth || (onMonth === fromMonth && onDay < fromDay);
  return onYear - fromYear - (beforeAnniversary ? 1 : 0);
}

export function ogrs3AgeSexBand(age: number): Ogrs3AgeBand | undefined {
  return OGRS3_AGE_SEX_BANDS.find((band) => age >= band.from && (band.to === null || age <= band.to));
}

/** The band for a whole two-year percentage, with the published cut-offs. */
export function ogrs3Band(twoYearPercent: number): Ogrs3Band {
  if (twoYearPercent >= 90) return 'very-high';
  if (twoYearPercent >= 75) return 'high';
  if (twoYearPercent >= 50) return 'medium';
  return 'low';
}

function logistic(exponent: number): number {
  // Written as 1 / (1 + e^-x) so a large positive exponent cannot overflow to Infinity / Infinity.
  return 1 / (1 + Math.exp(-exponent));
}

function toProbability(linearScore: number, constant: number): Ogrs3Probability {
  const exponent = linearScore + constant;
  const probability = logistic(exponent);
  // Round half up on a value trimmed to 10 places, so 0.495 stored as 0.49499999... still shows 50%.
  const rounded = Math.floor(Number((probability * 100).toFixed(10)) + 0.5);
  return { probability, exponent, percent: Math.min(99, Math.max(1, rounded)) };
}

/** A term's value as the working shows it: a true minus sign (or a plus), five decimal places by default. */
export function formatOgrs3Value(value: number, places = 5): string {
  const text = Math.abs(value).toFixed(places);
  return value < 0 ? `−${text}` : `+${text}`;
}

function bandRangeText(band: Ogrs3AgeBand): string {
  return band.to === null ? `${band.from} and over` : `${band.from} to ${band.to}`;
}

function validate(input: Ogrs3Input): Ogrs3InputError[] {
  const errors: Ogrs3InputError[] = [];
  const dates: Array<[Ogrs3Field, string | undefined, string]> = [
    ['dateOfBirth', input.dateOfBirth, 'date of birth'],
    ['convictionDate', input.convictionDate, 'date of the current conviction'],
    ['followUpStartDate', input.followUpStartDate, 'start of follow-up'],
  ];
  for (const [field, value, name] of dates) {
    if (value === undefined && field === 'followUpStartDate') continue;
    if (value === undefined || !isIsoDate(value)) {
      errors.push({ field, message: `Enter the ${name} as a real date, for example 23/11/2026.` });
    }
  }
  if (!isIsoDate(input.asOf)) {
    // A programming error rather than a trainee's slip, but still reported rather than thrown.
    errors.push({ field: 'convictionDate', message: "Today's date is missing, so dates cannot be checked." });
  }

  if (!Number.isInteger(input.totalSanctions) || input.totalSanctions < 1) {
    errors.push({
      field: 'totalSanctions',
      message:
        'Enter the number of sanctions as a whole number of at least 1: it counts every previous caution and ' +
        'conviction plus the current one, so someone convicted for the first time has 1.',
    });
  } else if (input.totalSanctions > OGRS3_MAXIMUM_SANCTIONS) {
    errors.push({
      field: 'totalSanctions',
      message: `${input.totalSanctions} sanctions looks like a typing slip: check the number (at most ${OGRS3_MAXIMUM_SANCTIONS}).`,
    });
  }
  if (!Number.isInteger(input.ageAtFirstSanction) || input.ageAtFirstSanction < OGRS3_MINIMUM_AGE) {
    errors.push({
      field: 'ageAtFirstSanction',
      message: `Enter the age at first sanction in whole years, ${OGRS3_MINIMUM_AGE} or over (no one under ${OGRS3_MINIMUM_AGE} can be cautioned or convicted in England and Wales).`,
    });
  }
  if (!findOgrs3OffenceGroup(input.offenceGroupId)) {
    errors.push({ field: 'offenceGroupId', message: 'Choose the offence group of the current offence.' });
  }
  // The checks below compare dates, which means nothing until every date is real.
  const dateFields: Ogrs3Field[] = ['dateOfBirth', 'convictionDate', 'followUpStartDate'];
  if (errors.some((error) => dateFields.includes(error.field))) return errors;

  const { dateOfBirth, convictionDate, asOf } = input;
  const followUpStart = input.followUpStartDate ?? convictionDate;
  if (dateOfBirth > asOf) {
    errors.push({
      field: 'dateOfBirth',
      message: `The date of birth is in the future (after ${formatIsoDate(asOf)}).`,
    });
  }
  if (convictionDate > asOf) {
    errors.push({
      field: 'convictionDate',
      message: `The conviction date is in the future (after ${formatIsoDate(asOf)}): OGRS3 is scored on a conviction that has happened.`,
    });
  }
  if (convictionDate <= dateOfBirth) {
    errors.push({ field: 'convictionDate', message: 'The conviction date must be after the date of birth.' });
    return errors;
  }
  if (followUpStart < convictionDate) {
    errors.push({
      field: 'followUpStartDate',
      message: 'Follow-up starts at sentence or release, so it cannot be before the conviction date.',
    });
  }
  const ageAtConviction = wholeYearsBetween(dateOfBirth, convictionDate);
  if (ageAtConviction < OGRS3_MINIMUM_AGE) {
    errors.push({
      field: 'convictionDate',
      message: `The person was ${ageAtConviction} at conviction; the scale starts at ${OGRS3_MINIMUM_AGE}, the age of criminal responsibility.`,
    });
    return errors;
  }
  if (Number.isInteger(input.ageAtFirstSanction) && input.ageAtFirstSanction > ageAtConviction) {
    errors.push({
      field: 'ageAtFirstSanction',
      message: `The first sanction cannot come after the current conviction: the person was ${ageAtConviction} at conviction, but the age at first sanction is ${input.ageAtFirstSanction}.`,
    });
  }
  if (
    input.totalSanctions === 1 &&
    Number.isInteger(input.ageAtFirstSanction) &&
    input.ageAtFirstSanction < ageAtConviction
  ) {
    errors.push({
      field: 'ageAtFirstSanction',
      message: `With 1 sanction the current conviction is the first, so the age at first sanction should be the age at conviction (${ageAtConviction}), not ${input.ageAtFirstSanction}. If there were earlier sanctions, count them in the total.`,
    });
  }
  return errors;
}

export function calculateOgrs3(input: Ogrs3Input): Ogrs3Result {
  const errors = validate(input);
  if (errors.length > 0) return { status: 'invalid', errors };

  const followUpStart = input.followUpStartDate ?? input.convictionDate;
  const ageAtConviction = wholeYearsBetween(input.dateOfBirth, input.convictionDate);
  const ageAtFollowUpStart = wholeYearsBetween(input.dateOfBirth, followUpStart);
  const yearsSinceFirstSanction = ageAtConviction - input.ageAtFirstSanction;
  const ages: Ogrs3Ages = {
    atConviction: ageAtConviction,
    atFollowUpStart: ageAtFollowUpStart,
    yearsSinceFirstSanction,
  };
  // Validation guarantees a known group and an age of at least 10, which every band covers.
  const offenceGroup = findOgrs3OffenceGroup(input.offenceGroupId) as Ogrs3OffenceGroup;
  const ageBand = ogrs3AgeSexBand(ageAtFollowUpStart) as Ogrs3AgeBand;

  const sexWord = input.sex === 'male' ? 'men' : 'women';
  const ageSexValue = ageBand[input.sex];
  const followUpWords =
    followUpStart === input.convictionDate
      ? 'on the conviction date'
      : `at the start of follow-up (${formatIsoDate(followUpStart)})`;
  const ageSexTerm: Ogrs3Term = {
    id: 'age-sex',
    label: 'Age and sex',
    value: ageSexValue,
    working: `Aged ${ageAtFollowUpStart} ${followUpWords}: the band for ${sexWord} aged ${bandRangeText(ageBand)} gives ${formatOgrs3Value(ageSexValue)}.`,
    explanation:
      'In the group data, proven reoffending falls steeply with age, and the pattern differs between men and women, ' +
      'so each age band has its own value for each sex. The older the person when follow-up starts, the lower this ' +
      'term. It uses age at the start of follow-up: sentence for a community order, release for custody.',
    source: 'published-formula',
  };

  const copasRatio = input.totalSanctions / (10 + yearsSinceFirstSanction);
  const copasLog = Math.log(copasRatio);
  const copasValue = OGRS3_COPAS_WEIGHT * copasLog;
  const copasTerm: Ogrs3Term = {
    id: 'copas-rate',
    label: 'Rate of sanctions (Copas rate)',
    value: copasValue,
    working:
      `${input.totalSanctions} sanction${input.totalSanctions === 1 ? '' : 's'} over ${yearsSinceFirstSanction} ` +
      `year${yearsSinceFirstSanction === 1 ? '' : 's'} since the first (age ${ageAtConviction} at conviction − age ` +
      `${input.ageAtFirstSanction} at first sanction): ln(${input.totalSanctions} ÷ (10 + ${yearsSinceFirstSanction})) = ` +
      `ln(${copasRatio.toFixed(5)}) = ${formatOgrs3Value(copasLog)}; × ${OGRS3_COPAS_WEIGHT} = ${formatOgrs3Value(copasValue)}.`,
    explanation:
      'This measures how densely the person has been sanctioned across their criminal career, not just how often. ' +
      'Many sanctions packed into a few years push the score up; the same number spread over a long career counts ' +
      'for less. The 10 added to the years stops a short career from producing an extreme rate.',
    source: 'published-formula',
  };

  const isFirst = input.totalSanctions === 1;
  const firstValue = isFirst ? OGRS3_FIRST_SANCTION_TERM : OGRS3_REPEAT_SANCTION_TERM;
  const firstTerm: Ogrs3Term = {
    id: 'first-sanction',
    label: 'First or repeat sanction',
    value: firstValue,
    working: isFirst
      ? `This is the first sanction: ${formatOgrs3Value(firstValue)}.`
      : `There are earlier sanctions (${input.totalSanctions - 1}): ${formatOgrs3Value(firstValue)}.`,
    explanation:
      'Someone with any earlier caution or conviction gets a larger value than someone sanctioned for the first ' +
      'time: having a criminal history at all is one of the clearest signals in the group data.',
    source: 'published-formula',
  };

  const offenceTerm: Ogrs3Term = {
    id: 'offence-group',
    label: 'Current offence group',
    value: offenceGroup.parameter,
    working:
      offenceGroup.parameter === null
        ? `${offenceGroup.label}: no parameter is available.`
        : `${offenceGroup.label}: ${formatOgrs3Value(offenceGroup.parameter, 4)}.`,
    explanation:
      'People convicted of some kinds of offence were reconvicted more often than others in the research sample ' +
      '(acquisitive offences such as theft tend to repeat more than, say, drug importation). Violence is the ' +
      `reference group at zero. ${OGRS3_PARAMETER_SOURCE_NOTE[offenceGroup.source]}`,
    source: offenceGroup.source,
  };

  const terms = [ageSexTerm, copasTerm, firstTerm, offenceTerm];
  const knownSum = ageSexValue + copasValue + firstValue;

  if (offenceGroup.parameter === null) {
    return {
      status: 'parameter-not-available',
      offenceGroup,
      ages,
      terms,
      partialScore: knownSum,
      message:
        `The parameter for “${offenceGroup.label}” is not available from the published sources this app holds, so ` +
        'no probability or band can be given. The other terms are shown so you can see what drives the score.',
    };
  }

  const linearScore = knownSum + offenceGroup.parameter;
  const oneYear = toProbability(linearScore, OGRS3_ONE_YEAR_CONSTANT);
  const twoYear = toProbability(linearScore, OGRS3_TWO_YEAR_CONSTANT);
  const band = ogrs3Band(twoYear.percent);
  return {
    status: 'scored',
    offenceGroup,
    ages,
    terms,
    linearScore,
    oneYear,
    twoYear,
    band,
    bandExplanation:
      `${OGRS3_BAND_LABELS[band]}: the band is read from the two-year figure (${twoYear.percent}%), with low below ` +
      '50%, medium 50 to 74%, high 75 to 89% and very high 90% and over. It describes the likelihood of any proven ' +
      'reoffending, not the seriousness of harm.',
  };
}
