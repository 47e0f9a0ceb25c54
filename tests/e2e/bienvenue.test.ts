import { Events } from "@escale/core/bienvenue";
import { Catalog, Partners } from "@escale/core/bienvenue/deals";
import { Channels } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import * as Team from "@escale/core/team";
import { codePageCopy } from "@escale/functions/auth/code-page-copy";
import { inbox } from "@escale/local/inbox";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { staff } from "../support/actors";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let tenantId: string;
const run = Date.now().toString(36);
const newcomer = { name: `ليلى حداد ${run}`, email: `layla-${run}@example.org` };
const agent = `door-${run}@example.org`;
const channel = { name: "Mairie de Lorvanne", type: "town-hall" as const, code: `mairie-${run}` };
const title = { fr: `Pique-nique d'accueil ${run}`, ar: `نزهة الترحيب ${run}` };
let eventId: string;
const deal = { fr: `Un croissant offert ${run}`, ar: `كرواسون مجاني ${run}` };
let partnerToken: string;

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await withActor({ type: "system" }, () => Seed.demo()));
  const event = await withActor({ type: "system", tenantId }, async () => {
    await Channels.create(channel);
    await Team.invite({ email: agent, role: "agent" });
    return staff(
      tenantId,
      "editor",
    )(() =>
      Events.create({
        title,
        description: { ar: "نلتقي في الحديقة مع سكان الحي." },
        place: "Parc de la Source, Lorvanne",
        starts: `${new Date().getUTCFullYear() + 1}-06-12T18:30`,
        capacity: 20,
      }),
    );
  });
  eventId = event.id;
  partnerToken = await staff(
    tenantId,
    "editor",
  )(async () => {
    const partner = await Partners.create({ name: "Boulangerie du Pont", email: "pain@example.org", category: "food" });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await Catalog.create({
      partnerId: partner.partnerId,
      translations: {
        fr: { title: deal.fr, conditions: "Sur présentation du code." },
        ar: { title: deal.ar, conditions: "عند إظهار الرمز." },
      },
      validFrom: day(-1),
      validUntil: day(30),
      limitPerPerson: 1,
    });
    return (await Partners.redemptionLink({ partnerId: partner.partnerId })).token;
  });
  app = await startApp();
});
afterAll(() => app?.close());

