import { assertCan } from "../auth/roles";
import * as ConciergerieSettings from "../conciergerie/settings";
import * as Team from "../team";
import * as Tenant from "../tenant";

/**
 * The steps a new territory takes before showing its portal to newcomers, each done or not,
 * derived from what the tenant has configured (nothing stored, so nothing to keep in sync).
 */
export async function checklist() {
  assertCan("tenant.read");
  const [tenant, team] = await Promise.all([Tenant.current(), Team.list()]);
  const tagline = (tenant.tagline ?? {}) as Record<string, string>;
  // Newcomers consent to the notice in their language: each enabled language needs its own.
  const notices = (await ConciergerieSettings.load(tenant.tenantId, tenant.name)).privacyNotice as Record<
    string,
    unknown
  >;
  return [
    { step: "brand-colour", done: tenant.primaryColor !== Tenant.defaultPrimaryColor },
    { step: "logo", done: Boolean(tenant.logoUrl) },
    { step: "tagline", done: tenant.languages.every((language) => Boolean(tagline[language])) },
    { step: "team", done: team.members.length > 1 || team.invitations.length > 0 },
    { step: "privacy-notice", done: tenant.languages.every((language) => Boolean(notices[language])) },
  ] as const;
}
