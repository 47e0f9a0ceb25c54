import * as z from "zod";
import { assertCan } from "../auth/roles";
import { Settings as ConciergerieSettings } from "../conciergerie";
import { portalUrl } from "../config";
import { assertActor, useTenant } from "../context";
import { cancellationReasons, db, isConditionFailure, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";
import charter from "./ambassadors/charter.json";
import { sendOptIn } from "./enrolment-mail";
import { counterUpdates, enrolled, unsubscribed } from "./outcomes/counters";
import * as Settings from "./settings";
import { sign, verify } from "./tokens";

const profile = z.object({
  name: singleLine(120).min(1, "Tell us your name."),
  language: z.enum(languageCodes),
  languagesSpoken: z.array(z.enum(languageCodes)).max(8).default([]),
  household: z.object({
    adults: z.number().int().min(1, "At least one adult.").max(20),
    children: z.number().int().min(0).max(15),
  }),
  interests: z.array(singleLine(40)).max(40).default([]),
  commune: singleLine(120).optional(),
  arrivalDate: z.iso.date("Use a date like 2027-03-01.").optional(),
});

export const enrolSchema = profile.extend({
  consent: z.object({
    accepted: z.literal(true, "Please accept the privacy notice to join the programme."),
    version: z.string().min(1).max(40),
    language: z.enum(languageCodes).optional(),
  }),
  newsletter: z.boolean(),
  /** The `?src=CODE` of the link that brought them: one of the Conciergerie's channels. */
  channelCode: z.string().trim().max(40).optional(),
});

async function checkInterests(tenantId: string, interests: string[]) {
  const offered = new Set((await Settings.load(tenantId)).interests.map((interest) => interest.id));
  const stray = interests.find((interest) => !offered.has(interest));
  if (stray)
    throw new VisibleError("input", "interest_not_offered", `interests: "${stray}" is not offered here.`, "interests");
}

/**
 * What the portal's Bienvenue forms offer: the interests, the privacy notice, the channel's name,
 * and the version of the ambassadors' charter a volunteer accepts.
 */
export const form = fn(
  z.object({ language: z.enum(languageCodes), channelCode: z.string().trim().max(40).optional() }),
  async ({ language, channelCode }) => {
    assertActor("visitor", "newcomer");
    const tenant = await Tenant.current();
    const [settings, notices, channel] = await Promise.all([
      Settings.load(tenant.tenantId),
      ConciergerieSettings.load(tenant.tenantId, tenant.name),
      channelCode ? db().entities.channel.get({ tenantId: tenant.tenantId, code: channelCode }).go() : null,
    ]);
    return {
      interests: settings.interests,
      privacyNotice: ConciergerieSettings.noticeFor(notices, language),
      channel: channel?.data ? { code: channel.data.code, name: channel.data.name } : null,
      charterVersion: charter.version,
    };
  },
);

/** The signed-in newcomer joins the programme; the letter waits for their double opt-in. */
export const enrol = fn(enrolSchema, async (input) => {
  const actor = assertActor("newcomer");
  const tenant = await Tenant.current();
  const notices = await ConciergerieSettings.load(tenant.tenantId, tenant.name);
  const notice = ConciergerieSettings.noticeFor(notices, input.consent.language ?? input.language);
  if (notice.version !== input.consent.version)
    throw new VisibleError(
      "conflict",
      "notice_changed",
      "consent: the privacy notice has changed. Please read it again and accept it.",
      "consent",
    );
  await checkInterests(tenant.tenantId, input.interests);
  const channel = input.channelCode
    ? (await db().entities.channel.get({ tenantId: tenant.tenantId, code: input.channelCode }).go()).data
    : null;
  const now = new Date().toISOString();
  const { consent, newsletter, channelCode: _code, ...details } = input;
  const enrolledOn = now.slice(0, 10);
  try {
    await transact([
      {
        Put: db()
          .entities.enrolee.create({
            tenantId: tenant.tenantId,
            email: actor.email,
            ...details,
            enrolledOn,
            consent: { at: now, version: notice.version, language: notice.language, by: "portal" },
            newsletter: newsletter ? "pending" : "none",
            channelCode: channel?.code,
            createdAt: now,
          })
          .params(),
      },
      ...counterUpdates(tenant.tenantId, enrolled({ enrolledOn, channelCode: channel?.code })),
    ]);
  } catch (error) {
    if (cancellationReasons(error)[0] === "ConditionalCheckFailed")
      throw new VisibleError("conflict", "already_enrolled", "You are already enrolled in the programme.");
    throw error;
  }
  if (newsletter) await sendOptIn(tenant, actor.email, input.name, input.language);
  return { enrolled: true, newsletter: newsletter ? "pending" : "none" };
});

/** What a newcomer follows in "My Bienvenue": their profile, letters received and registrations. */
export async function mine() {
  const actor = assertActor("newcomer");
  const tenantId = useTenant();
  const file = await db().collections.enroleeFile({ tenantId, email: actor.email }).go({ pages: "all" });
  const enrolee = file.data.enrolee[0];
  if (!enrolee) return { enrolled: false as const };
  const registrations = file.data.enroleeEvent.length
    ? await db()
        .entities.registration.get(
          file.data.enroleeEvent.map(({ eventId }) => ({ tenantId, eventId, who: actor.email })),
        )
        .go()
    : { data: [] };
  const events = file.data.enroleeEvent.length
    ? await db()
        .entities.event.get(file.data.enroleeEvent.map(({ eventId }) => ({ tenantId, eventId })))
        .go()
    : { data: [] };
  const titles = new Map(events.data.map((event) => [event.eventId, event]));
  return {
    enrolled: true as const,
    profile: {
      name: enrolee.name,
      language: enrolee.language,
      languagesSpoken: enrolee.languagesSpoken ?? [],
      household: enrolee.household,
      interests: enrolee.interests ?? [],
      commune: enrolee.commune ?? null,
      arrivalDate: enrolee.arrivalDate ?? null,
      enrolledOn: enrolee.enrolledOn,
      newsletter: enrolee.newsletter,
      /** For `updatePreferences`' expectedVersion. */
      version: enrolee.version,
    },
    letters: file.data.letterSend.map(({ issue, sentAt, language }) => ({ issue, sentAt, language })),
    events: registrations.data.map((registration) => {
      const event = titles.get(registration.eventId);
      return {
        eventId: registration.eventId,
        title: event?.title ?? {},
        startsAt: event?.startsAt ?? null,
        status: registration.status,
        seats: registration.seats,
        code: registration.status === "confirmed" ? registration.code : null,
        offerExpiresAt: registration.offerExpiresAt ?? null,
      };
    }),
    calendarFeed: `${portalUrl((await Tenant.current()).slug)}/calendar/${sign("calendar", tenantId, actor.email)}.ics`,
  };
}

export const updatePreferences = fn(
  profile.extend({ newsletter: z.boolean(), expectedVersion: z.number().int().min(1) }),
  async ({ newsletter, expectedVersion, ...details }) => {
    const actor = assertActor("newcomer");
    const tenant = await Tenant.current();
    await checkInterests(tenant.tenantId, details.interests);
    const key = { tenantId: tenant.tenantId, email: actor.email };
    const current = (await db().entities.enrolee.get(key).go()).data;
    if (!current) throw new VisibleError("not-found", "not_enrolled", "You are not enrolled in the programme.");
    const subscribed = current.newsletter === "subscribed" || current.newsletter === "pending";
    const nextNewsletter = newsletter ? (subscribed ? current.newsletter : "pending") : "unsubscribed";
    const leaving = current.newsletter === "subscribed" && nextNewsletter === "unsubscribed";
    try {
      await transact([
        {
          Update: db()
            .entities.enrolee.patch(key)
            .set({ ...details, newsletter: nextNewsletter })
            .add({ version: 1 })
            .where((attr, { eq }) => eq(attr.version, expectedVersion))
            .params(),
        },
        ...(leaving ? counterUpdates(tenant.tenantId, unsubscribed({ at: new Date() })) : []),
      ]);
    } catch (error) {
      if (cancellationReasons(error)[0] === "ConditionalCheckFailed")
        throw new VisibleError("conflict", "stale_version", "Your preferences changed elsewhere. Reload the page.");
      throw error;
    }
    if (nextNewsletter === "pending" && current.newsletter !== "pending")
      await sendOptIn(tenant, actor.email, details.name, details.language);
    return { newsletter: nextNewsletter };
  },
);

/** The double opt-in link: the letter starts only once the address is proven. */
export const confirmNewsletter = fn(z.object({ token: z.string().max(600) }), async ({ token }) => {
  assertActor("visitor", "newcomer", "system");
  const tenantId = useTenant();
  const address = verify("opt-in", tenantId, token);
  if (!address) throw new VisibleError("input", "invalid_token", "token: this link is not valid.", "token");
  try {
    await db()
      .entities.enrolee.patch({ tenantId, email: address })
      .set({ newsletter: "subscribed" })
      .where((attr, { eq }) => eq(attr.newsletter, "pending"))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return { subscribed: true };
});

/** Bons plans and buddies are for the programme's enrolees: anyone else is asked to join first. */
export async function assertEnrolled(email: string): Promise<void> {
  const enrolee = await db().entities.enrolee.get({ tenantId: useTenant(), email }).go();
  if (!enrolee.data)
    throw new VisibleError("forbidden", "not_enrolled", "Join the Bienvenue programme first: this is for its members.");
}

/** The enrolees of the territory, as the operator's CLI and the console list them. */
export async function list() {
  assertCan("enrolees.read");
  const result = await db().entities.enrolee.query.list({ tenantId: useTenant() }).go({ pages: "all" });
  return result.data.map((enrolee) => ({
    email: enrolee.email,
    name: enrolee.name,
    language: enrolee.language,
    enrolledOn: enrolee.enrolledOn,
    newsletter: enrolee.newsletter === "subscribed",
    issuesSent: [...(enrolee.issuesSent ?? [])].sort((a, b) => a - b),
    channel: enrolee.channelCode ?? null,
  }));
}
