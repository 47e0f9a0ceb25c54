import { AsyncLocalStorage } from "node:async_hooks";
import { withActor } from "@escale/core/context";
import * as Mail from "@escale/core/mail";
import * as Tenant from "@escale/core/tenant";
import { languageOf } from "./code-page";

/** OpenAuth hands `sendCode` only the claims and the code: the request it serves is kept here. */
const requests = new AsyncLocalStorage<Request>();

export function withSignInRequest<T>(request: Request, run: () => T): T {
  return requests.run(request, run);
}

/**
 * The sign-in code e-mail. On a portal: under the territory's name, in the language the
 * visitor reads the portal in. On the platform site (staff, sign-up): from Escale, in the
 * person's stored preference, else the language of their browser.
 */
export async function sendCodeMail(email: string, code: string): Promise<void> {
  const request = requests.getStore();
  const host = request ? (request.headers.get("x-forwarded-host") ?? new URL(request.url).host) : "";
  const pageLanguage = request ? languageOf(request) : "fr";
  await withActor({ type: "system" }, async () => {
    const served = await Tenant.resolveHost(host);
    if (served.kind === "portal")
      return Mail.send({
        template: "signInCode",
        data: { code },
        to: email,
        language: pageLanguage,
        brand: Mail.territoryBrand(served.tenant),
      });
    return Mail.send({
      template: "signInCode",
      data: { code },
      to: email,
      language: (await Mail.storedLanguage(email)) ?? pageLanguage,
      brand: Mail.platformBrand(),
    });
  });
}
