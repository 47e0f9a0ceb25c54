import type { i18n as I18n } from "i18next";
import type { ErrorWords } from "./api";

/** Which of the catalog's `input.*` sentences says what an input check refused. */
function inputKey(issue: string, origin?: string, minimum?: number): string {
  const sized = origin === "string" ? "Text" : origin === "array" || origin === "set" ? "Items" : "Number";
  if (issue === "too_small") return origin === "string" && minimum === 1 ? "required" : `tooSmall${sized}`;
  if (issue === "too_big") return `tooBig${sized}`;
  if (issue === "invalid_format") return "format";
  if (issue === "invalid_value") return "choice";
  return "invalid";
}

/**
 * A face's words for failures, from its `errors` namespace: the server's code when the catalog
 * has words for it, else the check the input failed, else the kind of refusal — naming the
 * field each time. English keeps the server's own sentence, more precise, where the catalog has
 * no words for its code; every other language gets a sentence of its own, never English.
 */
export function errorWordsFrom(i18n: I18n): ErrorWords {
  return (info) => {
    const t = i18n.getFixedT(null, "errors");
    const segment = info.field
      ?.split(".")
      .filter((part) => !/^\d+$/.test(part))
      .at(-1);
    const field = segment ? t(`fields.${segment}`, { defaultValue: info.field }) : undefined;
    const context = field ? "field" : undefined;
    const issue = info.issue;
    const values = {
      field,
      context,
      count: issue?.maximum ?? issue?.minimum ?? 0,
      seconds: info.retryAfterSeconds ?? 0,
    };
    if (info.reason && i18n.exists(`codes.${info.reason}`, { ns: "errors" })) return t(`codes.${info.reason}`, values);
    if (i18n.resolvedLanguage === "en") return undefined;
    if (issue && field) {
      const key = issue.format === "email" ? "email" : inputKey(issue.issue, issue.origin, issue.minimum);
      return t(`input.${key}`, values);
    }
    return t(`kinds.${info.code ?? "failed"}`, { ...values, defaultValue: t("kinds.failed") });
  };
}
