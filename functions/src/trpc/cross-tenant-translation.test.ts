import { withActor } from "@escale/core/context";
import * as Translation from "@escale/core/translation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import {
  type CrossTenantCase,
  expectNoTraceOfB,
  type TwoTenants,
  twoTenants,
} from "../../../tests/support/cross-tenant";
import { startTranslateEndpoint } from "../../../tests/support/translate-endpoint";

/** B's machine drafts, waiting for B's review: A must neither see, publish nor discard them. */
const bArticleDraft = (world: TwoTenants) => ({
  kind: "article" as const,
  ref: world.b.articleSlug,
  language: "en" as const,
});
const bNoticeDraft = { kind: "notice" as const, ref: "privacy", language: "ar" as const };

/** One case per translation procedure: A's staff reaching for B's texts, drafts and households. */
const cases: Record<string, CrossTenantCase> = {
  "translation.status": ({ asAOwner }) => asAOwner.translation.status(),
  "translation.coverage": ({ asAOwner }) => asAOwner.translation.coverage(),
  "translation.draft": ({ asAOwner, b }) =>
    asAOwner.translation.draft({ kind: "article", ref: b.articleSlug, language: "ar" }),
  "translation.review": (world) => world.asAOwner.translation.review(bArticleDraft(world)),
  "translation.publish": (world) =>
    world.asAOwner.translation.publish({
      ...bArticleDraft(world),
      fields: { title: "Takeover", body: "A's words in B's guide." },
      expectedVersion: 1,
    }),
  "translation.discard": ({ asAOwner }) => asAOwner.translation.discard(bNoticeDraft),
  "translation.caseMessages": ({ asAOwner, b }) => asAOwner.translation.caseMessages({ caseId: b.caseId }),
  "translation.draftReply": ({ asAOwner, b }) =>
    asAOwner.translation.draftReply({ caseId: b.caseId, text: "A writes to B's household." }),
};

describe("translation help stays within its tenant", () => {
  let world: TwoTenants;
  let stand: Awaited<ReturnType<typeof startTranslateEndpoint>>;
  const bDrafts = () => withActor({ type: "system", tenantId: world.b.tenant.tenantId }, () => Translation.pending());

  beforeAll(async () => {
    stand = await startTranslateEndpoint();
    world = await twoTenants();
    const asB = <T>(run: () => T) => withActor({ type: "system", tenantId: world.b.tenant.tenantId }, run);
    await asB(() => Translation.draft(bArticleDraft(world)));
    await asB(() => Translation.draft(bNoticeDraft));
  });
  afterAll(() => stand.close());

  it("has a cross-tenant case for every translation procedure", () => {
    expect(Object.keys(cases).sort()).toEqual(procedurePaths.filter((path) => path.startsWith("translation.")).sort());
  });

  for (const [path, attempt] of Object.entries(cases)) {
    it(`${path}: acting as A on B's ids neither reveals nor changes B`, async () => {
      const drafts = await bDrafts();
      const answer = await attempt(world).catch((error: Error) => ({ refused: error.message }));
      expectNoTraceOfB(world, answer);
      expect(JSON.stringify(answer)).not.toContain(`[en] ${world.b.articleSecret}`);
      await world.expectBUntouched();
      expect(await bDrafts()).toEqual(drafts);
    });
  }

  it("refuses every translation procedure to A's visitors and newcomers", async () => {
    for (const caller of [world.asAVisitor, world.asANewcomer])
      await expect(caller.translation.coverage()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("shows B's own staff their drafts (the cases above are not vacuous)", async () => {
    const bOwner = callerAs({
      type: "staff",
      userId: "b",
      email: world.b.ownerEmail,
      tenantId: world.b.tenant.tenantId,
      role: "owner",
    });
    const draft = await bOwner.translation.review(bArticleDraft(world));
    expect(draft.fields.body).toContain(world.b.articleSecret);
    expect((await bOwner.translation.caseMessages({ caseId: world.b.caseId })).from).toBe("fr");
  });
});
