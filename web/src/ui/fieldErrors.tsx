import { useState } from "react";
import { errorInfo } from "../api";

/** Messages keyed by field path ("slug", "tagline.fr"); "form" holds those about no field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Ties an input to its hint and its error so screen readers read them with the label. */
export function describe(errors: FieldErrors, field: string, ...hintIds: string[]) {
  const invalid = Boolean(errors[field]);
  const ids = [...hintIds, ...(invalid ? [`${field}-error`] : [])];
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids.join(" ") || undefined };
}

export function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <p id={`${field}-error`} role="alert" className="field-error">
      {message}
    </p>
  );
}

/**
 * Brings the first field in error into view, in the form's order, so it can be fixed at once.
 * Once the errors are on the page: a field may only appear, or its section open, with its error.
 */
export function focusFirstError(errors: FieldErrors, order: string[]): void {
  const first = order.find((field) => errors[field]);
  if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
}

/** A failed save as form errors: next to the field the server named, else at the form's end. */
export function errorsFrom(error: unknown, fields: string[]): FieldErrors {
  const { message, field } = errorInfo(error);
  return { [field && fields.includes(field) ? field : "form"]: message };
}

/**
 * A form's errors, in its fields' order. `show` puts found errors next to their fields and brings
 * the first into view, and says whether there were any; `showFailure` does so for a failed save.
 */
export function useFieldErrors(order: string[], initial: FieldErrors = {}) {
  const [errors, setErrors] = useState(initial);
  function show(found: FieldErrors): boolean {
    setErrors(found);
    focusFirstError(found, order);
    return Object.keys(found).length > 0;
  }
  /** A change handler that also clears the errors, which the change may have fixed. */
  const clearing =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors({});
    };
  return { errors, setErrors, show, showFailure: (error: unknown) => show(errorsFrom(error, order)), clearing };
}
