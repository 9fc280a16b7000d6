import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, Radios, describedBy } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import {
  OGRS3_ILLUSTRATIVE_LABEL,
  OGRS3_NOT_ROSH_EXPLANATION,
  type Ogrs3Field,
} from '@shared/predictors/ogrs3';
import {
  OGRS3_OFFENCE_GROUPS,
  OGRS3_PARAMETER_SOURCE_NOTE,
  findOgrs3OffenceGroup,
} from '@shared/predictors/ogrs3-offence-groups';
import {
  calculateFromOgrs3Form,
  emptyOgrs3Form,
  ogrs3DateNames,
  type Ogrs3DateField,
  ogrs3FormFieldOrder,
  type Ogrs3FieldErrors,
  type Ogrs3FormOutcome,
  type Ogrs3FormValues,
} from '@shared/predictors/ogrs3-form';
import { DateInput } from '@renderer/components/DateInput';
import { Ogrs3Working } from './Ogrs3Working';
import { isoDateOf, readDateParts } from '@shared/dates/format';
import './predictors.css';

/** Today as yyyy-mm-dd in UK time (not UTC, which is a day out around midnight in summer). */
function todayIso(now = new Date()): string {
  return isoDateOf(now);
}

const fieldIds: Record<Ogrs3Field, string> = {
  sex: 'ogrs3-sex',
  dateOfBirth: 'ogrs3-date-of-birth',
  convictionDate: 'ogrs3-conviction-date',
  followUpStartDate: 'ogrs3-follow-up-start',
  ageAtFirstSanction: 'ogrs3-age-first-sanction',
  totalSanctions: 'ogrs3-total-sanctions',
  offenceGroupId: 'ogrs3-offence-group',
};

interface DateFieldProps {
  field: Ogrs3DateField;
  label: string;
  hint: string;
  values: Ogrs3FormValues;
  errors: Ogrs3FieldErrors;
  onChange: (field: Ogrs3DateField, value: Ogrs3FormValues[Ogrs3DateField]) => void;
}

/** A date in day, month and year boxes; only the boxes the problem is about are marked. */
function DateField({ field, label, hint, values, errors, onChange }: DateFieldProps) {
  const reading = readDateParts(values[field], ogrs3DateNames[field]);
  return (
    <DateInput
      id={fieldIds[field]}
      legend={label}
      legendClassName="fieldset__legend--s"
      hint={hint}
      error={errors[field]}
      errorParts={reading.kind === 'problem' ? reading.parts : undefined}
      value={values[field]}
      onChange={(typed) => onChange(field, typed)}
    />
  );
}

type Ogrs3TextField = Exclude<Ogrs3Field, Ogrs3DateField>;

interface TextFieldProps {
  field: Ogrs3TextField;
  label: string;
  hint: string;
  values: Ogrs3FormValues;
  errors: Ogrs3FieldErrors;
  onChange: (field: Ogrs3TextField, value: string) => void;
  width: 'input--width-10' | 'input--width-5';
  numeric?: boolean;
}

