import * as z from "zod";
import { assertCan } from "../auth/roles";
import { config } from "../config";
import { assertActor, useTenant, withActor } from "../context";
import { cancellationReasons, db, isConditionFailure, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { log } from "../observability";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";
import { dueOn, issues, letterDue } from "./letter-schedule";
import { sendLetter } from "./letters-mail";
import { addCounters, counterUpdates, letterSent, unsubscribed } from "./outcomes/counters";
import { verify } from "./tokens";

const issue = z.number().int().min(1, "Issues are numbered 1 to 4.").max(4, "Issues are numbered 1 to 4.");

/** An editor writes one issue in one language (Markdown). */
export const set = fn(
  z.object({
    issue,
    language: z.enum(languageCodes),
    subject: singleLine(200).min(1, "Give the letter a subject."),
    body: z.string().trim().min(1, "Write the letter.").max(50_000),
  }),
  async (input) => {
    const actor = assertCan("letters.write");
    await db()
      .entities.letter.put({
        tenantId: useTenant(),
        ...input,
        updatedAt: new Date().toISOString(),
        updatedBy: actor.type === "staff" ? actor.email : "operator",
      })
      .go();
    return input;
  },
);

async function written(tenantId: string) {
  const result = await db().entities.letter.query.byIssue({ tenantId }).go({ pages: "all" });
  return new Map(result.data.map((letter) => [`${letter.issue}#${letter.language}`, letter]));
}

/** The version a reader gets: theirs, else the territory's default language, else none. */
function versionFor(letters: Awaited<ReturnType<typeof written>>, n: number, language: string, fallback: string) {
  return letters.get(`${n}#${language}`) ?? letters.get(`${n}#${fallback}`);
}

/**
 * The letters editor's overview: each issue's versions, how many subscribed readers per
 * language, whether the default language is written (readers without their language get it),
 * and progress: sent so far against due by now.
 */
export async function overview(now = new Date()) {
  assertCan("enrolees.read");
  const tenant = await Tenant.current();
  const letters = await written(tenant.tenantId);
  const enrolees = await db().entities.enrolee.query.list({ tenantId: tenant.tenantId }).go({ pages: "all" });
  const readers = enrolees.data.filter((enrolee) => enrolee.newsletter === "subscribed");
  const recipients: Record<string, number> = {};
  for (const reader of readers) recipients[reader.language] = (recipients[reader.language] ?? 0) + 1;
  return {
    defaultLanguage: tenant.defaultLanguage,
    recipients,
    issues: issues.map((n) => {
      const versions = [...letters.values()]
        .filter((letter) => letter.issue === n)
        .map(({ language, subject, body, updatedAt, updatedBy }) => ({
          language,
          subject,
          body,
          updatedAt,
          updatedBy,
        }));
      const sent = readers.filter((reader) => (reader.issuesSent ?? []).includes(n)).length;
      const dueNow = readers.filter(
        (reader) => letterDue(reader.enrolledOn, reader.issuesSent ?? [], now) === n,
      ).length;
      const missing = Object.keys(recipients).filter((language) => !versions.some((v) => v.language === language));
      return {
        issue: n,
        versions,
        complete: versions.some((v) => v.language === tenant.defaultLanguage),
        /** Languages whose readers will get the default language's version. */
        fallsBack: missing,
        sent,
        due: sent + dueNow,
        nextDueOn:
          readers
            .map((reader) => dueOn(reader.enrolledOn, n).toISOString().slice(0, 10))
            .filter((day) => day >= now.toISOString().slice(0, 10))
            .sort()[0] ?? null,
      };
    }),
  };
}

/** Who got an issue, newest first. */
export const sendLog = fn(z.object({ issue, cursor: z.string().max(2000).nullish() }), async ({ issue: n, cursor }) => {
  assertCan("enrolees.read");
  const page = await db()
    .entities.letterSend.query.log({ tenantId: useTenant(), issue: n })
    .go({ order: "desc", limit: 100, cursor: cursor ?? null });
  return { sends: page.data.map(({ email, language, sentAt }) => ({ email, language, sentAt })), cursor: page.cursor };
});

/** The editor sends one version to themselves, exactly as readers will get it. */
export const testSend = fn(z.object({ issue, language: z.enum(languageCodes) }), async ({ issue: n, language }) => {
  const actor = assertCan("letters.write");
  if (actor.type !== "staff") throw new VisibleError("forbidden", "staff_only", "Test letters go to a staff member.");
  const tenant = await Tenant.current();
  const letter = (await written(tenant.tenantId)).get(`${n}#${language}`);
  if (!letter)
    throw new VisibleError("not-found", "letter_not_written", "language: this version is not written yet.", "language");
  await sendLetter(tenant, { email: actor.email }, letter);
  return { sentTo: actor.email };
});

/**
 * Sends every enrolee the letter due to them. The send record is written first, with a
 * condition, in one transaction with the enrolee's list of issues: two runs at once send each
 * letter once. If the e-mail then fails, the record is withdrawn so the next run tries again.
 */
export async function sendDue(now = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list()))
    await withActor({ type: "system", tenantId }, async () => {
      const result = await sendTenant(tenantId, now);
      sent += result.sent;
      failed += result.failed;
    });
  return { sent, failed };
}

