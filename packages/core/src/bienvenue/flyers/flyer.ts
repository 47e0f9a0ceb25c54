import QRCode from "qrcode";
import { z } from "zod";
import { assertCan } from "../../auth/roles";
import { link } from "../../conciergerie/channels";
import { useTenant } from "../../context";
import { db } from "../../db";
import { VisibleError } from "../../error";
import * as Files from "../../files";
import { fn } from "../../fn";
import * as Tenant from "../../tenant";
import { type Language, languageCodes, languages } from "../../tenant/languages";
import ar from "./copy/ar.json";
import de from "./copy/de.json";
import en from "./copy/en.json";
import es from "./copy/es.json";
import fr from "./copy/fr.json";
import it from "./copy/it.json";
import pt from "./copy/pt.json";
import uk from "./copy/uk.json";
import { fontFiles } from "./fonts";
import { type Fonts, paragraph } from "./layout";

const copy: Record<Language, typeof fr> = { fr, en, es, de, it, pt, ar, uk };
const fill = (text: string, values: Record<string, string>) =>
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

/**
 * A channel's printable A5 flyer in one language: the territory's colour, logo and name, an
 * invitation to the Bienvenue programme, the channel's QR code and link. pdf-lib and the fonts
 * are loaded on the first flyer, not at cold start.
 */
export const download = fn(
  z.object({
    code: z.string().trim().toLowerCase().max(40),
    language: z.enum(languageCodes),
  }),
  async (input) => {
    assertCan("cases.read");
    const tenant = await Tenant.current();
    const channel = await db().entities.channel.get({ tenantId: useTenant(), code: input.code }).go();
    if (!channel.data) throw new VisibleError("not-found", "channel_not_found", "code: no such channel.", "code");
    if (!tenant.languages.includes(input.language))
      throw new VisibleError("input", "language_not_enabled", "language: this language is not enabled.", "language");
    const target = link(tenant.slug, input.code);
    const [{ PDFDocument, rgb }, { default: fontkit }, files, qr, image] = await Promise.all([
      import("pdf-lib"),
      import("@pdf-lib/fontkit"),
      fontFiles(),
      QRCode.toBuffer(target, { type: "png", margin: 1, width: 600, errorCorrectionLevel: "M" }),
      logo(tenant.logoUrl),
    ]);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(`${tenant.name} — ${channel.data.name}`);
    doc.setLanguage(input.language);
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
    const rtl = languages[input.language].direction === "rtl";
    const width = page.width - 2 * page.margin;
    const words = copy[input.language];

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
    y = paragraph(sheet, fill(words.heading, { territory: tenant.name }), {
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
    paragraph(sheet, fill(words.from, { channel: channel.data.name }), {
      fonts: body,
      size: 9,
      top: page.margin + 12,
      left: page.margin,
      width,
      color: rgb(0.29, 0.33, 0.39),
      rtl,
      align: "centre",
    });

    const bytes = await doc.save();
    return {
      filename: `flyer-${input.code}-${input.language}.pdf`,
      contentType: "application/pdf" as const,
      link: target,
      content: Buffer.from(bytes).toString("base64"),
    };
  },
);
