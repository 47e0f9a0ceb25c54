import { withActor } from "@escale/core/context";
import { EmployerSettings, Employers, Offers } from "@escale/core/employers";
import { Jobs } from "@escale/core/employers/jobs";
import { Kit } from "@escale/core/employers/kit";
import * as Files from "@escale/core/files";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import { expectNoTraceOfB, type TwoTenants, twoTenants } from "../../../tests/support/cross-tenant";
import { subscribedEmployer } from "../../../tests/support/employers";

const routers = ["jobs", "employerKit", "employersConsole"];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const secrets = {
  employerName: "employeur-secret-de-b",
  jobTitle: "offre-d-emploi-secrete-de-b",
  pendingTitle: "offre-en-attente-secrete-de-b",
  kitTitle: "kit-secret-de-b",
  offerName: "offre-commerciale-secrete-de-b",
};
const job = (title: string) => ({
  title: { fr: title },
  description: { fr: "Poste de nuit." },
  contract: "permanent" as const,
  field: "health",
  commune: "Besançon",
  openToPartners: true,
  expiresOn: inDays(30),
});

/** Territory B's employers: an offer, a subscribed employer with an offer online and one waiting, the kit. */
async function employersOfB(tenantId: string) {
  const asB = <T>(run: () => T) => withActor({ type: "system", tenantId }, run);
  const employer = await subscribedEmployer(tenantId, { name: secrets.employerName });
  const online = await employer.as(() => Jobs.post(job(secrets.jobTitle)));
  await asB(() => Jobs.approve({ jobId: online.id }));
  const pending = await employer.as(() => Jobs.post(job(secrets.pendingTitle)));
  const offer = await asB(() => Offers.create({ name: { fr: secrets.offerName }, monthlyEur: 99 }));
  const upload = await asB(() => Kit.uploadTarget({ contentType: "application/pdf", size: 9 }));
  await Files.writeLocal(upload.key, new TextEncoder().encode("%PDF-1.4\n"));
  const item = await asB(() => Kit.add({ kind: "file", title: secrets.kitTitle, language: "fr", key: upload.key }));
  const snapshot = () =>
    asB(async () => ({
      settings: await EmployerSettings.current(),
      offers: await Offers.list(),
      employers: await Employers.overview(),
      published: await Jobs.moderation({ status: "published" }),
      pending: await Jobs.moderation({ status: "pending" }),
      kit: await Kit.items(),
      mine: await employer.as(() => Jobs.mine()),
    }));
  return {
    employerId: employer.id,
    jobId: online.id,
    pendingJobId: pending.id,
    offerId: offer.id,
    kitKey: upload.key,
    itemId: item.id,
    snapshot,
    before: await snapshot(),
  };
}

type World = TwoTenants & {
  employers: Awaited<ReturnType<typeof employersOfB>>;
  asAEmployer: ReturnType<typeof callerAs>;
};

