import { randomUUID } from "node:crypto";
import { CaseFile, Intake, Settings } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import * as Onboarding from "@escale/core/onboarding";
import * as Translation from "@escale/core/translation";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import { intake } from "../../../../tests/support/households";
import { startTranslateEndpoint } from "../../../../tests/support/translate-endpoint";
import { chunks, translate } from "./provider";

let stand: Awaited<ReturnType<typeof startTranslateEndpoint>>;

beforeAll(async () => {
  stand = await startTranslateEndpoint();
});
afterAll(() => stand.close());
beforeEach(() => {
  stand.requests.length = 0;
  stand.fail();
  stand.configure();
});

const article = {
  slug: "find-a-doctor",
  category: "health" as const,
  status: "published" as const,
  translations: {
    fr: {
      title: "Trouver un médecin traitant",
      body: "La maison de santé de Vaudrigny accepte de nouveaux patients.\n\nAppelez le 03 81 00 00 00.",
      keywords: ["généraliste", "médecin"],
    },
  },
};

async function territory() {
  const { tenant } = await newTenant({ languages: ["fr", "en", "uk"] });
  const visitor = <T>(run: () => T) => withActor({ type: "visitor", tenantId: tenant.tenantId }, run);
  return {
    tenant,
    admin: staff(tenant.tenantId, "admin"),
    editor: staff(tenant.tenantId, "editor"),
    visitor,
  };
}

describe("Amazon Translate adapter", () => {
  it("speaks TranslateText (AWS JSON 1.1) and returns the translation", async () => {
    const [text] = await translate({ texts: ["Bonjour"], from: "fr", to: "uk" });
    expect(text).toBe("[uk] Bonjour");
    expect(stand.requests).toEqual([
      {
        target: "AWSShineFrontendService_20170701.TranslateText",
        contentType: "application/x-amz-json-1.1",
        body: { Text: "Bonjour", SourceLanguageCode: "fr", TargetLanguageCode: "uk" },
      },
    ]);
  });

  it("sends a long text in pieces under the 10,000-byte limit, cut between paragraphs", async () => {
    const paragraph = "Une phrase qui décrit la démarche à suivre pour s'installer. ".repeat(40).trim();
    const body = Array.from({ length: 8 }, () => paragraph).join("\n\n");
    expect(Buffer.byteLength(body)).toBeGreaterThan(10_000);
    const [text] = await translate({ texts: [body], from: "fr", to: "en" });
    expect(stand.requests.length).toBeGreaterThan(1);
    for (const request of stand.requests) expect(Buffer.byteLength(request.body.Text)).toBeLessThanOrEqual(10_000);
    // Every paragraph came back whole, with its break kept.
    expect(text?.split("\n\n")).toHaveLength(8);
    expect(chunks(body).join("")).toBe(body);
  });

  it("fails when the provider refuses, and when none is configured", async () => {
    stand.fail({ status: 400, type: "UnsupportedLanguagePairException" });
    await expect(translate({ texts: ["Bonjour"], from: "fr", to: "uk" })).rejects.toThrow();
    stand.unconfigure();
    await expect(translate({ texts: ["Bonjour"], from: "fr", to: "uk" })).rejects.toThrow(/No translation provider/);
  });
});

