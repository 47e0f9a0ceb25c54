import * as z from "zod";

/**
 * Characters that change how text is shown rather than what it says: C0 and C1 controls
 * (NUL included) and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make a name display backwards in a list or an e-mail. Tabs
 * become spaces; line breaks are refused, not removed (see `singleLine`).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const lineBreak = /[\r\n\u2028\u2029]/;

/** Text as stored: invisible controls and bidi overrides removed, tabs as spaces. */
export function visibleText(text: string): string {
  return text.replace(/\t/g, " ").replace(invisible, "");
}

/**
 * A name or any other one-line field (a title, a commune, a tenant's name): at most `max`
 * characters, on one line (a CR or LF is refused: it would split a header, a CSV row or a log
 * line), without control or bidi-override characters, trimmed. Chain `.min()` for a minimum.
 */
export function singleLine(max: number, message = `Keep it under ${max} characters.`) {
  return z
    .string()
    .max(max * 2, message)
    .refine((text) => !lineBreak.test(text), "Keep it on one line.")
    .overwrite(visibleText)
    .trim()
    .max(max, message);
}

/** Several lines of text (a message, a note): controls and bidi overrides removed, line breaks kept. */
export function multiLine(max: number, message = `Keep it under ${max} characters.`) {
  return z
    .string()
    .max(max * 2, message)
    .overwrite((text) => visibleText(text.replace(/\r\n?/g, "\n")))
    .trim()
    .max(max, message);
}
