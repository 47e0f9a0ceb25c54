/**
 * E-mail addresses, also written to dodge a filter: spaces around the @, the @ spelled out
 * (`name(at)host`, `name [at] host`, `name at host dot fr`), full-width or small @ (`＠`, `﹫`),
 * dots spelled out (`host(dot)fr`). A dot followed by a space ends a sentence, not an address.
 */
const at = String.raw`\s*(?:[@＠﹫]|[([{<]\s*(?:at|arobase)\s*[)\]}>]|\s(?:at|arobase)\s)\s*`;
const dot = String.raw`(?:[.．。]|\s*[([{<]\s*(?:dot|point)\s*[)\]}>]\s*|\s(?:dot|point)\s)`;
const emails = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]+${at}[\p{L}\p{N}-]+(?:${dot}[\p{L}\p{N}-]+)*${dot}\p{L}{2,}`,
  "giu",
);

/**
 * Phone numbers: an optional +country code, then digits in groups split by spaces, dots,
 * dashes or brackets, at least 9 digits in all (8 after a +). Dates (12/05/2024), prices
 * (4 000 €) and years are shorter or use slashes, so they stay.
 */
const phones = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s.()-]{6,}\d(?![\p{L}\p{N}])/gu;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  return digits >= (/^(\+|00)/.test(candidate) ? 8 : 9) && digits <= 15;
}

/** A question as it may be stored: e-mail addresses and phone numbers replaced by placeholders. */
export function redact(text: string): string {
  return text.replace(emails, "[e-mail]").replace(phones, (candidate) => (isPhone(candidate) ? "[phone]" : candidate));
}
