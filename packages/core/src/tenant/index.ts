import { randomUUID } from "node:crypto";
import * as z from "zod";
import { emailAddress } from "../auth/email";
import { assertCan } from "../auth/roles";
import { config } from "../config";
import { assertActor, usePreloadedTenant, useTenant } from "../context";
import { assertCommitted, cancellationReasons, db, isConditionFailure, unlessChanged } from "../db";
import { RateLimited, VisibleError } from "../error";
import { fn } from "../fn";
import { consume, type Limit } from "../limits";
import { singleLine } from "../single-line";
import { languageCodes } from "./languages";
import { checkSlug } from "./slug";

export type { Language } from "./languages";
export { languageCodes, languages } from "./languages";
export { checkSlug, reservedSlugs } from "./slug";

export const kinds = ["metropole", "departement", "region", "communes", "other"] as const;
export const defaultPrimaryColor = "#1d4ed8";
const trialDays = 30;

const slugSchema = z
  .string()
  .max(200)
  .trim()
  .superRefine((slug, ctx) => {
    const verdict = checkSlug(slug);
    if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.message });
  });

export const profileSchema = z
  .object({
    name: singleLine(120).min(2, "Give the territory's name (2 characters or more)."),
    kind: z.enum(kinds),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Use the two-letter country code, for example FR."),
    slug: slugSchema,
    defaultLanguage: z.enum(languageCodes),
    languages: z.array(z.enum(languageCodes)).min(1, "Enable at least one language.").max(languageCodes.length),
  })
  .refine((input) => input.languages.includes(input.defaultLanguage), {
    path: ["languages"],
    message: "The default language must be one of the enabled languages.",
  });

export type Tenant = NonNullable<Awaited<ReturnType<typeof get>>>;

/**
 * Creates a tenant, claims its slug and makes the owner a member in one transaction: a taken
 * slug is a 409 and nothing is left half-created.
 */
async function createWithOwner(input: z.output<typeof profileSchema>, ownerEmail: string) {
  const tenantId = randomUUID();
  const now = new Date();
  const createdAt = now.toISOString();
  const trialEndsAt = new Date(now.getTime() + trialDays * 86_400_000).toISOString();
  const languages = [...new Set(input.languages)];
  try {
    await db()
      .transaction.write(({ tenant, slugClaim, membership, membershipRef }) => [
        slugClaim.create({ slug: input.slug, tenantId, name: input.name, kind: input.kind, createdAt }).commit(),
        tenant
          .create({
            ...input,
            languages,
            tenantId,
            primaryColor: defaultPrimaryColor,
            tagline: {},
            hero: {},
            trialEndsAt,
            createdAt,
          })
          .commit(),
        membership.create({ tenantId, email: ownerEmail, role: "owner", joinedAt: createdAt }).commit(),
        membershipRef.put({ email: ownerEmail, tenantId, role: "owner" }).commit(),
      ])
      .go()
      .then(assertCommitted);
  } catch (error) {
    if (cancellationReasons(error)[0] === "ConditionalCheckFailed") throw slugTaken(input.slug);
    throw error;
  }
  const created = await get(tenantId);
  if (!created) throw new Error("Tenant vanished after creation");
  return created;
}

function slugTaken(slug: string) {
  return new VisibleError(
    "conflict",
    "slug_taken",
    `The slug "${slug}" is already taken; please choose another one.`,
    "slug",
  );
}

/** Territories one person may sign up in a day: enough for a mistake or two, not a flood. */
export const signUpLimit = { max: 3, seconds: 86_400 } satisfies Limit;

/** Sign-up on the platform site: the signed-in person becomes the owner. */
export const signUp = fn(profileSchema, async (input) => {
  const actor = assertActor("user", "staff");
  // Counted by the signed-in identity, which the server knows, before anything is written.
  const wait = await consume(`signup-person:${actor.userId}`, signUpLimit);
  if (wait)
    throw new RateLimited(
      wait,
      `You have signed up ${signUpLimit.max} territories today: please wait ${Math.ceil(wait / 3600)} hours, or ask us.`,
    );
  return createWithOwner(input, actor.email);
});

/** Operator creation (CLI, seeding): the owner is named. */
export const create = fn(
  profileSchema.and(
    z.object({
      ownerEmail: emailAddress,
    }),
  ),
  async ({ ownerEmail, ...input }) => {
    assertActor("system");
    return createWithOwner(input, ownerEmail);
  },
);

/** Whether a slug can be claimed, with the rule it breaks when it cannot. */
export const slugAvailability = fn(z.object({ slug: z.string().max(200) }), async ({ slug }) => {
  const verdict = checkSlug(slug);
  if (!verdict.ok) return { available: false, message: verdict.message };
  const claim = await db().entities.slugClaim.get({ slug }).go();
  if (claim.data) return { available: false, message: slugTaken(slug).message };
  return { available: true, message: `"${slug}" is available.` };
});

export async function get(tenantId: string) {
  const result = await db().entities.tenant.get({ tenantId }).go();
  return result.data ?? undefined;
}

export async function bySlug(slug: string) {
  const claim = await db().entities.slugClaim.get({ slug }).go();
  return claim.data ? get(claim.data.tenantId) : undefined;
}

