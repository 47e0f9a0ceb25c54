import type { Role } from "@escale/core/auth";
import { roles } from "@escale/core/auth";
import * as Files from "@escale/core/files";
import * as Tenant from "@escale/core/tenant";
import { beforeAll, describe, expect, it } from "vitest";
import { asSystem, newTenant } from "../../../tests/support/actors";
import { callerAs, procedurePaths } from "../../../tests/support/callers";

type Api = ReturnType<typeof callerAs>;
let tenantId: string;
const version = async () => (await asSystem(() => Tenant.get(tenantId)))?.version ?? 0;
const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

/** Each staff procedure with the roles allowed to call it and a valid call. */
const staffProcedures: Record<string, { allowed: readonly Role[]; call: (api: Api) => Promise<unknown> }> = {
  "console.settings": { allowed: roles, call: (api) => api.console.settings() },
  "console.updateLanguages": {
    allowed: ["owner", "admin"],
    call: async (api) =>
      api.console.updateLanguages({ defaultLanguage: "fr", languages: ["fr", "en"], expectedVersion: await version() }),
  },
  "console.updateBranding": {
    allowed: ["owner", "admin"],
    call: async (api) =>
      api.console.updateBranding({
        primaryColor: "#0f5c4d",
        tagline: { fr: "Bienvenue" },
        hero: {},
        expectedVersion: await version(),
      }),
  },
  "console.logoUploadTarget": {
    allowed: ["owner", "admin"],
    call: (api) => api.console.logoUploadTarget({ contentType: "image/png", size: png.byteLength }),
  },
  "console.useLogo": {
    allowed: ["owner", "admin"],
    call: async (api) => {
      const key = `logos/${tenantId}/role-check.png`;
      await Files.writeLocal(key, png);
      return api.console.useLogo({ key, expectedVersion: await version() });
    },
  },
  "team.list": { allowed: roles, call: (api) => api.team.list() },
  "team.invite": {
    allowed: ["owner", "admin"],
    call: (api) =>
      api.team.invite({ email: `invitee-${Math.random().toString(36).slice(2)}@example.org`, role: "agent" }),
  },
  "team.revokeInvitation": {
    allowed: ["owner", "admin"],
    call: (api) => api.team.revokeInvitation({ email: "nobody@example.org" }),
  },
};

beforeAll(async () => {
  tenantId = (await newTenant()).tenant.tenantId;
});

describe("roles on staff procedures", () => {
  it("covers every console and team procedure", () => {
    const staffPaths = procedurePaths.filter((path) => path.startsWith("console.") || path.startsWith("team."));
    expect(Object.keys(staffProcedures).sort()).toEqual(staffPaths.sort());
  });

  for (const [path, { allowed, call }] of Object.entries(staffProcedures)) {
    for (const role of roles) {
      const may = allowed.includes(role);
      it(`${path}: ${role} ${may ? "may" : "may not"}`, async () => {
        const api = callerAs({ type: "staff", userId: `u-${role}`, email: `${role}@example.org`, tenantId, role });
        if (may) await expect(call(api)).resolves.toBeDefined();
        else await expect(call(api)).rejects.toMatchObject({ code: "FORBIDDEN" });
      });
    }
  }

  it("refuses every staff procedure to someone signed in without a tenant", async () => {
    const api = callerAs({ type: "user", userId: "u", email: "u@example.org" });
    for (const { call } of Object.values(staffProcedures))
      await expect(call(api)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lets only an owner invite another owner", async () => {
    const admin = callerAs({ type: "staff", userId: "a", email: "admin@example.org", tenantId, role: "admin" });
    await expect(admin.team.invite({ email: "co-owner@example.org", role: "owner" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
