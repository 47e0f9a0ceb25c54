import type { ReactNode } from "react";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";

/** One checkbox with its label, and its error when it must be ticked. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  errors = {},
  required,
}: {
  id: string;
  label: ReactNode;
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
          {...describe(errors, id)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldError errors={errors} field={id} />
    </div>
  );
}
