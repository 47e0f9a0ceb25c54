import type { FieldErrors } from "../../ui/fieldErrors";
import type { IntakeDraft } from "./intakeDraft";

/** What each part of the intake form gets: the draft, a way to change one field, the errors. */
export type IntakePart = {
  draft: IntakeDraft;
  /** Changes the draft and clears the error of `field`, which the change may have fixed. */
  edit: (field: string, patch: Partial<IntakeDraft>) => void;
  errors: FieldErrors;
};
