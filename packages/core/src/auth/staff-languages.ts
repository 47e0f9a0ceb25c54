/** The languages the staff's console is written in; French, the product's language, first. */
export const staffLanguages = ["fr", "en"] as const;
export type StaffLanguage = (typeof staffLanguages)[number];
