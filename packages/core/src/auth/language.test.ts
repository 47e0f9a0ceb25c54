import { randomUUID } from "node:crypto";
import { withActor } from "@escale/core/context";
import { describe, expect, it } from "vitest";
import { newTenant, staff, user } from "../../../../tests/support/actors";
import * as Auth from ".";

describe("a staff member's console language", () => {
  it("is unset until chosen, then follows the person across their territories", async () => {
    const email = `polyglot-${randomUUID().slice(0, 8)}@example.org`;
    await Auth.identify(email);
    const { tenant: first } = await newTenant();
    const { tenant: second } = await newTenant();
    expect(await user(email)(() => Auth.language())).toEqual({ language: null });

    await staff(first.tenantId, "agent", email)(() => Auth.setLanguage({ language: "en" }));
    expect(await staff(second.tenantId, "viewer", email)(() => Auth.language())).toEqual({ language: "en" });
    await user(email)(() => Auth.setLanguage({ language: "fr" }));
    expect(await staff(first.tenantId, "owner", email)(() => Auth.language())).toEqual({ language: "fr" });
  });

  it("changes only the signed-in person's own, whatever their role", async () => {
    const { tenant, ownerEmail } = await newTenant();
    await Auth.identify(ownerEmail);
    const viewer = `viewer-${randomUUID().slice(0, 8)}@example.org`;
    await Auth.identify(viewer);
    await staff(
      tenant.tenantId,
      "viewer",
      viewer,
    )(() => Auth.setLanguage({ language: "en", email: ownerEmail } as { language: "en" }));
    expect(await user(viewer)(() => Auth.language())).toEqual({ language: "en" });
    expect(await user(ownerEmail)(() => Auth.language())).toEqual({ language: null });
  });

  it("is refused to visitors and newcomers, and names the field of a language the console lacks", async () => {
    const { tenant } = await newTenant();
    await expect(withActor({ type: "visitor", tenantId: tenant.tenantId }, () => Auth.language())).rejects.toThrow(
      /sign in/i,
    );
    await expect(
      withActor({ type: "newcomer", userId: "n", email: "n@example.org", tenantId: tenant.tenantId }, () =>
        Auth.setLanguage({ language: "fr" }),
      ),
    ).rejects.toThrow(/not available/);
    await expect(user("x@example.org")(() => Auth.setLanguage({ language: "uk" as "fr" }))).rejects.toThrow(/language/);
  });
});
