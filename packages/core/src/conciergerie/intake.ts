import * as z from "zod";
import { emailAddress } from "../auth/email";
import { portalUrl } from "../config";
import { assertActor } from "../context";
import { cancellationReasons, db, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { overMailCeiling } from "../limits";
import * as Mail from "../mail";
import { count } from "../observability";
import { multiLine, singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { type Language, languageCodes } from "../tenant/languages";
import { countUpdate, finderPuts } from "./finders";
import { counterUpdates } from "./funnel";
import { needs } from "./needs";
import { frenchRegionCodes, originKey } from "./origins";
import * as Settings from "./settings";
import { addWorkingHours } from "./working-hours";

const email = emailAddress;

export const intakeSchema = z.object({
  /** Made by the form when it opens: a double click or a retry sends the same key, one case results. */
  requestId: z.uuid("requestId must be a UUID."),
  contact: z.object({
    name: singleLine(120).min(1, "Tell us your name."),
    email,
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+0-9 ().-]*$/, "Use digits, spaces and + only.")
      .optional(),
    language: z.enum(languageCodes),
  }),
  household: z.object({
    adults: z.number().int().min(1, "At least one adult.").max(20),
    children: z.array(z.object({ age: z.number().int().min(0).max(25) })).max(15),
    partner: z.object({ lookingForJob: z.boolean(), field: singleLine(120).optional() }).optional(),
  }),
  origin: z.object({
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Use the two-letter country code, for example FR."),
    region: z.enum(frenchRegionCodes).optional(),
    city: singleLine(120).optional(),
  }),
  arrivalDate: z.iso.date("Use a date like 2027-03-01.").optional(),
  needs: z.array(z.enum(needs)).min(1, "Choose at least one kind of help.").max(needs.length),
  message: multiLine(4000, "Keep the message under 4,000 characters.").optional(),
  answers: z.record(z.string().max(60), z.union([multiLine(1000), z.boolean()])).default({}),
  consent: z.object({
    accepted: z.literal(true, "Please accept the privacy notice to send your request."),
    version: z.string().min(1).max(40),
    /** The language of the notice the person read, when not their contact language. */
    language: z.enum(languageCodes).optional(),
  }),
  channelCode: z.string().trim().max(40).optional(),
});
export type IntakeInput = z.input<typeof intakeSchema>;

/** Checks the answers against the tenant's custom questions; returns the answers to keep. */
function checkAnswers(questions: Settings.Question[], answers: Record<string, string | boolean>) {
  const kept: Record<string, string | boolean> = {};
  for (const question of questions) {
    const answer = answers[question.id];
    const field = `answers.${question.id}`;
    if (answer === undefined || answer === "") {
      if (question.required)
        throw new VisibleError("input", "answer_missing", `${field}: please answer this question.`, field);
      continue;
    }
    const ok =
      question.type === "yes-no"
        ? typeof answer === "boolean"
        : question.type === "choice"
          ? question.options?.some((option) => option.value === answer)
          : typeof answer === "string";
    if (!ok)
      throw new VisibleError("input", "answer_invalid", `${field}: this answer is not one of the choices.`, field);
    kept[question.id] = answer;
  }
  return kept;
}

/**
 * A household asks for help on the portal. One transaction creates the case, its first
 * timeline line, the newcomer's pointer to it and the funnel counts; the request id makes a
 * replay return the same case. Then the newcomer gets a confirmation e-mail.
 */
export const submit = fn(intakeSchema, async (input) => {
  const actor = assertActor("visitor", "newcomer");
  const tenant = await Tenant.current();
  const settings = await Settings.load(tenant.tenantId, tenant.name);
  const notice = Settings.noticeFor(settings, input.consent.language ?? input.contact.language);
  if (notice.version !== input.consent.version)
    throw new VisibleError(
      "conflict",
      "notice_changed",
      "consent: the privacy notice has changed. Please read it again and accept it.",
      "consent",
    );
  const stray = input.needs.find((need) => !settings.needs.includes(need));
  if (stray) throw new VisibleError("input", "need_not_offered", `needs: "${stray}" is not offered here.`, "needs");
  const answers = checkAnswers(settings.questions, input.answers);
  const channel = input.channelCode
    ? (await db().entities.channel.get({ tenantId: tenant.tenantId, code: input.channelCode }).go()).data
    : null;

  const now = new Date();
  const registeredAt = now.toISOString();
  const caseId = input.requestId;
  const counted = {
    tenantId: tenant.tenantId,
    cohort: registeredAt.slice(0, 7),
    channelCode: channel?.code,
    originKey: originKey(input.origin),
  };
  const { entities } = db();
  try {
    await transact([
      {
        Put: entities.case
          .create({
            tenantId: tenant.tenantId,
            caseId,
            status: "registered",
            registeredAt,
            cohort: counted.cohort,
            contact: input.contact,
            household: input.household,
            origin: input.origin,
            arrivalDate: input.arrivalDate,
            needs: Object.fromEntries(input.needs.map((need) => [need, "open"])),
            message: input.message,
            answers,
            consent: { at: registeredAt, version: notice.version, language: notice.language },
            channelCode: channel?.code,
            originKey: counted.originKey,
            firstContactDueAt: addWorkingHours(now, settings.firstContactHours).toISOString(),
            visitorId: actor.type === "visitor" ? actor.visitor?.id : undefined,
          })
          .params(),
      },
      {
        Put: entities.newcomerCase
          .put({ tenantId: tenant.tenantId, email: input.contact.email, caseId, registeredAt })
          .params(),
      },
      {
        Put: entities.caseEvent
          .put({
            tenantId: tenant.tenantId,
            caseId,
            at: registeredAt,
            eventId: "registered",
            kind: "status",
            by: "newcomer",
            detail: { to: "registered", channel: channel?.name },
          })
          .params(),
      },
      ...counterUpdates(counted, { registered: 1 }),
      ...finderPuts(tenant.tenantId, caseId, input.contact),
      countUpdate(tenant.tenantId, { registered: 1 }),
    ]);
  } catch (error) {
    // The same request sent twice: the first one made the case.
    if (cancellationReasons(error)[0] === "ConditionalCheckFailed") return { caseId, duplicate: true };
    throw error;
  }
  count("intake");
  if (await overMailCeiling(input.contact.email)) return { caseId, duplicate: false };
  const language = input.contact.language as Language;
  const link = `${portalUrl(tenant.slug)}/help/requests/${caseId}`;
  await Mail.send({
    template: "intakeConfirmation",
    data: { link },
    to: input.contact.email,
    language,
    brand: Mail.territoryBrand(tenant),
  });
  return { caseId, duplicate: false };
});

/** What the portal's intake form needs: needs offered, custom questions, notice, channel name. */
export const form = fn(
  z.object({ channelCode: z.string().max(40).optional(), language: z.enum(languageCodes) }),
  async ({ channelCode, language }) => {
    assertActor("visitor", "newcomer");
    const tenant = await Tenant.current();
    const settings = await Settings.load(tenant.tenantId, tenant.name);
    const channel = channelCode
      ? (await db().entities.channel.get({ tenantId: tenant.tenantId, code: channelCode }).go()).data
      : null;
    return {
      needs: settings.needs,
      questions: settings.questions,
      privacyNotice: Settings.noticeFor(settings, language),
      channel: channel ? { code: channel.code, name: channel.name } : null,
    };
  },
);
