import type { ReactNode } from "react";
import { ChoiceGroup } from "./ChoiceGroup";
import type { FieldErrors } from "./fieldErrors";
import type { Choice } from "./SelectField";

/** One answer among a few, as radio buttons under a legend. */
export function RadiosField<T extends string>({
  value,
  onChange,
  ...group
}: {
  id: string;
  legend: ReactNode;
  choices: Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  errors: FieldErrors;
}) {
  return <ChoiceGroup {...group} type="radio" isChecked={(choice) => choice === value} onPick={onChange} />;
}
