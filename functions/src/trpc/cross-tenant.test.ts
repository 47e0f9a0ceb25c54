import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import {
  type CrossTenantCase,
  expectNoTraceOfB,
  type TwoTenants,
  twoTenants,
} from "../../../tests/support/cross-tenant";

/** One case per procedure: A's staff or visitors reaching for B's data. */
const cases: Record<string, CrossTenantCase> = {
  "platform.slugAvailability": ({ asAUser, b }) => asAUser.platform.slugAvailability({ slug: b.tenant.slug }),
  "platform.signUp": ({ asAUser, b }) =>
    asAUser.platform.signUp({
      name: "Takeover",
      kind: "other",
      country: "FR",
      slug: b.tenant.slug,
      defaultLanguage: "fr",
      languages: ["fr"],
    }),
  "platform.memberships": ({ asAUser }) => asAUser.platform.memberships(),
  "portal.home": ({ asAVisitor }) => asAVisitor.portal.home(),
  "console.settings": ({ asAOwner }) => asAOwner.console.settings(),
  "console.updateLanguages": ({ asAOwner, b }) =>
    asAOwner.console.updateLanguages({ defaultLanguage: "en", languages: ["en"], expectedVersion: b.tenant.version }),
  "console.updateBranding": ({ asAOwner, b }) =>
    asAOwner.console.updateBranding({
      primaryColor: "#000000",
      tagline: {},
      hero: {},
      expectedVersion: b.tenant.version,
    }),
  "console.logoUploadTarget": ({ asAOwner }) =>
    asAOwner.console.logoUploadTarget({ contentType: "image/png", size: 10 }),
  "console.useLogo": ({ asAOwner, b }) =>
    asAOwner.console.useLogo({ key: b.logoKey, expectedVersion: b.tenant.version }),
  "team.list": ({ asAOwner }) => asAOwner.team.list(),
  "team.invite": ({ asAOwner, b }) => asAOwner.team.invite({ email: b.inviteeEmail, role: "admin" }),
  "team.revokeInvitation": ({ asAOwner, b }) => asAOwner.team.revokeInvitation({ email: b.inviteeEmail }),
};

describe("tenants are sealed", () => {
  let world: TwoTenants;
  beforeAll(async () => {
    world = await twoTenants();
  });

  it("has a cross-tenant case for every procedure", () => {
    expect(Object.keys(cases).sort()).toEqual([...procedurePaths].sort());
  });

  for (const [path, attempt] of Object.entries(cases)) {
    it(`${path}: acting as A on B's ids neither reveals nor changes B`, async () => {
      const answer = await attempt(world).catch((error: Error) => ({ refused: error.message }));
      expectNoTraceOfB(world, answer);
      await world.expectBUntouched();
    });
  }

  it("shows B's own staff their data (the cases above are not vacuous)", async () => {
    const bOwner = callerAs({
      type: "staff",
      userId: "b",
      email: world.b.ownerEmail,
      tenantId: world.b.tenant.tenantId,
      role: "owner",
    });
    const team = await bOwner.team.list();
    expect(team.invitations.map((invitation) => invitation.email)).toContain(world.b.inviteeEmail);
  });
});
