import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";
import { measure } from "./measure";

/** The portal's first request: which territory is this host, and its brand. */
export async function benchPortal(tenants: number, samples: number) {
  const slugs: string[] = [];
  await withActor({ type: "system" }, async () => {
    for (let i = 0; i < tenants; i++) {
      const slug = `bench-${i}`;
      await Tenant.create({
        name: `Territory ${i}`,
        kind: "metropole",
        country: "FR",
        slug,
        defaultLanguage: "fr",
        languages: ["fr", "en"],
        ownerEmail: `owner${i}@example.org`,
      });
      slugs.push(slug);
    }
  });
  console.log(`\nPortal — ${tenants} tenants, ${samples} samples per figure`);
  let n = 0;
  const nextSlug = () => slugs[n++ % slugs.length] ?? "bench-0";
  await measure("portal: resolve host", samples, () => Tenant.resolveHost(`${nextSlug()}.localhost:5173`));
  await measure("portal: home (host + profile)", samples, async () => {
    const served = await Tenant.resolveHost(`${nextSlug()}.localhost:5173`);
    if (served.kind !== "portal") throw new Error("tenant not found");
    // As the edge does: the tenant read to resolve the host is handed to the request.
    await withActor({ type: "visitor", tenantId: served.tenant.tenantId }, () => Tenant.portalProfile(), {
      tenant: served.tenant,
    });
  });
  await measure("platform: slug availability", samples, () =>
    withActor({ type: "public" }, () => Tenant.slugAvailability({ slug: nextSlug() })),
  );
}
