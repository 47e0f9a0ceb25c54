import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { mustFind } from "../../conciergerie/case-file";
import { assertActor, useTenant } from "../../context";
import { cancellationReasons, db, type TransactItem, transact } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import * as Tenant from "../../tenant";
import { type Language, languageCodes } from "../../tenant/languages";
import * as Employers from "../employers";
import * as Offers from "../offers";
import * as Settings from "../settings";
import type { JobStatus } from "./entities";
import { contracts, fieldsNamedIn, fold, jobFields } from "./fields";

const perLanguage = (max: number) => z.partialRecord(z.enum(languageCodes), z.string().trim().min(1).max(max));
const jobId = z.uuid("jobId must be a UUID.");
/** An offer stays online at most six months; the employer posts it again after that. */
const maxDaysOnline = 183;
export const boardPageSize = 20;

export const jobSchema = z
  .object({
    title: perLanguage(160).refine((title) => Object.keys(title).length > 0, "Give the job's title."),
    description: perLanguage(5000),
    contract: z.enum(contracts),
    field: z.enum(jobFields),
    commune: z.string().trim().min(1, "Give the commune where the job is.").max(120),
    salary: z
      .object({
        minEur: z.number().int().min(0).max(1_000_000).optional(),
        maxEur: z.number().int().min(0).max(1_000_000).optional(),
        period: z.enum(["hour", "month", "year"]),
      })
      .refine(
        (salary) => salary.minEur === undefined || salary.maxEur === undefined || salary.minEur <= salary.maxEur,
        {
          path: ["maxEur"],
          message: "The maximum cannot be below the minimum.",
        },
      )
      .optional(),
    openToPartners: z.boolean().default(false),
    expiresOn: z.iso.date("Use a date like 2027-03-01."),
  })
  .refine((job) => Object.keys(job.title).every((language) => job.description[language as Language]), {
    path: ["description"],
    message: "Describe the job in each language you gave a title in.",
  });

type Job = NonNullable<Awaited<ReturnType<typeof find>>>;
const today = () => new Date().toISOString().slice(0, 10);

async function find(id: string) {
  return (await db().entities.job.get({ tenantId: useTenant(), jobId: id }).go()).data ?? undefined;
}

/** An offer as its employer and the console see it, every language included. */
function view(job: Job) {
  return {
    id: job.jobId,
    employerId: job.employerId,
    employerName: job.employerName,
    title: job.title as Record<string, string>,
    description: job.description as Record<string, string>,
    contract: job.contract,
    field: job.field,
    commune: job.commune,
    salary: job.salary ?? null,
    openToPartners: job.openToPartners,
    expiresOn: job.expiresOn,
    expired: job.expiresOn < today(),
    status: job.status,
    rejectionReason: job.rejectionReason ?? null,
    createdAt: job.createdAt,
    publishedAt: job.publishedAt ?? null,
    version: job.version,
  };
}

/** An offer on the board, in the reader's language when the employer wrote it, else in the territory's. */
function boardView(job: Job, language: Language, fallback: Language) {
  const titles = job.title as Record<string, string>;
  const shown = titles[language] ? language : titles[fallback] ? fallback : (Object.keys(titles)[0] as Language);
  return {
    id: job.jobId,
    employerName: job.employerName,
    language: shown,
    title: titles[shown] ?? "",
    description: (job.description as Record<string, string>)[shown] ?? "",
    contract: job.contract,
    field: job.field,
    commune: job.commune,
    salary: job.salary ?? null,
    openToPartners: job.openToPartners,
    expiresOn: job.expiresOn,
    publishedAt: job.publishedAt ?? job.createdAt,
  };
}

/** The tenant's offers online now: one Query on the status index, from today's date on. */
async function live(tenantId = useTenant()) {
  const found = await db()
    .entities.job.query.byStatus({ tenantId, status: "published" })
    .gte({ expiresOn: today() })
    .go({ pages: "all" });
  return found.data;
}

/** The employer the contact acts for, with the number of offers their subscription keeps online at once. */
async function postingEmployer() {
  const actor = assertActor("employer");
  const employer = await Employers.get(actor.employerId);
  if (!employer || !Employers.hasAccess(employer))
    throw new VisibleError(
      "forbidden",
      "subscription_required",
      "Your subscription is not active: job offers need an active subscription.",
    );
  const offerId = employer.subscription?.offerId;
  const offer = offerId ? await Offers.get(offerId) : undefined;
  return { actor, employer, postsAtOnce: offer?.jobPostsAtOnce ?? 0 };
}

function checkDates(expiresOn: string) {
  const latest = new Date(Date.now() + maxDaysOnline * 86_400_000).toISOString().slice(0, 10);
  if (expiresOn <= today() || expiresOn > latest)
    throw new VisibleError(
      "input",
      "expiry_out_of_range",
      `expiresOn: choose a date after today and before ${latest}.`,
      "expiresOn",
    );
}

async function checkLanguages(title: Record<string, string>) {
  const tenant = await Tenant.current();
  const stray = Object.keys(title).find((language) => !tenant.languages.includes(language as Language));
  if (stray)
    throw new VisibleError(
      "input",
      "language_not_enabled",
      `title: ${stray} is not one of the territory's languages.`,
      "title",
    );
}