/** One case per procedure: A's staff, visitors or employers reaching for B's employers' data. */
const cases: Record<string, (world: World) => Promise<unknown>> = {
  "jobs.board": ({ asAVisitor }) => asAVisitor.jobs.board({ language: "fr", query: secrets.jobTitle }),
  "jobs.mine": ({ asAEmployer }) => asAEmployer.jobs.mine(),
  "jobs.post": ({ asAEmployer }) => asAEmployer.jobs.post(job("A's own offer")),
  "jobs.withdraw": ({ asAEmployer, employers }) => asAEmployer.jobs.withdraw({ jobId: employers.jobId }),
  "employerKit.items": ({ asAEmployer }) => asAEmployer.employerKit.items(),
  "employerKit.flyer": async ({ asAEmployer }) => {
    const printed = await asAEmployer.employerKit.flyer({ language: "fr" });
    return { ...printed, content: Buffer.from(printed.content, "base64").toString("latin1") };
  },
  "employerKit.outcomes": ({ asAEmployer }) => asAEmployer.employerKit.outcomes(),
  "employersConsole.settings": ({ asAOwner }) => asAOwner.employersConsole.settings(),
  "employersConsole.updateSettings": ({ asAOwner }) =>
    asAOwner.employersConsole.updateSettings({
      jobModeration: "immediate",
      spendingPerHouseholdEur: 1,
      expectedVersion: 0,
    }),
  "employersConsole.offers": ({ asAOwner }) => asAOwner.employersConsole.offers(),
  "employersConsole.createOffer": ({ asAOwner }) =>
    asAOwner.employersConsole.createOffer({ name: { fr: "A's offer" }, monthlyEur: 10 }),
  "employersConsole.updateOffer": ({ asAOwner, employers }) =>
    asAOwner.employersConsole.updateOffer({
      offerId: employers.offerId,
      name: { fr: "Takeover" },
      monthlyEur: 1,
      expectedVersion: 1,
    }),
  "employersConsole.employers": ({ asAOwner }) => asAOwner.employersConsole.employers(),
  "employersConsole.outcomes": ({ asAOwner }) => asAOwner.employersConsole.outcomes(),
  "employersConsole.impact": ({ asAOwner }) => asAOwner.employersConsole.impact({}),
  "employersConsole.jobs": async ({ asAOwner }) => {
    const lists = await Promise.all(
      (["pending", "published", "rejected"] as const).map((status) => asAOwner.employersConsole.jobs({ status })),
    );
    return lists;
  },
  "employersConsole.approveJob": ({ asAOwner, employers }) =>
    asAOwner.employersConsole.approveJob({ jobId: employers.pendingJobId }),
  "employersConsole.jobsForCase": ({ asAOwner, b }) => asAOwner.employersConsole.jobsForCase({ caseId: b.caseId }),
  "employersConsole.rejectJob": ({ asAOwner, employers }) =>
    asAOwner.employersConsole.rejectJob({ jobId: employers.jobId, reason: "Not on our territory." }),
  "employersConsole.kit": ({ asAOwner }) => asAOwner.employersConsole.kit(),
  "employersConsole.kitUploadTarget": ({ asAOwner }) =>
    asAOwner.employersConsole.kitUploadTarget({ contentType: "application/pdf", size: 100 }),
  "employersConsole.addKitItem": ({ asAOwner, employers }) =>
    asAOwner.employersConsole.addKitItem({ kind: "file", title: "Borrowed", language: "fr", key: employers.kitKey }),
  "employersConsole.removeKitItem": ({ asAOwner, employers }) =>
    asAOwner.employersConsole.removeKitItem({ itemId: employers.itemId }),
};

describe("partner employers are sealed per territory", () => {
  let world: World;
  beforeAll(async () => {
    let employers: World["employers"] | undefined;
    const base = await twoTenants(async (b) => {
      employers = await employersOfB(b.tenant.tenantId);
    });
    if (!employers) throw new Error("B's employers were not set up");
    const aEmployer = await subscribedEmployer(base.a.tenant.tenantId);
    world = { ...base, employers, asAEmployer: callerAs(aEmployer.actor) };
  });

  it("has a cross-tenant case for every procedure of its routers", () => {
    const paths = procedurePaths.filter((path) => routers.includes(path.split(".")[0] ?? ""));
    expect(Object.keys(cases).sort()).toEqual(paths.sort());
  });

  for (const [path, attempt] of Object.entries(cases)) {
    it(`${path}: acting as A on B's ids neither reveals nor changes B`, async () => {
      const answer = await attempt(world).catch((error: Error) => ({ refused: error.message }));
      expectNoTraceOfB(world, answer);
      const text = JSON.stringify(answer ?? null);
      for (const secret of [
        ...Object.values(secrets),
        world.employers.employerId,
        world.employers.jobId,
        world.employers.pendingJobId,
        world.employers.offerId,
        world.employers.itemId,
      ])
        expect(text).not.toContain(secret);
      expect(await world.employers.snapshot()).toEqual(world.employers.before);
      await world.expectBUntouched();
    });
  }

  it("shows B's own people their data (the cases above are not vacuous)", async () => {
    const tenantId = world.b.tenant.tenantId;
    const board = await callerAs({ type: "visitor", tenantId }).jobs.board({ language: "fr" });
    expect(board.jobs.map((j) => j.title)).toEqual([secrets.jobTitle]);
    const bOwner = callerAs({ type: "staff", userId: "b", email: world.b.ownerEmail, tenantId, role: "owner" });
    expect((await bOwner.employersConsole.kit()).map((item) => item.title)).toEqual([secrets.kitTitle]);
    expect((await bOwner.employersConsole.jobs({ status: "pending" })).map((j) => j.id)).toEqual([
      world.employers.pendingJobId,
    ]);
  });
});
