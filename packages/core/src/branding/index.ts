import { randomUUID } from "node:crypto";
import { z } from "zod";
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

/** Where the browser uploads a logo; the type and size are checked before any byte is sent. */
export const logoUploadTarget = fn(
  z.object({
    contentType: z.enum(
      Object.keys(logoTypes) as [keyof typeof logoTypes],
      "The logo must be a PNG, JPEG or WebP image.",
    ),
    size: z
      .number()
      .int()
      .positive()
      .max(maxLogoBytes, `The logo must be at most ${maxLogoBytes / 1_000_000} MB.`),
  }),
  async ({ contentType, size }) => {
    assertCan("branding.write");
    const key = `logos/${useTenant()}/${randomUUID()}.${logoTypes[contentType]}`;
    return { key, ...(await Files.uploadTarget(key, contentType, size)) };
  },
);

/**
 * A key exactly as logoUploadTarget makes them for this tenant: no `..`, no second tenant's
 * folder behind the first, so the key names the tenant's own file on S3 and on disk alike.
 */
function isLogoKeyOf(tenantId: string, key: string): boolean {
  const [folder, owner, file, ...rest] = key.split("/");
  const extensions: string[] = Object.values(logoTypes);
  const [name, extension] = (file ?? "").split(".");
  return (
    folder === "logos" &&
    owner === tenantId &&
    rest.length === 0 &&
    /^[a-z0-9][a-z0-9-]{0,63}$/.test(name ?? "") &&
    extensions.includes(extension ?? "")
  );
}

/** Makes an uploaded file the tenant's logo, once it is really there and really theirs. */
export const useLogo = fn(
  z.object({ key: z.string().max(200), expectedVersion: z.number().int().positive() }),
  async ({ key, expectedVersion }) => {
    assertCan("branding.write");
    if (!isLogoKeyOf(useTenant(), key) || !(await Files.exists(key)))
      throw new VisibleError("input", "logo_missing", "key: no uploaded logo found; upload the file again.", "key");
    return Tenant.patchVersioned(expectedVersion, { logoUrl: Files.publicUrl(key) });
  },
);
