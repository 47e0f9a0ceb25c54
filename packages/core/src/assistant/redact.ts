/** E-mail addresses, including ones written with spaces around the @. */
const emails = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

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
