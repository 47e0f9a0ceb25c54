/** Words a tenant cannot take as slug: they name platform hosts or would mislead newcomers. */
export const reservedSlugs = new Set([
  "www",
  "api",
  "app",
  "admin",
  "auth",
  "console",
  "mail",
  "static",
  "assets",
  "cdn",
  "help",
  "support",
  "status",
  "docs",
  "blog",
  "platform",
  "escale",
  "login",
  "signup",
  "portal",
  "dashboard",
  "billing",
  "stripe",
  "webhooks",
  "smtp",
  "ftp",
  "test",
  "localhost",
]);

export type SlugVerdict = { ok: true } | { ok: false; rule: string; message: string };

/** The slug rules, each refusal naming the rule it breaks. */
export function checkSlug(slug: string): SlugVerdict {
  if (slug.length < 3 || slug.length > 40)
    return { ok: false, rule: "length", message: "The slug must be 3 to 40 characters long." };
  if (!/^[a-z0-9-]+$/.test(slug))
    return {
      ok: false,
      rule: "characters",
      message: "The slug may only contain lowercase letters, digits and hyphens.",
    };
  if (slug.startsWith("-") || slug.endsWith("-") || slug.includes("--"))
    return {
      ok: false,
      rule: "hyphens",
      message: "The slug cannot start or end with a hyphen, nor contain two in a row.",
    };
  if (reservedSlugs.has(slug))
    return {
      ok: false,
      rule: "reserved",
      message: `"${slug}" is a reserved word; please choose another slug.`,
    };
  return { ok: true };
}
