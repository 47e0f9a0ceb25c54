/**
 * Reading the API's sanitised HTML as a document: nothing in it runs, DOMParser does not
 * execute scripts or load images.
 */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, "text/html").body;
}

/** The words of an answer, for the live region that reads it out. */
export function plainText(html: string): string {
  return (parse(html).textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The answer without its first paragraph when that paragraph is the notice: the API puts the
 * notice in the answer's text too, and the chat shows it apart, as a note, in the reader's language.
 */
export function withoutNotice(html: string, notice: string): string {
  const body = parse(html);
  const first = body.firstElementChild;
  if (first?.textContent?.trim() === notice.trim()) first.remove();
  return body.innerHTML;
}
