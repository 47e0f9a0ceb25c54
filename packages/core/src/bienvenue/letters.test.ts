import { withActor } from "@escale/core/context";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import * as EnroleeImport from "./enrolee-import";
import * as Enrolment from "./enrolment";
import { letterDue } from "./letter-schedule";
import * as Letters from "./letters";
import { dashboard } from "./outcomes/dashboard";
import { applySesEvent } from "./suppression";
import { sign } from "./tokens";

type Caught = { subject: string; to: { address: string }[]; headers: Record<string, string> };
const caught = async (): Promise<Caught[]> => (await fetch(`${inject("inboxUrl")}/email`)).json() as Promise<Caught[]>;

const monthsAgo = (months: number, days = 0) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

describe("the letter schedule", () => {
  const today = new Date("2027-06-15T08:00:00Z");
  it("sends issue n n×3 months after enrolment, the latest due only, within 60 days", () => {
    expect(letterDue("2027-05-15", [], today)).toBeUndefined();
    expect(letterDue("2027-03-01", [], today)).toBe(1);
    expect(letterDue("2027-03-01", [1], today)).toBeUndefined();
    // Imported late: issues 1 and 2 are due, only 2 is sent, and 1 never after it.
    expect(letterDue("2026-12-01", [], today)).toBe(2);
    expect(letterDue("2026-12-01", [2], today)).toBeUndefined();
    // Issue 4 came due 3 months ago: too late for any letter.
    expect(letterDue("2026-03-15", [], today)).toBeUndefined();
    expect(letterDue("2026-05-15", [], today)).toBe(4);
  });
});

