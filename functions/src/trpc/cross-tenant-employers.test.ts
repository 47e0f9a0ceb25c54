import { withActor } from "@escale/core/context";
import { Employers, Referrals } from "@escale/core/employers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { signInOverHttp } from "../../../tests/support/browserless";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import { sellingTerritory } from "../../../tests/support/employers";
import { localServer } from "../api/local";

type World = Awaited<ReturnType<typeof world>>;

/** Territories A and B, each selling to an employer of its own; B's employer has referred a recruit. */
async function world() {
  const a = await newTenant();
  const b = await newTenant();
  const aSeller = await sellingTerritory(a.tenant.tenantId);
  const bSeller = await sellingTerritory(b.tenant.tenantId, {
    employer: "entreprise-secrete-de-b",
    siret: "35600000049837",
    contact: "b-hr@example.org",
  });
  const bRecruit = { name: "recrue-secrete-de-b", email: "b-recruit@example.org", language: "fr" as const };
  await withActor(bSeller.actor, () => Referrals.refer(bRecruit));
  const asB = <T>(run: () => Promise<T>) => withActor(bSeller.actor, run);
  const snapshot = async () => ({
    me: await asB(() => Employers.mine()),
    people: await asB(() => Employers.people()),
    referrals: await asB(() => Referrals.mine()),
  });
  const before = await snapshot();
  return {
    a,
    b,
    bSeller,
    bRecruit,
    asAVisitor: callerAs({ type: "visitor", tenantId: a.tenant.tenantId }),
    // B's contact also lives in A's territory, signed in there as a newcomer.
    asANewcomer: callerAs({ type: "newcomer", userId: "n", email: bSeller.contact, tenantId: a.tenant.tenantId }),
    asAEmployer: callerAs(aSeller.actor),
    secrets: [
      b.tenant.tenantId,
      bSeller.employer.id,
      bSeller.employer.name,
      bSeller.employer.channelCode,
      bSeller.offer.id,
      bSeller.account,
      bRecruit.name,
    ],
    async expectBUntouched() {
      expect(await snapshot()).toEqual(before);
    },
  };
}

/** One case per procedure of the employer space: A's visitors, newcomers and employers reaching for B. */
const cases: Record<string, (w: World) => Promise<unknown>> = {
  "employerSpace.offers": ({ asAVisitor }) => asAVisitor.employerSpace.offers(),
  "employerSpace.signUp": ({ asANewcomer, bSeller }) =>
    asANewcomer.employerSpace.signUp({ name: "A's own company", siret: bSeller.employer.siret }),
  "employerSpace.me": ({ asAEmployer }) => asAEmployer.employerSpace.me(),
  "employerSpace.checkout": ({ asAEmployer, bSeller }) =>
    asAEmployer.employerSpace.checkout({ offerId: bSeller.offer.id, interval: "month" }),
  "employerSpace.billingPortal": ({ asAEmployer }) => asAEmployer.employerSpace.billingPortal(),
  "employerSpace.invoices": ({ asAEmployer }) => asAEmployer.employerSpace.invoices(),
  "employerSpace.people": ({ asAEmployer }) => asAEmployer.employerSpace.people(),
  "employerSpace.addPerson": ({ asAEmployer, bSeller }) =>
    asAEmployer.employerSpace.addPerson({ email: bSeller.contact }),
  "employerSpace.refer": ({ asAEmployer, bRecruit }) =>
    asAEmployer.employerSpace.refer({ ...bRecruit, name: "A's own recruit" }),
  "employerSpace.referrals": ({ asAEmployer }) => asAEmployer.employerSpace.referrals(),
};

describe("the employer space is sealed per territory", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("has a case for every procedure of the employer space", () => {
    expect(Object.keys(cases).sort()).toEqual(
      procedurePaths.filter((path) => path.startsWith("employerSpace.")).sort(),
    );
  });

  for (const [path, attempt] of Object.entries(cases))
    it(`${path}: acting in A neither reveals nor changes B`, async () => {
      const answer = await attempt(w).catch((error: Error) => ({ refused: error.message }));
      const text = JSON.stringify(answer ?? null);
      // A may name B's contact or recruit itself (the same people live in both): echoing A's input is no leak.
      for (const secret of w.secrets) expect(text).not.toContain(secret);
      await w.expectBUntouched();
    });

  it("an actor of A carrying B's employer id finds nothing", async () => {
    const forged = callerAs({ ...w.bSeller.actor, tenantId: w.a.tenant.tenantId });
    await expect(forged.employerSpace.me()).rejects.toMatchObject({ code: "NOT_FOUND" });
    const referrals = await forged.employerSpace.referrals().catch((error: Error) => error.message);
    expect(JSON.stringify(referrals)).not.toContain(w.bRecruit.name);
  });

  it("shows B's own employer its data (the cases above are not vacuous)", async () => {
    const mine = await callerAs(w.bSeller.actor).employerSpace.referrals();
    expect(mine.referrals.map((referral) => referral.name)).toEqual([w.bRecruit.name]);
  });
});

describe("the edge resolves an employer from the portal's host only", () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  afterAll(() => server?.close());

  it("lets B's contact act for B on B's portal, and for no employer on A's", async () => {
    server = await localServer({ port: 0 });
    const port = new URL(server.url).port;
    process.env.ESCALE_PUBLIC_URL = `http://localhost:${port}`;
    const a = await newTenant();
    const b = await newTenant();
    const bSeller = await sellingTerritory(b.tenant.tenantId);
    const signedIn = async (slug: string) => {
      const host = `${slug}.localhost:${port}`;
      const tokens = await signInOverHttp(`http://${host}`, bSeller.contact, server.url);
      return async (space: boolean) => {
        const response = await fetch(new URL("/trpc/employerSpace.me", server.url), {
          headers: {
            "x-forwarded-host": host,
            authorization: `Bearer ${tokens.access}`,
            ...(space ? { "x-escale-space": "employer" } : {}),
          },
        });
        return { status: response.status, body: JSON.stringify(await response.json()) };
      };
    };
    const onB = await signedIn(b.tenant.slug);
    const inSpace = await onB(true);
    expect(inSpace.status).toBe(200);
    expect(inSpace.body).toContain(bSeller.employer.name);
    // Outside the employer space the same person is a newcomer, with nothing of the employer.
    expect((await onB(false)).status).toBe(403);
    const onA = await (await signedIn(a.tenant.slug))(true);
    expect(onA.status).toBe(403);
    expect(onA.body).toContain("not_an_employer");
    expect(onA.body).not.toContain(bSeller.employer.name);
  });
});
