import { portalUrl } from "../config";
import * as Mail from "../mail";
import type * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { sign } from "./tokens";

/** The double opt-in e-mail: the letter starts once its link is followed. */
export async function sendOptIn(tenant: Tenant.Tenant, to: string, name: string, language: Language) {
  await Mail.send({
    template: "bienvenueOptIn",
    data: { name, link: `${portalUrl(tenant.slug)}/letters/confirm/${sign("opt-in", tenant.tenantId, to)}` },
    to,
    language,
    brand: Mail.territoryBrand(tenant),
  });
}
