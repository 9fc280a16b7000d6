/**
 * Reads the OGRS3 sandbox form (what a trainee typed) into calculator input, so the screen stays a thin view:
 * dates typed in day, month and year boxes become ISO (with the plausible-year check), whole numbers are checked, blanks get a plain "enter..." message, and every
 * problem is keyed by field for an error summary that links to the field.
 */
import { emptyDateParts, readDateParts, type DateParts } from '../dates/format';
import { calculateOgrs3, type Ogrs3Field, type Ogrs3Input, type Ogrs3Result } from './ogrs3';

export interface Ogrs3FormValues {
  sex: string;
  dateOfBirth: DateParts;
  convictionDate: DateParts;
  /** Optional: blank means the conviction date. */
  followUpStartDate: DateParts;
  ageAtFirstSanction: string;
  totalSanctions: string;
  offenceGroupId: string;
}

export const emptyOgrs3Form: Ogrs3FormValues = {
  sex: '',
  dateOfBirth: emptyDateParts,
  convictionDate: emptyDateParts,
  followUpStartDate: emptyDateParts,
  ageAtFirstSanction: '',
  totalSanctions: '',
  offenceGroupId: '',
};

/** The form's fields in screen order, for the error summary. */
export const ogrs3FormFieldOrder: readonly Ogrs3Field[] = [
  'sex',
  'dateOfBirth',
  'convictionDate',
  'followUpStartDate',
  'ageAtFirstSanction',
  'totalSanctions',
  'offenceGroupId',
];

export type Ogrs3FieldErrors = Partial<Record<Ogrs3Field, string>>;

export type Ogrs3FormOutcome =
  | { status: 'needs-correcting'; errors: Ogrs3FieldErrors }
  | { status: 'calculated'; result: Exclude<Ogrs3Result, { status: 'invalid' }> };

export type Ogrs3DateField = 'dateOfBirth' | 'convictionDate' | 'followUpStartDate';

export const ogrs3DateNames: Record<Ogrs3DateField, string> = {
  dateOfBirth: 'date of birth',
  convictionDate: 'date of the current conviction',
  followUpStartDate: 'start of follow-up',
};

function readDate(
  field: Ogrs3DateField,
  parts: DateParts,
  errors: Ogrs3FieldErrors,
  optional = false,
): string | undefined {
  const reading = readDateParts(parts, ogrs3DateNames[field]);
  if (reading.kind === 'empty') {
    if (!optional) errors[field] = `Enter the ${ogrs3DateNames[field]}.`;
    return undefined;
  }
  if (reading.kind === 'problem') {
    errors[field] = reading.message;
    return undefined;
  }
  return reading.iso;
}

function readWholeNumber(
  field: 'ageAtFirstSanction' | 'totalSanctions',
  text: string,
  name: string,
  errors: Ogrs3FieldErrors,
): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') {
    errors[field] = `Enter the ${name}.`;
    return undefined;
  }
  if (!/^\d{1,4}$/.test(trimmed)) {
    errors[field] = `Enter the ${name} as a whole number, for example 3.`;
    return undefined;
  }
  return Number(trimmed);
}

/** Checks the form and, when it reads cleanly, runs the calculator. `asOf` is today as ISO yyyy-mm-dd. */
export function calculateFromOgrs3Form(values: Ogrs3FormValues, asOf: string): Ogrs3FormOutcome {
  const errors: Ogrs3FieldErrors = {};
  if (values.sex !== 'male' && values.sex !== 'female')
    errors.sex = 'Choose the sex recorded for the person.';
  const dateOfBirth = readDate('dateOfBirth', values.dateOfBirth, errors);
  const convictionDate = readDate('convictionDate', values.convictionDate, errors);
  const followUpStartDate = readDate('followUpStartDate', values.followUpStartDate, errors, true);
  const ageAtFirstSanction = readWholeNumber(
    'ageAtFirstSanction',
    values.ageAtFirstSanction,
    'age at first sanction',
    errors,
  );
  const totalSanctions = readWholeNumber(
    'totalSanctions',
    values.totalSanctions,
    'number of sanctions',
    errors,
  );
  if (values.offenceGroupId === '')
    errors.offenceGroupId = 'Choose the offence group of the current offence.';
  if (Object.keys(errors).length > 0) return { status: 'needs-correcting', errors };

  const input: Ogrs3Input = {
    sex: values.sex as Ogrs3Input['sex'],
    dateOfBirth: dateOfBirth!,
    convictionDate: convictionDate!,
    ...(followUpStartDate === undefined ? {} : { followUpStartDate }),
    ageAtFirstSanction: ageAtFirstSanction!,
    totalSanctions: totalSanctions!,
    offenceGroupId: values.offenceGroupId,
    asOf,
  };
  const result = calculateOgrs3(input);
  if (result.status !== 'invalid') return { status: 'calculated', result };
  for (const error of result.errors) errors[error.field] ??= error.message;
  return { status: 'needs-correcting', errors };
}
