import type * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db } from "../db";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { heldNote, importedArticleSchema, importFileSchema, languageIssue, splitByLanguage } from "./schema";

type Issue = { field: string; message: string };
export type ImportOutcome = {
  /** Position of the article in the file, from 0. */
  index: number;
  slug: string | null;
  status: "created" | "updated" | "unchanged" | "invalid";
  errors?: Issue[];
  /** What was imported but is not shown: versions in languages the territory has not enabled. */
  notes?: Issue[];
};

const issueOf = (issue: z.core.$ZodIssue): Issue => {
  const field = issue.path.map(String).join(".") || "article";
  return { field, message: `${field}: ${issue.message}` };
};

/** JSON with sorted keys, to tell an unchanged article from an edited one. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

const batchAttempts = 5;

async function putAll(items: Parameters<ReturnType<typeof db>["entities"]["article"]["put"]>[0] & unknown[]) {
  let pending = items;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === batchAttempts) throw new Error(`${pending.length} articles could not be written`);
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    const { unprocessed } = await db().entities.article.put(pending).go();
    const left = new Set(unprocessed.map((key) => key.slug));
    pending = pending.filter((item) => left.has(item.slug));
  }
}

/**
 * Imports articles in the `knowledge.json` format. Idempotent by slug: an article already
 * there is updated (or left alone when nothing changed), never duplicated. Each invalid article
 * is reported with its field and reason while the valid ones are written. An import is the
 * editor's source of truth, so it overwrites concurrent edits rather than checking versions.
 */
export const importArticles = fn(importFileSchema, async ({ articles }) => {
  assertCan("knowledge.write");
  const tenant = await Tenant.current();
  const { tenantId } = tenant;
  const { data: stored } = await db().entities.article.query.bySlug({ tenantId }).go({ pages: "all" });
  const existing = new Map(stored.map((article) => [article.slug, article]));
  const seen = new Set<string>();
  const now = new Date().toISOString();
  const outcomes: ImportOutcome[] = [];
  const writes: (typeof stored)[number][] = [];
  const parsedArticles = await Promise.all(articles.map((raw) => importedArticleSchema.safeParseAsync(raw)));

  parsedArticles.forEach((parsed, index) => {
    const rawSlug = (articles[index] as { slug?: unknown } | null)?.slug;
    const slug = typeof rawSlug === "string" ? rawSlug : null;
    if (!parsed.success) {
      outcomes.push({ index, slug, status: "invalid", errors: parsed.error.issues.map(issueOf) });
      return;
    }
    const article = parsed.data;
    // A version in a language the territory has not enabled is kept unpublished, not refused.
    const { enabled, held } = splitByLanguage(article.translations, tenant);
    const notes = (Object.keys(held) as Language[]).map(heldNote);
    const issue =
      languageIssue(enabled, tenant) ??
      (seen.has(article.slug)
        ? { field: "slug", message: `slug: "${article.slug}" appears earlier in the file; give each article once.` }
        : undefined);
    if (issue) {
      outcomes.push({ index, slug, status: "invalid", errors: [issue] });
      return;
    }
    seen.add(article.slug);
    const before = existing.get(article.slug);
    const content = {
      category: article.category,
      status: article.status,
      translations: enabled,
      heldTranslations: notes.length > 0 ? held : undefined,
    };
    const same =
      before &&
      canonical({
        category: before.category,
        status: before.status,
        translations: before.translations,
        heldTranslations: before.heldTranslations,
      }) === canonical(content) &&
      (!article.reviewedAt || article.reviewedAt === before.reviewedAt);
    const noted = notes.length > 0 ? { notes } : {};
    if (same) {
      outcomes.push({ index, slug, status: "unchanged", ...noted });
      return;
    }
    writes.push({
      ...content,
      tenantId,
      slug: article.slug,
      reviewedAt: article.reviewedAt ?? now,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      version: (before?.version ?? 0) + 1,
    });
    outcomes.push({ index, slug, status: before ? "updated" : "created", ...noted });
  });

  if (writes.length > 0) {
    await putAll(writes);
    await db().entities.knowledgeState.update({ tenantId }).add({ stamp: 1 }).go();
  }
  const count = (status: ImportOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  return {
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    invalid: count("invalid"),
    articles: outcomes,
  };
});

/** Every article of the tenant in the import format, drafts included, by slug. */
export async function exportArticles() {
  assertCan("knowledge.read");
  const { data } = await db().entities.article.query.bySlug({ tenantId: useTenant() }).go({ pages: "all" });
  return {
    version: 1 as const,
    articles: data
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map(({ slug, category, status, reviewedAt, translations, heldTranslations }) => ({
        slug,
        category,
        status,
        reviewedAt,
        // Held versions go back in the file, so that an export then import keeps them.
        translations: { ...(heldTranslations ?? {}), ...translations },
      })),
  };
}
