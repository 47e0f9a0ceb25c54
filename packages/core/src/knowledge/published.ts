import { config } from "../config";
import { useTenant } from "../context";
import { db } from "../db";
import type { Category, Translations } from "./schema";

/** What the portal and the assistant may show: published articles only. */
export type PublishedArticle = {
  slug: string;
  category: Category;
  translations: Translations;
  updatedAt: string;
};

/** A tenant's published articles as of one knowledge stamp. Derived indexes key on this object. */
export type Catalog = { stamp: number; articles: PublishedArticle[]; bySlug: Map<string, PublishedArticle> };

export type KnowledgeState = { stamp: number; reviewAfterMonths: number; generatedAnswers: boolean; version: number };

export const defaultReviewAfterMonths = 12;
const maxCachedTenants = 50;
const cache = new Map<string, Catalog>();

/** The tenant's knowledge stamp and settings: one consistent GetItem. */
export async function readState(tenantId = useTenant()): Promise<KnowledgeState> {
  const { data } = await db().entities.knowledgeState.get({ tenantId }).go({ consistent: true });
  return {
    stamp: data?.stamp ?? 0,
    reviewAfterMonths: data?.reviewAfterMonths ?? defaultReviewAfterMonths,
    generatedAnswers: data?.generatedAnswers ?? false,
    version: data?.version ?? 0,
  };
}

async function load(tenantId: string, stamp: number): Promise<Catalog> {
  // Consistent, so the articles are at least as new as the stamp they are cached under.
  const { data } = await db()
    .entities.article.query.bySlug({ tenantId })
    .where((attr, { eq }) => eq(attr.status, "published"))
    .go({ pages: "all", consistent: true });
  const articles = data.map(({ slug, category, translations, updatedAt }) => ({
    slug,
    category: category as Category,
    translations: translations as Translations,
    updatedAt,
  }));
  return { stamp, articles, bySlug: new Map(articles.map((article) => [article.slug, article])) };
}

/**
 * The current tenant's published articles, cached in this process and reloaded (one Query)
 * only when the stamp that every article write bumps has moved.
 */
export async function published(): Promise<{ state: KnowledgeState; catalog: Catalog }> {
  const tenantId = useTenant();
  const key = `${config().table} ${tenantId}`;
  const state = await readState(tenantId);
  let catalog = cache.get(key);
  if (catalog?.stamp !== state.stamp) catalog = await load(tenantId, state.stamp);
  // Most recently used last, so the least used tenant is the one dropped.
  cache.delete(key);
  cache.set(key, catalog);
  if (cache.size > maxCachedTenants) cache.delete(cache.keys().next().value as string);
  return { state, catalog };
}