/**
 * Serves the current tenant's portal on a custom domain as well (its DNS and certificate are
 * set up outside Escale). A domain serves one tenant: claiming a taken one is a conflict.
 */
export const addCustomDomain = fn(
  z.object({
    host: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
        "Give a domain name such as bienvenue.example.fr.",
      ),
  }),
  async ({ host }) => {
    assertActor("system");
    const platformHost = new URL(config().publicUrl).hostname;
    if (host === platformHost || host.endsWith(`.${platformHost}`))
      throw new VisibleError("input", "platform_domain", "host: that domain is the platform's own.", "host");
    try {
      await db().entities.hostClaim.create({ host, tenantId: useTenant() }).go();
    } catch (error) {
      if (isConditionFailure(error))
        throw new VisibleError("conflict", "host_taken", `host: ${host} already serves a territory.`, "host");
      throw error;
    }
    return { host };
  },
);

/**
 * What a host serves: the platform site, a tenant's portal (`{slug}.{platform host}` or a
 * registered custom domain), or nothing we know.
 */
export async function resolveHost(
  hostHeader: string,
): Promise<{ kind: "platform" } | { kind: "portal"; tenant: Tenant } | { kind: "unknown" }> {
  const host = hostHeader.toLowerCase().replace(/:\d+$/, "");
  const platformHost = new URL(config().publicUrl).hostname;
  if (host === platformHost) return { kind: "platform" };
  let tenant: Tenant | undefined;
  if (host.endsWith(`.${platformHost}`)) {
    const slug = host.slice(0, -(platformHost.length + 1));
    tenant = slug.includes(".") || !checkSlug(slug).ok ? undefined : await bySlug(slug);
  } else {
    const claim = await db().entities.hostClaim.get({ host }).go();
    tenant = claim.data ? await get(claim.data.tenantId) : undefined;
  }
  return tenant ? { kind: "portal", tenant } : { kind: "unknown" };
}

/** The tenant the current staff member or visitor acts in. */
export async function current() {
  // On a portal the edge has just read this tenant to resolve the host: no second read.
  const tenant = usePreloadedTenant<Tenant>() ?? (await get(useTenant()));
  if (!tenant) throw new VisibleError("not-found", "tenant_not_found", "This territory no longer exists.");
  return tenant;
}

/** What the portal shows of a tenant: its brand and languages, nothing internal. */
export async function portalProfile() {
  assertActor("visitor", "newcomer", "staff", "system");
  const { tenantId, slug, name, kind, defaultLanguage, languages, primaryColor, accentColor, logoUrl, tagline, hero } =
    await current();
  return {
    tenantId,
    slug,
    name,
    kind,
    defaultLanguage,
    languages,
    primaryColor,
    accentColor: accentColor ?? null,
    logoUrl: logoUrl ?? null,
    tagline: (tagline ?? {}) as Record<string, string>,
    hero: (hero ?? {}) as Record<string, string>,
  };
}

/** The staff view of the current tenant. */
export async function settings() {
  assertCan("tenant.read");
  return current();
}

export const updateLanguages = fn(
  z
    .object({
      defaultLanguage: z.enum(languageCodes),
      languages: z.array(z.enum(languageCodes)).min(1, "Enable at least one language.").max(languageCodes.length),
      expectedVersion: z.number().int().positive(),
    })
    .refine((input) => input.languages.includes(input.defaultLanguage), {
      path: ["languages"],
      message: "The default language must be one of the enabled languages.",
    }),
  async ({ expectedVersion, ...input }) => {
    assertCan("branding.write");
    return patchVersioned(expectedVersion, { ...input, languages: [...new Set(input.languages)] });
  },
);

type EditableSettings = Pick<
  Tenant,
  "defaultLanguage" | "languages" | "primaryColor" | "accentColor" | "logoUrl" | "tagline" | "hero"
>;

/**
 * Updates the current tenant only if nobody changed it since the caller read `expectedVersion`:
 * a second editor gets a conflict asking to reload instead of silently overwriting. A setting
 * given as `null` is removed.
 */
export async function patchVersioned(
  expectedVersion: number,
  changes: { [K in keyof EditableSettings]?: EditableSettings[K] | null },
) {
  const tenantId = useTenant();
  const set = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== null),
  ) as Partial<EditableSettings>;
  const remove = Object.keys(changes).filter((key) => changes[key as keyof EditableSettings] === null) as (
    | "accentColor"
    | "logoUrl"
  )[];
  const patch = db().entities.tenant.patch({ tenantId }).set(set);
  await unlessChanged("these settings", () =>
    (remove.length ? patch.remove(remove) : patch)
      .add({ version: 1 })
      .where((attr, { eq }) => eq(attr.version, expectedVersion))
      .go(),
  );
  // Read again: a record preloaded for this request predates the write.
  const saved = await get(tenantId);
  if (!saved) throw new VisibleError("not-found", "tenant_not_found", "This territory no longer exists.");
  return saved;
}

/** Every tenant, for the operator. A Query on the registry partition, never a Scan. */
export async function list() {
  assertActor("system");
  const result = await db().entities.slugClaim.query.registry({}).go({ pages: "all" });
  return result.data.map(({ slug, tenantId, name, kind, createdAt }) => ({
    slug,
    tenantId,
    name,
    kind,
    createdAt,
  }));
}
