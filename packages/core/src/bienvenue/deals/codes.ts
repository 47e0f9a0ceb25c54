import { randomInt } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { config } from "../../config";
import { assertActor, useTenant } from "../../context";
import { cancellationReasons, db, documents, isConditionFailure, type TransactItem, transact } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import * as Tenant from "../../tenant";
import type { Language } from "../../tenant/languages";
import { assertEnrolled } from "../enrolment";
import * as Tallies from "../outcomes/counters";
import { counterUpdates } from "../outcomes/counters";
import { dealId, localised, today } from "./catalog";
import { fromToken } from "./partners";

/** Letters and digits nobody confuses when reading a code aloud or typing it (no 0/O, 1/I/L). */
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const codeLength = 8;
export const codeSchema = z
  .string()
  .max(40)
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${alphabet}]{${codeLength}}$`), "Type the 8-character code."));

function newCode() {
  return Array.from({ length: codeLength }, () => alphabet[randomInt(alphabet.length)]).join("");
}

const dealKey = (tenantId: string, id: string) =>
  (db().entities.deal.get({ tenantId, dealId: id }).params() as { Key: Record<string, string> }).Key;

/**
 * Claims one unit of the deal's stock: a single conditional update, which DynamoDB serialises
 * on the item, so concurrent takers never push `taken` past `stock` (a transaction here would
 * make every concurrent taker conflict with the others and retry).
 */
async function claimStock(tenantId: string, id: string, by: 1 | -1) {
  const taking = by === 1;
  await documents().send(
    new UpdateCommand({
      TableName: config().table,
      Key: dealKey(tenantId, id),
      UpdateExpression: "ADD #taken :by",
      ConditionExpression: taking
        ? "attribute_exists(pk) AND #status = :active AND #from <= :today AND #until >= :today AND (attribute_not_exists(#stock) OR #taken < #stock)"
        : undefined,
      ExpressionAttributeNames: taking
        ? { "#taken": "taken", "#status": "status", "#from": "validFrom", "#until": "validUntil", "#stock": "stock" }
        : { "#taken": "taken" },
      ExpressionAttributeValues: taking ? { ":by": by, ":active": "active", ":today": today() } : { ":by": by },
    }),
  );
}

async function mustFindDeal(id: string) {
  const deal = await db().entities.deal.get({ tenantId: useTenant(), dealId: id }).go();
  if (!deal.data) throw new VisibleError("not-found", "deal_not_found", "dealId: no such deal.", "dealId");
  return deal.data;
}

async function qr(code: string) {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(code, { type: "svg", margin: 2 });
}

/**
 * An enrolee takes a deal and gets a personal code (and its QR code). Stock is claimed first,
 * then the person's count and the code are written in one transaction with the outcome
 * counters; if that refuses (the person's limit), the stock unit is given back.
 */
export const take = fn(z.object({ dealId }), async (input) => {
  const actor = assertActor("newcomer", "system");
  const email = actor.type === "newcomer" ? actor.email : undefined;
  if (!email) throw new VisibleError("auth", "sign_in_required", "Please sign in first.");
  const tenantId = useTenant();
  const [deal] = await Promise.all([mustFindDeal(input.dealId), assertEnrolled(email)]);
  try {
    await claimStock(tenantId, deal.dealId, 1);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const now = today();
    if (deal.status !== "active" || now < deal.validFrom || now > deal.validUntil)
      throw new VisibleError("conflict", "deal_not_open", "dealId: this deal is not open today.", "dealId");
    throw new VisibleError("conflict", "sold_out", "dealId: this deal has run out.", "dealId");
  }
  const tenant = await Tenant.current();
  const partner = (await db().entities.dealPartner.get({ tenantId, partnerId: deal.partnerId }).go()).data;
  const title = localised(deal.translations, tenant.defaultLanguage, tenant.defaultLanguage as Language)?.title ?? "";
  const takenAt = new Date().toISOString();
  const claimKey = (
    db().entities.dealClaim.get({ tenantId, email, dealId: deal.dealId }).params() as { Key: Record<string, string> }
  ).Key;
  const counters = counterUpdates(
    tenantId,
    Tallies.dealUsed({
      what: "dealsTaken",
      at: takenAt,
      dealId: deal.dealId,
      dealTitle: title,
      partnerId: deal.partnerId,
      partnerName: partner?.name ?? "",
    }),
  );
  for (let attempt = 0; ; attempt++) {
    const code = newCode();
    const items: TransactItem[] = [
      {
        Update: {
          TableName: config().table,
          Key: claimKey,
          UpdateExpression: "SET #tenantId = :tenantId, #email = :email, #dealId = :dealId ADD #count :one",
          ConditionExpression: "attribute_not_exists(#count) OR #count < :limit",
          ExpressionAttributeNames: {
            "#tenantId": "tenantId",
            "#email": "email",
            "#dealId": "dealId",
            "#count": "count",
          },
          ExpressionAttributeValues: {
            ":tenantId": tenantId,
            ":email": email,
            ":dealId": deal.dealId,
            ":one": 1,
            ":limit": deal.limitPerPerson,
          },
        },
      },
      {
        Put: db()
          .entities.dealCode.create({ tenantId, code, dealId: deal.dealId, partnerId: deal.partnerId, email, takenAt })
          .params(),
      },
      ...counters,
    ];
    try {
      await transact(items);
      return { code, dealId: deal.dealId, takenAt, qrSvg: await qr(code) };
    } catch (error) {
      const reasons = cancellationReasons(error);
      // The code was drawn by someone else already: draw another (rare, 31^8 codes).
      if (reasons[1] === "ConditionalCheckFailed" && reasons[0] !== "ConditionalCheckFailed" && attempt < 3) continue;
      await claimStock(tenantId, deal.dealId, -1);
      if (reasons[0] === "ConditionalCheckFailed")
        throw new VisibleError(
          "conflict",
          "limit_reached",
          `dealId: you already took this deal ${deal.limitPerPerson} time(s), its limit per person.`,
          "dealId",
        );
      throw error;
    }
  }
});

/** The signed-in enrolee's codes, newest first, with each deal in their language and a QR code. */
export const mine = fn(z.object({ language: z.string().max(8) }), async ({ language }) => {
  const actor = assertActor("newcomer");
  const tenantId = useTenant();
  const tenant = await Tenant.current();
  const [codes, deals] = await Promise.all([
    db().entities.dealCode.query.byHolder({ tenantId, email: actor.email }).go({ pages: "all", order: "desc" }),
    db().entities.deal.query.byId({ tenantId }).go({ pages: "all" }),
  ]);
  const byId = new Map(deals.data.map((deal) => [deal.dealId, deal]));
  return Promise.all(
    codes.data.map(async (code) => {
      const deal = byId.get(code.dealId);
      const text = deal && localised(deal.translations, language, tenant.defaultLanguage as Language);
      return {
        code: code.code,
        dealId: code.dealId,
        title: text?.title ?? "",
        conditions: text?.conditions ?? "",
        validUntil: deal?.validUntil ?? null,
        takenAt: code.takenAt,
        redeemedAt: code.redeemedAt ?? null,
        qrSvg: code.redeemedAt ? null : await qr(code.code),
      };
    }),
  );
});

/**
 * Marks a code used, once: the code's update is conditioned on it not being redeemed yet (and,
 * from a partner's page, on belonging to that partner), in one transaction with the deal's
 * count and the outcome counters. Of concurrent redemptions of one code, exactly one succeeds.
 */
async function redeemCode(code: string, by: string, partnerId?: string) {
  const tenantId = useTenant();
  const record = (await db().entities.dealCode.get({ tenantId, code }).go()).data;
  if (!record || (partnerId && record.partnerId !== partnerId))
    throw new VisibleError("not-found", "code_not_found", "code: no such code for this partner.", "code");
  const deal = await mustFindDeal(record.dealId);
  const [tenant, partner] = await Promise.all([
    Tenant.current(),
    db().entities.dealPartner.get({ tenantId, partnerId: record.partnerId }).go(),
  ]);
  const redeemedAt = new Date().toISOString();
  const title = localised(deal.translations, tenant.defaultLanguage, tenant.defaultLanguage as Language)?.title ?? "";
  try {
    await transact([
      {
        Update: db()
          .entities.dealCode.patch({ tenantId, code })
          .set({ redeemedAt, redeemedBy: by })
          .where((a, { notExists, eq }) => `${notExists(a.redeemedAt)} AND ${eq(a.partnerId, record.partnerId)}`)
          .params(),
      },
      {
        Update: {
          TableName: config().table,
          Key: dealKey(tenantId, deal.dealId),
          UpdateExpression: "ADD #redeemed :one",
          ConditionExpression: "#until >= :today",
          ExpressionAttributeNames: { "#redeemed": "redeemed", "#until": "validUntil" },
          ExpressionAttributeValues: { ":one": 1, ":today": today() },
        },
      },
      ...counterUpdates(
        tenantId,
        Tallies.dealUsed({
          what: "redemptions",
          at: redeemedAt,
          dealId: deal.dealId,
          dealTitle: title,
          partnerId: record.partnerId,
          partnerName: partner.data?.name ?? "",
        }),
      ),
    ]);
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons[0] === "ConditionalCheckFailed")
      throw new VisibleError("conflict", "already_redeemed", "code: this code has already been used.", "code");
    if (reasons[1] === "ConditionalCheckFailed")
      throw new VisibleError("conflict", "deal_expired", "code: this deal has ended.", "code");
    throw error;
  }
  return { code, dealId: deal.dealId, title, redeemedAt };
}

/** Staff redeem a code the person shows at the territory's desk or reads out on the phone. */
export const redeem = fn(z.object({ code: codeSchema }), async ({ code }) => {
  const actor = assertCan("deals.redeem");
  return redeemCode(code, actor.type === "staff" ? actor.email : "system");
});

const partnerInput = z.object({ token: z.string().min(10).max(400), code: codeSchema });

/** The partner's page: what a code is for and whether it was used, without the holder's identity. */
export const checkAsPartner = fn(partnerInput, async ({ token, code }) => {
  const partner = await fromToken(token);
  const tenant = await Tenant.current();
  const record = (await db().entities.dealCode.get({ tenantId: useTenant(), code }).go()).data;
  if (!record || record.partnerId !== partner.partnerId)
    throw new VisibleError("not-found", "code_not_found", "code: no such code for this partner.", "code");
  const deal = await mustFindDeal(record.dealId);
  const text = localised(deal.translations, tenant.defaultLanguage, tenant.defaultLanguage as Language);
  return {
    code,
    title: text?.title ?? "",
    conditions: text?.conditions ?? "",
    validUntil: deal.validUntil,
    takenAt: record.takenAt,
    redeemedAt: record.redeemedAt ?? null,
  };
});

export const redeemAsPartner = fn(partnerInput, async ({ token, code }) => {
  const partner = await fromToken(token);
  return redeemCode(code, "partner", partner.partnerId);
});

/** The partner page's header: the partner's name and its deals' counts. */
export const partnerPage = fn(z.object({ token: z.string().min(10).max(400) }), async ({ token }) => {
  const partner = await fromToken(token);
  const tenant = await Tenant.current();
  const deals = await db().entities.deal.query.byId({ tenantId: useTenant() }).go({ pages: "all" });
  return {
    territory: tenant.name,
    partnerName: partner.name,
    deals: deals.data
      .filter((deal) => deal.partnerId === partner.partnerId)
      .map((deal) => ({
        dealId: deal.dealId,
        title: localised(deal.translations, tenant.defaultLanguage, tenant.defaultLanguage as Language)?.title ?? "",
        validUntil: deal.validUntil,
        taken: deal.taken,
        redeemed: deal.redeemed,
        stock: deal.stock ?? null,
      })),
  };
});
