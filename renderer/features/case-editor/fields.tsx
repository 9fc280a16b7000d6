import { useState } from 'react';
import type { ReactNode } from 'react';
import { DateInput } from '@renderer/components/DateInput';
import type { DateParts } from '@shared/dates/format';
import { datePartsOf, readDateParts } from '@shared/dates/format';
import { Checkboxes, describedBy, ErrorMessage, Field, Hint, Radios } from '../../components/form';
import type { ChoiceOption } from '../../components/form';
import { getAt } from './draft';
import { useEditor, useEditorStore } from './editor-context';
import { fieldId } from './field-ids';

/**
 * The editor's fields, each bound to one place in the draft by its path in the case format. A field reads
 * its own value and its own problem with a selector, so typing in it draws only it; its id comes from the
 * path, so the error summary's link for `documents[1].title` lands on that field.
 */

export type Path = readonly (string | number)[];

export function pathString(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

export function useValue<T>(path: Path): T {
  return useEditor((state) => getAt(state.draft, path) as T);
}

/** The first problem the checks found at exactly this path. */
export function useProblem(path: Path): string | undefined {
  const at = pathString(path);
  return useEditor((state) => state.errors?.find((error) => error.path === at)?.problem);
}

export function useSet(): (path: Path, value: unknown) => void {
  return useEditorStore().getState().actions.set;
}

interface BoundProps {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  labelClassName?: string;
}

export function TextField({
  path,
  label,
  hint,
  labelClassName,
  width,
}: BoundProps & { width?: 5 | 10 | 20 }) {
  const value = useValue<string | undefined>(path) ?? '';
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  return (
    <Field id={id} label={label} hint={hint} error={problem} labelClassName={labelClassName}>
      <input
        className={`input${width ? ` input--width-${width}` : ''}${problem ? ' input--error' : ''}`}
        id={id}
        type="text"
        spellCheck
        value={value}
        aria-describedby={describedBy(id, hint, problem)}
        onChange={(event) => set(path, event.target.value)}
      />
    </Field>
  );
}

export function TextAreaField({
  path,
  label,
  hint,
  rows = 4,
  optional,
}: BoundProps & { rows?: number; optional?: boolean }) {
  const value = useValue<string | undefined>(path) ?? '';
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  return (
    <Field id={id} label={label} hint={hint} error={problem}>
      <textarea
        className={`textarea${problem ? ' textarea--error' : ''}`}
        id={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, problem)}
        // An optional text left empty is removed, as the format wants it absent rather than blank.
        onChange={(event) =>
          set(path, optional && event.target.value === '' ? undefined : event.target.value)
        }
      />
    </Field>
  );
}

export function NumberField({ path, label, hint, optional }: BoundProps & { optional?: boolean }) {
  const value = useValue<number | undefined>(path);
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const shown = Number(text) === value ? text : value === undefined ? text : String(value);
  return (
    <Field id={id} label={label} hint={hint} error={problem}>
      <input
        className={`input input--width-5${problem ? ' input--error' : ''}`}
        id={id}
        type="text"
        inputMode="numeric"
        value={shown}
        aria-describedby={describedBy(id, hint, problem)}
        onChange={(event) => {
          setText(event.target.value);
          const number = Number(event.target.value.trim());
          // An optional number left empty is removed, as the format wants it absent rather than blank.
          if (optional && event.target.value.trim() === '') set(path, undefined);
          else
            set(
              path,
              event.target.value.trim() === '' || !Number.isFinite(number) ? event.target.value : number,
            );
        }}
      />
    </Field>
  );
}

