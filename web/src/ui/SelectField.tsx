import type { ReactNode } from "react";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";

export type Choice<T extends string> = { value: T; label: string; lang?: string };

/** A labelled drop-down list with its optional hint (`{id}-hint`) and its error. */
export function SelectField<T extends string>({
  id,
  label,
  hint,
  choices,
  value,
  onChange,
  errors = {},
  className,
  required,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  errors?: FieldErrors;
  className?: string;
  required?: boolean;
}) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value as T)}
        {...(hint ? describe(errors, id, `${id}-hint`) : describe(errors, id))}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldError errors={errors} field={id} />
    </div>
  );
}
