import { config, portalUrl } from "../config";
import { renderMarkdown } from "../knowledge/markdown";
import * as Mail from "../mail";
import type * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { sign } from "./tokens";

/** Where one reader unsubscribes: a page (GET) that also takes RFC 8058's one-click POST. */
export function unsubscribeUrl(tenant: Tenant.Tenant, email: string): string {
  return `${portalUrl(tenant.slug)}/letters/unsubscribe/${sign("unsubscribe", tenant.tenantId, email)}`;
}

function mailtoUnsubscribe(tenant: Tenant.Tenant, email: string): string {
  const domain = config().mail.from.match(/@([^>\s]+)/)?.[1] ?? "escale.localhost";
  return `mailto:unsubscribe@${domain}?subject=${encodeURIComponent(`unsubscribe ${sign("unsubscribe", tenant.tenantId, email)}`)}`;
}

/** One quarterly letter, with the one-click unsubscribe headers mailbox providers ask for. */
export async function sendLetter(
  tenant: Tenant.Tenant,
  to: { email: string },
  letter: { subject: string; body: string; language: string },
) {
  const url = unsubscribeUrl(tenant, to.email);
  await Mail.send({
    template: "quarterlyLetter",
    data: { subject: letter.subject, html: await renderMarkdown(letter.body), unsubscribe: url },
    to: to.email,
    language: letter.language as Language,
    brand: Mail.territoryBrand(tenant),
    headers: {
      "List-Unsubscribe": `<${url}>, <${mailtoUnsubscribe(tenant, to.email)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    // A bounce or complaint names the tenant whose reader to suppress (see suppression.ts).
    tags: { tenant: tenant.tenantId },
  });
}
