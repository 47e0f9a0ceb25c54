import * as z from "zod";
import { assertCan } from "../auth/roles";
import { assertActor, useTenant } from "../context";
import { assertCommitted, cancellationReasons, db, isConditionFailure, unlessChanged } from "../db";
import { staleVersion, VisibleError } from "../error";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import { type Language, languageCodes } from "../tenant/languages";
import { markdownBlocks, renderMarkdown } from "./markdown";
import { published, readState } from "./published";
import {
  articleSchema,
  categories,
  type Languages,
  languageIssue,
  type Status,
  slugSchema,
  type Translation,
  type Translations,
} from "./schema";

export { type Block, markdownBlocks, markdownText, renderMarkdown, sanitizeMarkdown } from "./markdown";
export { type Catalog, type KnowledgeState, type PublishedArticle, published } from "./published";
export type { Category, Status, Translation, Translations } from "./schema";
export { categories, languageIssue, statuses } from "./schema";
export { exportArticles, importArticles } from "./transfer";

/** The portal page of an article: shareable, and where the assistant's citations point. */
export const articlePath = (slug: string) => `/guide/${slug}`;

function assertLanguages(translations: Translations, tenant: Languages) {
  const issue = languageIssue(translations, tenant);
  if (issue) throw new VisibleError("input", "language_not_enabled", issue.message, issue.field);
}

/** True when the last review is older than the tenant's review period. */
export function needsReview(reviewedAt: string, months: number, now = new Date()): boolean {
  const due = new Date(reviewedAt);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due.getTime() <= now.getTime();
}

type StoredArticle = NonNullable<Awaited<ReturnType<typeof find>>>;

async function find(slug: string) {
  const { data } = await db().entities.article.get({ tenantId: useTenant(), slug }).go({ consistent: true });
  return data ?? undefined;
}

function notFound(slug: string) {
  return new VisibleError("not-found", "article_not_found", `slug: there is no article "${slug}".`, "slug");
}

/** A refused conditional write: the article is missing, or someone saved it since it was read. */
async function refusal(error: unknown, slug: string): Promise<never> {
  if (cancellationReasons(error)[0] !== "ConditionalCheckFailed" && !isConditionFailure(error)) throw error;
  if (!(await find(slug))) throw notFound(slug);
  throw staleVersion("this article");
}

function staffView(article: StoredArticle, reviewAfterMonths: number) {
  const translations = article.translations as Translations;
  return {
    slug: article.slug,
    category: article.category,
    status: article.status,
    translations,
    languages: Object.keys(translations) as Language[],
    reviewedAt: article.reviewedAt,
    needsReview: needsReview(article.reviewedAt, reviewAfterMonths),
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    version: article.version,
  };
}

/** Every article of the tenant, drafts included, for the console's list. */
export async function list() {
  assertCan("knowledge.read");
  const tenantId = useTenant();
  const [{ data }, state] = await Promise.all([
    db().entities.article.query.bySlug({ tenantId }).go({ pages: "all" }),
    readState(tenantId),
  ]);
  return data.map((article) => {
    const { translations, ...summary } = staffView(article, state.reviewAfterMonths);
    const titles = Object.fromEntries(Object.entries(translations).map(([language, t]) => [language, t?.title]));
    return { ...summary, titles: titles as Partial<Record<Language, string>> };
  });
}

const bySlug = z.object({ slug: slugSchema });

/** One article for editing, with each version rendered as the portal shows it. */
export const get = fn(bySlug, async ({ slug }) => {
  assertCan("knowledge.read");
  const [article, state] = await Promise.all([find(slug), readState()]);
  if (!article) throw notFound(slug);
  const view = staffView(article, state.reviewAfterMonths);
  const previews = Object.fromEntries(
    await Promise.all(Object.entries(view.translations).map(async ([l, t]) => [l, await renderMarkdown(t.body)])),
  );
  return { ...view, previews: previews as Partial<Record<Language, string>> };
});

