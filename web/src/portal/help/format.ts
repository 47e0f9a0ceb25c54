/** A date as a reader of `language` writes it: "3 March 2027", "3 mars 2027", "٣ مارس ٢٠٢٧". */
export function formatDate(iso: string, language: string, withTime = false): string {
  const style: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: "long", timeStyle: "short" }
    : { dateStyle: "long" };
  return new Intl.DateTimeFormat(language, style).format(new Date(iso));
}

/**
 * An e-mail address or a name set apart from the sentence around it, so that in a right-to-left
 * sentence it keeps its own direction and the punctuation stays where it belongs.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "housing, school and health", with the reader's own commas and "and". */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(items);
}