describe("Bienvenue, from the portal in Arabic to the door", () => {
  it("enrols in Arabic, registers for an event, receives the .ics, and is checked in by its short code", async () => {
    const portalUrl = `http://demo.localhost:${app.port}`;
    const portal = await (await app.browser.newContext({ locale: "ar" })).newPage();

    // A channel's link, read right to left; the channel is kept through the sign-in.
    await portal.goto(`${portalUrl}/bienvenue/join?src=${channel.code}`);
    await portal.getByRole("heading", { level: 1, name: "الانضمام إلى برنامج Bienvenue" }).waitFor();
    expect(await portal.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await portal.locator("html").getAttribute("lang")).toBe("ar");
    await portal.getByText(channel.name).waitFor();
    await expectAccessible(portal);
    await portal.getByRole("button", { name: "تسجيل الدخول ببريدي الإلكتروني" }).click();
    await signInWithCode(portal, newcomer.email, codePageCopy.ar);

    await portal.getByLabel("اسمك").waitFor();
    expect(new URL(portal.url()).search).toBe(`?src=${channel.code}`);
    await portal.getByText(channel.name).waitFor();
    await portal.getByLabel("اسمك").fill(newcomer.name);
    await portal.getByLabel("عدد البالغين").fill("2");
    await portal.getByLabel("الثقافة والتراث").check();
    await portal.getByLabel("بلديتك (اختياري)").fill("Lorvanne");
    // Refused field by field, in Arabic, until the notice is accepted.
    await portal.getByRole("button", { name: "الانضمام إلى البرنامج" }).click();
    await portal.getByText("يُرجى الموافقة على إشعار الخصوصية للمتابعة.").waitFor();
    await expectAccessible(portal);
    await portal.getByLabel(/قرأت هذا الإشعار/).check();
    await portal.getByRole("button", { name: "الانضمام إلى البرنامج" }).click();

    await portal.getByRole("heading", { level: 1, name: "برنامجي Bienvenue" }).waitFor();
    await portal.getByText(/مرحبًا بك في البرنامج!/).waitFor();
    await portal.getByText("انضممت إلى البرنامج").waitFor();
    await expectAccessible(portal);
    const optIn = await inbox(inject("inboxUrl")).latest(newcomer.email, /./, 15_000);
    expect(optIn.text).toContain("/letters/confirm/");

    // The events, as a list and as a month; then the event's page.
    await portal.getByRole("navigation", { name: "القائمة الرئيسية" }).getByRole("link", { name: "الفعاليات" }).click();
    await portal.getByRole("heading", { level: 1, name: "الفعاليات" }).waitFor();
    await expectAccessible(portal);
    await portal.getByRole("link", { name: "عرض تقويم الشهر" }).click();
    await portal.getByRole("table").waitFor();
    await expectAccessible(portal);
    await portal.goto(`${portalUrl}/bienvenue/events/${eventId}`);
    await portal.getByRole("heading", { level: 1, name: title.ar }).waitFor();
    const ics = portal.getByRole("link", { name: "تنزيل ملف التقويم (.ics)" });
    expect(await ics.getAttribute("href")).toBe(`/calendar/events/${eventId}.ics?lang=ar`);
    expect(await portal.getByRole("link", { name: "إضافة إلى تقويم Google" }).getAttribute("href")).toMatch(
      /^https:\/\/calendar\.google\.com\//,
    );
    await expectAccessible(portal);

    const since = Date.now();
    await portal.getByLabel("عدد المقاعد").selectOption("2");
    await portal.getByRole("button", { name: "التسجيل", exact: true }).click();
    await portal.getByText("تم تأكيد مكانك (مقعدان). أظهر هذا الرمز عند الدخول.").waitFor();
    const code = (await portal.locator(".ticket .code").textContent()) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await portal.getByRole("img", { name: `رمز QR لتذكرتك، الرمز ${code}` }).waitFor();
    await portal.getByRole("link", { name: "الاشتراك في تطبيق التقويم" }).waitFor();
    await expectAccessible(portal);

    // The confirmation, in Arabic, with the event's calendar file attached.
    const confirmation = await inbox(inject("inboxUrl")).latest(newcomer.email, /تم تأكيد التسجيل/, 15_000, since);
    expect(confirmation.subject).toContain(title.ar);
    expect(confirmation.text).toContain(code);
    const attachment = confirmation.attachments?.find((file) => file.contentType.startsWith("text/calendar"));
    expect(attachment).toBeDefined();
    const file = await fetch(
      `${inject("inboxUrl")}/email/${confirmation.id}/attachment/${attachment?.generatedFileName ?? attachment?.fileName}`,
    );
    const entry = Object.values(ical.sync.parseICS(await file.text())).find((item) => item?.type === "VEVENT") as
      | VEvent
      | undefined;
    expect(entry?.summary).toBe(title.ar);
    expect(entry?.uid).toBe(`${eventId}@demo.escale`);
    expect(String(entry?.description)).toContain(`/bienvenue/events/${eventId}`);

    // The other pages of the programme read well too.
    // A bon plan taken gives a personal code; the partner checks it and marks it used, once.
    await portal.goto(`${portalUrl}/bienvenue/bons-plans`);
    await portal.getByRole("button", { name: new RegExp(deal.ar) }).click();
    const dealCode = (await portal.locator(".ticket .code").first().textContent()) ?? "";
    expect(dealCode).toMatch(/^[A-Z0-9]{8}$/);
    await portal.getByRole("img", { name: `رمز QR لعرضك، الرمز ${dealCode}` }).waitFor();
    await expectAccessible(portal);
    const partner = await (await app.browser.newContext({ locale: "fr-FR" })).newPage();
    await partner.goto(`${portalUrl}/bons-plans/partner?token=${encodeURIComponent(partnerToken)}`);
    await partner.getByRole("heading", { level: 1, name: "Valider des bons plans" }).waitFor();
    await partner.getByLabel("Code montré par le nouvel arrivant").fill(dealCode.toLowerCase());
    await partner.getByRole("button", { name: "Vérifier le code" }).click();
    await partner.getByRole("heading", { name: deal.fr }).waitFor();
    await partner.getByRole("button", { name: "Marquer comme utilisé" }).click();
    await partner.getByText("C'est fait : le code est marqué utilisé.").waitFor();
    await expectAccessible(partner);

    for (const [path, heading] of [
      ["/bienvenue/buddy", "مرافق"],
      ["/bienvenue/ambassadors", "كن سفيرًا"],
      ["/bienvenue/preferences", "تفضيلاتي"],
    ] as const) {
      await portal.goto(`${portalUrl}${path}`);
      await portal.getByRole("heading", { level: 1, name: heading }).waitFor();
      await portal.locator(".loading").waitFor({ state: "detached" });
      await expectAccessible(portal);
    }

    // At the door, on a phone: the agent types the short code.
    const door = await (
      await app.browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 }, isMobile: true })
    ).newPage();
    await door.goto(`http://localhost:${app.port}/console/bienvenue/checkin`);
    await signInWithCode(door, agent);
    await door.getByRole("heading", { level: 1, name: "Check-in at events" }).waitFor();
    await expectAccessible(door);
    await door.getByRole("link", { name: title.fr }).click();
    await door.getByRole("heading", { level: 1, name: title.fr }).waitFor();
    await door.getByText("0 of 2 seats checked in").waitFor();
    await door.getByText(newcomer.name).waitFor();
    await expectAccessible(door);
    await door.getByLabel("Ticket code").fill(code.toLowerCase());
    await door.getByRole("button", { name: "Check in", exact: true }).click();
    await door.getByText(`${newcomer.name} is checked in (2 seats).`).waitFor();
    await door.getByText("2 of 2 seats checked in").waitFor();
    await door.getByRole("heading", { name: "Checked in: 1 registration" }).waitFor();
    await door.getByLabel("Ticket code").fill(code);
    await door.getByRole("button", { name: "Check in", exact: true }).click();
    await door.getByText(`${newcomer.name} was already checked in (2 seats).`).waitFor();
    await expectAccessible(door);

    const shown = await staff(tenantId, "agent")(() => Events.show({ eventId }));
    expect(shown.attended).toBe(2);
    expect(shown.registrations.find((r) => r.email === newcomer.email)?.status).toBe("attended");
    // One journey through two faces and fourteen accessibility checks: longer than most.
  }, 240_000);
});
