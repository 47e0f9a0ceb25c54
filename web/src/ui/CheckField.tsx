import type { ReactNode } from "react";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";

/** One checkbox with its label, its optional hint (`{id}-hint`), and its error when it must be ticked. */
export function CheckField({
  id,
  label,
  hint,
  checked,
  onChange,
  errors = {},
  required,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: FieldErrors;
  required?: boolean;
}) {
  return (
    <div className="field">
      <div className="check">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          required={required}
          onChange={(event) => onChange(event.target.checked)}
          {...(hint ? describe(errors, id, `${id}-hint`) : describe(errors, id))}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError errors={errors} field={id} />
    </div>
  );
}
