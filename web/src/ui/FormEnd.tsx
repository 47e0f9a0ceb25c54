import { FieldError, type FieldErrors } from "./fieldErrors";

/**
 * A form's submit button, the status line that says it worked (when the form has one), and the
 * error about no field in particular.
 */
export function FormEnd({
  submit,
  pending,
  status,
  errors,
}: {
  submit: string;
  pending: boolean;
  status?: string;
  errors: FieldErrors;
}) {
  return (
    <div className="form-end">
      <button type="submit" aria-disabled={pending}>
        {submit}
      </button>
      {status !== undefined && (
        <p role="status" className="status">
          {status}
        </p>
      )}
      <FieldError errors={errors} field="form" />
    </div>
  );
}