describe("a machine draft of an article", () => {
  it("stays out of the guide until a person reviews and publishes it", async () => {
    const { admin, editor, visitor } = await territory();
    await admin(() => Knowledge.create(article));
    const drafted = await editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "uk" }));
    expect(drafted).toMatchObject({
      machine: true,
      sourceLanguage: "fr",
      fields: {
        title: "[uk] Trouver un médecin traitant",
        body: expect.stringContaining("[uk] La maison de santé"),
        keywords: "[uk] généraliste, médecin",
      },
    });
    // Readers in Ukrainian still get the French article, and the draft is not an article version.
    const before = await visitor(() => Knowledge.article({ slug: article.slug, language: "uk" }));
    expect(before).toMatchObject({ language: "fr", fallback: true, availableLanguages: ["fr"] });
    expect((await editor(() => Knowledge.get({ slug: article.slug }))).languages).toEqual(["fr"]);
    // The coverage page shows the language missing, with a draft waiting.
    const coverage = await editor(() => Translation.coverage());
    expect(coverage.items.find((item) => item.ref === article.slug)).toMatchObject({
      missing: ["en", "uk"],
      drafts: ["uk"],
      translatable: true,
    });

    const reviewed = { ...drafted.fields, title: "Знайти сімейного лікаря" };
    await editor(() =>
      Translation.publish({
        kind: "article",
        ref: article.slug,
        language: "uk",
        fields: reviewed,
        expectedVersion: drafted.expectedVersion,
      }),
    );
    const after = await visitor(() => Knowledge.article({ slug: article.slug, language: "uk" }));
    expect(after).toMatchObject({ language: "uk", fallback: false, title: "Знайти сімейного лікаря" });
    await expect(
      editor(() => Translation.review({ kind: "article", ref: article.slug, language: "uk" })),
    ).rejects.toMatchObject({ code: "draft_not_found" });
    expect((await editor(() => Translation.coverage())).items.find((i) => i.ref === article.slug)).toMatchObject({
      missing: ["en"],
      drafts: [],
    });
  });

  it("publishes only a draft that exists, over the version the reviewer read", async () => {
    const { admin, editor } = await territory();
    const created = await admin(() => Knowledge.create(article));
    // No draft: nothing to publish, even with good words.
    await expect(
      editor(() =>
        Translation.publish({
          kind: "article",
          ref: article.slug,
          language: "en",
          fields: { title: "Finding a GP", body: "Call the health centre." },
          expectedVersion: created.version,
        }),
      ),
    ).rejects.toMatchObject({ code: "draft_not_found" });
    const drafted = await editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "en" }));
    // Someone saves the article meanwhile: the review is over an old version.
    await admin(() => Knowledge.markReviewed({ slug: article.slug, expectedVersion: created.version }));
    await expect(
      editor(() =>
        Translation.publish({
          kind: "article",
          ref: article.slug,
          language: "en",
          fields: drafted.fields,
          expectedVersion: drafted.expectedVersion,
        }),
      ),
    ).rejects.toMatchObject({ code: "stale_version" });
    // An empty title is refused, naming the field.
    await expect(
      editor(() =>
        Translation.publish({
          kind: "article",
          ref: article.slug,
          language: "en",
          fields: { ...drafted.fields, title: " " },
          expectedVersion: drafted.expectedVersion + 1,
        }),
      ),
    ).rejects.toMatchObject({ field: "fields.title" });
    // A second draft while one waits, or a draft of a language that exists, is refused.
    await expect(
      editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "en" })),
    ).rejects.toMatchObject({ code: "draft_pending" });
    await expect(
      editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "fr" })),
    ).rejects.toMatchObject({ code: "same_language" });
    await editor(() => Translation.discard({ kind: "article", ref: article.slug, language: "en" }));
    await expect(
      editor(() => Translation.review({ kind: "article", ref: article.slug, language: "en" })),
    ).rejects.toMatchObject({ code: "draft_not_found" });
  });

  it("is refused without a provider, while the coverage page still answers", async () => {
    const { admin, editor } = await territory();
    await admin(() => Knowledge.create(article));
    stand.unconfigure();
    expect(await editor(() => Translation.status())).toEqual({ configured: false });
    await expect(
      editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "uk" })),
    ).rejects.toMatchObject({ code: "translation_unavailable" });
    const coverage = await editor(() => Translation.coverage());
    expect(coverage.configured).toBe(false);
    expect(coverage.items.find((item) => item.ref === article.slug)).toMatchObject({
      missing: ["en", "uk"],
      translatable: false,
    });
    expect(stand.requests).toEqual([]);
  });

  it("says so when the provider refuses the text", async () => {
    const { admin, editor } = await territory();
    await admin(() => Knowledge.create(article));
    stand.fail({ status: 400, type: "UnsupportedLanguagePairException" });
    await expect(
      editor(() => Translation.draft({ kind: "article", ref: article.slug, language: "uk" })),
    ).rejects.toMatchObject({ kind: "conflict", code: "translation_failed" });
  });
});

