import type { ChangeEvent, InputHTMLAttributes, ReactNode } from "react";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";

type Attributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "className"
  | "required"
  | "maxLength"
  | "min"
  | "max"
  | "inputMode"
  | "autoComplete"
  | "autoCapitalize"
  | "spellCheck"
  | "lang"
  | "dir"
>;

/**
 * A labelled text box with its optional hint (`{id}-hint`) and its error, both tied to it for
 * screen readers. With `rows`, a paragraph (textarea) rather than a line.
 */
export function TextField({
  id,
  label,
  hint,
  errors,
  value,
  onChange,
  type,
  rows,
  ...attributes
}: Attributes & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: FieldErrors;
  value: string;
  onChange: (value: string) => void;
  type?: "email" | "tel" | "number" | "date" | "month" | "datetime-local";
  rows?: number;
}) {
  const props = {
    id,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
    ...attributes,
    ...(hint ? describe(errors, id, `${id}-hint`) : describe(errors, id)),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {rows ? <textarea rows={rows} {...props} /> : <input type={type} {...props} />}
      <FieldError errors={errors} field={id} />
    </div>
  );
}
