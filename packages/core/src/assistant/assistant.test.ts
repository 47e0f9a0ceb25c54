import { randomUUID } from "node:crypto";
import * as Assistant from "@escale/core/assistant";
import { withActor } from "@escale/core/context";
import { db, dynamoRequestCount } from "@escale/core/db";
import * as Knowledge from "@escale/core/knowledge";
import { describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import sample from "../seed/lorvanne-knowledge.json";
import { dontKnow, fallbackNotice } from "./messages";

const allLanguages = ["fr", "en", "es", "de", "it", "pt", "ar", "uk"] as const;

/** A territory with the sample guide imported, and its visitors, editors and system. */
async function territory(withSample = true) {
  const { tenant } = await newTenant({ languages: [...allLanguages] });
  const editor = staff(tenant.tenantId, "editor");
  if (withSample) await editor(() => Knowledge.importArticles(sample));
  const visitor = <T>(run: () => T) => withActor({ type: "visitor", tenantId: tenant.tenantId }, run);
  const system = <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
  return { tenant, editor, visitor, system };
}

const session = () => `s-${randomUUID()}`;
const pool = {
  slug: "piscine-intercommunale",
  category: "leisure" as const,
  translations: {
    fr: {
      title: "La piscine intercommunale",
      body: "La **piscine** est ouverte du mardi au dimanche. Cours de natation pour enfants le mercredi.",
    },
  },
};

describe("answers", () => {
  it("answers a Ukrainian question from the French article, says so in Ukrainian, and cites it", async () => {
    const { system } = await territory();
    const reply = await system(() => Assistant.ask({ question: "Де знайти сімейного лікаря для всієї родини?" }));
    expect(reply).toMatchObject({ language: "uk", answered: true, handover: false, direction: "ltr" });
    expect(reply.citations[0]).toEqual({
      slug: "medecin-traitant-maisons-de-sante",
      title: "Trouver un médecin traitant",
      url: "/guide/medecin-traitant-maisons-de-sante",
      language: "fr",
    });
    expect(reply.notice).toBe(fallbackNotice("uk", "fr"));
    expect(reply.answer.startsWith(fallbackNotice("uk", "fr"))).toBe(true);
    expect(reply.answer).toMatch(/maisons de santé|médecin/);
  });

  it("answers from the article's own version when it exists in the question's language", async () => {
    const { system } = await territory();
    const reply = await system(() => Assistant.ask({ question: "Are there grants to insulate an old stone house?" }));
    expect(reply.citations[0]?.slug).toBe("aides-renovation-habitat");
    expect(reply.citations[0]?.title).toBe("Buying and renovating an older house: grants");
    expect(reply.notice).toBeNull();
    expect(reply.answer).toMatch(/insulation|grants/);
  });

  it("says it does not know and offers the hand-over when the guide does not say", async () => {
    const { system } = await territory();
    const reply = await system(() => Assistant.ask({ question: "Comment obtenir la nationalité française ?" }));
    expect(reply).toMatchObject({ answered: false, handover: true, citations: [], answer: dontKnow.fr });
  });

  it("writes short sentences in plain-language mode", async () => {
    const { system } = await territory();
    const reply = await system(() =>
      Assistant.ask({ question: "Comment inscrire mon enfant au car scolaire ?", plainLanguage: true }),
    );
    expect(reply.citations[0]?.slug).toBe("transport-scolaire");
    for (const line of reply.answer.split("\n")) expect(line.split(" ").length).toBeLessThanOrEqual(18);
  });

  it("refuses questions over 1,000 characters, naming the field", async () => {
    const { visitor } = await territory(false);
    await expect(
      visitor(() => Assistant.ask({ question: "a".repeat(1001), sessionId: session() })),
    ).rejects.toMatchObject({ kind: "input", field: "question" });
  });

  it("finds articles for the guide's search box, in any language", async () => {
    const { visitor } = await territory();
    const found = await visitor(() => Assistant.search({ query: "covoiturage", language: "de" }));
    expect(found[0]).toMatchObject({ slug: "covoiturage-transport-a-la-demande", language: "fr", fallback: true });
  });
});

describe("index lifecycle", () => {
  it("never cites a draft, and cites the article once published (the index follows the edit)", async () => {
    const { editor, system } = await territory();
    const draft = await editor(() => Knowledge.create(pool));
    const question = { question: "Quels sont les horaires de la piscine ?" };
    expect((await system(() => Assistant.ask(question))).citations).toEqual([]);
    await editor(() => Knowledge.update({ ...pool, status: "published", expectedVersion: draft.version }));
    // Articles that also mention the pool may follow it; the new article comes first.
    expect((await system(() => Assistant.ask(question))).citations[0]?.slug).toBe(pool.slug);
  });

  it("reads only the stamp while nothing changes, and reloads the articles after an edit", async () => {
    const { editor, system } = await territory();
    const ask = () => system(() => Assistant.ask({ question: "Où trouver un médecin traitant ?" }));
    await ask();
    let before = dynamoRequestCount();
    await ask();
    expect(dynamoRequestCount() - before).toBe(2); // the stamp and the tenant
    await editor(() => Knowledge.create({ ...pool, status: "published" }));
    before = dynamoRequestCount();
    await ask();
    expect(dynamoRequestCount() - before).toBeGreaterThan(2);
  });
});

describe("tenants", () => {
  it("never cites another tenant's article, even for the same question", async () => {
    const b = await territory();
    const a = await territory(false);
    const question = { question: "Où trouver un médecin traitant ?" };
    expect((await b.system(() => Assistant.ask(question))).citations[0]?.slug).toBe(
      "medecin-traitant-maisons-de-sante",
    );
    expect(await a.system(() => Assistant.ask(question))).toMatchObject({ answered: false, citations: [] });
    await a.editor(() => Knowledge.create({ ...pool, status: "published" }));
    const reply = await a.system(() => Assistant.ask(question));
    expect(reply.citations.map((c) => c.slug)).not.toContain("medecin-traitant-maisons-de-sante");
    const found = await a.visitor(() => Assistant.search({ query: "médecin traitant", language: "fr" }));
    expect(found.map((article) => article.slug)).not.toContain("medecin-traitant-maisons-de-sante");
  });
});

describe("conversation log and gaps", () => {
  it("keeps portal questions redacted, for 90 days", async () => {
    const { tenant, visitor } = await territory();
    await visitor(() =>
      Assistant.ask({ question: "Je suis au 06 12 34 56 78, où trouver un médecin ?", sessionId: session() }),
    );
    const { data } = await db().entities.conversationTurn.query.byTime({ tenantId: tenant.tenantId }).go();
    expect(data).toHaveLength(1);
    const [turn] = data;
    expect(turn?.question).toBe("Je suis au [phone], où trouver un médecin ?");
    expect(turn?.answered).toBe(true);
    const ninetyDays = Math.floor(Date.now() / 1000) + 90 * 86_400;
    expect(turn?.expiresAt).toBeGreaterThan(ninetyDays - 60);
    expect(turn?.expiresAt).toBeLessThanOrEqual(ninetyDays);
  });

  it("does not log questions asked by staff or the operator", async () => {
    const { tenant, system } = await territory();
    await system(() => Assistant.ask({ question: "Où trouver un médecin ?" }));
    const { data } = await db().entities.conversationTurn.query.byTime({ tenantId: tenant.tenantId }).go();
    expect(data).toEqual([]);
  });

  it("groups unanswered questions by topic and language until an editor handles them", async () => {
    const { visitor, editor } = await territory();
    const ask = (question: string) => visitor(() => Assistant.ask({ question, sessionId: session() }));
    await ask("Comment renouveler mon titre de séjour ? Écrivez à moi@example.org");
    await ask("Où déposer une demande de titre de séjour ?");
    await ask("¿Dónde renuevo mi permiso de residencia?");
    const gaps = await editor(() => Assistant.gaps());
    expect(gaps.map(({ topic, language, total, open }) => ({ topic, language, total, open }))).toEqual([
      { topic: "residence-permit", language: "fr", total: 2, open: 2 },
      { topic: "residence-permit", language: "es", total: 1, open: 1 },
    ]);
    const questions = await editor(() => Assistant.gapQuestions({ topic: "residence-permit", language: "fr" }));
    expect(questions.map((q) => q.question)).toEqual([
      "Où déposer une demande de titre de séjour ?",
      "Comment renouveler mon titre de séjour ? Écrivez à [e-mail]",
    ]);
    await editor(() => Assistant.markGapHandled({ topic: "residence-permit", language: "fr" }));
    await ask("Titre de séjour : quels papiers ?");
    const after = (await editor(() => Assistant.gaps())).find((gap) => gap.language === "fr");
    expect(after).toMatchObject({ total: 3, open: 1 });
    expect(after?.handledAt).toBeTruthy();
  });
});

describe("limits", () => {
  it("answers 429 with the seconds to wait once a visitor asked too much", async () => {
    const { tenant } = await territory(false);
    // Visitors as the edge tells them apart: by the cookie it signed, never by the input.
    const as =
      (id: string) =>
      <T>(run: () => T) =>
        withActor({ type: "visitor", tenantId: tenant.tenantId, visitor: { id, returning: true } }, run);
    const visitor = as(session());
    const sessionId = session();
    for (let i = 0; i < Assistant.limits.visitor.max; i++)
      await visitor(() => Assistant.ask({ question: `Question ${i} ?`, sessionId }));
    // A new conversation id changes nothing: it is the client's to choose.
    await expect(visitor(() => Assistant.ask({ question: "Encore ?", sessionId: session() }))).rejects.toMatchObject({
      kind: "rate",
    });
    const refused = visitor(() => Assistant.ask({ question: "Encore une ?", sessionId }));
    await expect(refused).rejects.toMatchObject({ kind: "rate", code: "rate_limited" });
    const error = (await refused.catch((caught: unknown) => caught)) as Assistant.RateLimited;
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(Assistant.limits.visitor.seconds);
    expect(error.message).toContain(`${error.retryAfterSeconds} seconds`);
    await expect(
      as(session())(() => Assistant.ask({ question: "Et moi ?", sessionId: session() })),
    ).resolves.toBeDefined();
  });

  it("limits the whole tenant's portal too", async () => {
    const { tenant } = await territory(false);
    const now = Date.now();
    for (let batch = 0; batch < Assistant.limits.tenant.max / 50; batch++)
      await Promise.all(
        Array.from({ length: 50 }, () =>
          withActor({ type: "visitor", tenantId: tenant.tenantId, visitor: { id: session(), returning: true } }, () =>
            Assistant.checkRateLimits(tenant.tenantId, now),
          ),
        ),
      );
    await expect(
      withActor({ type: "visitor", tenantId: tenant.tenantId, visitor: { id: session(), returning: true } }, () =>
        Assistant.checkRateLimits(tenant.tenantId, now),
      ),
    ).rejects.toMatchObject({ kind: "rate" });
  });
});