async function sendTenant(tenantId: string, now: Date) {
  const tenant = await Tenant.get(tenantId);
  const letters = await written(tenantId);
  const counts = { sent: 0, failed: 0 };
  if (!tenant || letters.size === 0) return counts;
  let cursor: string | null = null;
  do {
    const page: { data: Enrolee[]; cursor: string | null } = await db()
      .entities.enrolee.query.list({ tenantId })
      .go({ cursor, limit: 1000 });
    const work = page.data.flatMap((enrolee) => {
      if (enrolee.newsletter !== "subscribed") return [];
      const n = letterDue(enrolee.enrolledOn, enrolee.issuesSent ?? [], now);
      const letter = n && versionFor(letters, n, enrolee.language, tenant.defaultLanguage);
      return n && letter ? [{ enrolee, n, letter }] : [];
    });
    // A few at a time: each is one transaction and one e-mail.
    for (let start = 0; start < work.length; start += 10) {
      const outcomes = await Promise.all(
        work.slice(start, start + 10).map(({ enrolee, n, letter }) => sendOne(tenant, enrolee, n, letter, now)),
      );
      const sentNow = outcomes.filter((outcome) => outcome === "sent").length;
      counts.sent += sentNow;
      counts.failed += outcomes.filter((outcome) => outcome === "failed").length;
      // The letters sent are counted once per batch: ten sends adding to one counter at once would conflict.
      if (sentNow)
        await addCounters(
          tenantId,
          letterSent({ at: now }).map((tally) => ({ ...tally, add: { lettersSent: sentNow } })),
        );
    }
    cursor = page.cursor;
  } while (cursor);
  return counts;
}

type Enrolee = { email: string; language: string; enrolledOn: string; newsletter: string; issuesSent?: number[] };
type Letter = { subject: string; body: string; language: string };

async function sendOne(tenant: Tenant.Tenant, enrolee: Enrolee, n: number, letter: Letter, now: Date) {
  const key = { tenantId: tenant.tenantId, email: enrolee.email };
  const record = { ...key, issue: n, language: letter.language, sentAt: now.toISOString() };
  try {
    await transact([
      { Put: db().entities.letterSend.create(record).params() },
      {
        Update: db()
          .entities.enrolee.patch(key)
          .add({ issuesSent: [n] })
          .params(),
      },
    ]);
  } catch (error) {
    if (cancellationReasons(error)[0] === "ConditionalCheckFailed") return undefined;
    throw error;
  }
  try {
    const { lettersQueueUrl } = config().mail;
    if (lettersQueueUrl)
      await enqueue(lettersQueueUrl, {
        tenantId: tenant.tenantId,
        email: enrolee.email,
        issue: n,
        language: letter.language,
      });
    else await sendLetter(tenant, enrolee, letter);
    return "sent" as const;
  } catch (error) {
    // The error's name only: a mail server's message quotes the address it refused.
    log.error("letter not sent", { issue: n, error: (error as Error).name });
    await transact([
      { Delete: db().entities.letterSend.delete(record).params() },
      {
        Update: db()
          .entities.enrolee.patch(key)
          .delete({ issuesSent: [n] })
          .params(),
      },
    ]);
    return "failed" as const;
  }
}

