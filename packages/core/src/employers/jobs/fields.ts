import vocabulary from "./fields.json";

/** The fields a job offer belongs to (labels live in the web catalogs), and words that name them. */
export const jobFields = vocabulary.map((field) => field.code) as [string, ...string[]];

export const contracts = ["permanent", "fixed-term", "temporary", "apprenticeship", "internship", "freelance"] as const;

/** Lower case without accents, Arabic words without their article: how texts are compared. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .map((word) => (word.startsWith("ال") && word.length > 3 ? word.slice(2) : word))
    .join(" ");
}

// "other" is what an offer says when no field fits: no household's words point to it.
const folded = vocabulary
  .filter((field) => field.code !== "other")
  .map((field) => ({ code: field.code, keywords: field.keywords.map(fold) }));

/**
 * The fields a household's own words ("infirmière", "software developer", "بناء") point to. A
 * keyword of up to three letters must be a whole word ("it", "rh"); longer ones start a word.
 */
export function fieldsNamedIn(text: string): string[] {
  const words = ` ${fold(text)} `;
  return folded
    .filter(({ code, keywords }) =>
      [code, ...keywords].some((keyword) =>
        keyword.length <= 3 ? words.includes(` ${keyword} `) : words.includes(` ${keyword}`),
      ),
    )
    .map(({ code }) => code);
}
