import { withActor } from "@escale/core/context";
import { beforeAll, describe, expect, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../../../tests/support/actors";
import { subscribedEmployer } from "../../../../../tests/support/employers";
import { intake } from "../../../../../tests/support/households";
import { Intake } from "../../conciergerie";
import { db } from "../../db";
import * as Settings from "../settings";
import { fieldsNamedIn } from "./fields";
import * as Jobs from "./jobs";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const job = (overrides: Partial<Parameters<typeof Jobs.post>[0]> = {}): Parameters<typeof Jobs.post>[0] => ({
  title: { fr: "Infirmier ou infirmière de nuit" },
  description: { fr: "Service de médecine, équipe de douze, horaires de nuit." },
  contract: "permanent",
  field: "health",
  commune: "Besançon",
  openToPartners: true,
  expiresOn: inDays(30),
  ...overrides,
});

async function tenantWith(jobModeration: "immediate" | "approval") {
  const { tenant } = await newTenant({ languages: ["fr", "en", "uk"] });
  await asSystem(
    () => Settings.update({ jobModeration, spendingPerHouseholdEur: 30_000, expectedVersion: 0 }),
    tenant.tenantId,
  );
  return tenant.tenantId;
}

const visitorOf =
  (tenantId: string) =>
  <T>(run: () => T) =>
    withActor({ type: "visitor", tenantId }, run);

describe("job offers on approval", () => {
  let tenantId: string;
  let employer: Awaited<ReturnType<typeof subscribedEmployer>>;
  const board = (input: Partial<Parameters<typeof Jobs.board>[0]> = {}) =>
    visitorOf(tenantId)(() => Jobs.board({ language: "fr", ...input }));

  beforeAll(async () => {
    tenantId = await tenantWith("approval");
    employer = await subscribedEmployer(tenantId, { jobPostsAtOnce: 1 });
  });

  it("waits for a moderator before showing on the board; a refusal frees the employer's slot", async () => {
    const posted = await employer.as(() => Jobs.post(job()));
    expect(posted.status).toBe("pending");
    expect((await board()).total).toBe(0);
    // One job post at a time: the waiting offer holds it.
    await expect(employer.as(() => Jobs.post(job()))).rejects.toMatchObject({ code: "job_posts_used" });

    // The employer cannot approve its own offer, nor can an agent; an admin can, once.
    await expect(employer.as(() => Jobs.approve({ jobId: posted.id }))).rejects.toMatchObject({ kind: "forbidden" });
    await expect(staff(tenantId, "agent")(() => Jobs.approve({ jobId: posted.id }))).rejects.toMatchObject({
      kind: "forbidden",
    });
    const admin = staff(tenantId, "admin");
    expect((await admin(() => Jobs.moderation({ status: "pending" }))).map((j) => j.id)).toEqual([posted.id]);
    await admin(() => Jobs.approve({ jobId: posted.id }));
    await expect(admin(() => Jobs.approve({ jobId: posted.id }))).rejects.toMatchObject({ code: "job_not_pending" });
    const online = await board();
    expect(online.jobs.map((j) => [j.title, j.employerName])).toEqual([
      ["Infirmier ou infirmière de nuit", "Fromagerie Comtoise"],
    ]);

    const rejected = await admin(() =>
      Jobs.reject({ jobId: posted.id, reason: "Le poste n'est pas sur le territoire." }),
    );
    expect(rejected.status).toBe("rejected");
    expect((await board()).total).toBe(0);
    expect((await employer.as(() => Jobs.mine()))[0]?.rejectionReason).toBe("Le poste n'est pas sur le territoire.");
    // The slot is free again.
    expect((await employer.as(() => Jobs.post(job()))).status).toBe("pending");
  });

  it("refuses an offer without an active subscription, another employer's offer, and a past expiry", async () => {
    const lapsed = await subscribedEmployer(tenantId, { status: "canceled" });
    await expect(lapsed.as(() => Jobs.post(job()))).rejects.toMatchObject({ code: "subscription_required" });
    const mineNow = await employer.as(() => Jobs.mine());
    const other = await subscribedEmployer(tenantId);
    await expect(other.as(() => Jobs.withdraw({ jobId: mineNow[0]?.id ?? "" }))).rejects.toMatchObject({
      kind: "not-found",
    });
    await expect(other.as(() => Jobs.post(job({ expiresOn: inDays(0) })))).rejects.toMatchObject({
      field: "expiresOn",
    });
    await expect(
      other.as(() => Jobs.post(job({ title: { de: "Pflegekraft" }, description: { de: "Nachts." } }))),
    ).rejects.toMatchObject({
      field: "title",
    });
    await expect(other.as(() => Jobs.post(job({ description: {} })))).rejects.toMatchObject({ field: "description" });
  });
});

describe("job offers published at once", () => {
  let tenantId: string;
  const board = (input: Partial<Parameters<typeof Jobs.board>[0]> = {}) =>
    visitorOf(tenantId)(() => Jobs.board({ language: "fr", ...input }));

  beforeAll(async () => {
    tenantId = await tenantWith("immediate");
  });

  it("lets concurrent posts take no more slots than the subscription includes", async () => {
    const employer = await subscribedEmployer(tenantId, { jobPostsAtOnce: 2, name: "Scierie du Doubs" });
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => employer.as(() => Jobs.post(job({ field: "industry" })))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(2);
    expect((await board({ field: "industry" })).total).toBe(2);
    // Withdrawing one frees its slot.
    const [first] = await employer.as(() => Jobs.mine());
    await employer.as(() => Jobs.withdraw({ jobId: first?.id ?? "" }));
    expect((await board({ field: "industry" })).total).toBe(1);
    await employer.as(() => Jobs.post(job({ field: "industry" })));
    expect((await board({ field: "industry" })).total).toBe(2);
  });

  it("filters, searches, pages, shows the reader's language when written, and hides expired offers", async () => {
    const employer = await subscribedEmployer(tenantId, { jobPostsAtOnce: 30, name: "Clinique Saint-Vit" });
    await employer.as(() =>
      Jobs.post(
        job({
          title: { fr: "Développeuse web", uk: "Веброзробниця" },
          description: { fr: "React et TypeScript.", uk: "React і TypeScript." },
          field: "digital",
          contract: "fixed-term",
          commune: "Dole",
          openToPartners: false,
        }),
      ),
    );
    for (let n = 0; n < 22; n++) await employer.as(() => Jobs.post(job({ commune: "Pontarlier" })));
    const old = await employer.as(() => Jobs.post(job({ commune: "Morteau" })));

    const ukrainian = await visitorOf(tenantId)(() => Jobs.board({ language: "uk", field: "digital" }));
    expect(ukrainian.jobs.map((j) => [j.title, j.language])).toEqual([["Веброзробниця", "uk"]]);
    // Written in French only: the English reader gets the French.
    const english = await visitorOf(tenantId)(() => Jobs.board({ language: "en", commune: "Morteau" }));
    expect(english.jobs.map((j) => j.language)).toEqual(["fr"]);

    expect((await board({ contract: "fixed-term" })).jobs.map((j) => j.commune)).toEqual(["Dole"]);
    expect((await board({ commune: "pontarlier" })).total).toBe(22);
    expect((await board({ query: "typescript" })).jobs.map((j) => j.commune)).toEqual(["Dole"]);
    expect((await board({ query: "clinique nuit" })).total).toBe(23);
    expect((await board({ openToPartners: true, field: "health" })).total).toBe(23);
    const first = await board({ field: "health" });
    const second = await board({ field: "health", page: 2 });
    expect([first.pages, first.jobs.length, second.jobs.length]).toEqual([2, Jobs.boardPageSize, 3]);
    expect(new Set([...first.jobs, ...second.jobs].map((j) => j.id)).size).toBe(23);
    expect(first.communes).toEqual(expect.arrayContaining(["Dole", "Morteau", "Pontarlier"]));

    // An offer whose date has passed leaves the board (and frees its slot) without anyone acting.
    await db()
      .entities.job.patch({ tenantId, jobId: old.id })
      .set({ expiresOn: inDays(-1) })
      .go();
    expect((await board({ commune: "Morteau" })).total).toBe(0);
  });

  it("shows an agent the offers in the field a case's partner looks for work in", async () => {
    const visitor = visitorOf(tenantId);
    const nurse = await visitor(() => Intake.submit(intake()));
    const builder = await visitor(() =>
      Intake.submit(
        intake({ household: { adults: 2, children: [], partner: { lookingForJob: true, field: "maçonnerie, BTP" } } }),
      ),
    );
    const single = await visitor(() => Intake.submit(intake({ household: { adults: 1, children: [] } })));
    const agent = staff(tenantId, "agent");
    const forNurse = await agent(() => Jobs.forCase({ caseId: nurse.caseId }));
    expect(forNurse.fields).toEqual(["health"]);
    expect(forNurse.jobs.length).toBeGreaterThan(0);
    expect(forNurse.jobs.every((j) => j.field === "health")).toBe(true);
    // Offers open to newcomers' partners come first.
    expect(forNurse.jobs[0]?.openToPartners).toBe(true);
    expect(await agent(() => Jobs.forCase({ caseId: builder.caseId }))).toMatchObject({
      partnerLooking: true,
      fields: ["construction"],
      jobs: [],
    });
    expect(await agent(() => Jobs.forCase({ caseId: single.caseId }))).toEqual({
      partnerLooking: false,
      fields: [],
      jobs: [],
    });
    await expect(staff(tenantId, "editor")(() => Jobs.forCase({ caseId: nurse.caseId }))).rejects.toMatchObject({
      kind: "forbidden",
    });
  });
});

describe("a household's words point to job fields", () => {
  it.each([
    ["infirmière", ["health"]],
    ["Software developer", ["digital"]],
    ["IT", ["digital"]],
    ["comptabilité / RH", ["office"]],
    ["вчителька", ["education"]],
    ["البناء", ["construction"]],
    ["anything", []],
  ])("%s → %j", (words, fields) => {
    expect(fieldsNamedIn(words)).toEqual(fields);
  });
});
