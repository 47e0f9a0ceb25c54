import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import { describe, expect, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../../tests/support/actors";
import sample from "../seed/lorvanne-knowledge.json";

const article = (slug: string, title = "Trouver un médecin", body = "Appelez la **maison de santé**.") => ({
  slug,
  category: "health" as const,
  translations: { fr: { title, body } },
});

describe("knowledge import", () => {
  it("imports the sample, then a second import updates and never duplicates", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"] });
    const editor = staff(tenant.tenantId, "editor");
    const first = await editor(() => Knowledge.importArticles(sample));
    expect(first).toMatchObject({ created: 16, updated: 0, unchanged: 0, invalid: 0 });

    const again = await editor(() => Knowledge.importArticles(sample));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 16, invalid: 0 });

    const edited = structuredClone(sample);
    const [firstArticle] = edited.articles;
    if (firstArticle) firstArticle.translations.fr.title = "Rénover : les aides";
    const third = await editor(() => Knowledge.importArticles(edited));
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 15 });

    const list = await editor(() => Knowledge.list());
    expect(list).toHaveLength(16);
    expect(list.find((a) => a.slug === "aides-renovation-habitat")).toMatchObject({
      titles: { fr: "Rénover : les aides" },
      version: 2,
      status: "published",
    });
    const exported = await editor(() => Knowledge.exportArticles());
    expect(exported.articles.map((a) => a.slug)).toEqual(sample.articles.map((a) => a.slug).sort());
  });

  it("reports each invalid article with its field and reason, and still imports the valid ones", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"] });
    const report = await staff(
      tenant.tenantId,
      "admin",
    )(() =>
      Knowledge.importArticles({
        version: 1,
        articles: [
          article("valid-one"),
          { ...article("Bad Slug"), category: "health" },
          { ...article("no-french"), translations: { en: { title: "Doctor", body: "Call." } } },
          { ...article("german"), translations: { fr: { title: "T", body: "B" }, de: { title: "T", body: "B" } } },
          { ...article("bad-category"), category: "weather" },
          article("valid-one", "Doublon"),
          { ...article("empty-body"), translations: { fr: { title: "Vide", body: "<script>x</script>" } } },
          "not an object",
        ],
      }),
    );
    expect(report).toMatchObject({ created: 2, invalid: 6 });
    const fields = report.articles.map((a) => a.errors?.[0]?.field);
    expect(fields).toEqual([
      undefined,
      "slug",
      "translations.fr",
      undefined,
      "category",
      "slug",
      "translations.fr.body",
      "article",
    ]);
    expect(report.articles[2]?.errors?.[0]?.message).toMatch(/required, as it is the territory's default language/);
    // A version in a language the territory has not enabled no longer rejects the article: it is kept unpublished.
    expect(report.articles[3]).toMatchObject({ slug: "german", status: "created" });
    expect(report.articles[3]?.notes?.[0]?.field).toBe("translations.de");
    expect(report.articles[3]?.notes?.[0]?.message).toMatch(/Deutsch is not enabled.*stays unpublished/);
  });

  it("keeps a version in a language the territory has not enabled out of the portal, and in the export", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"] });
    const editor = staff(tenant.tenantId, "editor");
    const german = { title: "Arzt finden", body: "Rufen Sie an." };
    await editor(() =>
      Knowledge.importArticles({
        version: 1,
        articles: [{ ...article("german"), translations: { fr: { title: "Médecin", body: "Appelez." }, de: german } }],
      }),
    );
    const shown = await withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
      Knowledge.article({ slug: "german", language: "en" }),
    );
    expect(shown).toMatchObject({ title: "Médecin", availableLanguages: ["fr"] });
    const exported = await editor(() => Knowledge.exportArticles());
    expect(exported.articles[0]?.translations.de).toEqual(german);
  });

  it("refuses a file that is not in the format", async () => {
    const { tenant } = await newTenant();
    await expect(
      staff(tenant.tenantId, "admin")(() => Knowledge.importArticles({ version: 2, articles: [] } as never)),
    ).rejects.toMatchObject({ kind: "input", field: "version" });
  });
});

