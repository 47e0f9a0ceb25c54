import * as Assistant from "@escale/core/assistant";
import * as Auth from "@escale/core/auth";
import { EnroleeImport, Enrolment, Events, Letters, Registrations } from "@escale/core/bienvenue";
import { charterVersion, Pairs, Requests, Volunteers } from "@escale/core/bienvenue/ambassadors";
import { Catalog, Codes, Partners } from "@escale/core/bienvenue/deals";
import * as Outcomes from "@escale/core/bienvenue/outcomes";
import { CaseFile, Channels, Funnel, Intake, Settings } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Files from "@escale/core/files";
import * as Knowledge from "@escale/core/knowledge";
import * as Team from "@escale/core/team";
import * as Tenant from "@escale/core/tenant";
import { expect } from "vitest";
import { asSystem, newTenant, user } from "./actors";
import { callerAs } from "./callers";
import { intake } from "./households";

/**
 * Two tenants, A and B, each with data of their own. A case acts as A's owner with B's ids
 * and values, then shows that B is untouched and unseen. Feature issues add their cases.
 */
export async function twoTenants(
  /** A domain's own data for B, made before the snapshot the cases compare with. */
  moreOfB?: (b: Awaited<ReturnType<typeof newTenant>>) => Promise<void>,
) {
  const a = await newTenant();
  const b = await newTenant();
  // Both owners have signed in once: their identities hold their console language.
  await Promise.all([Auth.identify(a.ownerEmail), Auth.identify(b.ownerEmail)]);
  const bLogoKey = `logos/${b.tenant.tenantId}/b-logo.png`;
  await Files.writeLocal(bLogoKey, new Uint8Array([137, 80, 78, 71]));
  await asSystem(() => Team.invite({ email: "b-invitee@example.org", role: "agent" }), b.tenant.tenantId);
  const asB = <T>(run: () => T) => withActor({ type: "system", tenantId: b.tenant.tenantId }, run);
  // The same person asked both territories for help: A's portal must still show them only A's case.
  const newcomerEmail = "both-territories@example.org";
  const bCase = await withActor({ type: "visitor", tenantId: b.tenant.tenantId }, () =>
    Intake.submit(intake({ contact: { name: "Bea Bravo", email: newcomerEmail, language: "fr" } })),
  );
  await asB(() => Channels.create({ name: "B employer", type: "employer", code: "b-employer" }));
  // B's guide answers a question A's visitors may ask word for word; B's gap holds its own words.
  const bKnowledge = {
    articleSlug: "b-family-doctors",
    articleSecret: "cabinet-secret-de-b",
    gapSecret: "question-secrete-de-b",
  };
  await asB(() =>
    Knowledge.create({
      slug: bKnowledge.articleSlug,
      category: "health",
      status: "published",
      translations: {
        fr: {
          title: "Trouver un médecin traitant",
          body: `Le ${bKnowledge.articleSecret} et la maison de santé acceptent de nouveaux patients.`,
        },
      },
    }),
  );
  // B's programme: an enrolee (the same person as above, and one of B's own), an event with a
  // registration, a letter.
  const bBienvenue = { eventSecret: "b-secret-soiree", enroleeSecret: "b-only-enrolee@example.org" };
  await asB(() =>
    EnroleeImport.importCsv({
      // b-enrolee asks for a buddy below: buddies are for enrolees.
      csv: `${newcomerEmail},Bea Bravo,fr,2026-01-05\n${bBienvenue.enroleeSecret},Bo,fr,2026-01-05\nb-enrolee@example.org,Bo,fr,2026-01-05`,
    }),
  );
  const bEvent = await asB(() =>
    Events.create({ title: { fr: bBienvenue.eventSecret }, starts: "2030-05-01T18:00", capacity: 1 }),
  );
  const bSeat = await asB(() =>
    Registrations.registerByStaff({ eventId: bEvent.id, email: newcomerEmail, name: "Bea Bravo" }),
  );
  await asB(() => Registrations.registerByStaff({ eventId: bEvent.id, email: bBienvenue.enroleeSecret, name: "Bo" }));
  await asB(() => Letters.set({ issue: 1, language: "fr", subject: "B letter", body: bBienvenue.eventSecret }));
  const asBVisitor = <T>(run: () => T) => withActor({ type: "visitor", tenantId: b.tenant.tenantId }, run);
  await asBVisitor(() =>
    Assistant.ask({ question: `Comment renouveler mon titre de séjour ? ${bKnowledge.gapSecret}` }),
  );
  // B's bons plans: a partner, a deal, an enrolee's code and the partner's signed link.
  const bPartner = await asB(() =>
    Partners.create({ name: "partenaire-secret-de-b", email: "partner-of-b@example.org", category: "food" }),
  );
  const bDeal = await asB(() =>
    Catalog.create({
      partnerId: bPartner.partnerId,
      translations: { fr: { title: "Offre de B", conditions: "" } },
      validFrom: "2020-01-01",
      validUntil: "2099-12-31",
      limitPerPerson: 1,
      stock: 10,
    }),
  );
  const bCode = await withActor(
    { type: "newcomer", userId: "b-enrolee", email: newcomerEmail, tenantId: b.tenant.tenantId },
    () => Codes.take({ dealId: bDeal.dealId }),
  );
  const bPartnerLink = await asB(() => Partners.redemptionLink({ partnerId: bPartner.partnerId }));
  // B's parrainage: the person who has both territories volunteers in B and is paired with B's enrolee.
  const asBNewcomer = <T>(email: string, run: () => T) =>
    withActor({ type: "newcomer", userId: email, email, tenantId: b.tenant.tenantId }, run);
  const bNotice = Settings.noticeFor(await asB(() => Settings.current()), "fr");
  const bAmbassador = { email: newcomerEmail, name: "ambassadeur-secret-de-b" };
  await asBNewcomer(newcomerEmail, () =>
    Volunteers.volunteer({
      name: bAmbassador.name,
      language: "fr",
      languages: ["fr"],
      commune: "Besançon",
      household: "single",
      availability: "Weekends",
      capacity: 2,
      charter: { accepted: true, version: charterVersion },
      consent: { accepted: true, version: bNotice.version },
    }),
  );
  const bEnroleeEmail = "b-enrolee@example.org";
  await asBNewcomer(bEnroleeEmail, () =>
    Requests.ask({ name: "Bo", language: "fr", languages: ["fr"], commune: "Besançon", household: "single" }),
  );
  const bPair = await asB(() => Pairs.approve({ email: bEnroleeEmail, ambassadorEmail: bAmbassador.email }));
  const snapshot = async () => {
    const [tenant, team, caseFile, channels, funnel, settings, knowledge, ownerLanguage, programme] = await Promise.all(
      [
        asSystem(() => Tenant.get(b.tenant.tenantId)),
        asSystem(() => Team.list(), b.tenant.tenantId),
        asB(() => CaseFile.open({ caseId: bCase.caseId })),
        asB(() => Channels.list()),
        asB(() => Funnel.dashboard({})),
        asB(() => Settings.current()),
        asB(async () => ({
          articles: await Knowledge.exportArticles(),
          settings: await Knowledge.settings(),
          gaps: await Assistant.gaps(),
        })),
        user(b.ownerEmail)(() => Auth.language()),
        asB(async () => ({
          event: await Events.show({ eventId: bEvent.id }),
          enrolees: await Enrolment.list(),
          letters: await Letters.overview(),
        })),
      ],
    );
    const bienvenue = await asB(async () => ({
      partners: await Partners.list(),
      deals: await Catalog.list(),
      outcomes: await Outcomes.dashboard({}),
      ambassadors: await Volunteers.list(),
      requests: await Requests.list({ status: "paired" }),
      pairs: await Pairs.list({ status: "active" }),
    }));
    return { tenant, team, caseFile, channels, funnel, settings, knowledge, ownerLanguage, bienvenue, programme };
  };
  await moreOfB?.(b);
  const before = await snapshot();
  return {
    a,
    b: {
      ...b,
      logoKey: bLogoKey,
      inviteeEmail: "b-invitee@example.org",
      caseId: bCase.caseId,
      channelCode: "b-employer",
      ...bKnowledge,
      partnerId: bPartner.partnerId,
      partnerName: bPartner.name,
      dealId: bDeal.dealId,
      dealCode: bCode.code,
      partnerToken: bPartnerLink.token,
      ambassadorEmail: bAmbassador.email,
      ambassadorName: bAmbassador.name,
      enroleeEmail: bEnroleeEmail,
      pairId: bPair.pairId,
      ...bBienvenue,
      eventId: bEvent.id,
      checkInCode: bSeat.code ?? "",
    },
    asAOwner: callerAs({
      type: "staff",
      userId: "a-owner",
      email: a.ownerEmail,
      tenantId: a.tenant.tenantId,
      role: "owner",
    }),
    asAVisitor: callerAs({ type: "visitor", tenantId: a.tenant.tenantId }),
    asAUser: callerAs({ type: "user", userId: "a-owner", email: a.ownerEmail }),
    asANewcomer: callerAs({ type: "newcomer", userId: "n", email: newcomerEmail, tenantId: a.tenant.tenantId }),
    /** Fails if anything of B changed since the setup. */
    async expectBUntouched() {
      expect(await snapshot()).toEqual(before);
    },
  };
}

export type TwoTenants = Awaited<ReturnType<typeof twoTenants>>;

/**
 * Routers whose cross-tenant cases live in a file of their own (`cross-tenant-*.test.ts`, with
 * the setup of their domain), each checking it covers all of its router's procedures.
 */
export const routersTestedApart = ["jobs", "employerKit", "employersConsole", "employerSpace", "translation"];
/** Acts as tenant A on tenant B's ids; returns what A got back, or throws A's refusal. */
export type CrossTenantCase = (world: TwoTenants) => Promise<unknown>;

/**
 * The serialised answer must not mention B's identifiers or people A did not name itself
 * (A may well type an address that B also invited; echoing A's own input is no leak).
 */
export function expectNoTraceOfB(world: TwoTenants, answer: unknown) {
  const text = JSON.stringify(answer ?? null);
  for (const secret of [
    world.b.tenant.tenantId,
    world.b.ownerEmail,
    world.b.logoKey,
    world.b.articleSecret,
    world.b.gapSecret,
    world.b.partnerName,
    world.b.dealCode,
    world.b.ambassadorName,
    world.b.pairId,
    world.b.eventSecret,
    world.b.enroleeSecret,
    world.b.eventId,
  ])
    expect(text).not.toContain(secret);
}
