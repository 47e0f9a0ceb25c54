import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { useTenant } from "../../context";
import { db, unlessChanged } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import * as Mail from "../../mail";
import { singleLine } from "../../single-line";
import * as Tenant from "../../tenant";
import type { Language } from "../../tenant/languages";
import categories from "./categories.json";
import * as PartnerLink from "./partner-link";

export const partnerCategories = categories as [string, ...string[]];
const email = z.string().trim().toLowerCase().max(254).pipe(z.email("Give a valid e-mail address."));
const details = z.object({
  name: singleLine(120).min(2, "Name the partner."),
  email,
  category: z.enum(partnerCategories),
});
export const partnerId = z.string().trim().min(1).max(64);

export async function list() {
  assertCan("deals.read");
  const partners = await db().entities.dealPartner.query.byId({ tenantId: useTenant() }).go({ pages: "all" });
  return partners.data
    .map(({ partnerId, name, email, category, createdAt, version }) => ({
      partnerId,
      name,
      email,
      category,
      createdAt,
      version,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const create = fn(details, async (input) => {
  assertCan("deals.write");
  const partner = { partnerId: randomUUID(), ...input, createdAt: new Date().toISOString() };
  await db()
    .entities.dealPartner.create({ tenantId: useTenant(), ...partner })
    .go();
  return { ...partner, version: 1 };
});

export const update = fn(details.extend({ partnerId, expectedVersion: z.number().int().min(1) }), async (input) => {
  assertCan("deals.write");
  const { partnerId: id, expectedVersion, ...changes } = input;
  await unlessChanged("this partner", () =>
    db()
      .entities.dealPartner.patch({ tenantId: useTenant(), partnerId: id })
      .set(changes)
      .add({ version: 1 })
      .where((a, { eq }) => eq(a.version, expectedVersion))
      .go(),
  );
  return { partnerId: id, ...changes, version: expectedVersion + 1 };
});

export async function get(id: string) {
  const partner = await db().entities.dealPartner.get({ tenantId: useTenant(), partnerId: id }).go();
  if (!partner.data)
    throw new VisibleError("not-found", "partner_not_found", "partnerId: no such partner.", "partnerId");
  return partner.data;
}

/**
 * The partner's redemption link, e-mailed to its contact (`send`) or handed over. `renew`
 * revokes the links given before (a lost phone, a new contact person).
 */
export const redemptionLink = fn(
  z.object({ partnerId, renew: z.boolean().default(false), send: z.boolean().default(false) }),
  async (input) => {
    assertCan("deals.write");
    const tenantId = useTenant();
    let partner = await get(input.partnerId);
    if (input.renew) {
      const renewed = await db()
        .entities.dealPartner.patch({ tenantId, partnerId: input.partnerId })
        .add({ linkVersion: 1 })
        .go({ response: "all_new" });
      partner = { ...partner, ...renewed.data };
    }
    const tenant = await Tenant.current();
    const token = PartnerLink.sign(tenantId, partner.partnerId, partner.linkVersion);
    const url = PartnerLink.url(tenant.slug, token);
    if (input.send)
      await Mail.send({
        template: "dealPartnerLink",
        data: { partner: partner.name, link: url },
        to: partner.email,
        language: tenant.defaultLanguage as Language,
        brand: Mail.territoryBrand(tenant),
      });
    const { tenantId: _, ...shown } = partner;
    return { partner: shown, token, url, sent: input.send };
  },
);

/** The partner a redemption-page token names, if the token is valid and not revoked. */
export async function fromToken(token: string) {
  const tenantId = useTenant();
  const claim = PartnerLink.verify(tenantId, token);
  const partner = claim
    ? (await db().entities.dealPartner.get({ tenantId, partnerId: claim.partnerId }).go()).data
    : null;
  if (!claim || !partner || partner.linkVersion !== claim.linkVersion)
    throw new VisibleError(
      "forbidden",
      "bad_partner_link",
      "token: this link is not valid any more; ask the territory for a new one.",
      "token",
    );
  return partner;
}