export function SelectField({
  path,
  label,
  hint,
  options,
  empty,
}: BoundProps & { options: readonly { value: string; label: string }[]; empty?: string }) {
  const value = useValue<string | undefined>(path) ?? '';
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  return (
    <Field id={id} label={label} hint={hint} error={problem}>
      <select
        className={`select${problem ? ' select--error' : ''}`}
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, problem)}
        onChange={(event) => set(path, event.target.value === '' ? undefined : event.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** What a radios or checkboxes group bound to `path` shows, alike for both: id, legend, hint, problem, options. */
function useChoiceGroup({ path, label, hint, options }: BoundProps & { options: ChoiceOption[] }) {
  return {
    id: fieldId(pathString(path)),
    legend: label,
    hint,
    error: useProblem(path),
    options,
    legendClassName: 'fieldset__legend--s',
  };
}

export function RadiosField({
  inline,
  ...bound
}: BoundProps & { options: ChoiceOption[]; inline?: boolean }) {
  const value = useValue<string | undefined>(bound.path) ?? null;
  const set = useSet();
  return (
    <Radios
      {...useChoiceGroup(bound)}
      value={value}
      inline={inline}
      onChange={(next) => set(bound.path, next)}
    />
  );
}

export function CheckboxesField(bound: BoundProps & { options: ChoiceOption[] }) {
  const values = useValue<string[] | undefined>(bound.path) ?? [];
  const set = useSet();
  return <Checkboxes {...useChoiceGroup(bound)} values={values} onChange={(next) => set(bound.path, next)} />;
}

export function BooleanField({ path, label }: { path: Path; label: ReactNode }) {
  const checked = useValue<boolean | undefined>(path) ?? false;
  const set = useSet();
  const id = fieldId(pathString(path));
  return (
    <div className="checkboxes__item">
      <input
        className="checkboxes__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => set(path, event.target.checked)}
      />
      <label className="checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * A list of short texts written one per line (discussion points, pitfalls). The text is kept as typed, so
 * a blank line being written does not vanish under the cursor; the list drops blank lines.
 */
export function LinesField({ path, label, hint }: BoundProps) {
  const values = useValue<string[] | undefined>(path) ?? [];
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  const [text, setText] = useState(values.join('\n'));
  const lines = (typed: string) =>
    typed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const shown = lines(text).join('\n') === values.join('\n') ? text : values.join('\n');
  return (
    <Field id={id} label={label} hint={<>{hint} Write one on each line.</>} error={problem}>
      <textarea
        className={`textarea${problem ? ' textarea--error' : ''}`}
        id={id}
        rows={Math.min(10, Math.max(3, values.length + 1))}
        value={shown}
        aria-describedby={describedBy(id, true, problem)}
        onChange={(event) => {
          setText(event.target.value);
          set(path, lines(event.target.value));
        }}
      />
    </Field>
  );
}

/** A problem the checks found with a whole list or group (e.g. "at least one document…"), shown at its top. */
export function GroupProblem({ path }: { path: Path }) {
  const problem = useProblem(path);
  const id = fieldId(pathString(path));
  return (
    <div id={id} tabIndex={-1}>
      <ErrorMessage id={id} error={problem} />
    </div>
  );
}

export { Hint };

/** A document's date in day, month and year boxes, kept in the case as yyyy-mm-dd. */
export function DateField({ path, label }: { path: Path; label: ReactNode }) {
  const value = useValue<string | undefined>(path) ?? '';
  const problem = useProblem(path);
  const set = useSet();
  const id = fieldId(pathString(path));
  const [draft, setDraft] = useState<DateParts | null>(null);
  const parts = draft ?? datePartsOf(value);
  const reading = readDateParts(parts);
  const typedWrong = draft !== null && reading.kind === 'problem' ? reading : null;
  return (
    <DateInput
      id={id}
      legend={label}
      hint="For example, 23 11 2026"
      error={typedWrong?.message ?? problem}
      errorParts={typedWrong?.parts}
      value={parts}
      onChange={(typed) => {
        setDraft(typed);
        const now = readDateParts(typed);
        // Kept as typed while it is not a date, so the checks point at it rather than an older date.
        set(
          path,
          now.kind === 'date'
            ? now.iso
            : now.kind === 'empty'
              ? ''
              : `${typed.day}/${typed.month}/${typed.year}`,
        );
      }}
      onBlur={() => {
        if (draft !== null && readDateParts(draft).kind === 'date') setDraft(null);
      }}
    />
  );
}
