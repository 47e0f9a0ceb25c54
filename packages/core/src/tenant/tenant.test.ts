import * as Tenant from "@escale/core/tenant";
import { describe, expect, it } from "vitest";
import { asSystem, newTenant, staff, user } from "../../../../tests/support/actors";

describe("tenant sign-up", () => {
  it("creates the tenant with its owner, and refuses a second claim of the slug", async () => {
    const { tenant, ownerEmail } = await newTenant();
    expect(tenant.slug).toMatch(/^t-/);
    const again = asSystem(() =>
      Tenant.create({
        name: "Other",
        kind: "region",
        country: "FR",
        slug: tenant.slug,
        defaultLanguage: "fr",
        languages: ["fr"],
        ownerEmail: "x@y.fr",
      }),
    );
    await expect(again).rejects.toMatchObject({ kind: "conflict", code: "slug_taken" });
    const mine = await user(ownerEmail)(async () => (await import("@escale/core/auth")).memberships());
    expect(mine).toEqual([{ tenantId: tenant.tenantId, role: "owner", slug: tenant.slug, name: tenant.name }]);
  });

  it("gives exactly one tenant to two concurrent claims of one slug", async () => {
    const slug = `race-${Date.now().toString(36)}`;
    const attempt = (email: string) =>
      user(email)(() =>
        Tenant.signUp({
          name: `By ${email}`,
          kind: "communes",
          country: "fr",
          slug,
          defaultLanguage: "fr",
          languages: ["fr"],
        }),
      );
    const results = await Promise.allSettled([attempt("a@example.org"), attempt("b@example.org")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ kind: "conflict", code: "slug_taken" });
    const registry = await asSystem(() => Tenant.list());
    expect(registry.filter((entry) => entry.slug === slug)).toHaveLength(1);
  });

  it("refuses a reserved or malformed slug naming the rule", async () => {
    const attempt = (slug: string) =>
      asSystem(() =>
        Tenant.create({
          name: "X territory",
          kind: "other",
          country: "FR",
          slug,
          defaultLanguage: "fr",
          languages: ["fr"],
          ownerEmail: "o@example.org",
        }),
      );
    await expect(attempt("admin")).rejects.toThrow(/slug: "admin" is a reserved word/);
    await expect(attempt("Bad_Slug")).rejects.toThrow(/slug: The slug may only contain lowercase letters/);
  });

  it("answers a stale settings update with a conflict instead of overwriting", async () => {
    const { tenant } = await newTenant();
    const admin = staff(tenant.tenantId, "admin");
    await admin(() =>
      Tenant.updateLanguages({
        defaultLanguage: "en",
        languages: ["en", "fr"],
        expectedVersion: tenant.version,
      }),
    );
    await expect(
      admin(() =>
        Tenant.updateLanguages({
          defaultLanguage: "fr",
          languages: ["fr"],
          expectedVersion: tenant.version,
        }),
      ),
    ).rejects.toMatchObject({ kind: "conflict", code: "stale_version" });
    const now = await asSystem(() => Tenant.get(tenant.tenantId));
    expect(now?.defaultLanguage).toBe("en");
  });

  it("serves a portal on a registered custom domain, and only one tenant per domain", async () => {
    const { tenant } = await newTenant();
    const other = await newTenant();
    await asSystem(() => Tenant.addCustomDomain({ host: "Bienvenue.Example.fr" }), tenant.tenantId);
    const served = await Tenant.resolveHost("bienvenue.example.fr:443");
    expect(served).toMatchObject({ kind: "portal", tenant: { tenantId: tenant.tenantId } });
    await expect(
      asSystem(() => Tenant.addCustomDomain({ host: "bienvenue.example.fr" }), other.tenant.tenantId),
    ).rejects.toMatchObject({ kind: "conflict", field: "host" });
    expect(await Tenant.resolveHost("unknown.example.fr")).toEqual({ kind: "unknown" });
  });
});