function TextField({ field, label, hint, values, errors, onChange, width, numeric }: TextFieldProps) {
  const id = fieldIds[field];
  const error = errors[field];
  return (
    <Field id={id} label={label} labelClassName="label--s" hint={hint} error={error}>
      <input
        className={`input ${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={values[field]}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(field, event.target.value)}
      />
    </Field>
  );
}

/**
 * The OGRS3 predictor sandbox: a trainee enters a fictional person's history and sees the one- and two-year
 * probabilities with every term of the working. Nothing is saved; nothing leaves the screen.
 */
export function Ogrs3Sandbox({ today = todayIso() }: { today?: string }) {
  const [values, setValues] = useState<Ogrs3FormValues>(emptyOgrs3Form);
  const [outcome, setOutcome] = useState<Ogrs3FormOutcome | null>(null);
  const errors: Ogrs3FieldErrors = outcome?.status === 'needs-correcting' ? outcome.errors : {};
  const summary = ogrs3FormFieldOrder.flatMap((field) => {
    const text = errors[field];
    return text ? [{ fieldId: fieldIds[field], text }] : [];
  });
  const group = findOgrs3OffenceGroup(values.offenceGroupId);

  const change = <F extends keyof Ogrs3FormValues>(field: F, value: Ogrs3FormValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(calculateFromOgrs3Form(values, today));
  };

  const groupHint = group
    ? `${group.examples.charAt(0).toUpperCase()}${group.examples.slice(1)}. ${OGRS3_PARAMETER_SOURCE_NOTE[group.source]}`
    : 'The group of the current offence. Each group adds its own value to the score.';

  return (
    <>
      <ErrorSummary errors={summary} focusOnShow />
      <PageHeading title="OGRS3 sandbox" caption="Predictor sandbox">
        OGRS3 sandbox
      </PageHeading>
      <section
        className="notification-banner notification-banner--warning"
        aria-labelledby="ogrs3-warning-title"
        data-testid="ogrs3-warning"
      >
        <div className="notification-banner__header">
          <h2 className="notification-banner__title" id="ogrs3-warning-title">
            {OGRS3_ILLUSTRATIVE_LABEL}
          </h2>
        </div>
        <div className="notification-banner__content">
          <p className="body">{OGRS3_NOT_ROSH_EXPLANATION}</p>
        </div>
      </section>
      <p className="body">
        Enter a fictional person’s details to see how the Offender Group Reconviction Scale (version 3) turns
        age, sex and criminal history into a group probability of proven reoffending, and which terms move it
        most.
      </p>

      <form noValidate onSubmit={submit} aria-describedby="ogrs3-form-note">
        <p className="hint" id="ogrs3-form-note">
          Nothing you enter here is saved.
        </p>
        <Radios
          id={fieldIds.sex}
          name="ogrs3-sex"
          legend="Sex"
          legendClassName="fieldset__legend--s"
          inline
          error={errors.sex}
          options={[
            { value: 'male', label: 'Male' },
            { value: 'female', label: 'Female' },
          ]}
          value={values.sex || null}
          onChange={(value) => change('sex', value)}
        />
        <DateField
          field="dateOfBirth"
          label="Date of birth"
          hint="For example, 14 5 1998"
          values={values}
          errors={errors}
          onChange={change}
        />
        <DateField
          field="convictionDate"
          label="Date of the current conviction"
          hint="For example, 2 3 2026. It cannot be in the future."
          values={values}
          errors={errors}
          onChange={change}
        />
        <DateField
          field="followUpStartDate"
          label="Start of follow-up (optional)"
          hint="The date of a community sentence, or of release from custody. Leave blank to use the conviction date. The age/sex term uses the age on this date."
          values={values}
          errors={errors}
          onChange={change}
        />
        <TextField
          field="ageAtFirstSanction"
          label="Age at first sanction"
          hint="In whole years: the age at the person’s first caution or conviction."
          width="input--width-5"
          numeric
          values={values}
          errors={errors}
          onChange={change}
        />
        <TextField
          field="totalSanctions"
          label="Number of sanctions"
          hint="Every previous caution and conviction plus the current one: 1 for a first conviction."
          width="input--width-5"
          numeric
          values={values}
          errors={errors}
          onChange={change}
        />
        <Field
          id={fieldIds.offenceGroupId}
          label="Offence group of the current offence"
          labelClassName="label--s"
          hint={groupHint}
          error={errors.offenceGroupId}
        >
          <select
            className={`select${errors.offenceGroupId ? ' select--error' : ''}`}
            id={fieldIds.offenceGroupId}
            name={fieldIds.offenceGroupId}
            value={values.offenceGroupId}
            aria-describedby={describedBy(fieldIds.offenceGroupId, groupHint, errors.offenceGroupId)}
            aria-invalid={errors.offenceGroupId ? true : undefined}
            onChange={(event) => change('offenceGroupId', event.target.value)}
          >
            <option value="">Choose a group</option>
            {OGRS3_OFFENCE_GROUPS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
                {option.parameter === null ? ' (parameter not available)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <div className="button-group">
          <button type="submit" className="button">
            Calculate
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setValues(emptyOgrs3Form);
              setOutcome(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {outcome?.status === 'calculated' ? <Ogrs3Working result={outcome.result} /> : null}
      </div>
    </>
  );
}
