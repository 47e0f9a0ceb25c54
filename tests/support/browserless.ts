import { inbox } from "@escale/local/inbox";
import { createClient } from "@openauthjs/openauth/client";
import { inject } from "vitest";

/**
 * A browser without a window on the real issuer over HTTP: it follows redirects with cookies,
 * as a browser would, on `origin` (sent as x-forwarded-host to the server at `serverUrl`).
 */
export function signInBrowser(origin: string, serverUrl = origin, portalLanguage?: string) {
  // The portal's language switcher keeps the reader's choice in a cookie.
  const cookies = new Map<string, string>(portalLanguage ? [["escale_lang", portalLanguage]] : []);
  const forwarded = { "x-forwarded-host": new URL(origin).host };
  async function request(url: string, init: RequestInit = {}) {
    const target = new URL(url, origin);
    const response = await fetch(new URL(target.pathname + target.search, serverUrl), {
      ...init,
      redirect: "manual",
      headers: { ...forwarded, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "), ...(init.headers ?? {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name, value.join("="));
    }
    return response;
  }
  const form = (fields: Record<string, string>) => ({
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  // The token endpoint too must believe it is answering on `origin`, as it does behind a proxy.
  const client = createClient({
    clientID: "escale-web",
    issuer: serverUrl,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...forwarded } }),
  });
  const redirectUri = `${origin}/callback`;
  let verifier = "";

  return {
    cookies,
    request,
    client,
    /** Opens the sign-in page, as the web app's "Sign in" link does. */
    async start() {
      const { url, challenge } = await client.authorize(redirectUri, "code", { pkce: true });
      verifier = challenge.verifier ?? "";
      let response = await request(url);
      while (response.status === 302) response = await request(response.headers.get("location") ?? "");
      return response;
    },
    /**
     * Asks for a code; the code that arrived in the inbox, if one did within `waitMs`. `previous`
     * is a code this address already got: e-mail dates are to the second, so it could pass as new.
     */
    async askCode(email: string, waitMs = 15_000, previous?: string) {
      const since = Date.now();
      const page = await request("/email/authorize", form({ action: "request", email }));
      const html = await page.text();
      if (waitMs === 0) return { html, code: undefined };
      const fresh = previous ? new RegExp(`\\b(?!${previous}\\b)\\d{6}\\b`) : /\b\d{6}\b/;
      const mail = await inbox(inject("inboxUrl")).latest(email, fresh, waitMs, since);
      return { html, code: mail.subject.match(/\b(\d{6})\b/)?.[1] ?? "" };
    },
    /** Types a code: the page (a wrong code) or the redirect to the app (the right one). */
    typeCode(code: string) {
      return request("/email/authorize", form({ action: "verify", code }));
    },
    /** Exchanges the redirect's authorization code for tokens, as the web app does. */
    async tokens(redirect: Response) {
      const callback = new URL(redirect.headers.get("location") ?? "", origin);
      const exchanged = await client.exchange(callback.searchParams.get("code") ?? "", redirectUri, verifier);
      if (exchanged.err) throw exchanged.err;
      return exchanged.tokens;
    },
  };
}

/** Signs in through the real issuer: the e-mail typed, the code read from the local inbox. */
export async function signInOverHttp(origin: string, email: string, serverUrl = origin, portalLanguage?: string) {
  const browser = signInBrowser(origin, serverUrl, portalLanguage);
  await browser.start();
  const { code } = await browser.askCode(email);
  return browser.tokens(await browser.typeCode(code ?? ""));
}