/**
 * Posts a job offer. It takes one of the employer's slots (its offer's job posts at once) with a
 * condition: the slot is free, or its offer expired. The slots are read first only to try the
 * free ones; the condition decides. Online at once or after approval, as the territory chose.
 */
export const post = fn(jobSchema, async (input) => {
  const { actor, employer, postsAtOnce } = await postingEmployer();
  checkDates(input.expiresOn);
  await checkLanguages(input.title);
  const settings = await Settings.load();
  const tenantId = actor.tenantId;
  const { entities } = db();
  const slots = await entities.jobSlot.query.byEmployer({ tenantId, employerId: employer.employerId }).go();
  const busy = new Set(slots.data.filter((slot) => slot.expiresOn >= today()).map((slot) => slot.slot));
  const id = randomUUID();
  const now = new Date().toISOString();
  const status: JobStatus = settings.jobModeration === "immediate" ? "published" : "pending";
  for (let slot = 0; slot < postsAtOnce; slot++) {
    if (busy.has(slot)) continue;
    try {
      await transact([
        {
          Put: entities.jobSlot
            .put({ tenantId, employerId: employer.employerId, slot, jobId: id, expiresOn: input.expiresOn })
            .where((attr, { notExists, lt }) => `${notExists(attr.jobId)} OR ${lt(attr.expiresOn, today())}`)
            .params(),
        },
        {
          Put: entities.job
            .create({
              ...input,
              tenantId,
              jobId: id,
              employerId: employer.employerId,
              employerName: employer.name,
              status,
              slot,
              postedBy: actor.email,
              createdAt: now,
              ...(status === "published" ? { publishedAt: now } : {}),
            })
            .params(),
        },
      ]);
      const created = await find(id);
      if (!created) throw new Error("Job offer vanished after posting");
      return view(created);
    } catch (error) {
      // Someone took this slot meanwhile: try the next free one.
      if (cancellationReasons(error)[0] !== "ConditionalCheckFailed") throw error;
    }
  }
  throw new VisibleError(
    "conflict",
    "job_posts_used",
    `Your subscription keeps ${postsAtOnce} job offers online at once, and they are all in use: withdraw one or wait until one expires.`,
  );
});

/**
 * Takes an offer off the board (withdrawn by its employer, or rejected by a moderator) and frees
 * its slot, if the slot still holds it (an expired offer's slot may already hold a new one).
 */
async function takeDown(job: Job, changes: Record<string, unknown>) {
  const { entities } = db();
  const update: TransactItem = {
    Update: entities.job
      .patch({ tenantId: job.tenantId, jobId: job.jobId })
      .set(changes)
      .add({ version: 1 })
      .where((attr, { eq }) => eq(attr.version, job.version))
      .params(),
  };
  const freeSlot: TransactItem = {
    Delete: entities.jobSlot
      .delete({ tenantId: job.tenantId, employerId: job.employerId, slot: job.slot })
      .where((attr, { eq }) => eq(attr.jobId, job.jobId))
      .params(),
  };
  try {
    await transact([update, freeSlot]);
  } catch (error) {
    const [offer, slot] = cancellationReasons(error);
    if (offer === "ConditionalCheckFailed") throw changedMeanwhile();
    if (slot !== "ConditionalCheckFailed") throw error;
    await transact([update]).catch((retry) => {
      throw cancellationReasons(retry)[0] === "ConditionalCheckFailed" ? changedMeanwhile() : retry;
    });
  }
  return view({ ...(await find(job.jobId)), ...changes } as Job);
}

const changedMeanwhile = () =>
  new VisibleError("conflict", "stale_version", "This job offer changed meanwhile. Reload the page and try again.");
const notFound = () => new VisibleError("not-found", "job_not_found", "jobId: no such job offer.", "jobId");
const online: JobStatus[] = ["pending", "published"];

/** The employer takes one of its offers off the board. */
export const withdraw = fn(z.object({ jobId }), async (input) => {
  const actor = assertActor("employer");
  const job = await find(input.jobId);
  if (!job || job.employerId !== actor.employerId) throw notFound();
  if (!online.includes(job.status))
    throw new VisibleError("conflict", "job_not_online", "This job offer is not online any more.");
  return takeDown(job, { status: "withdrawn" });
});

/** The employer's offers, newest first, whatever their status. */
export async function mine() {
  const actor = assertActor("employer");
  const found = await db()
    .entities.job.query.byEmployer({ tenantId: actor.tenantId, employerId: actor.employerId })
    .go({ order: "desc", limit: 100 });
  return found.data.map(view);
}

