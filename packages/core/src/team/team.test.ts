import { randomUUID } from "node:crypto";
import * as Team from "@escale/core/team";
import { inbox } from "@escale/local/inbox";
import { describe, expect, inject, it } from "vitest";
import { newTenant, staff, user } from "../../../../tests/support/actors";

const address = (who: string) => `${who}-${randomUUID().slice(0, 6)}@example.org`;

/** A territory with its owner and members of the given roles, all signed up. */
async function team(roles: ("owner" | "admin" | "agent")[]) {
  const { tenant, ownerEmail } = await newTenant();
  const owner = staff(tenant.tenantId, "owner", ownerEmail);
  const members: string[] = [];
  for (const role of roles) {
    const member = address(role);
    await owner(() => Team.invite({ email: member, role }));
    await user(member)(() => Team.acceptInvitations());
    members.push(member);
  }
  const roleOf = (email: string) => Team.roleOf(tenant.tenantId, email);
  return { tenant, ownerEmail, owner, members, roleOf };
}

describe("team management", () => {
  it("keeps the last owner: not removed, not demoted, not gone", async () => {
    const { tenant, ownerEmail, members, roleOf } = await team(["admin"]);
    const [admin] = members as [string];
    const asAdmin = staff(tenant.tenantId, "admin", admin);
    const asOwner = staff(tenant.tenantId, "owner", ownerEmail);
    await expect(asAdmin(() => Team.removeMember({ email: ownerEmail }))).rejects.toMatchObject({ code: "owner_only" });
    await expect(asOwner(() => Team.changeRole({ email: ownerEmail, role: "admin" }))).rejects.toMatchObject({
      code: "last_owner",
      field: "email",
    });
    await expect(asOwner(() => Team.leave({}))).rejects.toMatchObject({ code: "last_owner" });
    expect(await roleOf(ownerEmail)).toBe("owner");
  });

  it("never leaves a territory without an owner when two owners step down at once", async () => {
    const { tenant, ownerEmail, members, roleOf } = await team(["owner"]);
    const [second] = members as [string];
    const results = await Promise.allSettled([
      staff(tenant.tenantId, "owner", ownerEmail)(() => Team.changeRole({ email: second, role: "admin" })),
      staff(tenant.tenantId, "owner", second)(() => Team.changeRole({ email: ownerEmail, role: "admin" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect([await roleOf(ownerEmail), await roleOf(second)]).toContain("owner");
  });

  it("changes a role, removes a member and hands over ownership, each audited and e-mailed", async () => {
    const { tenant, ownerEmail, owner, members, roleOf } = await team(["agent", "admin"]);
    const [agent, admin] = members as [string, string];
    const mail = inbox(inject("inboxUrl"));

    await staff(tenant.tenantId, "admin", admin)(() => Team.changeRole({ email: agent, role: "editor" }));
    expect(await roleOf(agent)).toBe("editor");
    expect((await mail.latest(agent, /votre rôle a changé/)).text).toContain("rédacteur·rice");
    await expect(
      staff(tenant.tenantId, "admin", admin)(() => Team.changeRole({ email: agent, role: "owner" })),
    ).rejects.toMatchObject({ code: "owner_only" });

    await owner(() => Team.removeMember({ email: agent }));
    expect(await roleOf(agent)).toBeUndefined();
    await mail.latest(agent, /ne faites plus partie de l'équipe/);

    await owner(() => Team.transferOwnership({ email: admin }));
    expect([await roleOf(admin), await roleOf(ownerEmail)]).toEqual(["owner", "admin"]);
    await mail.latest(admin, /vous êtes maintenant propriétaire/);

    await staff(tenant.tenantId, "admin", ownerEmail)(() => Team.leave({}));
    expect(await roleOf(ownerEmail)).toBeUndefined();
    await mail.latest(admin, /a quitté l'équipe/);

    const { events } = await staff(tenant.tenantId, "owner", admin)(() => Team.history({}));
    expect(events.map((e) => [e.change, e.member])).toEqual([
      ["memberLeft", ownerEmail],
      ["ownershipTransferred", admin],
      ["removed", agent],
      ["roleChanged", agent],
    ]);
  });

  it("lets only an owner hand over the ownership, to a member", async () => {
    const { tenant, owner, members } = await team(["admin"]);
    const [admin] = members as [string];
    await expect(
      staff(tenant.tenantId, "admin", admin)(() => Team.transferOwnership({ email: admin })),
    ).rejects.toMatchObject({ code: "owner_only" });
    await expect(owner(() => Team.transferOwnership({ email: address("stranger") }))).rejects.toMatchObject({
      code: "not_a_member",
    });
  });
});