const queued = z.object({
  tenantId: z.string().max(100),
  email: z.string().max(254),
  issue,
  language: z.string().max(10),
});
type Queued = z.output<typeof queued>;

/** In AWS the letter waits in a queue whose consumer sends at SES's rate; its send record is already written. */
async function enqueue(queueUrl: string, message: Queued) {
  const { SQSClient, SendMessageCommand } = await import("@aws-sdk/client-sqs");
  await new SQSClient({ region: config().region }).send(
    new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }),
  );
}

/**
 * The queue's consumer: sends one queued letter, unless the reader left the letter meanwhile.
 * A failure is thrown, so SQS tries again and, after five tries, keeps it in the dead-letter queue.
 */
export async function deliverQueued(body: unknown): Promise<"sent" | "skipped"> {
  const message = queued.parse(body);
  return withActor({ type: "system", tenantId: message.tenantId }, async () => {
    const [tenant, reader, letter] = await Promise.all([
      Tenant.get(message.tenantId),
      db().entities.enrolee.get({ tenantId: message.tenantId, email: message.email }).go(),
      db().entities.letter.get({ tenantId: message.tenantId, issue: message.issue, language: message.language }).go(),
    ]);
    if (!tenant || !letter.data || reader.data?.newsletter !== "subscribed") return "skipped";
    await sendLetter(tenant, { email: message.email }, letter.data);
    return "sent";
  });
}

/**
 * Stops the letter for one reader, counted once as an unsubscribe: by their choice or because
 * their mailbox refused it. Returns the reader's language, or null when they are not enrolled.
 */
export async function stopLetters(
  tenantId: string,
  address: string,
  to: "unsubscribed" | "suppressed" = "unsubscribed",
): Promise<{ language: string | null }> {
  const key = { tenantId, email: address };
  const at = new Date();
  try {
    await transact([
      {
        Update: db()
          .entities.enrolee.patch(key)
          .set({ newsletter: to })
          .where((attr, { eq }) => `${eq(attr.newsletter, "subscribed")} OR ${eq(attr.newsletter, "pending")}`)
          .params(),
      },
      ...counterUpdates(tenantId, unsubscribed({ at })),
    ]);
  } catch (error) {
    // Already off the list, or erased since: nothing to stop, nothing to count.
    if (cancellationReasons(error)[0] !== "ConditionalCheckFailed") throw error;
    if (to === "suppressed")
      await db()
        .entities.enrolee.patch(key)
        .set({ newsletter: to })
        .go()
        .catch((refusal) => {
          if (!isConditionFailure(refusal)) throw refusal;
        });
  }
  return { language: (await db().entities.enrolee.get(key).go()).data?.language ?? null };
}

/**
 * One-click unsubscribe (RFC 8058) and the unsubscribe page: the signed token is the only
 * credential, and the change is immediate. Returns the reader's language for the page.
 */
export const unsubscribe = fn(z.object({ token: z.string().max(600) }), async ({ token }) => {
  assertActor("visitor", "newcomer", "system");
  const tenantId = useTenant();
  const address = verify("unsubscribe", tenantId, token);
  if (!address) throw new VisibleError("input", "invalid_token", "token: this link is not valid.", "token");
  return { unsubscribed: true, ...(await stopLetters(tenantId, address)) };
});

/** The reader's language for the unsubscribe and opt-in pages, from the token alone. */
export const readerLanguage = fn(
  z.object({ token: z.string().max(600), purpose: z.enum(["unsubscribe", "opt-in"]).default("unsubscribe") }),
  async ({ token, purpose }) => {
    assertActor("visitor", "newcomer", "system");
    const tenantId = useTenant();
    const address = verify(purpose, tenantId, token);
    if (!address) return null;
    return (await db().entities.enrolee.get({ tenantId, email: address }).go()).data?.language ?? null;
  },
);
