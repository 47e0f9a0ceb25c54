import { inbox } from "@escale/local/inbox";
import { createClient } from "@openauthjs/openauth/client";
import { inject } from "vitest";

/**
 * Signs in through the real issuer over HTTP as a browser would: follow the redirects with
 * cookies, type the e-mail, read the code from the local inbox, type it, exchange the code.
 */
export async function signInOverHttp(origin: string, email: string, serverUrl = origin, portalLanguage?: string) {
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
  const { url, challenge } = await client.authorize(redirectUri, "code", { pkce: true });
  let response = await request(url);
  while (response.status === 302) response = await request(response.headers.get("location") ?? "");
  const since = Date.now();
  response = await request("/email/authorize", form({ action: "request", email }));
  const mail = await inbox(inject("inboxUrl")).latest(email, /\b\d{6}\b/, 15_000, since);
  const code = mail.subject.match(/\b(\d{6})\b/)?.[1] ?? "";
  response = await request("/email/authorize", form({ action: "verify", code }));
  const callback = new URL(response.headers.get("location") ?? "", origin);
  const exchanged = await client.exchange(callback.searchParams.get("code") ?? "", redirectUri, challenge.verifier);
  if (exchanged.err) throw exchanged.err;
  return exchanged.tokens;
}
