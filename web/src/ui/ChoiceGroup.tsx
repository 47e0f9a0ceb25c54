import type { ReactNode } from "react";
import { describe, FieldError, type FieldErrors } from "./fieldErrors";
import type { Choice } from "./SelectField";

/**
 * Checkboxes or radio buttons under one legend. The fieldset carries the field's id and takes
 * focus when the group is in error; each input is `{id}-{value}`.
 */
export function ChoiceGroup<T extends string>({
  id,
  type,
  legend,
  hint,
  choices,
  isChecked,
  onPick,
  errors,
}: {
  id: string;
  type: "checkbox" | "radio";
  legend: ReactNode;
  hint?: ReactNode;
  choices: Choice<T>[];
  isChecked: (value: T) => boolean;
  onPick: (value: T, checked: boolean) => void;
  errors: FieldErrors;
}) {
  return (
    <fieldset id={id} tabIndex={-1} {...(hint ? describe(errors, id, `${id}-hint`) : describe(errors, id))}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="checks">
        {choices.map((choice) => (
          <div key={choice.value} className="check">
            <input
              type={type}
              id={`${id}-${choice.value}`}
              name={type === "radio" ? id : undefined}
              checked={isChecked(choice.value)}
              onChange={(event) => onPick(choice.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${choice.value}`} lang={choice.lang}>
              {choice.label}
            </label>
          </div>
        ))}
      </div>
      <FieldError errors={errors} field={id} />
    </fieldset>
  );
}
