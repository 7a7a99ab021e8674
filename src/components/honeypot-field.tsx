// A trap for form-filling robots on a public form: an input named "website" that people
// never see, never reach by keyboard and never hear (visually hidden, aria-hidden,
// tabIndex -1, no autofill). A person leaves it empty; a robot that fills every input
// does not, and the portal's server then answers as if accepted but sends nothing on.
// Uncontrolled: its value is only read when the form is sent.
type HoneypotFieldProps = { onChange: (value: string) => void };

export function HoneypotField({ onChange }: HoneypotFieldProps) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="website">Website (leave this empty)</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
