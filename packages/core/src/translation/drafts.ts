import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, isConditionFailure, isOutage } from "../db";
import { Unavailable, VisibleError } from "../error";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import { type Language, languageCodes } from "../tenant/languages";
import { translate, translatorSettings } from "./provider";
import { type Kind, kinds, targets } from "./targets";

/** The notice and the question set are one each per territory: their ref is fixed. */
const singleRefs: Partial<Record<Kind, string>> = { notice: "privacy", questions: "intake" };

const target = z
  .object({
    kind: z.enum(kinds),
    ref: z.string().trim().min(1).max(80),
    language: z.enum(languageCodes),
  })
  .refine((key) => (singleRefs[key.kind] ?? key.ref) === key.ref, {
    path: ["ref"],
    message: "There is no such text to translate.",
  });

export function unavailable() {
  return new VisibleError(
    "conflict",
    "translation_unavailable",
    "Machine translation is not set up for this deployment (ESCALE_TRANSLATE): translate the text yourself.",
  );
}

/** Runs the provider; its refusals and outages become errors a person can act on. */
export async function machine(texts: string[], from: Language, to: Language): Promise<string[]> {
  const settings = translatorSettings();
  if (!settings) throw unavailable();
  try {
    return await translate({ texts, from, to }, settings);
  } catch (error) {
    if (isOutage(error)) throw Object.assign(new Unavailable(), { cause: error });
    const name = (error as { name?: string }).name ?? "error";
    throw new VisibleError(
      "conflict",
      "translation_failed",
      `The translation service refused this text (${name}): translate it yourself.`,
    );
  }
}

function actorName() {
  const actor = assertCan("tenant.read");
  return actor.type === "staff" ? actor.email : "operator";
}

async function findDraft(tenantId: string, key: z.output<typeof target>) {
  const { data } = await db()
    .entities.translationDraft.get({ tenantId, ...key })
    .go({ consistent: true });
  return data ?? undefined;
}

function noDraft(key: z.output<typeof target>) {
  return new VisibleError(
    "not-found",
    "draft_not_found",
    `language: no machine translation of this ${key.kind} into "${key.language}" waits for review.`,
    "language",
  );
}

/**
 * Drafts a machine translation of a text into one of the territory's languages. It is kept
 * apart, marked as machine-made: readers see nothing of it until a person reviews it.
 */
export const draft = fn(target, async (key) => {
  const what = targets[key.kind];
  assertCan(what.permission);
  const by = actorName();
  const tenant = await Tenant.current();
  if (!tenant.languages.includes(key.language))
    throw new VisibleError(
      "input",
      "language_not_enabled",
      `language: "${key.language}" is not one of this territory's languages.`,
      "language",
    );
  const loaded = await what.load(key.ref);
  if (loaded.sourceLanguage === key.language)
    throw new VisibleError("input", "same_language", "language: this is the language it is written in.", "language");
  const source = loaded.missingIn(key.language);
  const names = Object.keys(source);
  if (names.length === 0)
    throw new VisibleError(
      "conflict",
      "already_translated",
      `language: it already exists in "${key.language}"; edit that version instead.`,
      "language",
    );
  const translated = await machine(
    names.map((name) => source[name] ?? ""),
    loaded.sourceLanguage,
    key.language,
  );
  const fields = Object.fromEntries(names.map((name, index) => [name, translated[index] ?? ""]));
  try {
    await db()
      .entities.translationDraft.create({
        tenantId: tenant.tenantId,
        ...key,
        sourceLanguage: loaded.sourceLanguage,
        source,
        fields,
        draftedAt: new Date().toISOString(),
        draftedBy: by,
      })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new VisibleError(
      "conflict",
      "draft_pending",
      `language: a machine translation into "${key.language}" already waits for review.`,
      "language",
    );
  }
  return review(key);
});

/** A draft as the reviewer sees it: the source beside the machine's words, and the record's version. */
export const review = fn(target, async (key) => {
  const what = targets[key.kind];
  assertCan(what.permission);
  const [found, loaded] = await Promise.all([findDraft(useTenant(), key), what.load(key.ref)]);
  if (!found) throw noDraft(key);
  return {
    ...key,
    title: loaded.title,
    machine: true as const,
    sourceLanguage: found.sourceLanguage as Language,
    source: found.source as Record<string, string>,
    fields: found.fields as Record<string, string>,
    draftedAt: found.draftedAt,
    draftedBy: found.draftedBy,
    expectedVersion: loaded.version,
  };
});

/**
 * The review action: a person has read the machine's draft (and corrected it); their words are
 * published where readers see them, and the draft is gone. Nothing publishes a draft otherwise.
 */
export const publish = fn(
  z.intersection(
    target,
    z.object({
      fields: z.record(z.string().max(200), z.string().max(20_000)),
      expectedVersion: z.number().int().min(0),
    }),
  ),
  async ({ fields, expectedVersion, ...key }) => {
    const what = targets[key.kind];
    assertCan(what.permission);
    const tenantId = useTenant();
    if (!(await findDraft(tenantId, key))) throw noDraft(key);
    await what.publish(key.ref, key.language, fields, expectedVersion);
    await db()
      .entities.translationDraft.delete({ tenantId, ...key })
      .go();
    return { ...key, published: true as const };
  },
);

/** Throws the draft away; the text stays missing in that language. */
export const discard = fn(target, async (key) => {
  assertCan(targets[key.kind].permission);
  const tenantId = useTenant();
  if (!(await findDraft(tenantId, key))) throw noDraft(key);
  await db()
    .entities.translationDraft.delete({ tenantId, ...key })
    .go();
  return { ...key, discarded: true as const };
});

/** Every draft of the tenant waiting for review (one Query on its partition's draft items). */
export async function pending(tenantId = useTenant()) {
  const { data } = await db().entities.translationDraft.query.byTarget({ tenantId }).go({ pages: "all" });
  return data.map(({ kind, ref, language, draftedAt, draftedBy }) => ({
    kind: kind as Kind,
    ref,
    language: language as Language,
    draftedAt,
    draftedBy,
  }));
}