describe("articles", () => {
  it("sanitises Markdown on the way in and renders it safely on the way out", async () => {
    const { tenant } = await newTenant();
    const editor = staff(tenant.tenantId, "editor");
    const created = await editor(() =>
      Knowledge.create({
        ...article("safe", "Sûr", "Bonjour <script>alert(1)</script> [x](javascript:alert(1)) **gras**"),
        status: "published",
      }),
    );
    expect(created.translations.fr?.body).toBe("Bonjour alert(1) x **gras**");
    expect(created.previews.fr).toBe("<p>Bonjour alert(1) x <strong>gras</strong></p>\n");
  });

  it("answers a stale edit with a conflict, and a missing article with not-found", async () => {
    const { tenant } = await newTenant();
    const editor = staff(tenant.tenantId, "editor");
    const created = await editor(() => Knowledge.create(article("conflict")));
    const edit = (title: string) =>
      editor(() =>
        Knowledge.update({ ...article("conflict", title), status: "draft", expectedVersion: created.version }),
      );
    await expect(edit("Première")).resolves.toMatchObject({ version: 2 });
    await expect(edit("Seconde")).rejects.toMatchObject({ kind: "conflict", code: "stale_version" });
    await expect(editor(() => Knowledge.markReviewed({ slug: "nowhere", expectedVersion: 1 }))).rejects.toMatchObject({
      kind: "not-found",
      field: "slug",
    });
    await expect(editor(() => Knowledge.create(article("conflict")))).rejects.toMatchObject({ code: "slug_taken" });
  });

  it("flags articles for review after the tenant's period", () => {
    const now = new Date("2026-06-15T00:00:00Z");
    expect(Knowledge.needsReview("2025-06-14T00:00:00Z", 12, now)).toBe(true);
    expect(Knowledge.needsReview("2025-06-16T00:00:00Z", 12, now)).toBe(false);
    expect(Knowledge.needsReview("2026-03-14T00:00:00Z", 3, now)).toBe(true);
  });

  it("shows visitors published articles only, in their language or the default one with a flag", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en", "uk"] });
    await staff(tenant.tenantId, "editor")(() => Knowledge.importArticles(sample));
    await staff(tenant.tenantId, "editor")(() => Knowledge.create(article("brouillon-secret")));
    const visitor = <T>(run: () => T) => asSystem(run, tenant.tenantId);
    const guide = await visitor(() => Knowledge.guide({ language: "en" }));
    const cards = guide.categories.flatMap((c) => c.articles);
    expect(cards.map((c) => c.slug)).not.toContain("brouillon-secret");
    expect(cards.find((c) => c.slug === "aides-renovation-habitat")).toMatchObject({ language: "en", fallback: false });
    expect(cards.find((c) => c.slug === "handicap-mdph")).toMatchObject({ language: "fr", fallback: true });
    await expect(visitor(() => Knowledge.article({ slug: "brouillon-secret", language: "fr" }))).rejects.toMatchObject({
      kind: "not-found",
    });
    const page = await visitor(() => Knowledge.article({ slug: "transport-scolaire", language: "uk" }));
    expect(page).toMatchObject({ language: "fr", fallback: true, path: "/guide/transport-scolaire" });
    expect(page.html).toContain("<strong>Lorvanne Mobilité</strong>");
  });

  it("pages the guide topic by topic: the first page of each, then any page of one", async () => {
    const { tenant } = await newTenant();
    const health = Array.from({ length: 14 }, (_, n) => ({
      slug: `sante-${String(n).padStart(2, "0")}`,
      category: "health" as const,
      translations: { fr: { title: `Santé ${String(n).padStart(2, "0")}`, body: "Un paragraphe." } },
    }));
    await staff(
      tenant.tenantId,
      "editor",
    )(() => Knowledge.importArticles({ version: 1, articles: [...health, article("medecin")] }));
    const visitor = <T>(run: () => T) => asSystem(run, tenant.tenantId);
    const first = await visitor(() => Knowledge.guide({ language: "fr" }));
    expect(first.categories.find((c) => c.category === "health")).toMatchObject({ total: 15, page: 1, pages: 2 });
    expect(first.categories.find((c) => c.category === "health")?.articles).toHaveLength(12);
    const second = await visitor(() => Knowledge.guide({ language: "fr", category: "health", page: 2 }));
    expect(second.categories).toHaveLength(1);
    expect(second.categories[0]?.articles.map((c) => c.title)).toEqual(["Santé 12", "Santé 13", "Trouver un médecin"]);
  });
});
