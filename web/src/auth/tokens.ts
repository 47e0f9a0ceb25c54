/**
 * The tokens of the signed-in person, kept in this origin's localStorage. Apart from the
 * OpenAuth client so that pages which only need to know "signed in?" do not download it.
 */
const tokensKey = "escale.tokens";

type Tokens = { access: string; refresh: string };

export function readJson<T>(storage: Storage, key: string): T | undefined {
  try {
    return JSON.parse(storage.getItem(key) ?? "null") ?? undefined;
  } catch {
    return undefined;
  }
}

export function tokens(): Tokens | undefined {
  return readJson<Tokens>(localStorage, tokensKey);
}

export function keepTokens({ access, refresh }: Tokens): void {
  localStorage.setItem(tokensKey, JSON.stringify({ access, refresh }));
}

export function forgetTokens(): void {
  localStorage.removeItem(tokensKey);
}

export function claims(access: string): { exp?: number; properties?: { email?: string } } {
  try {
    const payload = access.split(".")[1] ?? "";
    return JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return {};
  }
}

export function isSignedIn(): boolean {
  return tokens() !== undefined;
}

export function signedInEmail(): string | undefined {
  const current = tokens();
  return current && claims(current.access).properties?.email;
}
