import { randomUUID } from "node:crypto";
import { inbox } from "@escale/local/inbox";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant } from "../../../../tests/support/actors";
import { callerAs } from "../../../../tests/support/callers";
import { sellingTerritory } from "../../../../tests/support/employers";
import { withActor } from "../context";
import { VisibleError } from "../error";
import { Referrals } from ".";

describe("referrals", () => {
  let territory: Awaited<ReturnType<typeof sellingTerritory>>;
  let tenantId: string;
  const asEmployer = <T>(run: () => Promise<T>) => withActor(territory.actor, run);
  const recruit = (n: number) => ({
    name: `Recruit ${n}`,
    email: `recruit-${n}-${randomUUID().slice(0, 6)}@example.org`,
    language: "en" as const,
  });

  beforeAll(async () => {
    tenantId = (await newTenant({ languages: ["fr", "en", "uk"] })).tenant.tenantId;
    territory = await sellingTerritory(tenantId, { referralsPerYear: 3 });
  });

  it("never lets concurrent referrals go past the offer's yearly allowance", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, n) => asEmployer(() => Referrals.refer(recruit(n)))),
    );
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    expect(refused).toHaveLength(5);
    for (const reason of refused) expect(reason).toMatchObject({ code: "allowance_used" });
    const mine = await asEmployer(() => Referrals.mine());
    expect(mine).toMatchObject({ allowance: 3, used: 3 });
    expect(mine.referrals).toHaveLength(3);
  });

  it("invites the recruit in their language to the intake, through the employer's channel", async () => {
    const other = await newTenant({ languages: ["fr", "uk"] });
    const seller = await sellingTerritory(other.tenant.tenantId);
    const email = `oksana-${randomUUID().slice(0, 6)}@example.org`;
    const since = Date.now();
    await withActor(seller.actor, () => Referrals.refer({ name: "Oksana", email, language: "uk" }));
    const message = await inbox(inject("inboxUrl")).latest(email, /облаштуватися/, 15_000, since);
    expect(message.text).toContain("консьєрж");
    expect(message.text).toContain(`/help?src=${seller.employer.channelCode}`);
    expect(message.text).toContain(seller.employer.name);
  });

  it("refuses a language the territory does not write in, naming the field", async () => {
    const refusal = await asEmployer(() => Referrals.refer({ ...recruit(9), language: "ar" })).catch((e) => e);
    expect(refusal).toBeInstanceOf(VisibleError);
    expect(refusal).toMatchObject({ field: "language" });
  });
});

describe("employer sign-up", () => {
  it("refuses a SIRET failing its check digit, naming siret", async () => {
    const { tenant } = await newTenant();
    const newcomer = callerAs({ type: "newcomer", userId: "n", email: "boss@example.org", tenantId: tenant.tenantId });
    const refusal = await newcomer.employerSpace.signUp({ name: "Scierie", siret: "73282932000075" }).catch((e) => e);
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.message).toMatch(/^siret: /);
    const created = await newcomer.employerSpace.signUp({ name: "Scierie", siret: "732 829 320 00074" });
    expect(created).toMatchObject({ siret: "73282932000074", contact: "boss@example.org", subscription: null });
  });
});