/** Markdown rendered and sanitised exactly as the portal will show it. */
export const preview = fn(z.object({ markdown: z.string().max(20_000) }), async ({ markdown }) => {
  assertCan("knowledge.read");
  return { html: await renderMarkdown(markdown) };
});

export const create = fn(articleSchema, async (input) => {
  assertCan("knowledge.write");
  const tenant = await Tenant.current();
  assertLanguages(input.translations, tenant);
  const now = new Date().toISOString();
  try {
    await db()
      .transaction.write(({ article, knowledgeState }) => [
        article
          .create({ ...input, tenantId: tenant.tenantId, reviewedAt: now, createdAt: now, updatedAt: now })
          .commit(),
        // Every article write moves the stamp, so cached indexes know to reload.
        knowledgeState.update({ tenantId: tenant.tenantId }).add({ stamp: 1 }).commit(),
      ])
      .go()
      .then(assertCommitted);
  } catch (error) {
    if (cancellationReasons(error)[0] !== "ConditionalCheckFailed") throw error;
    throw new VisibleError("conflict", "slug_taken", `slug: an article "${input.slug}" already exists.`, "slug");
  }
  return get({ slug: input.slug });
});

const versioned = z.object({ slug: slugSchema, expectedVersion: z.number().int().positive() });

/** Replaces an article's category, status and versions, if nobody saved it since it was read. */
export const update = fn(articleSchema.extend(versioned.shape), async ({ slug, expectedVersion, ...changes }) => {
  assertCan("knowledge.write");
  const tenant = await Tenant.current();
  assertLanguages(changes.translations, tenant);
  await patchVersioned(slug, expectedVersion, { ...changes, updatedAt: new Date().toISOString() });
  return get({ slug });
});

/** Records that an editor checked the article is still right, which clears "needs review". */
export const markReviewed = fn(versioned, async ({ slug, expectedVersion }) => {
  assertCan("knowledge.write");
  const now = new Date().toISOString();
  await patchVersioned(slug, expectedVersion, { reviewedAt: now, updatedAt: now });
  return get({ slug });
});

async function patchVersioned(
  slug: string,
  expectedVersion: number,
  changes: Partial<{ category: string; status: Status; translations: Translations }> & {
    updatedAt: string;
    reviewedAt?: string;
  },
) {
  const tenantId = useTenant();
  await db()
    .transaction.write(({ article, knowledgeState }) => [
      article
        .patch({ tenantId, slug })
        .set(changes)
        .add({ version: 1 })
        .where((attr, { eq }) => eq(attr.version, expectedVersion))
        .commit(),
      knowledgeState.update({ tenantId }).add({ stamp: 1 }).commit(),
    ])
    .go()
    .then(assertCommitted)
    .catch((error) => refusal(error, slug));
}

export const remove = fn(versioned, async ({ slug, expectedVersion }) => {
  assertCan("knowledge.write");
  const tenantId = useTenant();
  await db()
    .transaction.write(({ article, knowledgeState }) => [
      article
        .delete({ tenantId, slug })
        .where((attr, { eq }) => eq(attr.version, expectedVersion))
        .commit(),
      knowledgeState.update({ tenantId }).add({ stamp: 1 }).commit(),
    ])
    .go()
    .then(assertCommitted)
    .catch((error) => refusal(error, slug));
  return { slug };
});

/** The review period and whether the assistant may write generated answers. */
export async function settings() {
  assertCan("knowledge.read");
  const { reviewAfterMonths, generatedAnswers, version } = await readState();
  return { reviewAfterMonths, generatedAnswers, version };
}

export const updateSettings = fn(
  z.object({
    reviewAfterMonths: z.number().int().min(1, "Use 1 month or more.").max(60, "Use 60 months or fewer."),
    generatedAnswers: z.boolean(),
    /** 0 when the settings were never saved. */
    expectedVersion: z.number().int().min(0),
  }),
  async ({ expectedVersion, ...changes }) => {
    assertCan("assistant.configure");
    const tenantId = useTenant();
    await unlessChanged("these settings", () =>
      db()
        .entities.knowledgeState.update({ tenantId })
        .set({ ...changes, version: expectedVersion + 1 })
        .where((attr, { eq, notExists }) =>
          expectedVersion === 0 ? notExists(attr.version) : eq(attr.version, expectedVersion),
        )
        .go(),
    );
    return settings();
  },
);

