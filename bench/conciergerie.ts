import { CaseFile, Funnel, Inbox } from "@escale/core/conciergerie";
import { seedSampleCases } from "@escale/core/conciergerie/sample-households";
import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";
import { measure } from "./measure";

/**
 * The agents' hot paths with many cases in one tenant. Targets: inbox first page and case page
 * ≤ 3 DynamoDB requests, dashboard ≤ 5, none growing with the number of cases.
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
}
