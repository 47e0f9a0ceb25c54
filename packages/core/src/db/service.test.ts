import { describe, expect, it } from "vitest";
import { db, entities, platformEntities } from "./service";

type IndexSchema = { pk: { template?: string; composite: string[] } };

/** Every key of every entity, on the table and on each index, as ElectroDB will write it. */
const keys = Object.entries(entities).flatMap(([name, entity]) =>
  Object.entries((entity as unknown as { schema: { indexes: Record<string, IndexSchema> } }).schema.indexes).map(
    ([index, schema]) => ({ name: name as keyof typeof entities, index, pk: schema.pk }),
  ),
);

describe("storage keys", () => {
  it.each(keys.filter((key) => !platformEntities.has(key.name)))(
    "$name.$index partitions by tenant first",
    ({ pk }) => {
      expect(pk.composite[0]).toBe("tenantId");
      expect(pk.template).toMatch(/^t#\$\{tenantId\}/);
    },
  );

  it.each(keys.filter((key) => platformEntities.has(key.name)))(
    "$name.$index is an explicit platform partition",
    ({ pk }) => {
      expect(pk.template).toMatch(/^p#/);
      expect(pk.composite).not.toContain("tenantId");
    },
  );

  it("lists only existing entities as platform exceptions", () => {
    for (const name of platformEntities) expect(Object.keys(entities)).toContain(name);
  });
});

describe("key builders", () => {
  const e = () => db().entities;
  it.each([
    ["tenant", e().tenant.get({ tenantId: "T1" }).params(), { pk: "t#T1", sk: "tenant" }],
    [
      "membership",
      e().membership.get({ tenantId: "T1", email: "a@b.fr" }).params(),
      { pk: "t#T1", sk: "member#a@b.fr" },
    ],
    [
      "invitation",
      e().invitation.get({ tenantId: "T1", email: "a@b.fr" }).params(),
      { pk: "t#T1", sk: "invitation#a@b.fr" },
    ],
    ["slugClaim", e().slugClaim.get({ slug: "demo" }).params(), { pk: "p#slug#demo", sk: "claim" }],
    [
      "hostClaim",
      e().hostClaim.get({ host: "bienvenue.example.fr" }).params(),
      { pk: "p#host#bienvenue.example.fr", sk: "claim" },
    ],
    [
      "stripeAccountClaim",
      e().stripeAccountClaim.get({ accountId: "acct_1" }).params(),
      { pk: "p#stripe-account#acct_1", sk: "claim" },
    ],
    [
      "employer",
      e().employer.get({ tenantId: "T1", employerId: "E1" }).params(),
      { pk: "t#T1#employer#E1", sk: "employer" },
    ],
    [
      "stripeEvent",
      e().stripeEvent.get({ tenantId: "T1", eventId: "evt_1" }).params(),
      { pk: "t#T1#stripe-event#evt_1", sk: "event" },
    ],
    ["identity", e().identity.get({ email: "a@b.fr" }).params(), { pk: "p#identity#a@b.fr", sk: "identity" }],
    [
      "membershipRef",
      e().membershipRef.get({ email: "a@b.fr", tenantId: "T1" }).params(),
      { pk: "p#identity#a@b.fr", sk: "membership#T1" },
    ],
  ])("%s keys", (_name, params, key) => {
    expect((params as { Key: unknown }).Key).toEqual(key);
  });

  it("lists a tenant's members with one Query on its partition", () => {
    const params = e().membership.query.byEmail({ tenantId: "T1" }).params() as {
      ExpressionAttributeValues: Record<string, string>;
    };
    expect(Object.values(params.ExpressionAttributeValues)).toEqual(expect.arrayContaining(["t#T1", "member#"]));
  });
});