describe("the privacy notice and intake questions", () => {
  it("are drafted by those who configure the Conciergerie, and consented to in the reader's language once published", async () => {
    const { tenant, admin, editor, visitor } = await territory();
    await admin(async () => {
      const settings = await Settings.current();
      await Settings.update({
        needs: settings.needs,
        firstContactHours: settings.firstContactHours,
        privacyNotice: { fr: settings.privacyNotice.fr ?? { version: "v1", text: "x".repeat(30) } },
        questions: [
          {
            id: "housing-type",
            type: "choice",
            label: { fr: "Quel logement cherchez-vous ?" },
            options: [
              { value: "flat", label: { fr: "Un appartement" } },
              { value: "house", label: { fr: "Une maison" } },
            ],
            required: false,
          },
        ],
        expectedVersion: settings.version,
      });
    });
    expect((await admin(() => Onboarding.checklist())).find((s) => s.step === "privacy-notice")?.done).toBe(false);
    expect((await admin(() => Translation.coverage())).noticeMissing).toEqual(["en", "uk"]);
    await expect(
      editor(() => Translation.draft({ kind: "notice", ref: "privacy", language: "uk" })),
    ).rejects.toMatchObject({ kind: "forbidden" });

    const notice = await admin(() => Translation.draft({ kind: "notice", ref: "privacy", language: "uk" }));
    expect(notice.fields.text).toMatch(/^\[uk\] /);
    // Until it is reviewed, a Ukrainian reader is shown the French notice and consents to that one.
    const unreviewed = await visitor(() => Intake.form({ language: "uk" }));
    expect(unreviewed.privacyNotice.language).toBe("fr");
    await admin(() =>
      Translation.publish({
        kind: "notice",
        ref: "privacy",
        language: "uk",
        fields: { text: "Ваші дані використовуються лише для допомоги з переїздом." },
        expectedVersion: notice.expectedVersion,
      }),
    );
    const form = await visitor(() => Intake.form({ language: "uk" }));
    expect(form.privacyNotice).toMatchObject({
      language: "uk",
      text: "Ваші дані використовуються лише для допомоги з переїздом.",
      version: unreviewed.privacyNotice.version,
    });
    const sent = await visitor(() =>
      Intake.submit(
        intake({
          contact: { name: "Oksana", email: `o-${randomUUID().slice(0, 6)}@example.org`, language: "uk" },
          consent: { accepted: true, version: form.privacyNotice.version, language: "uk" },
        }),
      ),
    );
    const file = await admin(() => CaseFile.open({ caseId: sent.caseId }));
    expect(file.case.consent).toMatchObject({ language: "uk" });

    const questions = await admin(() => Translation.draft({ kind: "questions", ref: "intake", language: "en" }));
    expect(questions.fields).toEqual({
      "label:housing-type": "[en] Quel logement cherchez-vous ?",
      "option:housing-type:flat": "[en] Un appartement",
      "option:housing-type:house": "[en] Une maison",
    });
    await expect(
      admin(() =>
        Translation.publish({
          kind: "questions",
          ref: "intake",
          language: "en",
          fields: { ...questions.fields, "label:gone": "Stray" },
          expectedVersion: questions.expectedVersion,
        }),
      ),
    ).rejects.toMatchObject({ field: "fields.label:gone" });
    await admin(() =>
      Translation.publish({
        kind: "questions",
        ref: "intake",
        language: "en",
        fields: {
          "label:housing-type": "What home are you looking for?",
          "option:housing-type:flat": "A flat",
          "option:housing-type:house": "A house",
        },
        expectedVersion: questions.expectedVersion,
      }),
    );
    const [question] = (await visitor(() => Intake.form({ language: "en" }))).questions;
    expect(question?.label).toMatchObject({
      fr: "Quel logement cherchez-vous ?",
      en: "What home are you looking for?",
    });
    expect(question?.options?.[0]?.label).toMatchObject({ en: "A flat" });
    expect(tenant.languages).toContain("uk");
  });
});

describe("a household's messages", () => {
  it("are shown to the agent in their language, and a reply is drafted in the household's", async () => {
    const { tenant, visitor } = await territory();
    const agent = staff(tenant.tenantId, "agent");
    const viewer = staff(tenant.tenantId, "viewer");
    const sent = await visitor(() =>
      Intake.submit(
        intake({
          contact: { name: "Oksana", email: `o-${randomUUID().slice(0, 6)}@example.org`, language: "uk" },
          message: "Ми переїжджаємо в березні.",
        }),
      ),
    );
    const read = await agent(() => Translation.caseMessages({ caseId: sent.caseId }));
    expect(read).toMatchObject({
      language: "fr",
      from: "uk",
      messages: [{ id: "request", text: "[fr] Ми переїжджаємо в березні." }],
    });
    const reply = await agent(() => Translation.draftReply({ caseId: sent.caseId, text: "Bienvenue !" }));
    expect(reply).toEqual({ language: "uk", text: "[uk] Bienvenue !", machine: true });
    await expect(viewer(() => Translation.draftReply({ caseId: sent.caseId, text: "x" }))).rejects.toMatchObject({
      kind: "forbidden",
    });
  });
});
