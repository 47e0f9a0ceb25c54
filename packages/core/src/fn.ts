import type * as z from "zod";
import { type IssueDetail, VisibleError } from "./error";

/** The first problem of a failed parse, as a sentence naming the field, and what it was. */
export function describeIssue(error: z.ZodError): { field: string; message: string; detail: IssueDetail } {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "input";
  const bound = (value: unknown) =>
    typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined;
  const detail: IssueDetail = { issue: issue?.code ?? "custom" };
  if (issue && "minimum" in issue) detail.minimum = bound(issue.minimum);
  if (issue && "maximum" in issue) detail.maximum = bound(issue.maximum);
  if (issue && "origin" in issue && typeof issue.origin === "string") detail.origin = issue.origin;
  if (issue && "format" in issue && typeof issue.format === "string") detail.format = issue.format;
  return { field, message: `${field}: ${issue?.message ?? "invalid value"}`, detail };
}

/**
 * A domain operation whose input is validated before it runs. Bad input becomes a
 * VisibleError("input") naming the field, so every edge reports it the same way. Parsed
 * asynchronously: a schema may use a library loaded on first use (stored Markdown is sanitised).
 */
export function fn<Schema extends z.ZodType, Result>(
  schema: Schema,
  impl: (input: z.output<Schema>) => Result,
): ((input: z.input<Schema>) => Promise<Awaited<Result>>) & { schema: Schema } {
  const run = async (input: z.input<Schema>): Promise<Awaited<Result>> => {
    const parsed = await schema.safeParseAsync(input);
    if (!parsed.success) {
      const { field, message, detail } = describeIssue(parsed.error);
      throw new VisibleError("input", "invalid_input", message, field, detail);
    }
    return await impl(parsed.data);
  };
  return Object.assign(run, { schema });
}
