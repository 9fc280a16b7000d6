import { describedBy, Field } from '../../components/form';

/**
 * The trainee's name as Settings and the welcome both ask for it: the same label style, hint and input, so
 * the two never say different things about where the name goes.
 */
export function TraineeNameField({
  id,
  label,
  value,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  onBlur?: () => void;
}) {
  return (
    <Field
      id={id}
      label={label}
      labelClassName="label--m"
      hint="Shown on the PDFs you export for your practice tutor. Use your own name only."
      error={error}
    >
      <input
        className={`input input--width-20${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        autoComplete="name"
        spellCheck={false}
        value={value}
        aria-describedby={describedBy(id, true, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
