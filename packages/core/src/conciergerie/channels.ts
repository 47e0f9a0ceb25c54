import * as z from "zod";
import { assertCan } from "../auth/roles";
import { portalUrl } from "../config";
import { useTenant } from "../context";
import { db, isConditionFailure } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { channelTypes } from "./needs";

const code = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{2,40}$/, "Use 2 to 40 lowercase letters, digits or hyphens.");

/** The link a channel hands out; the portal's help form reads `src`. */
export function link(slug: string, channelCode: string) {
  return `${portalUrl(slug)}/help?src=${encodeURIComponent(channelCode)}`;
}

export async function list() {
  assertCan("cases.read");
  const tenant = await Tenant.current();
  const channels = await db().entities.channel.query.byCode({ tenantId: tenant.tenantId }).go({ pages: "all" });
  return channels.data.map(({ code: c, name, type, createdAt }) => ({
    code: c,
    name,
    type,
    createdAt,
    link: link(tenant.slug, c),
  }));
}

export const create = fn(
  z.object({ name: singleLine(120).min(2, "Name the channel."), type: z.enum(channelTypes), code }),
  async (input) => {
    assertCan("conciergerie.configure");
    const tenant = await Tenant.current();
    try {
      await db()
        .entities.channel.create({ tenantId: tenant.tenantId, ...input, createdAt: new Date().toISOString() })
        .go();
    } catch (error) {
      if (isConditionFailure(error))
        throw new VisibleError(
          "conflict",
          "code_taken",
          `code: "${input.code}" is already used by another channel.`,
          "code",
        );
      throw error;
    }
    return { ...input, link: link(tenant.slug, input.code) };
  },
);

/** The channel's QR code, to print on flyers: SVG text, or a PNG as base64. */
export const qrCode = fn(z.object({ code, format: z.enum(["svg", "png"]) }), async (input) => {
  assertCan("cases.read");
  const tenant = await Tenant.current();
  const channel = await db().entities.channel.get({ tenantId: useTenant(), code: input.code }).go();
  if (!channel.data) throw new VisibleError("not-found", "channel_not_found", "code: no such channel.", "code");
  const target = link(tenant.slug, input.code);
  const { default: QRCode } = await import("qrcode");
  if (input.format === "svg")
    return { format: "svg" as const, link: target, content: await QRCode.toString(target, { type: "svg", margin: 2 }) };
  const png = await QRCode.toBuffer(target, { type: "png", margin: 2, width: 512 });
  return { format: "png" as const, link: target, content: png.toString("base64") };
});
