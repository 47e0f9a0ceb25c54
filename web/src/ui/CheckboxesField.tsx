import type { ReactNode } from "react";
import { ChoiceGroup } from "./ChoiceGroup";
import type { FieldErrors } from "./fieldErrors";
import type { Choice } from "./SelectField";

/** Several answers among a few, as checkboxes; what is checked keeps the order of `choices`. */
export function CheckboxesField<T extends string>({
  checked,
  onChange,
  ...group
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  choices: Choice<T>[];
  checked: readonly T[];
  onChange: (checked: T[]) => void;
  errors: FieldErrors;
}) {
  function pick(value: T, on: boolean) {
    const next = on ? [...checked, value] : checked.filter((item) => item !== value);
    onChange(group.choices.map((choice) => choice.value).filter((item) => next.includes(item)));
  }
  return <ChoiceGroup {...group} type="checkbox" isChecked={(value) => checked.includes(value)} onPick={pick} />;
}