describe("enrolees and letters", () => {
  let tenantId: string;
  const operator = <T>(run: () => T) => withActor({ type: "system", tenantId }, run);
  beforeAll(async () => {
    ({
      tenant: { tenantId },
    } = await newTenant({ languages: ["fr", "en"], defaultLanguage: "fr" }));
  });

  it("imports a CSV idempotently by e-mail and names the field of each bad line", async () => {
    const csv = [
      "email,name,language,enrolled_on",
      "Ana@Example.org,Ana,es,2026-01-10",
      "bad-address,Bob,fr,2026-01-10",
      "carl@example.org,Carl,xx,2026-01-10",
      "dora@example.org,Dora,fr,2099-01-01",
      "eve@example.org,Eve,en,2026-02-01,nowhere",
    ].join("\n");
    const first = await operator(() => EnroleeImport.importCsv({ csv }));
    expect(first).toMatchObject({ imported: 1, updated: 0 });
    expect(first.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, "email"],
      [4, "language"],
      [5, "enrolled_on"],
      [6, "channel"],
    ]);
    const again = await operator(() => EnroleeImport.importCsv({ csv: "ana@example.org,Ana María,es,2026-01-11\n" }));
    expect(again).toMatchObject({ imported: 0, updated: 1, rejected: [] });
    const [ana] = await operator(() => Enrolment.list());
    expect(ana).toMatchObject({
      email: "ana@example.org",
      name: "Ana María",
      enrolledOn: "2026-01-11",
      newsletter: true,
    });
  });

  it("sends each due letter once when two runs race, in the reader's language or the default, with one-click unsubscribe", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"], defaultLanguage: "fr" });
    const local = <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
    const tag = tenant.slug;
    const rows = [
      [`${tag}-one@example.org`, "en", monthsAgo(4)],
      [`${tag}-two@example.org`, "fr", monthsAgo(7)],
      [`${tag}-late@example.org`, "uk", monthsAgo(13)],
      [`${tag}-new@example.org`, "fr", monthsAgo(1)],
      [`${tag}-stale@example.org`, "fr", monthsAgo(14, 15)],
    ];
    await local(() => EnroleeImport.importCsv({ csv: rows.map(([e, l, d]) => `${e},Reader,${l},${d}`).join("\n") }));
    const editor = staff(tenant.tenantId, "editor");
    for (const issue of [1, 2, 3, 4])
      for (const language of ["fr", "en"] as const)
        await editor(() =>
          Letters.set({ issue, language, subject: `${tag} issue ${issue} ${language}`, body: `# Issue ${issue}` }),
        );
    await Promise.all([Letters.sendDue(), Letters.sendDue()]);
    await Letters.sendDue();
    const mine = (await caught()).filter((mail) => mail.subject.startsWith(tag));
    expect(mine.map((mail) => `${mail.to[0]?.address} ${mail.subject.slice(tag.length + 1)}`).sort()).toEqual([
      `${tag}-late@example.org issue 4 fr`,
      `${tag}-one@example.org issue 1 en`,
      `${tag}-two@example.org issue 2 fr`,
    ]);
    for (const mail of mine) {
      expect(mail.headers["list-unsubscribe"]).toMatch(/^<http[^>]+\/letters\/unsubscribe\/[^>]+>, <mailto:[^>]+>$/);
      expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    }
    const enrolees = await local(() => Enrolment.list());
    expect(
      Object.fromEntries(enrolees.map((e) => [e.email.split("@")[0]?.slice(tag.length + 1), e.issuesSent])),
    ).toEqual({
      one: [1],
      two: [2],
      late: [4],
      new: [],
      stale: [],
    });
    const overview = await staff(tenant.tenantId, "admin")(() => Letters.overview());
    expect(overview.recipients).toEqual({ en: 1, fr: 3, uk: 1 });
    expect(overview.issues.map((i) => i.sent)).toEqual([1, 1, 0, 1]);
  });

  it("counts enrolments, letters sent and unsubscribes on the outcomes dashboard", async () => {
    const { tenant } = await newTenant({ languages: ["fr"], defaultLanguage: "fr" });
    const local = <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
    const tag = tenant.slug;
    await local(() =>
      EnroleeImport.importCsv({
        csv: [`${tag}-a@example.org,A,fr,${monthsAgo(4)}`, `${tag}-b@example.org,B,fr,${monthsAgo(4)}`].join("\n"),
      }),
    );
    await staff(
      tenant.tenantId,
      "editor",
    )(() => Letters.set({ issue: 1, language: "fr", subject: `${tag} one`, body: "Hi" }));
    await Letters.sendDue();
    await local(() => Letters.unsubscribe({ token: sign("unsubscribe", tenant.tenantId, `${tag}-a@example.org`) }));
    // A second click changes nothing and counts nothing.
    await local(() => Letters.unsubscribe({ token: sign("unsubscribe", tenant.tenantId, `${tag}-a@example.org`) }));
    const { totals } = await staff(tenant.tenantId, "admin")(() => dashboard({}));
    expect(totals).toMatchObject({ enrolments: 2, lettersSent: 2, unsubscribes: 1 });
  });

  it("stops letters to an address SES reports as hard-bounced or complaining, in the tenant that sent it", async () => {
    const { tenant } = await newTenant({ languages: ["fr"], defaultLanguage: "fr" });
    const local = <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
    const tag = tenant.slug;
    const [bounced, complained, soft] = ["bounced", "complained", "soft"].map(
      (name) => `${tag}-${name}@example.org`,
    ) as [string, string, string];
    await local(() =>
      EnroleeImport.importCsv({
        csv: [bounced, complained, soft].map((address) => `${address},Reader,fr,${monthsAgo(1)}`).join("\n"),
      }),
    );
    const mail = { tags: { tenant: [tenant.tenantId] } };
    await applySesEvent({
      eventType: "Bounce",
      mail,
      bounce: { bounceType: "Permanent", bouncedRecipients: [{ emailAddress: bounced.toUpperCase() }] },
    });
    await applySesEvent({
      eventType: "Complaint",
      mail,
      complaint: { complainedRecipients: [{ emailAddress: complained }] },
    });
    await applySesEvent({
      eventType: "Bounce",
      mail,
      bounce: { bounceType: "Transient", bouncedRecipients: [{ emailAddress: soft }] },
    });
    const readers = Object.fromEntries((await local(() => Enrolment.list())).map((e) => [e.email, e.newsletter]));
    expect(readers).toEqual({ [bounced]: false, [complained]: false, [soft]: true });
    const { totals } = await staff(tenant.tenantId, "admin")(() => dashboard({}));
    expect(totals.unsubscribes).toBe(2);
  });
});
