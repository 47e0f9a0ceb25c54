import { createClient } from "@openauthjs/openauth/client";
import { claims, forgetTokens, keepTokens, readJson, tokens } from "./tokens";

/**
 * Sign-in with OpenAuth's e-mail code. The issuer answers at the root of the host the browser
 * is on, so tokens belong to this origin and live in its localStorage.
 */
const client = createClient({ clientID: "escale-web", issuer: location.origin });
const redirectUri = `${location.origin}/callback`;
const pendingKey = "escale.signin";

type Pending = { state: string; verifier?: string; returnTo: string };

/** Leaves for the issuer's pages; `email` pre-fills the address there. */
export async function signIn(returnTo: string, email?: string): Promise<void> {
  const { url, challenge } = await client.authorize(redirectUri, "code", { pkce: true, provider: "email" });
  const pending: Pending = { state: challenge.state, verifier: challenge.verifier, returnTo };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  location.assign(email ? `${url}&login_hint=${encodeURIComponent(email)}` : url);
}

let completing: Promise<string> | undefined;

/**
 * Trades the code on /callback for tokens and answers where to go next. Memoised because a
 * code can be exchanged only once and React may run the calling effect twice.
 */
export function completeSignIn(params: URLSearchParams): Promise<string> {
  completing ??= (async () => {
    const pending = readJson<Pending>(sessionStorage, pendingKey);
    const code = params.get("code");
    if (!pending || !code || params.get("state") !== pending.state)
      throw new Error("This sign-in link is not valid any more. Please sign in again.");
    const exchanged = await client.exchange(code, redirectUri, pending.verifier);
    if (exchanged.err) throw new Error("The sign-in code has expired. Please sign in again.");
    sessionStorage.removeItem(pendingKey);
    keepTokens(exchanged.tokens);
    return pending.returnTo;
  })();
  return completing;
}

let refreshing: Promise<boolean> | undefined;

/** Replaces the tokens once; a refused refresh token means signing in again. */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = tokens();
    if (!current) return false;
    try {
      const refreshed = await client.refresh(current.refresh);
      if (refreshed.err || !refreshed.tokens) {
        forgetTokens();
        return false;
      }
      keepTokens(refreshed.tokens);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/** The access token, renewed first when it is about to lapse so most calls need no retry. */
export async function accessToken(): Promise<string | undefined> {
  const current = tokens();
  if (!current) return undefined;
  const expiresAt = claims(current.access).exp ?? 0;
  if (expiresAt > Date.now() / 1000 + 30) return current.access;
  return (await refreshTokens()) ? tokens()?.access : undefined;
}

export async function signOut(): Promise<void> {
  const current = tokens();
  forgetTokens();
  if (current)
    await fetch("/signout", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refresh: current.refresh }),
    }).catch(() => undefined);
  location.assign("/");
}
