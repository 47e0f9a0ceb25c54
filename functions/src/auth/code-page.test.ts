import { describe, expect, it } from "vitest";
import { codePage, languageCookie, loginHintCookie } from "./code-page";

const hostile = '"><script>alert(1)</script>';

describe("the sign-in code page", () => {
  it("pre-fills the e-mail carried from the sign-up form, escaped", async () => {
    const request = new Request("http://localhost/email/authorize", {
      headers: { cookie: `${loginHintCookie}=${encodeURIComponent(hostile)}` },
    });
    const page = await (await codePage(request, { type: "start" })).text();
    expect(page).not.toContain("<script>");
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;');
    expect(page).toMatch(/<label for="email">E-mail address<\/label>/);
  });

  it("speaks the language the visitor chose on the portal, right-to-left for Arabic", async () => {
    const request = new Request("http://demo.localhost/email/authorize", {
      headers: { cookie: `${languageCookie}=ar`, "accept-language": "fr-FR" },
    });
    const page = await (await codePage(request, { type: "start" })).text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("أرسل لي رمزا");
    const french = await (
      await codePage(new Request("http://x/", { headers: { "accept-language": "fr-FR,fr;q=0.9" } }), { type: "start" })
    ).text();
    expect(french).toContain("envoyer un code");
  });

  it("announces a wrong code to screen readers and keeps the address", async () => {
    const state = { type: "code", challengeId: "c", resend: false, claims: { email: "a@b.fr" } } as const;
    const page = await (
      await codePage(new Request("http://localhost/"), state, undefined, { type: "invalid_code", attemptsLeft: 3 })
    ).text();
    expect(page).toMatch(/role="alert">That code is not right/);
    expect(page).toContain('<strong dir="ltr">a@b.fr</strong>');
  });
});
