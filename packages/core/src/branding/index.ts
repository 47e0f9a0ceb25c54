import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { VisibleError } from "../error";
import * as Files from "../files";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { checkPrimaryColor } from "./contrast";

export { checkPrimaryColor, minimumContrast } from "./contrast";

export const logoTypes = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" } as const;
export const maxLogoBytes = 1_000_000;

const perLanguage = (max: number) => z.record(z.string().max(8), singleLine(max));

export const updateSchema = z.object({
  primaryColor: z
    .string()
    .max(40)
    .superRefine((color, ctx) => {
      const verdict = checkPrimaryColor(color);
      if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.message });
    }),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour in #RRGGBB form.")
    .nullable()
    .optional(),
  tagline: perLanguage(140),
  hero: perLanguage(1000),
  expectedVersion: z.number().int().positive(),
});

/** Colours and per-language texts. Texts for languages the tenant has not enabled are refused. */
export const update = fn(updateSchema, async ({ expectedVersion, accentColor, ...input }) => {
  assertCan("branding.write");
  const tenant = await Tenant.current();
  for (const field of ["tagline", "hero"] as const) {
    const stray = Object.keys(input[field]).find((language) => !tenant.languages.includes(language));
    if (stray)
      throw new VisibleError(
        "input",
        "language_not_enabled",
        `${field}.${stray}: "${stray}" is not one of this territory's languages.`,
        `${field}.${stray}`,
      );
  }
  const clean = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text));
  return Tenant.patchVersioned(expectedVersion, {
    primaryColor: input.primaryColor.toLowerCase(),
    accentColor: accentColor ?? null,
    tagline: clean(input.tagline),
    hero: clean(input.hero),
  });
});

/** A logo fits a portal header and a flyer: at least 16 and at most 4,096 pixels a side. */
export const logoPixels = { min: 16, max: 4096 };

/**
 * Where the browser uploads a logo. Only its size is checked before: what the file is comes
 * from its bytes afterwards (useLogo), not from its name or the type the browser guessed from
 * it, so the upload is stored as opaque bytes (`.upload`, `application/octet-stream`) that no
 * browser would render until it is known to be an image.
 */
export const logoUploadTarget = fn(
  z.object({
    size: z
      .number()
      .int()
      .positive()
      .max(maxLogoBytes, `The logo must be at most ${maxLogoBytes / 1_000_000} MB.`),
  }),
  async ({ size }) => {
    assertCan("branding.write");
    const key = `logos/${useTenant()}/${randomUUID()}.upload`;
    return { key, ...(await Files.uploadTarget(key, "application/octet-stream", size)) };
  },
);

function refuseLogo(code: string, message: string): never {
  throw new VisibleError("input", code, `logo: ${message}`, "logo");
}

/** What the uploaded bytes are: a PNG, JPEG or WebP image of a usable size, or a refusal naming the logo. */
export async function sniffLogo(bytes: Uint8Array) {
  const [{ fileTypeFromBuffer }, { imageSize }] = await Promise.all([import("file-type"), import("image-size")]);
  const type = await fileTypeFromBuffer(bytes);
  const contentType = type?.mime as keyof typeof logoTypes | undefined;
  if (!contentType || !(contentType in logoTypes))
    refuseLogo("logo_not_image", "this file is not a PNG, JPEG or WebP image (its content was read, not its name).");
  let size: { width: number; height: number };
  try {
    size = imageSize(bytes);
  } catch {
    refuseLogo("logo_not_image", "this image could not be read; export it again as PNG, JPEG or WebP.");
  }
  const { width, height } = size;
  if (width > logoPixels.max || height > logoPixels.max)
    refuseLogo(
      "logo_too_large",
      `the image is ${width}×${height} pixels; use at most ${logoPixels.max} pixels on each side.`,
    );
  if (width < logoPixels.min || height < logoPixels.min)
    refuseLogo(
      "logo_too_small",
      `the image is ${width}×${height} pixels; use at least ${logoPixels.min} pixels on each side.`,
    );
  return { contentType, extension: logoTypes[contentType], width, height };
}

/**
 * A key exactly as logoUploadTarget makes them for this tenant (or a logo already adopted): no
 * `..`, no second tenant's folder behind the first, so the key names the tenant's own file on S3
 * and on disk alike.
 */
function isLogoKeyOf(tenantId: string, key: string): boolean {
  const [folder, owner, file, ...rest] = key.split("/");
  const extensions: string[] = [...Object.values(logoTypes), "upload"];
  const [name, extension] = (file ?? "").split(".");
  return (
    folder === "logos" &&
    owner === tenantId &&
    rest.length === 0 &&
    /^[a-z0-9][a-z0-9-]{0,63}$/.test(name ?? "") &&
    extensions.includes(extension ?? "")
  );
}

/**
 * Makes an uploaded file the tenant's logo, once it is really there, really theirs and really
 * an image: stored again under its true type's extension and content type, the upload removed.
 */
export const useLogo = fn(
  z.object({ key: z.string().max(200), expectedVersion: z.number().int().positive() }),
  async ({ key, expectedVersion }) => {
    assertCan("branding.write");
    const bytes = isLogoKeyOf(useTenant(), key) ? await Files.read(key) : undefined;
    if (!bytes)
      throw new VisibleError("input", "logo_missing", "key: no uploaded logo found; upload the file again.", "key");
    const image = await sniffLogo(bytes);
    const [name] = (key.split("/")[2] ?? "").split(".");
    const stored = `logos/${useTenant()}/${name}.${image.extension}`;
    if (stored !== key) {
      await Files.store(stored, bytes, image.contentType);
      await Files.remove(key);
    }
    return Tenant.patchVersioned(expectedVersion, { logoUrl: Files.publicUrl(stored) });
  },
);
