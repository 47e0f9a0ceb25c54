import * as Files from "../../files";
import * as Tenant from "../../tenant";
import { type Language, languages } from "../../tenant/languages";
import { fontFiles } from "./fonts";
import type { Fonts } from "./layout";

/** Puts values into a flyer's words: "Welcome to {{territory}}!". */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");

/** A5 portrait, in points. */
const page = { width: 419.53, height: 595.28, margin: 36 };

function rgbOf(hex: string) {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255] as const;
}

/** The tenant's logo bytes when it is a PNG or a JPEG (the image kinds a PDF embeds). */
async function logo(logoUrl: string | null | undefined) {
  if (!logoUrl?.startsWith("/uploads/")) return undefined;
  const bytes = await Files.read(logoUrl.slice("/uploads/".length));
  if (!bytes) return undefined;
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { kind: "png" as const, bytes };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { kind: "jpg" as const, bytes };
  return undefined;
}

/** What a flyer says, already in its language: a heading, a paragraph, the call to scan, a last line. */
export type FlyerWords = { title: string; heading: string; body: string; scan: string; footer: string };

/**
 * A printable A5 flyer in the territory's colour, logo and name: the words given, a QR code of
 * the link and the link itself. Bienvenue's channel flyers and employers' referral flyers are
 * both this page. pdf-lib, the layout code, the QR encoder and the fonts are loaded on the
 * first flyer, not at cold start.
 */
export async function printFlyer(
  tenant: Tenant.Tenant,
  language: Language,
  target: string,
  words: FlyerWords,
): Promise<Uint8Array> {
  const [{ PDFDocument, rgb }, { default: fontkit }, { paragraph }, files, qr, image] = await Promise.all([
    import("pdf-lib"),
    import("@pdf-lib/fontkit"),
    import("./layout"),
    fontFiles(),
    import("qrcode").then(({ default: QRCode }) =>
      QRCode.toBuffer(target, { type: "png", margin: 1, width: 600, errorCorrectionLevel: "M" }),
    ),
    logo(tenant.logoUrl),
  ]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(words.title);
  doc.setLanguage(language);
  // Fonts are embedded whole: pdf-lib's subsetting loses Noto Sans's Latin and Cyrillic
  // glyphs, and Arabic is drawn by glyph id (see drawShaped).
  const [regular, bold, arabic] = await Promise.all([
    doc.embedFont(files.regular, { subset: false }),
    doc.embedFont(files.bold, { subset: false }),
    doc.embedFont(files.arabic, { subset: false }),
  ]);
  const shaper = fontkit.create(files.arabic) as unknown as Fonts["shaper"];
  const body: Fonts = { latin: regular, arabic, shaper };
  const strong: Fonts = { latin: bold, arabic, shaper };
  const sheet = doc.addPage([page.width, page.height]);
  const [r, g, b] = rgbOf(tenant.primaryColor ?? Tenant.defaultPrimaryColor);
  const brand = rgb(r, g, b);
  const white = rgb(1, 1, 1);
  const ink = rgb(0.07, 0.09, 0.15);
  const rtl = languages[language].direction === "rtl";
  const width = page.width - 2 * page.margin;

  const band = 96;
  sheet.drawRectangle({ x: 0, y: page.height - band, width: page.width, height: band, color: brand });
  let nameLeft = page.margin;
  if (image) {
    const embedded = image.kind === "png" ? await doc.embedPng(image.bytes) : await doc.embedJpg(image.bytes);
    const scaled = embedded.scaleToFit(120, 56);
    sheet.drawImage(embedded, {
      x: page.margin,
      y: page.height - band / 2 - scaled.height / 2,
      width: scaled.width,
      height: scaled.height,
    });
    nameLeft += scaled.width + 12;
  }
  paragraph(sheet, tenant.name, {
    fonts: strong,
    size: 20,
    top: page.height - band / 2 + 16,
    left: nameLeft,
    width: page.width - page.margin - nameLeft,
    color: white,
    rtl: false,
    align: "start",
  });

  let y = page.height - band - 12;
  y = paragraph(sheet, words.heading, {
    fonts: strong,
    size: 24,
    top: y,
    left: page.margin,
    width,
    color: ink,
    rtl,
    align: "centre",
  });
  y = paragraph(sheet, words.body, {
    fonts: body,
    size: 12.5,
    top: y - 8,
    left: page.margin,
    width,
    color: ink,
    rtl,
    align: "centre",
  });

  const qrSize = 170;
  const qrImage = await doc.embedPng(qr);
  y -= 16 + qrSize;
  sheet.drawImage(qrImage, { x: (page.width - qrSize) / 2, y, width: qrSize, height: qrSize });
  y = paragraph(sheet, words.scan, {
    fonts: body,
    size: 12,
    top: y - 6,
    left: page.margin,
    width,
    color: ink,
    rtl,
    align: "centre",
  });
  const shortLink = target.replace(/^https?:\/\//, "");
  paragraph(sheet, shortLink, {
    fonts: strong,
    size: 13,
    top: y - 2,
    left: page.margin,
    width,
    color: brand,
    rtl: false,
    align: "centre",
  });
  paragraph(sheet, words.footer, {
    fonts: body,
    size: 9,
    top: page.margin + 12,
    left: page.margin,
    width,
    color: rgb(0.29, 0.33, 0.39),
    rtl,
    align: "centre",
  });

  return doc.save();
}
