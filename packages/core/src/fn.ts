import type { z } from "zod";
import { VisibleError } from "./error";

/** The first problem of a failed parse, as a sentence naming the field. */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "input";
  return { field, message: `${field}: ${issue?.message ?? "invalid value"}` };
}

/**
 * A domain operation whose input is validated before it runs. Bad input becomes a
 * VisibleError("input") naming the field, so every edge reports it the same way.
 */
export function fn<Schema extends z.ZodType, Result>(
  schema: Schema,
  impl: (input: z.output<Schema>) => Result,
): ((input: z.input<Schema>) => Promise<Awaited<Result>>) & { schema: Schema } {
  const run = async (input: z.input<Schema>): Promise<Awaited<Result>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      throw new VisibleError("input", "invalid_input", message, field);
    }
    return await impl(parsed.data);
  };
  return Object.assign(run, { schema });
}
