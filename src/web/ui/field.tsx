/**
 * A required text input with its visible label, an optional hint and an error line, both tied to the input by
 * aria-describedby. The label points at the input by id, so its accessible name is the label alone.
 */
export function Field(props: {
  /** Prefix for the ids on this form: the input is `<idPrefix>-<name>`, its hint and error add `-hint`, `-error`. */
  idPrefix: string;
  label: string;
  name: string;
  type: string;
  autoComplete: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  const id = `${props.idPrefix}-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>
        <span>{props.label}</span>
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.hint ? (
        <small id={`${id}-hint`} class="muted">
          {props.hint}
        </small>
      ) : null}
      {props.error ? (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
