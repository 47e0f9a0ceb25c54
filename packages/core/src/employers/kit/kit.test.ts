import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../../tests/support/actors";
import { subscribedEmployer } from "../../../../../tests/support/employers";
import * as Files from "../../files";
import { flyer, Kit } from ".";

let tenantId: string;

async function text(base64: string) {
  const parser = new PDFParse({ data: Buffer.from(base64, "base64") });
  return (await parser.getText()).text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant({ name: "Grand Lorvanne", languages: ["fr", "en", "uk"] }));
});

describe("employer kit", () => {
  it("lists what the territory adds to employers whose subscription includes the kit", async () => {
    const admin = staff(tenantId, "admin");
    await admin(() =>
      Kit.add({ kind: "video", title: "Vivre à Lorvanne", language: "fr", url: "https://video.example.org/lorvanne" }),
    );
    await admin(() =>
      Kit.add({
        kind: "newsletter",
        title: "Texte pour votre lettre interne",
        language: "fr",
        text: "Vous arrivez à Lorvanne ? La Conciergerie vous aide à trouver un logement et une école.",
      }),
    );
    const target = await admin(() => Kit.uploadTarget({ contentType: "application/pdf", size: 9 }));
    expect(target.key.startsWith(`kit/${tenantId}/`)).toBe(true);
    // A key the territory did not upload, or another tenant's folder, is refused.
    await expect(
      admin(() => Kit.add({ kind: "file", title: "Affiche", language: "fr", key: target.key })),
    ).rejects.toMatchObject({
      field: "key",
    });
    await Files.writeLocal(target.key, new TextEncoder().encode("%PDF-1.4\n"));
    await expect(
      admin(() =>
        Kit.add({ kind: "file", title: "Affiche", language: "fr", key: target.key.replace(tenantId, "other") }),
      ),
    ).rejects.toMatchObject({ field: "key" });
    await admin(() => Kit.add({ kind: "file", title: "Affiche", language: "fr", key: target.key }));
    await expect(
      admin(() => Kit.add({ kind: "video", title: "Vidéo", language: "fr", url: "http://x.example" })),
    ).rejects.toMatchObject({
      field: "url",
    });
    await expect(staff(tenantId, "editor")(() => Kit.items())).rejects.toMatchObject({ kind: "forbidden" });
    await expect(
      staff(
        tenantId,
        "agent",
      )(() => Kit.add({ kind: "video", title: "Vidéo", language: "fr", url: "https://x.example" })),
    ).rejects.toMatchObject({ kind: "forbidden" });

    const employer = await subscribedEmployer(tenantId);
    const kit = await employer.as(() => Kit.forEmployer());
    expect(kit.map((item) => [item.kind, item.title])).toEqual(
      expect.arrayContaining([
        ["video", "Vivre à Lorvanne"],
        ["newsletter", "Texte pour votre lettre interne"],
        ["file", "Affiche"],
      ]),
    );
    expect(kit.find((item) => item.kind === "file")?.url).toBe(`/uploads/${target.key}`);

    const withoutKit = await subscribedEmployer(tenantId, { kit: false });
    await expect(withoutKit.as(() => Kit.forEmployer())).rejects.toMatchObject({ code: "kit_not_included" });
    const lapsed = await subscribedEmployer(tenantId, { status: "canceled" });
    await expect(lapsed.as(() => Kit.forEmployer())).rejects.toMatchObject({ code: "kit_not_included" });

    const removed = kit.find((item) => item.kind === "video")?.id ?? "";
    await admin(() => Kit.remove({ itemId: removed }));
    expect((await admin(() => Kit.items())).map((item) => item.id)).not.toContain(removed);
    await expect(admin(() => Kit.remove({ itemId: removed }))).rejects.toMatchObject({ kind: "not-found" });
  });

  it("prints the employer's flyer with its referral code and link, in the recruit's language", async () => {
    const employer = await subscribedEmployer(tenantId, { name: "Scierie du Doubs" });
    const french = await employer.as(() => flyer({ language: "fr" }));
    expect(french.filename).toBe(`flyer-${employer.channelCode}-fr.pdf`);
    expect(french.link).toContain(`src=${employer.channelCode}`);
    const words = await text(french.content);
    expect(words).toContain("Bienvenue à Grand Lorvanne");
    expect(words).toContain("Scierie du Doubs");
    expect(words).toContain(`Code de parrainage : ${employer.channelCode}`);
    expect(words).toContain(french.link.replace(/^https?:\/\//, ""));
    const ukrainian = await text((await employer.as(() => flyer({ language: "uk" }))).content);
    expect(ukrainian).toContain(`Код рекомендації: ${employer.channelCode}`);
    await expect(employer.as(() => flyer({ language: "de" }))).rejects.toMatchObject({ field: "language" });
  });
});