/** The version to show a visitor: theirs, else the default language's (a fallback), else any. */
export function pickTranslation(translations: Translations, language: Language, defaultLanguage: Language) {
  const order = [language, defaultLanguage, ...(Object.keys(translations) as Language[])];
  const shown = order.find((candidate) => translations[candidate]) as Language;
  return { language: shown, translation: translations[shown] as Translation, fallback: shown !== language };
}

const summaryLength = 220;

function summary(body: string) {
  const text = markdownBlocks(body).find((block) => block.kind === "paragraph")?.text ?? "";
  return text.length > summaryLength ? `${text.slice(0, summaryLength - 1).replace(/\s+\S*$/, "")}…` : text;
}

const visitorLanguage = z.object({ language: z.enum(languageCodes) });

/** Cards a page of the guide shows per topic: a topic with more has pages of its own. */
export const guidePageSize = 12;

const guideInput = visitorLanguage.extend({
  /** One topic, a page at a time; without it, the first page of every topic. */
  category: z.enum(categories).optional(),
  page: z.number().int().min(1).max(1000).default(1),
});

/**
 * The welcome guide: published articles by category, each in the visitor's language when it
 * exists, a page of each topic at a time (all topics' first pages, or one topic's page n).
 */
export const guide = fn(guideInput, async ({ language, category: only, page }) => {
  assertActor("visitor", "newcomer", "staff", "system");
  const [{ catalog }, tenant] = await Promise.all([published(), Tenant.current()]);
  const defaultLanguage = tenant.defaultLanguage as Language;
  const byCategory = new Map<string, { article: (typeof catalog.articles)[number]; title: string }[]>();
  for (const article of catalog.articles) {
    if (only && article.category !== only) continue;
    const entries = byCategory.get(article.category) ?? [];
    entries.push({
      article,
      title: pickTranslation(article.translations, language, defaultLanguage).translation.title,
    });
    byCategory.set(article.category, entries);
  }
  // Only the cards shown are written out: a summary means reading the article's Markdown.
  const card = (article: (typeof catalog.articles)[number]) => {
    const shown = pickTranslation(article.translations, language, defaultLanguage);
    return {
      slug: article.slug,
      title: shown.translation.title,
      summary: summary(shown.translation.body),
      language: shown.language,
      fallback: shown.fallback,
      path: articlePath(article.slug),
    };
  };
  return {
    language,
    defaultLanguage,
    categories: categories.flatMap((category) => {
      const entries = byCategory.get(category);
      if (!entries) return [];
      const pages = Math.ceil(entries.length / guidePageSize);
      const current = only ? Math.min(page, pages) : 1;
      const start = (current - 1) * guidePageSize;
      const articles = entries
        .sort((a, b) => a.title.localeCompare(b.title))
        .slice(start, start + guidePageSize)
        .map((entry) => card(entry.article));
      return [{ category, articles, total: entries.length, page: current, pages }];
    }),
  };
});

/** One published article as the portal shows it. */
export const article = fn(visitorLanguage.extend({ slug: slugSchema }), async ({ slug, language }) => {
  assertActor("visitor", "newcomer", "staff", "system");
  const [{ catalog }, tenant] = await Promise.all([published(), Tenant.current()]);
  const found = catalog.bySlug.get(slug);
  if (!found) throw notFound(slug);
  const shown = pickTranslation(found.translations, language, tenant.defaultLanguage as Language);
  return {
    slug,
    category: found.category,
    title: shown.translation.title,
    html: await renderMarkdown(shown.translation.body),
    language: shown.language,
    fallback: shown.fallback,
    availableLanguages: Object.keys(found.translations) as Language[],
    updatedAt: found.updatedAt,
    path: articlePath(slug),
  };
});
