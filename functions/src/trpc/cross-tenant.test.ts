import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, procedurePaths } from "../../../tests/support/callers";
import {
  type CrossTenantCase,
  expectNoTraceOfB,
  routersTestedApart,
  type TwoTenants,
  twoTenants,
} from "../../../tests/support/cross-tenant";
import { intake } from "../../../tests/support/households";

/** One case per procedure: A's staff or visitors reaching for B's data. */
const cases: Record<string, CrossTenantCase> = {
  "platform.slugAvailability": ({ asAUser, b }) => asAUser.platform.slugAvailability({ slug: b.tenant.slug }),
  "platform.signUp": ({ asAUser, b }) =>
    asAUser.platform.signUp({
      name: "Takeover",
      kind: "other",
      country: "FR",
      slug: b.tenant.slug,
      defaultLanguage: "fr",
      languages: ["fr"],
    }),
  "platform.memberships": ({ asAUser }) => asAUser.platform.memberships(),
  "platform.language": ({ asAOwner }) => asAOwner.platform.language(),
  // The address comes from the session: one slipped into the input is not B's owner's to change.
  "platform.setLanguage": ({ asAOwner, b }) =>
    asAOwner.platform.setLanguage({ language: "en", email: b.ownerEmail } as { language: "en" }),
  "portal.home": ({ asAVisitor }) => asAVisitor.portal.home(),
  "console.settings": ({ asAOwner }) => asAOwner.console.settings(),
  "console.updateLanguages": ({ asAOwner, b }) =>
    asAOwner.console.updateLanguages({ defaultLanguage: "en", languages: ["en"], expectedVersion: b.tenant.version }),
  "console.updateBranding": ({ asAOwner, b }) =>
    asAOwner.console.updateBranding({
      primaryColor: "#000000",
      tagline: {},
      hero: {},
      expectedVersion: b.tenant.version,
    }),
  "console.logoUploadTarget": ({ asAOwner }) => asAOwner.console.logoUploadTarget({ size: 10 }),
  "console.useLogo": ({ asAOwner, b }) =>
    asAOwner.console.useLogo({ key: b.logoKey, expectedVersion: b.tenant.version }),
  "team.list": ({ asAOwner }) => asAOwner.team.list(),
  "team.invite": ({ asAOwner, b }) => asAOwner.team.invite({ email: b.inviteeEmail, role: "admin" }),
  "team.revokeInvitation": ({ asAOwner, b }) => asAOwner.team.revokeInvitation({ email: b.inviteeEmail }),
  "team.removeMember": ({ asAOwner, b }) => asAOwner.team.removeMember({ email: b.ownerEmail }),
  "team.changeRole": ({ asAOwner, b }) => asAOwner.team.changeRole({ email: b.ownerEmail, role: "viewer" }),
  "team.transferOwnership": ({ asAOwner, b }) => asAOwner.team.transferOwnership({ email: b.ownerEmail }),
  "team.leave": ({ asAOwner }) => asAOwner.team.leave({}),
  "team.history": ({ asAOwner }) => asAOwner.team.history({}),
  "conciergerie.settings": ({ asAOwner }) => asAOwner.conciergerie.settings(),
  "conciergerie.updateSettings": ({ asAOwner }) =>
    asAOwner.conciergerie.updateSettings({
      needs: ["job"],
      questions: [],
      firstContactHours: 4,
      privacyNotice: { fr: { version: "a-1", text: "Notice of territory A for its newcomers." } },
      expectedVersion: 0,
    }),
  "conciergerie.channels": ({ asAOwner }) => asAOwner.conciergerie.channels(),
  "conciergerie.createChannel": ({ asAOwner, b }) =>
    asAOwner.conciergerie.createChannel({ name: "Same code", type: "campaign", code: b.channelCode }),
  "conciergerie.channelQrCode": ({ asAOwner, b }) =>
    asAOwner.conciergerie.channelQrCode({ code: b.channelCode, format: "svg" }),
  "conciergerie.inbox": ({ asAOwner }) => asAOwner.conciergerie.inbox({}),
  "conciergerie.inboxCounts": async ({ asAOwner, b }) => {
    const counts = await asAOwner.conciergerie.inboxCounts({});
    // A has no case: a count of one would be B's household.
    return counts.registered === 0 ? counts : { leaked: b.tenant.tenantId };
  },
  "conciergerie.search": async ({ asAOwner, b }) => {
    const found = await Promise.all(
      ["Bea Bravo", "bea", "both-territories@example.org", b.caseId.slice(0, 8), b.caseId].map((query) =>
        asAOwner.conciergerie.search({ query }),
      ),
    );
    // A failed expectation here would be caught as a refusal: a leak is reported as a trace of B instead.
    return JSON.stringify(found).includes(b.caseId) ? { leaked: b.tenant.tenantId } : found;
  },
  "conciergerie.bulkAssign": ({ asAOwner, b }) =>
    asAOwner.conciergerie.bulkAssign({ caseIds: [b.caseId], assignee: null }),
  "conciergerie.bulkMove": ({ asAOwner, b }) =>
    asAOwner.conciergerie.bulkMove({ caseIds: [b.caseId], to: "contacted" }),
  "conciergerie.case": ({ asAOwner, b }) => asAOwner.conciergerie.case({ caseId: b.caseId }),
  "conciergerie.assign": ({ asAOwner, b }) =>
    asAOwner.conciergerie.assign({ caseId: b.caseId, assignee: null, expectedVersion: 1 }),
  "conciergerie.move": ({ asAOwner, b }) =>
    asAOwner.conciergerie.move({ caseId: b.caseId, to: "contacted", expectedVersion: 1 }),
  "conciergerie.updateNeed": ({ asAOwner, b }) =>
    asAOwner.conciergerie.updateNeed({ caseId: b.caseId, need: "job", progress: "done", expectedVersion: 1 }),
  "conciergerie.addNote": ({ asAOwner, b }) => asAOwner.conciergerie.addNote({ caseId: b.caseId, text: "note" }),
  "conciergerie.sendMessage": ({ asAOwner, b }) => asAOwner.conciergerie.sendMessage({ caseId: b.caseId, text: "hi" }),
  "conciergerie.addTask": ({ asAOwner, b }) =>
    asAOwner.conciergerie.addTask({ caseId: b.caseId, title: "t", dueOn: "2027-01-01" }),
  "conciergerie.completeTask": ({ asAOwner, b }) =>
    asAOwner.conciergerie.completeTask({ caseId: b.caseId, taskId: b.caseId }),
  "conciergerie.myTasks": ({ asAOwner }) => asAOwner.conciergerie.myTasks({}),
  "conciergerie.funnel": ({ asAOwner }) => asAOwner.conciergerie.funnel({}),
  "conciergerie.exportFunnel": ({ asAOwner }) => asAOwner.conciergerie.exportFunnel(),
  "conciergerie.exportCases": ({ asAOwner }) => asAOwner.conciergerie.exportCases(),
  "conciergerie.erase": ({ asAOwner, b }) => asAOwner.conciergerie.erase({ caseId: b.caseId }),
  "conciergerie.reads": ({ asAOwner }) => asAOwner.conciergerie.reads({}),
  "help.form": ({ asAVisitor, b }) => asAVisitor.help.form({ channelCode: b.channelCode, language: "fr" }),
  "help.submit": ({ asAVisitor, b }) =>
    asAVisitor.help.submit(intake({ requestId: b.caseId, channelCode: b.channelCode })),
  "help.myRequests": ({ asANewcomer }) => asANewcomer.help.myRequests(),
  "help.myRequest": ({ asANewcomer, b }) => asANewcomer.help.myRequest({ caseId: b.caseId }),
  "help.sendMessage": ({ asANewcomer, b }) => asANewcomer.help.sendMessage({ caseId: b.caseId, text: "hello" }),
  "help.downloadMyData": ({ asANewcomer }) => asANewcomer.help.downloadMyData(),
  "help.requestErasure": ({ asANewcomer, b }) => asANewcomer.help.requestErasure({ caseId: b.caseId }),
  "knowledge.list": ({ asAOwner }) => asAOwner.knowledge.list(),
  "knowledge.get": ({ asAOwner, b }) => asAOwner.knowledge.get({ slug: b.articleSlug }),
  "knowledge.preview": ({ asAOwner }) => asAOwner.knowledge.preview({ markdown: "Bonjour" }),
  "knowledge.create": ({ asAOwner, b }) =>
    asAOwner.knowledge.create({
      slug: b.articleSlug,
      category: "health",
      translations: { fr: { title: "Takeover", body: "A's own text." } },
    }),
  "knowledge.update": ({ asAOwner, b }) =>
    asAOwner.knowledge.update({
      slug: b.articleSlug,
      category: "health",
      status: "published",
      translations: { fr: { title: "Takeover", body: "A's own text." } },
      expectedVersion: 1,
    }),
  "knowledge.markReviewed": ({ asAOwner, b }) =>
    asAOwner.knowledge.markReviewed({ slug: b.articleSlug, expectedVersion: 2 }),
  "knowledge.remove": ({ asAOwner, b }) => asAOwner.knowledge.remove({ slug: b.articleSlug, expectedVersion: 1 }),
  "knowledge.importArticles": ({ asAOwner, b }) =>
    asAOwner.knowledge.importArticles({
      version: 1,
      articles: [{ slug: b.articleSlug, category: "health", translations: { fr: { title: "A", body: "A." } } }],
    }),
  "knowledge.exportArticles": ({ asAOwner }) => asAOwner.knowledge.exportArticles(),
  "knowledge.settings": ({ asAOwner }) => asAOwner.knowledge.settings(),
  "knowledge.updateSettings": ({ asAOwner }) =>
    asAOwner.knowledge.updateSettings({ reviewAfterMonths: 3, generatedAnswers: true, expectedVersion: 0 }),
  "knowledge.gaps": ({ asAOwner }) => asAOwner.knowledge.gaps(),
  "knowledge.gapQuestions": ({ asAOwner }) =>
    asAOwner.knowledge.gapQuestions({ topic: "residence-permit", language: "fr" }),
  "knowledge.markGapHandled": ({ asAOwner }) =>
    asAOwner.knowledge.markGapHandled({ topic: "residence-permit", language: "fr" }),
  "assistant.guide": ({ asAVisitor }) => asAVisitor.assistant.guide({ language: "fr" }),
  "assistant.article": ({ asAVisitor, b }) => asAVisitor.assistant.article({ slug: b.articleSlug, language: "fr" }),
  "assistant.search": ({ asAVisitor }) => asAVisitor.assistant.search({ query: "médecin traitant", language: "fr" }),
  "assistant.ask": ({ asAVisitor }) =>
    asAVisitor.assistant.ask({ question: "Où trouver un médecin traitant ?", sessionId: "a-visitor-session" }),
  "deals.partners": ({ asAOwner }) => asAOwner.deals.partners(),
  "deals.createPartner": ({ asAOwner }) =>
    asAOwner.deals.createPartner({ name: "A's bakery", email: "partner-of-b@example.org", category: "food" }),
  "deals.updatePartner": ({ asAOwner, b }) =>
    asAOwner.deals.updatePartner({
      partnerId: b.partnerId,
      name: "Takeover",
      email: "a@example.org",
      category: "food",
      expectedVersion: 1,
    }),
  "deals.partnerLink": ({ asAOwner, b }) => asAOwner.deals.partnerLink({ partnerId: b.partnerId, renew: true }),
  "deals.list": ({ asAOwner }) => asAOwner.deals.list(),
  "deals.create": ({ asAOwner, b }) =>
    asAOwner.deals.create({
      partnerId: b.partnerId,
      translations: { fr: { title: "Takeover", conditions: "" } },
      validFrom: "2020-01-01",
      validUntil: "2099-12-31",
      limitPerPerson: 1,
    }),
  "deals.update": ({ asAOwner, b }) =>
    asAOwner.deals.update({
      dealId: b.dealId,
      partnerId: b.partnerId,
      translations: { fr: { title: "Takeover", conditions: "" } },
      validFrom: "2020-01-01",
      validUntil: "2020-01-02",
      limitPerPerson: 1,
      expectedVersion: 1,
    }),
  "deals.redeem": ({ asAOwner, b }) => asAOwner.deals.redeem({ code: b.dealCode }),
  "deals.available": ({ asAVisitor }) => asAVisitor.deals.available({ language: "fr" }),
  "deals.take": ({ asANewcomer, b }) => asANewcomer.deals.take({ dealId: b.dealId }),
  "deals.mine": ({ asANewcomer }) => asANewcomer.deals.mine({ language: "fr" }),
  "deals.partnerPage": ({ asAVisitor, b }) => asAVisitor.deals.partnerPage({ token: b.partnerToken }),
  "deals.checkAsPartner": ({ asAVisitor, b }) =>
    asAVisitor.deals.checkAsPartner({ token: b.partnerToken, code: b.dealCode }),
  "deals.redeemAsPartner": ({ asAVisitor, b }) =>
    asAVisitor.deals.redeemAsPartner({ token: b.partnerToken, code: b.dealCode }),
  "bienvenueOutcomes.dashboard": ({ asAOwner }) => asAOwner.bienvenueOutcomes.dashboard({}),
  "bienvenueOutcomes.csv": ({ asAOwner }) => asAOwner.bienvenueOutcomes.csv(),
  "ambassadors.volunteer": ({ asANewcomer }) =>
    asANewcomer.ambassadors.volunteer({
      name: "A resident",
      language: "fr",
      languages: ["fr"],
      commune: "Dole",
      household: "couple",
      availability: "Evenings",
      capacity: 1,
      charter: { accepted: true, version: "2026-11" },
      consent: { accepted: true, version: "none" },
    }),
  "ambassadors.myProfile": ({ asANewcomer }) => asANewcomer.ambassadors.myProfile(),
  "ambassadors.leave": ({ asANewcomer }) => asANewcomer.ambassadors.leave(),
  "ambassadors.askForBuddy": ({ asANewcomer }) =>
    asANewcomer.ambassadors.askForBuddy({
      name: "A newcomer",
      language: "fr",
      languages: ["fr"],
      commune: "Dole",
      household: "single",
    }),
  "ambassadors.myBuddy": ({ asANewcomer }) => asANewcomer.ambassadors.myBuddy(),
  "ambassadors.withdrawRequest": ({ asANewcomer }) => asANewcomer.ambassadors.withdrawRequest(),
  "ambassadors.list": ({ asAOwner }) => asAOwner.ambassadors.list(),
  "ambassadors.setStatus": ({ asAOwner, b }) =>
    asAOwner.ambassadors.setStatus({ email: b.ambassadorEmail, status: "paused" }),
  "ambassadors.erase": ({ asAOwner, b }) => asAOwner.ambassadors.erase({ email: b.ambassadorEmail }),
  "ambassadors.requests": ({ asAOwner }) => asAOwner.ambassadors.requests({ status: "paired" }),
  "ambassadors.suggestions": ({ asAOwner, b }) => asAOwner.ambassadors.suggestions({ email: b.enroleeEmail }),
  "ambassadors.approve": ({ asAOwner, b }) =>
    asAOwner.ambassadors.approve({ email: b.enroleeEmail, ambassadorEmail: b.ambassadorEmail }),
  "ambassadors.end": ({ asAOwner, b }) => asAOwner.ambassadors.end({ pairId: b.pairId, rematch: true }),
  "ambassadors.pairs": ({ asAOwner }) => asAOwner.ambassadors.pairs({ status: "active" }),
  "flyers.download": ({ asAOwner, b }) => asAOwner.flyers.download({ code: b.channelCode, language: "fr" }),
  "bienvenue.form": ({ asAVisitor, b }) => asAVisitor.bienvenue.form({ language: "fr", channelCode: b.channelCode }),
  "bienvenue.enrol": ({ asANewcomer }) =>
    asANewcomer.bienvenue.enrol({
      name: "Bea Bravo",
      language: "fr",
      household: { adults: 1, children: 0 },
      consent: { accepted: true, version: "1" },
      newsletter: true,
    }),
  "bienvenue.mine": ({ asANewcomer }) => asANewcomer.bienvenue.mine(),
  "bienvenue.updatePreferences": ({ asANewcomer }) =>
    asANewcomer.bienvenue.updatePreferences({
      name: "Bea",
      language: "fr",
      household: { adults: 1, children: 0 },
      newsletter: false,
      expectedVersion: 1,
    }),
  "bienvenue.leave": ({ asANewcomer }) => asANewcomer.bienvenue.leave(),
  "bienvenue.events": ({ asAVisitor }) => asAVisitor.bienvenue.events({ from: "2000-01-01T00:00:00.000Z" }),
  "bienvenue.event": ({ asAVisitor, b }) => asAVisitor.bienvenue.event({ eventId: b.eventId }),
  "bienvenue.register": ({ asANewcomer, b }) => asANewcomer.bienvenue.register({ eventId: b.eventId }),
  "bienvenue.cancel": ({ asANewcomer, b }) => asANewcomer.bienvenue.cancel({ eventId: b.eventId }),
  "bienvenue.acceptOffer": ({ asANewcomer, b }) => asANewcomer.bienvenue.acceptOffer({ eventId: b.eventId }),
  "bienvenueConsole.settings": ({ asAOwner }) => asAOwner.bienvenueConsole.settings(),
  "bienvenueConsole.updateSettings": ({ asAOwner }) =>
    asAOwner.bienvenueConsole.updateSettings({ interests: [], reminderOffsetsDays: [1], expectedVersion: 0 }),
  "bienvenueConsole.enrolees": ({ asAOwner }) => asAOwner.bienvenueConsole.enrolees(),
  "bienvenueConsole.importEnrolees": ({ asAOwner }) =>
    asAOwner.bienvenueConsole.importEnrolees({ csv: "both-territories@example.org,Someone else,en,2026-02-02" }),
  "bienvenueConsole.events": ({ asAOwner }) => asAOwner.bienvenueConsole.events({ from: "2000-01-01T00:00:00.000Z" }),
  "bienvenueConsole.event": ({ asAOwner, b }) => asAOwner.bienvenueConsole.event({ eventId: b.eventId }),
  "bienvenueConsole.createEvent": ({ asAOwner }) =>
    asAOwner.bienvenueConsole.createEvent({ title: { fr: "A's own" }, starts: "2030-05-01T18:00", capacity: 3 }),
  "bienvenueConsole.updateEvent": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.updateEvent({
      eventId: b.eventId,
      title: { fr: "Takeover" },
      starts: "2030-05-01T18:00",
      capacity: 100,
      expectedVersion: 1,
    }),
  "bienvenueConsole.cancelEvent": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.cancelEvent({ eventId: b.eventId, expectedVersion: 1 }),
  "bienvenueConsole.registerGuest": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.registerGuest({ eventId: b.eventId, name: "Guest", phone: "+33 6 12 34 56 78" }),
  "bienvenueConsole.cancelRegistration": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.cancelRegistration({ eventId: b.eventId, email: "both-territories@example.org" }),
  "bienvenueConsole.checkIn": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.checkIn({ eventId: b.eventId, code: b.checkInCode }),
  "bienvenueConsole.attendanceExport": ({ asAOwner, b }) =>
    asAOwner.bienvenueConsole.attendanceExport({ eventId: b.eventId }),
  "bienvenueConsole.letters": ({ asAOwner }) => asAOwner.bienvenueConsole.letters(),
  "bienvenueConsole.setLetter": ({ asAOwner }) =>
    asAOwner.bienvenueConsole.setLetter({ issue: 1, language: "fr", subject: "A letter", body: "A's words" }),
  "bienvenueConsole.testLetter": ({ asAOwner }) => asAOwner.bienvenueConsole.testLetter({ issue: 2, language: "fr" }),
  "bienvenueConsole.letterLog": ({ asAOwner }) => asAOwner.bienvenueConsole.letterLog({ issue: 1 }),
};

describe("tenants are sealed", () => {
  let world: TwoTenants;
  beforeAll(async () => {
    world = await twoTenants();
  });

  it("has a cross-tenant case for every procedure", () => {
    const here = procedurePaths.filter((path) => !routersTestedApart.includes(path.split(".")[0] ?? ""));
    expect(Object.keys(cases).sort()).toEqual(here.sort());
  });

  for (const [path, attempt] of Object.entries(cases)) {
    it(`${path}: acting as A on B's ids neither reveals nor changes B`, async () => {
      const answer = await attempt(world).catch((error: Error) => ({ refused: error.message }));
      expectNoTraceOfB(world, answer);
      await world.expectBUntouched();
    });
  }

  it("shows B's own staff their data (the cases above are not vacuous)", async () => {
    const bOwner = callerAs({
      type: "staff",
      userId: "b",
      email: world.b.ownerEmail,
      tenantId: world.b.tenant.tenantId,
      role: "owner",
    });
    const team = await bOwner.team.list();
    expect(team.invitations.map((invitation) => invitation.email)).toContain(world.b.inviteeEmail);
  });
});
