import * as z from "zod";
import { singleLine } from "../single-line";
import { type Language, languageCodes, languages } from "../tenant/languages";
import { sanitizeMarkdown } from "./markdown";

export const categories = [
  "housing",
  "jobs",
  "childcare",
  "school",
  "health",
  "mobility",
  "admin",
  "disability",
  "students",
  "leisure",
  "other",
] as const;
export type Category = (typeof categories)[number];

export const statuses = ["draft", "published"] as const;
export type Status = (typeof statuses)[number];

export const slugSchema = z
  .string()
  .trim()
  .min(3, "Use 3 characters or more.")
  .max(80, "Use 80 characters or fewer.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, e.g. find-a-doctor.");

export const translationSchema = z.object({
  title: singleLine(200, "Keep the title under 200 characters.").min(1, "Give the article a title."),
  body: z
    .string()
    .max(20_000, "Keep the text under 20,000 characters.")
    .transform(sanitizeMarkdown)
    .pipe(z.string().min(1, "Write the article's text.")),
  keywords: z
    .array(singleLine(60, "Keep each keyword under 60 characters.").min(1))
    .max(30, "Give at most 30 keywords.")
    .optional(),
});
export type Translation = z.output<typeof translationSchema>;
export type Translations = Partial<Record<Language, Translation>>;

export const translationsSchema = z.partialRecord(z.enum(languageCodes), translationSchema);

/** What an editor writes; the tenant's languages are checked by the domain, which knows them. */
export const articleSchema = z.object({
  slug: slugSchema,
  category: z.enum(categories),
  status: z.enum(statuses).default("draft"),
  translations: translationsSchema,
});

/** One article of an import file (the format of `knowledge.json`). Imported articles are published unless told. */
export const importedArticleSchema = articleSchema.extend({
  status: z.enum(statuses).default("published"),
  reviewedAt: z.iso.datetime({ offset: true }).optional(),
});

export const importFileSchema = z.object({
  version: z
    .number()
    .refine((version) => version === 1, 'This file format is version 1: start the file with {"version": 1, ...}.'),
  articles: z.array(z.unknown()).max(2_000, "Import at most 2,000 articles at once; split the file."),
});

/** The tenant's languages, as the checks below need them. */
export type Languages = { defaultLanguage: string; languages: string[] };

/** The versions in languages the tenant has enabled, and those it has not. */
export function splitByLanguage(translations: Translations, tenant: Languages) {
  const enabled: Translations = {};
  const held: Translations = {};
  for (const [language, translation] of Object.entries(translations) as [Language, Translation][])
    if (tenant.languages.includes(language)) enabled[language] = translation;
    else held[language] = translation;
  return { enabled, held };
}

/** What an import says of a version it keeps unpublished because its language is not enabled. */
export function heldNote(language: Language) {
  const field = `translations.${language}`;
  return {
    field,
    message: `${field}: ${languages[language].name} is not enabled for this territory; this version was imported but stays unpublished until the language is enabled.`,
  };
}

/** Why these translations do not fit the tenant's languages, naming the field; undefined if they do. */
export function languageIssue(translations: Translations, tenant: Languages) {
  for (const language of Object.keys(translations) as Language[])
    if (!tenant.languages.includes(language)) {
      const field = `translations.${language}`;
      return {
        field,
        message: `${field}: ${languages[language].name} is not enabled for this territory; enable it under Languages or remove this version.`,
      };
    }
  const required = tenant.defaultLanguage as Language;
  if (!translations[required]) {
    const field = `translations.${required}`;
    return {
      field,
      message: `${field}: the ${languages[required]?.name ?? required} version is required, as it is the territory's default language.`,
    };
  }
  return undefined;
}
