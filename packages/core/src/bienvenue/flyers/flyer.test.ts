import { Channels } from "@escale/core/conciergerie";
import * as Files from "@escale/core/files";
import * as Tenant from "@escale/core/tenant";
import { PDFDocument } from "pdf-lib";
import { PDFParse } from "pdf-parse";
import QRCode from "qrcode";
import { beforeAll, describe, expect, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../../../tests/support/actors";
import { download } from ".";

let tenantId: string;
const agent = () => staff(tenantId, "agent");

async function text(base64: string) {
  const parser = new PDFParse({ data: Buffer.from(base64, "base64") });
  // Lines wrap where the width says: compare words, not line breaks.
  return (await parser.getText()).text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant({ name: "Grand Lorvanne", languages: ["fr", "en", "ar", "uk"] }));
  const logoKey = `logos/${tenantId}/logo.png`;
  await Files.writeLocal(logoKey, await QRCode.toBuffer("logo", { type: "png", width: 64 }));
  await asSystem(async () => {
    const tenant = await Tenant.get(tenantId);
    await Tenant.patchVersioned(tenant?.version ?? 1, { primaryColor: "#8a1538", logoUrl: Files.publicUrl(logoKey) });
    await Channels.create({ name: "Mairie de Saint-Vit", type: "town-hall", code: "mairie-saint-vit" });
  }, tenantId);
});

describe("flyers", () => {
  it("prints an A5 PDF with the channel's link, in French", async () => {
    const flyer = await agent()(() => download({ code: "mairie-saint-vit", language: "fr" }));
    const pdf = await PDFDocument.load(Buffer.from(flyer.content, "base64"));
    const [pageOne] = pdf.getPages();
    expect(pdf.getPageCount()).toBe(1);
    expect(Math.round(pageOne?.getWidth() ?? 0)).toBe(420);
    expect(Math.round(pageOne?.getHeight() ?? 0)).toBe(595);
    expect(flyer.filename).toBe("flyer-mairie-saint-vit-fr.pdf");
    const words = await text(flyer.content);
    expect(words).toContain(flyer.link.replace(/^https?:\/\//, ""));
    expect(words).toContain("Bienvenue à Grand Lorvanne");
    expect(words).toContain("Mairie de Saint-Vit");
  });

  it("prints Cyrillic and Arabic with embedded fonts", async () => {
    const ukrainian = await text((await agent()(() => download({ code: "mairie-saint-vit", language: "uk" }))).content);
    expect(ukrainian).toContain("Ласкаво просимо до Grand Lorvanne");
    expect(ukrainian).toContain("Щойно переїхали?");
    const arabic = await agent()(() => download({ code: "mairie-saint-vit", language: "ar" }));
    const words = await text(arabic.content);
    expect(words).toContain(arabic.link.replace(/^https?:\/\//, ""));
    // Shaped glyphs map back to the letters (their order inside a word is the extractor's affair).
    expect(words).toMatch(/[\u0600-\u06FF]{3}/);
  });

  it("refuses an unknown channel or a language the territory has not enabled", async () => {
    await expect(agent()(() => download({ code: "nope", language: "fr" }))).rejects.toMatchObject({ field: "code" });
    await expect(agent()(() => download({ code: "mairie-saint-vit", language: "de" }))).rejects.toMatchObject({
      field: "language",
    });
  });
});
