import type { ReactNode } from 'react';

/**
 * The fields of the home screen's filters (the case library's and the attempts list's): a label above a
 * search box or a select, laid out and labelled the same way in both.
 */

/** One field: its label above its control. */
function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="case-filter__field">
      <label className="label case-filter__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterSearch({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FilterField id={id} label={label}>
      <input
        id={id}
        className="input input--width-20"
        type="search"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FilterField>
  );
}

/** A select whose first option is "any"; `value` is one of `options` or 'any'. */
export function FilterSelect<V extends string>({
  id,
  label,
  anyLabel,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | 'any';
  onChange: (value: V | 'any') => void;
}) {
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as V | 'any')}
      >
        <option value="any">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
