/** An event's title in the staff member's language, else French, else the first one written. */
export function eventTitle(titles: Record<string, string>, language: string): string {
  return titles[language] ?? titles.fr ?? Object.values(titles)[0] ?? "";
}
