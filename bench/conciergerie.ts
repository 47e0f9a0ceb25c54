import { CaseFile, Funnel, Inbox, Search } from "@escale/core/conciergerie";
import { seedSampleCases } from "@escale/core/conciergerie/sample-households";
import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";
import { measure } from "./measure";

/**
 * The agents' hot paths with many cases in one tenant. Targets: inbox first page and case page
 * ≤ 3 DynamoDB requests, dashboard ≤ 5, search by e-mail or phone ≤ 2 and by name prefix ≤ 3,
 * none growing with the number of cases.
 */
export async function benchConciergerie(cases: number, samples: number) {
  const tenant = await withActor({ type: "system" }, () =>
    Tenant.create({
      name: "Bench Conciergerie",
      kind: "region",
      country: "FR",
      slug: "bench-conciergerie",
      defaultLanguage: "fr",
      languages: ["fr"],
      ownerEmail: "owner@example.org",
    }),
  );
  const started = performance.now();
  await withActor({ type: "system", tenantId: tenant.tenantId }, () => seedSampleCases(cases));
  console.log(
    `\nConciergerie — ${cases} cases seeded in ${((performance.now() - started) / 1000).toFixed(0)} s, ${samples} samples per figure`,
  );
  const agent = <T>(run: () => T) =>
    withActor(
      { type: "staff", userId: "bench", email: "agent@example.org", tenantId: tenant.tenantId, role: "agent" },
      run,
    );
  const firstPage = await agent(() => Inbox.list({ status: "registered" }));
  const ids = firstPage.cases.map((c) => c.caseId);
  let n = 0;
  await measure("inbox: first page (registered, oldest first)", samples, () =>
    agent(() => Inbox.list({ status: "registered" })),
  );
  await measure("inbox: first page, one need", samples, () =>
    agent(() => Inbox.list({ status: "registered", need: "housing" })),
  );
  await measure("case page (file + audit line)", samples, () =>
    agent(() => CaseFile.open({ caseId: ids[n++ % ids.length] as string })),
  );
  await measure("outcomes dashboard (funnel)", samples, () => agent(() => Funnel.dashboard({})));
  await measure("inbox: tab counts", samples, () => agent(() => Inbox.counts({})));
  await measure("inbox: first page, newest first", samples, () =>
    agent(() => Inbox.list({ status: "registered", sort: "newest" })),
  );

  // Households to look for: those of the first inbox page, as an agent would have them on the phone.
  const contacts = await Promise.all(
    ids.map(async (caseId) => {
      const { case: record } = await agent(() => CaseFile.open({ caseId }));
      return record.contact as { name: string; email: string; phone: string };
    }),
  );
  const pick = <T>(list: T[]) => list[n++ % list.length] as T;
  const search = (query: string) => agent(() => Search.search({ query }));
  const figures = {
    email: await measure("search: by e-mail", samples, () => search(pick(contacts).email)),
    phone: await measure("search: by phone", samples, () => search(pick(contacts).phone)),
    reference: await measure("search: by case reference", samples, () => search(pick(ids).slice(0, 8))),
    name: await measure("search: by name prefix (first 3 letters)", samples, () =>
      search((pick(contacts).name.split(" ").at(-1) ?? "").slice(0, 3)),
    ),
  };
  const within = (figure: { requests: number }, most: number) => (figure.requests <= most ? "within" : "OVER");
  console.log(
    `search targets: e-mail ${within(figures.email, 2)} 2, phone ${within(figures.phone, 2)} 2, name prefix ${within(figures.name, 3)} 3 DynamoDB requests`,
  );
}
