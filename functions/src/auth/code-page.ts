import type { CodeProviderState } from "@openauthjs/openauth/provider/code";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

/** The cookie that carries the e-mail typed on the sign-up form into the code page. */
export const loginHintCookie = "escale_login_hint";

type CodeError = { type: "invalid_code" } | { type: "invalid_claim"; key: string; value: string } | undefined;

async function page(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>): Promise<Response> {
  const document = await html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Escale</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #111827; background: #f3f4f6; }
  main { max-width: 26rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 12px; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
  input { width: 100%; box-sizing: border-box; font: inherit; padding: .6rem; border: 1px solid #6b7280; border-radius: 6px; }
  button { margin-top: 1rem; width: 100%; font: inherit; font-weight: 600; padding: .7rem; border: 0; border-radius: 6px; background: #1d4ed8; color: #fff; cursor: pointer; }
  button.link { background: none; color: #1d4ed8; width: auto; padding: 0; text-decoration: underline; }
  :focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  [role=alert] { background: #fef2f2; color: #991b1b; padding: .6rem; border-radius: 6px; }
  .hint { color: #374151; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
  return new Response(document.toString(), { headers: { "content-type": "text/html; charset=utf-8" } });
}

function readCookie(request: Request, name: string): string | undefined {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

/**
 * The e-mail-code sign-in pages: labelled fields, errors announced to screen readers, the
 * address pre-filled when the person already typed it on our own form.
 */
export async function codePage(
  request: Request,
  state: CodeProviderState,
  _form?: FormData,
  error?: CodeError,
): Promise<Response> {
  if (state.type === "start") {
    const email = readCookie(request, loginHintCookie) ?? "";
    return page(
      "Sign in",
      html`<h1>Sign in to Escale</h1>
      ${error?.type === "invalid_claim" ? html`<p role="alert">This e-mail address is not valid.</p>` : ""}
      <form method="post">
        <input type="hidden" name="action" value="request">
        <label for="email">E-mail address</label>
        <input id="email" type="email" name="email" autocomplete="email" required autofocus value="${email}">
        <button type="submit">Send me a code</button>
      </form>
      <p class="hint">We will e-mail you a 6-digit code. No password needed.</p>`,
    );
  }
  const email = state.claims.email ?? "";
  return page(
    "Enter your code",
    html`<h1>Check your e-mail</h1>
    ${error?.type === "invalid_code" ? html`<p role="alert">That code is not right. Check the latest e-mail and try again.</p>` : ""}
    <p role="status">${state.resend ? "We sent a new code to" : "We sent a code to"} <strong>${email}</strong>.</p>
    <form method="post">
      <input type="hidden" name="action" value="verify">
      <label for="code">6-digit code</label>
      <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus>
      <button type="submit">Sign in</button>
    </form>
    <form method="post">
      <input type="hidden" name="action" value="resend">
      <input type="hidden" name="email" value="${email}">
      <p class="hint">No e-mail? <button class="link" type="submit">Send a new code</button></p>
    </form>`,
  );
}