/** A moderator puts a waiting offer online. */
export const approve = fn(z.object({ jobId }), async (input) => {
  const moderator = assertCan("employers.manage");
  const job = await find(input.jobId);
  if (!job) throw notFound();
  if (job.status !== "pending")
    throw new VisibleError("conflict", "job_not_pending", "Only an offer waiting for approval can be approved.");
  if (job.expiresOn < today())
    throw new VisibleError("conflict", "job_expired", "This offer has expired; the employer can post it again.");
  const changes = {
    status: "published" as const,
    publishedAt: new Date().toISOString(),
    moderatedBy: moderator.type === "staff" ? moderator.email : "system",
  };
  try {
    await db()
      .entities.job.patch({ tenantId: job.tenantId, jobId: job.jobId })
      .set(changes)
      .add({ version: 1 })
      .where((attr, { eq }) => `${eq(attr.version, job.version)} AND ${eq(attr.status, "pending")}`)
      .go();
  } catch {
    throw changedMeanwhile();
  }
  return view({ ...job, ...changes, version: job.version + 1 });
});

/** A moderator refuses an offer, waiting or online, saying why; the employer's slot is freed. */
export const reject = fn(
  z.object({ jobId, reason: z.string().trim().min(3, "Say why, in a sentence the employer will read.").max(500) }),
  async (input) => {
    const moderator = assertCan("employers.manage");
    const job = await find(input.jobId);
    if (!job) throw notFound();
    if (!online.includes(job.status))
      throw new VisibleError("conflict", "job_not_online", "This job offer is not online any more.");
    return takeDown(job, {
      status: "rejected",
      rejectionReason: input.reason,
      moderatedBy: moderator.type === "staff" ? moderator.email : "system",
    });
  },
);

/** The console's moderation lists: waiting or online offers not yet expired, or the latest refused. */
export const moderation = fn(z.object({ status: z.enum(["pending", "published", "rejected"]) }), async (input) => {
  assertCan("employers.read");
  const query = db().entities.job.query.byStatus({ tenantId: useTenant(), status: input.status });
  const found =
    input.status === "rejected"
      ? await query.go({ order: "desc", limit: 100 })
      : await query.gte({ expiresOn: today() }).go({ pages: "all" });
  return found.data.map(view);
});

/**
 * The portal's jobs board. The offers online are one Query (their number is bounded by each
 * employer's job posts at once), filtered, searched and paged here; page numbers, not cursors,
 * since the filters apply to the whole list.
 */
export const board = fn(
  z.object({
    language: z.enum(languageCodes),
    field: z.enum(jobFields).optional(),
    contract: z.enum(contracts).optional(),
    commune: z.string().trim().max(120).optional(),
    query: z.string().trim().max(120).optional(),
    openToPartners: z.boolean().optional(),
    page: z.number().int().min(1).max(1000).default(1),
  }),
  async (input) => {
    assertActor("visitor", "newcomer", "employer", "staff", "system");
    const tenant = await Tenant.current();
    const words = fold(input.query ?? "")
      .split(" ")
      .filter(Boolean);
    const commune = input.commune ? fold(input.commune) : undefined;
    const jobs = await live(tenant.tenantId);
    const communes = [...new Set(jobs.map((job) => job.commune))].sort((a, b) => a.localeCompare(b, "fr"));
    const matching = jobs
      .filter(
        (job) =>
          (!input.field || job.field === input.field) &&
          (!input.contract || job.contract === input.contract) &&
          (!commune || fold(job.commune) === commune) &&
          (!input.openToPartners || job.openToPartners),
      )
      .filter((job) => {
        if (words.length === 0) return true;
        const text = fold(
          [job.employerName, job.commune, ...Object.values(job.title), ...Object.values(job.description)].join(" "),
        );
        return words.every((word) => text.includes(word));
      })
      .sort((a, b) => (b.publishedAt ?? b.createdAt).localeCompare(a.publishedAt ?? a.createdAt));
    const pages = Math.max(1, Math.ceil(matching.length / boardPageSize));
    const page = Math.min(input.page, pages);
    return {
      jobs: matching
        .slice((page - 1) * boardPageSize, page * boardPageSize)
        .map((job) => boardView(job, input.language, tenant.defaultLanguage as Language)),
      total: matching.length,
      page,
      pages,
      communes,
    };
  },
);

/**
 * Offers online in the fields a case's partner looks for work in, read from the household's
 * own words; those open to newcomers' partners first.
 */
export const forCase = fn(z.object({ caseId: z.uuid("caseId must be a UUID.") }), async (input) => {
  assertCan("cases.read");
  const record = await mustFind(input.caseId);
  const partner = (record.household as { partner?: { lookingForJob?: boolean; field?: string } } | undefined)?.partner;
  if (!partner?.lookingForJob) return { partnerLooking: false, fields: [], jobs: [] };
  const fields = fieldsNamedIn(partner.field ?? "");
  if (fields.length === 0) return { partnerLooking: true, fields, jobs: [] };
  const tenant = await Tenant.current();
  const language = tenant.defaultLanguage as Language;
  const jobs = (await live(tenant.tenantId))
    .filter((job) => fields.includes(job.field))
    .sort((a, b) => Number(b.openToPartners) - Number(a.openToPartners) || a.expiresOn.localeCompare(b.expiresOn))
    .slice(0, 10)
    .map((job) => boardView(job, language, tenant.defaultLanguage as Language));
  return { partnerLooking: true, fields, jobs };
});
