import { randomUUID } from "node:crypto";
import { withActor } from "@escale/core/context";
import { beforeAll, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../../tests/support/actors";
import * as EnroleeImport from "../enrolee-import";
import { dashboard } from "../outcomes/dashboard";
import { Catalog, Codes, Partners } from ".";
import { today } from "./catalog";

let tenantId: string;
const editor = () => staff(tenantId, "editor");
const agent = () => staff(tenantId, "agent", "desk@example.org");
const visitor = <T>(run: () => T) => withActor({ type: "visitor", tenantId }, run);
/** A signed-in enrolee: the first call enrols them (as an import would), since deals are for enrolees. */
const enrolee = (email = `enrolee-${randomUUID().slice(0, 8)}@example.org`) => {
  let joined: Promise<unknown> | undefined;
  return async <T>(run: () => T) => {
    joined ??= staff(tenantId, "admin")(() => EnroleeImport.importCsv({ csv: `${email},Enrolee,fr,2026-01-05` }));
    await joined;
    return withActor({ type: "newcomer", userId: randomUUID(), email, tenantId }, run);
  };
};
const inDays = (days: number) => today(new Date(Date.now() + days * 86_400_000));

async function newDeal(overrides: Partial<Parameters<typeof Catalog.create>[0]> = {}) {
  const partner = await editor()(() =>
    Partners.create({ name: `Boulangerie ${randomUUID().slice(0, 4)}`, email: "pain@example.org", category: "food" }),
  );
  const deal = await editor()(() =>
    Catalog.create({
      partnerId: partner.partnerId,
      translations: {
        fr: { title: "Un croissant offert", conditions: "Sur présentation du code." },
        en: { title: "A free croissant", conditions: "Show the code." },
      },
      validFrom: inDays(-1),
      validUntil: inDays(30),
      limitPerPerson: 1,
      ...overrides,
    }),
  );
  return { partner, deal };
}

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant());
});

