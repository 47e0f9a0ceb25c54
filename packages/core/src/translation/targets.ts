import * as z from "zod";
import type { Permission } from "../auth/roles";
import * as Settings from "../conciergerie/settings";
import { VisibleError } from "../error";
import * as Knowledge from "../knowledge";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";

/** What can be drafted: the text a translation starts from, and how a reviewed one is published. */
export type Target = {
  /** Who may draft and publish it. */
  permission: Permission;
  load(ref: string): Promise<Loaded>;
  /** Checks the reviewed fields (naming the field at fault) and writes them where readers see them. */
  publish(ref: string, language: Language, fields: Record<string, string>, expectedVersion: number): Promise<void>;
};

export type Loaded = {
  /** Optimistic concurrency of the text's record: publishing checks nobody saved it since. */
  version: number;
  title: string;
  sourceLanguage: Language;
  /** The source's fields that `language` lacks, by field name. */
  missingIn(language: Language): Record<string, string>;
  /** The languages it exists in. */
  languages: Language[];
};

function fieldsOf<Schema extends z.ZodType>(schema: Schema, fields: Record<string, string>): z.output<Schema> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = `fields.${issue?.path.map(String).join(".")}`;
  throw new VisibleError("input", "invalid_input", `${field}: ${issue?.message ?? "invalid value"}`, field);
}

const articleFields = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(200, "Keep the title under 200 characters."),
  body: z.string().trim().min(1, "Write the article's text.").max(20_000, "Keep the text under 20,000 characters."),
  keywords: z.string().max(2_000, "Keep the keywords under 2,000 characters.").optional(),
});

const article: Target = {
  permission: "knowledge.write",
  async load(slug) {
    const [found, tenant] = await Promise.all([Knowledge.get({ slug }), Tenant.current()]);
    const sourceLanguage = (
      found.translations[tenant.defaultLanguage as Language] ? tenant.defaultLanguage : found.languages[0]
    ) as Language;
    const source = found.translations[sourceLanguage];
    return {
      version: found.version,
      title: source?.title ?? slug,
      sourceLanguage,
      languages: found.languages,
      missingIn: (language) =>
        found.translations[language] || !source
          ? {}
          : {
              title: source.title,
              body: source.body,
              ...(source.keywords?.length ? { keywords: source.keywords.join(", ") } : {}),
            },
    };
  },
  async publish(slug, language, fields, expectedVersion) {
    const { title, body, keywords } = fieldsOf(articleFields, fields);
    const found = await Knowledge.get({ slug });
    const words = (keywords ?? "")
      .split(",")
      .map((word) => word.trim())
      .filter(Boolean);
    await Knowledge.update({
      slug,
      category: found.category as Knowledge.Category,
      status: found.status as Knowledge.Status,
      translations: {
        ...found.translations,
        [language]: { title, body, ...(words.length ? { keywords: words } : {}) },
      },
      expectedVersion,
    });
  },
};

/** The notice and the questions live in the Conciergerie's settings, saved as a whole. */
async function conciergerieSettings() {
  const tenant = await Tenant.current();
  return { tenant, settings: await Settings.load(tenant.tenantId, tenant.name) };
}

async function saveSettings(settings: Settings.Settings, expectedVersion: number) {
  const { version: _, ...rest } = settings;
  await Settings.update({ ...rest, expectedVersion });
}

const notice: Target = {
  permission: "conciergerie.configure",
  async load() {
    const { tenant, settings } = await conciergerieSettings();
    const source = Settings.noticeFor(settings, tenant.defaultLanguage);
    const notices = settings.privacyNotice as Partial<Record<Language, { text: string }>>;
    return {
      version: settings.version,
      title: "privacy",
      sourceLanguage: source.language as Language,
      languages: Object.keys(notices) as Language[],
      missingIn: (language): Record<string, string> => (notices[language] || !source.text ? {} : { text: source.text }),
    };
  },
  async publish(_ref, language, fields, expectedVersion) {
    const { text } = fieldsOf(
      z.object({
        text: z
          .string()
          .trim()
          .min(20, "Write at least 20 characters.")
          .max(20_000, "Keep the notice under 20,000 characters."),
      }),
      fields,
    );
    const { tenant, settings } = await conciergerieSettings();
    // The translation is of the notice it was made from: it carries that notice's version.
    const { version } = Settings.noticeFor(settings, tenant.defaultLanguage);
    await saveSettings(
      { ...settings, privacyNotice: { ...settings.privacyNotice, [language]: { version, text } } },
      expectedVersion,
    );
  },
};

/** A question's label is `label:{id}`, an option's `option:{id}:{value}` (ids have no colon). */
const labelKey = (id: string) => `label:${id}`;
const optionKey = (id: string, value: string) => `option:${id}:${value}`;

const questions: Target = {
  permission: "conciergerie.configure",
  async load() {
    const { tenant, settings } = await conciergerieSettings();
    const from = tenant.defaultLanguage as Language;
    const has = (language: Language) =>
      settings.questions.every(
        (question) => question.label[language] && (question.options ?? []).every((option) => option.label[language]),
      );
    return {
      version: settings.version,
      title: "intake",
      sourceLanguage: from,
      languages: (tenant.languages as Language[]).filter(has),
      missingIn(language) {
        const missing: Record<string, string> = {};
        for (const question of settings.questions) {
          const label = question.label[from];
          if (!question.label[language] && label) missing[labelKey(question.id)] = label;
          for (const option of question.options ?? []) {
            const text = option.label[from];
            if (!option.label[language] && text) missing[optionKey(question.id, option.value)] = text;
          }
        }
        return missing;
      },
    };
  },
  async publish(_ref, language, fields, expectedVersion) {
    const { settings } = await conciergerieSettings();
    const texts = fieldsOf(z.record(z.string(), z.string().trim().min(1, "Write this label.").max(200)), fields);
    const used = new Set<string>();
    const take = (key: string, max: number) => {
      const text = texts[key];
      if (text === undefined) return undefined;
      if (text.length > max)
        throw new VisibleError(
          "input",
          "invalid_input",
          `fields.${key}: keep it under ${max} characters.`,
          `fields.${key}`,
        );
      used.add(key);
      return text;
    };
    const translated = settings.questions.map((question) => {
      const label = take(labelKey(question.id), 200);
      return {
        ...question,
        label: label ? { ...question.label, [language]: label } : question.label,
        options: question.options?.map((option) => {
          const text = take(optionKey(question.id, option.value), 100);
          return text ? { ...option, label: { ...option.label, [language]: text } } : option;
        }),
      };
    });
    const stray = Object.keys(texts).find((key) => !used.has(key));
    if (stray)
      throw new VisibleError(
        "input",
        "invalid_input",
        `fields.${stray}: this question or choice no longer exists.`,
        `fields.${stray}`,
      );
    await saveSettings({ ...settings, questions: translated }, expectedVersion);
  },
};

export const targets = { article, notice, questions } as const;
export type Kind = keyof typeof targets;
export const kinds = Object.keys(targets) as [Kind, ...Kind[]];
