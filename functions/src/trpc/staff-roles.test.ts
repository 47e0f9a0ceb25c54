import * as Assistant from "@escale/core/assistant";
import type { Role } from "@escale/core/auth";
import { roles } from "@escale/core/auth";
import { CaseFile, Channels, Intake, Settings } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import { db } from "@escale/core/db";
import * as Files from "@escale/core/files";
import * as Knowledge from "@escale/core/knowledge";
import * as Tenant from "@escale/core/tenant";
import { beforeAll, describe, expect, it } from "vitest";
import { asSystem, newTenant } from "../../../tests/support/actors";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import { intake } from "../../../tests/support/households";
import { png } from "../../../tests/support/images";

type Api = ReturnType<typeof callerAs>;
let tenantId: string;
const version = async () => (await asSystem(() => Tenant.get(tenantId)))?.version ?? 0;
const logo = png(64, 64);
const casesRead = ["owner", "admin", "agent", "viewer"] as const;
const casesWork = ["owner", "admin", "agent"] as const;
const admins = ["owner", "admin"] as const;

/** Makes `email` (a fresh address by default) a member of the tenant with exactly that role. */
async function member(role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`) {
  await db().entities.membership.put({ tenantId, email, role, joinedAt: new Date().toISOString() }).go();
  await db().entities.membershipRef.put({ email, tenantId, role }).go();
  return email;
}

/** A fresh case, as a household on the portal would file it, with its current version. */
async function freshCase() {
  const { caseId } = await withActor({ type: "visitor", tenantId }, () => Intake.submit(intake()));
  return { caseId, expectedVersion: 1 };
}
const asTenantSystem = <T>(run: () => T) => withActor({ type: "system", tenantId }, run);
const editors = ["owner", "admin", "editor"] as const;
const articleInput = (slug: string) => ({
  slug,
  category: "health" as const,
  status: "published" as const,
  translations: { fr: { title: "Trouver un médecin", body: "Appelez la maison de santé." } },
});

/** A fresh article with its current version. */
async function freshArticle() {
  const slug = `article-${Math.random().toString(36).slice(2, 10)}`;
  const { version: expectedVersion } = await asTenantSystem(() => Knowledge.create(articleInput(slug)));
  return { slug, expectedVersion };
}

/** A question the guide cannot answer, asked on the portal: it opens a knowledge gap. */
async function openGap() {
  // Each gap is asked by a visitor of their own, as on a portal, so the checks stay under a visitor's rate limit.
  const id = `s-${Math.random().toString(36).slice(2, 10)}`;
  await withActor({ type: "visitor", tenantId, visitor: { id, returning: true } }, () =>
    Assistant.ask({ question: "Comment renouveler mon titre de séjour ?", sessionId: id }),
  );
  return { topic: "residence-permit", language: "fr" as const };
}

/** The routers whose procedures all need a signed-in staff member. */
const staffNamespaces = ["console", "team", "conciergerie", "knowledge"];

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
    call: (api) => api.console.logoUploadTarget({ size: logo.byteLength }),
  },
  "console.useLogo": {
    allowed: ["owner", "admin"],
    call: async (api) => {
      const key = `logos/${tenantId}/role-check.png`;
      await Files.writeLocal(key, logo);
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
  "team.removeMember": {
    allowed: admins,
    call: async (api) => api.team.removeMember({ email: await member("agent") }),
  },
  "team.changeRole": {
    allowed: admins,
    call: async (api) => api.team.changeRole({ email: await member("agent"), role: "viewer" }),
  },
  "team.transferOwnership": {
    allowed: ["owner"],
    call: async (api) => {
      await member("owner", "owner@example.org");
      return api.team.transferOwnership({ email: await member("agent") });
    },
  },
  "team.leave": {
    allowed: roles,
    call: async (api) => {
      // The caller (`{role}@example.org`) must be a member to leave; the tenant's own owner stays.
      for (const role of roles) await member(role, `${role}@example.org`);
      return api.team.leave({});
    },
  },
  "team.history": { allowed: admins, call: (api) => api.team.history({}) },
  "conciergerie.settings": { allowed: casesRead, call: (api) => api.conciergerie.settings() },
  "conciergerie.updateSettings": {
    allowed: admins,
    call: async (api) => {
      const { version: settingsVersion, ...settings } = await asTenantSystem(() => Settings.current());
      return api.conciergerie.updateSettings({ ...settings, firstContactHours: 8, expectedVersion: settingsVersion });
    },
  },
  "conciergerie.channels": { allowed: casesRead, call: (api) => api.conciergerie.channels() },
  "conciergerie.createChannel": {
    allowed: admins,
    call: (api) =>
      api.conciergerie.createChannel({
        name: "Town hall",
        type: "town-hall",
        code: `c-${Math.random().toString(36).slice(2, 8)}`,
      }),
  },
  "conciergerie.channelQrCode": {
    allowed: casesRead,
    call: async (api) => {
      const code = `qr-${Math.random().toString(36).slice(2, 8)}`;
      await asTenantSystem(() => Channels.create({ name: "Flyer", type: "campaign", code }));
      return api.conciergerie.channelQrCode({ code, format: "svg" });
    },
  },
  "conciergerie.inbox": { allowed: casesRead, call: (api) => api.conciergerie.inbox({}) },
  "conciergerie.case": {
    allowed: casesRead,
    call: async (api) => api.conciergerie.case({ caseId: (await freshCase()).caseId }),
  },
  "conciergerie.assign": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.assign({ ...(await freshCase()), assignee: null }),
  },
  "conciergerie.move": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.move({ ...(await freshCase()), to: "contacted" }),
  },
  "conciergerie.updateNeed": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.updateNeed({ ...(await freshCase()), need: "job", progress: "done" }),
  },
  "conciergerie.addNote": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.addNote({ caseId: (await freshCase()).caseId, text: "Called" }),
  },
  "conciergerie.sendMessage": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.sendMessage({ caseId: (await freshCase()).caseId, text: "Hello" }),
  },
  "conciergerie.addTask": {
    allowed: casesWork,
    call: async (api) =>
      api.conciergerie.addTask({ caseId: (await freshCase()).caseId, title: "Call back", dueOn: "2027-01-05" }),
  },
  "conciergerie.completeTask": {
    allowed: casesWork,
    call: async (api) => {
      const { caseId } = await freshCase();
      const { taskId } = await asTenantSystem(() =>
        CaseFile.addTask({ caseId, title: "Visit", dueOn: "2027-01-05", assignee: "x@example.org" }),
      );
      return api.conciergerie.completeTask({ caseId, taskId });
    },
  },
  "conciergerie.myTasks": { allowed: casesWork, call: (api) => api.conciergerie.myTasks({}) },
  "conciergerie.funnel": { allowed: casesRead, call: (api) => api.conciergerie.funnel({}) },
  "conciergerie.exportFunnel": { allowed: admins, call: (api) => api.conciergerie.exportFunnel() },
  "conciergerie.exportCases": { allowed: admins, call: (api) => api.conciergerie.exportCases() },
  "conciergerie.inboxCounts": { allowed: casesRead, call: (api) => api.conciergerie.inboxCounts({}) },
  "conciergerie.search": { allowed: casesRead, call: (api) => api.conciergerie.search({ query: "oksana" }) },
  "conciergerie.bulkAssign": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.bulkAssign({ caseIds: [(await freshCase()).caseId], assignee: null }),
  },
  "conciergerie.bulkMove": {
    allowed: casesWork,
    call: async (api) => api.conciergerie.bulkMove({ caseIds: [(await freshCase()).caseId], to: "contacted" }),
  },
  "conciergerie.erase": {
    allowed: admins,
    call: async (api) => api.conciergerie.erase({ caseId: (await freshCase()).caseId }),
  },
  "conciergerie.reads": { allowed: admins, call: (api) => api.conciergerie.reads({}) },
  "knowledge.list": { allowed: roles, call: (api) => api.knowledge.list() },
  "knowledge.get": { allowed: roles, call: async (api) => api.knowledge.get({ slug: (await freshArticle()).slug }) },
  "knowledge.preview": { allowed: roles, call: (api) => api.knowledge.preview({ markdown: "**Bienvenue**" }) },
  "knowledge.create": {
    allowed: editors,
    call: (api) => api.knowledge.create(articleInput(`new-${Math.random().toString(36).slice(2, 10)}`)),
  },
  "knowledge.update": {
    allowed: editors,
    call: async (api) => {
      const { slug, expectedVersion } = await freshArticle();
      return api.knowledge.update({ ...articleInput(slug), expectedVersion });
    },
  },
  "knowledge.markReviewed": {
    allowed: editors,
    call: async (api) => api.knowledge.markReviewed(await freshArticle()),
  },
  "knowledge.remove": { allowed: editors, call: async (api) => api.knowledge.remove(await freshArticle()) },
  "knowledge.importArticles": {
    allowed: editors,
    call: (api) => api.knowledge.importArticles({ version: 1, articles: [articleInput("imported-article")] }),
  },
  "knowledge.exportArticles": { allowed: roles, call: (api) => api.knowledge.exportArticles() },
  "knowledge.settings": { allowed: roles, call: (api) => api.knowledge.settings() },
  "knowledge.updateSettings": {
    allowed: admins,
    call: async (api) => {
      const { version: expectedVersion } = await asTenantSystem(() => Knowledge.settings());
      return api.knowledge.updateSettings({ reviewAfterMonths: 6, generatedAnswers: false, expectedVersion });
    },
  },
  "knowledge.gaps": { allowed: roles, call: (api) => api.knowledge.gaps() },
  "knowledge.gapQuestions": { allowed: roles, call: async (api) => api.knowledge.gapQuestions(await openGap()) },
  "knowledge.markGapHandled": {
    allowed: editors,
    call: async (api) => api.knowledge.markGapHandled(await openGap()),
  },
};

beforeAll(async () => {
  tenantId = (await newTenant()).tenant.tenantId;
});

describe("roles on staff procedures", () => {
  it("covers every staff procedure", () => {
    const staffPaths = procedurePaths.filter((path) =>
      staffNamespaces.some((namespace) => path.startsWith(`${namespace}.`)),
    );
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