describe("bons plans", () => {
  it("gives deals to enrolees only", async () => {
    const { deal } = await newDeal();
    const stranger = <T>(run: () => T) =>
      withActor({ type: "newcomer", userId: randomUUID(), email: "stranger@example.org", tenantId }, run);
    await expect(stranger(() => Codes.take({ dealId: deal.dealId }))).rejects.toMatchObject({ code: "not_enrolled" });
    expect((await editor()(() => Catalog.list())).find((d) => d.dealId === deal.dealId)?.taken).toBe(0);
  });

  it("never gives more codes than the stock when many enrolees take a deal at once", async () => {
    const { deal } = await newDeal({ stock: 5 });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => enrolee()(() => Codes.take({ dealId: deal.dealId }))),
    );
    const taken = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(taken).toHaveLength(5);
    expect(refused.map((r) => r.reason.code)).toEqual(Array(7).fill("sold_out"));
    const listed = (await editor()(() => Catalog.list())).find((d) => d.dealId === deal.dealId);
    expect(listed).toMatchObject({ taken: 5, stock: 5 });
    const left = (await visitor(() => Catalog.available({ language: "en" }))).find((d) => d.dealId === deal.dealId);
    expect(left).toMatchObject({ title: "A free croissant", left: 0 });
  });

  it("holds each person to the deal's limit and gives the stock back when refusing", async () => {
    const { deal } = await newDeal({ limitPerPerson: 2, stock: 10 });
    const person = enrolee();
    await person(() => Codes.take({ dealId: deal.dealId }));
    await person(() => Codes.take({ dealId: deal.dealId }));
    await expect(person(() => Codes.take({ dealId: deal.dealId }))).rejects.toMatchObject({ code: "limit_reached" });
    const listed = (await editor()(() => Catalog.list())).find((d) => d.dealId === deal.dealId);
    expect(listed?.taken).toBe(2);
    const mine = await person(() => Codes.mine({ language: "ar" }));
    expect(mine).toHaveLength(2);
    expect(mine[0]?.title).toBe("Un croissant offert");
    expect(mine[0]?.qrSvg).toContain("<svg");
  });

  it("redeems a code exactly once when the partner and the desk try at the same time", async () => {
    const { partner, deal } = await newDeal();
    const { code } = await enrolee()(() => Codes.take({ dealId: deal.dealId }));
    const { token } = await editor()(() => Partners.redemptionLink({ partnerId: partner.partnerId }));
    const attempts = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => visitor(() => Codes.redeemAsPartner({ token, code }))),
      agent()(() => Codes.redeem({ code: code.toLowerCase() })),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const failed of attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected"))
      expect(failed.reason.code).toBe("already_redeemed");
    const checked = await visitor(() => Codes.checkAsPartner({ token, code }));
    expect(checked.redeemedAt).not.toBeNull();
    expect(JSON.stringify(checked)).not.toContain("@");
    const page = await visitor(() => Codes.partnerPage({ token }));
    expect(page.deals).toEqual([expect.objectContaining({ dealId: deal.dealId, taken: 1, redeemed: 1 })]);
    const outcomes = await agent()(() => dashboard({}));
    expect(outcomes.partners.find((p) => p.id === partner.partnerId)).toMatchObject({
      name: partner.name,
      taken: 1,
      redeemed: 1,
    });
    expect(outcomes.deals.find((d) => d.id === deal.dealId)).toMatchObject({
      name: "Un croissant offert",
      redeemed: 1,
    });
  });

  it("lets a partner redeem only its own codes, and only with a link that was not revoked", async () => {
    const first = await newDeal();
    const second = await newDeal();
    const { code } = await enrolee()(() => Codes.take({ dealId: first.deal.dealId }));
    const other = await editor()(() => Partners.redemptionLink({ partnerId: second.partner.partnerId }));
    await expect(visitor(() => Codes.redeemAsPartner({ token: other.token, code }))).rejects.toMatchObject({
      code: "code_not_found",
    });
    const old = await editor()(() => Partners.redemptionLink({ partnerId: first.partner.partnerId }));
    const renewed = await editor()(() => Partners.redemptionLink({ partnerId: first.partner.partnerId, renew: true }));
    expect(renewed.url).toContain("/bons-plans/partner?token=");
    await expect(visitor(() => Codes.redeemAsPartner({ token: old.token, code }))).rejects.toMatchObject({
      code: "bad_partner_link",
    });
    await expect(visitor(() => Codes.redeemAsPartner({ token: `${old.token}x`, code }))).rejects.toMatchObject({
      code: "bad_partner_link",
    });
    await expect(visitor(() => Codes.redeemAsPartner({ token: renewed.token, code }))).resolves.toMatchObject({ code });
  });

  it("refuses deals that are not open and names the field of bad input", async () => {
    const { deal: later } = await newDeal({ validFrom: inDays(5), validUntil: inDays(9) });
    await expect(enrolee()(() => Codes.take({ dealId: later.dealId }))).rejects.toMatchObject({
      code: "deal_not_open",
    });
    const { partner } = await newDeal();
    await expect(
      editor()(() =>
        Catalog.create({
          partnerId: partner.partnerId,
          translations: { en: { title: "English only", conditions: "" } },
          validFrom: inDays(0),
          validUntil: inDays(1),
          limitPerPerson: 1,
        }),
      ),
    ).rejects.toMatchObject({ field: "translations.fr" });
    await expect(
      editor()(() => Partners.create({ name: "x".repeat(121), email: "a@example.org", category: "food" })),
    ).rejects.toMatchObject({ field: "name" });
    await expect(agent()(() => Catalog.create({} as never))).rejects.toMatchObject({ kind: "input" });
    await expect(editor()(() => Codes.redeem({ code: "ABCDEFGH" }))).rejects.toMatchObject({ code: "role_forbidden" });
  });
});
