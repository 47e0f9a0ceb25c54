import { randomUUID } from "node:crypto";
import { Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import { db } from "@escale/core/db";
import * as Mail from "@escale/core/mail";
import * as Team from "@escale/core/team";
import { inbox } from "@escale/local/inbox";
import { describe, expect, inject, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../../tests/support/actors";
import { intake } from "../../../../tests/support/households";

const mail = () => inbox(inject("inboxUrl"));

async function preferLanguage(email: string, language: "fr" | "en") {
  await db().entities.identity.put({ email, userId: randomUUID(), createdAt: new Date().toISOString(), language }).go();
}

describe("e-mails from templates", () => {
  it("writes to a newcomer in their language, under the territory's name, colour and logo, with a plain-text part", async () => {
    const { tenant } = await newTenant({ name: "Pays de Lorvanne", languages: ["fr", "en", "uk"] });
    await asSystem(() =>
      db()
        .entities.tenant.patch({ tenantId: tenant.tenantId })
        .set({ logoUrl: "https://cdn.example.org/lorvanne.png", primaryColor: "#0f5c4d" })
        .go(),
    );
    const request = intake({ contact: { ...intake().contact, language: "uk" } });
    await withActor({ type: "visitor", tenantId: tenant.tenantId }, () => Intake.submit(request));

    const received = await mail().latest(request.contact.email, /ми отримали ваш запит/);
    expect(received.subject).toBe("Pays de Lorvanne: ми отримали ваш запит");
    expect(received.from[0]?.name).toBe("Pays de Lorvanne");
    expect(received.html).toContain('lang="uk"');
    expect(received.html).toContain("#0f5c4d");
    expect(received.html).toContain("https://cdn.example.org/lorvanne.png");
    expect(received.text).toContain("Консьєрж-служба «Pays de Lorvanne» отримала ваш запит");
    expect(received.text).not.toContain("<");
  });

  it("writes to staff in their stored preference, else in French", async () => {
    const { tenant } = await newTenant();
    const newcomerToTeam = `agent-${randomUUID().slice(0, 8)}@example.org`;
    const english = `admin-${randomUUID().slice(0, 8)}@example.org`;
    await preferLanguage(english, "en");
    const owner = staff(tenant.tenantId, "owner", "owner@example.org");
    await owner(() => Team.invite({ email: newcomerToTeam, role: "agent" }));
    await owner(() => Team.invite({ email: english, role: "admin" }));

    const french = await mail().latest(newcomerToTeam, /vous invite/);
    expect(french.subject).toBe(`owner@example.org vous invite à rejoindre ${tenant.name} sur Escale`);
    expect(french.from[0]?.name).toBe(tenant.name);
    expect(french.text).toContain("avec le rôle chargé·e d'accueil");
    const inEnglish = await mail().latest(english, /invites you/);
    expect(inEnglish.text).toContain("as administrator");
  });

  it("carries attachments and extra headers", async () => {
    const to = `reader-${randomUUID().slice(0, 8)}@example.org`;
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Escale//test//FR\r\nEND:VCALENDAR\r\n";
    await Mail.send({
      template: "newMessage",
      data: { link: "https://demo.example.org/help" },
      to,
      language: "de",
      brand: Mail.platformBrand(),
      attachments: [{ filename: "event.ics", content: ics, contentType: "text/calendar" }],
      headers: { "List-Unsubscribe": "<https://demo.example.org/unsubscribe/abc>" },
    });
    const received = await mail().latest(to, /neue Nachricht/);
    expect(received.from[0]?.name).toBe("Escale");
    expect(received.headers["list-unsubscribe"]).toBe("<https://demo.example.org/unsubscribe/abc>");
    expect(received.attachments?.map((a) => a.fileName ?? a.generatedFileName)).toEqual(["event.ics"]);
  });
});
