import { languages } from "@escale/core/languages";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { type CodePageCopy, codePageCopy } from "./code-page-copy";
import type { CodeError, CodeState } from "./code-provider";

/** The cookie that carries the e-mail typed on the sign-up form into the code page. */
export const loginHintCookie = "escale_login_hint";
/** The cookie the portal sets with the visitor's chosen language. */
export const languageCookie = "escale_lang";

/** The visitor's language: the one they chose on the portal, else their browser's, else English. */
export function languageOf(request: Request): keyof typeof codePageCopy {
  const chosen = readCookie(request, languageCookie);
  const accepted = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return ([chosen, ...accepted].find((code) => code && code in codePageCopy) as keyof typeof codePageCopy) ?? "en";
}

export async function page(
  language: keyof typeof codePageCopy,
  title: string,
  body: HtmlEscapedString | Promise<HtmlEscapedString>,
): Promise<Response> {
  const document = await html`<!doctype html>
<html lang="${language}" dir="${languages[language].direction}">
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

function errorText(t: CodePageCopy, error: CodeError): string {
  if (error.type === "invalid_code") return t.invalidCode;
  if (error.type === "code_void") return t.codeVoid;
  if (error.type === "too_many_requests") return t.tooManyCodes;
  return t.invalidEmail;
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
  state: CodeState,
  _form?: FormData,
  error?: CodeError,
): Promise<Response> {
  const language = languageOf(request);
  const t: CodePageCopy = codePageCopy[language];
  if (state.type === "start") {
    const email = readCookie(request, loginHintCookie) ?? "";
    return page(
      language,
      t.signInTitle,
      html`<h1>${t.signInHeading}</h1>
      ${error?.type === "invalid_claim" ? html`<p role="alert">${t.invalidEmail}</p>` : ""}
      ${error?.type === "too_many_requests" ? html`<p role="alert">${t.tooManyCodes}</p>` : ""}
      <form method="post">
        <input type="hidden" name="action" value="request">
        <label for="email">${t.emailLabel}</label>
        <input id="email" type="email" name="email" autocomplete="email" required autofocus value="${email}" dir="ltr">
        <button type="submit">${t.sendCode}</button>
      </form>
      <p class="hint">${t.codeHint}</p>`,
    );
  }
  const email = state.claims.email ?? "";
  return page(
    language,
    t.codeTitle,
    html`<h1>${t.codeHeading}</h1>
    ${error ? html`<p role="alert">${errorText(t, error)}</p>` : ""}
    <p role="status">${state.resend ? t.resentTo : t.sentTo} <strong dir="ltr">${email}</strong>.</p>
    <form method="post">
      <input type="hidden" name="action" value="verify">
      <label for="code">${t.codeLabel}</label>
      <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus dir="ltr">
      <button type="submit">${t.signIn}</button>
    </form>
    <form method="post">
      <input type="hidden" name="action" value="resend">
      <input type="hidden" name="email" value="${email}">
      <p class="hint">${t.noEmail} <button class="link" type="submit">${t.resend}</button></p>
    </form>`,
  );
}
