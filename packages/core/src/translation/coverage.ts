import { assertCan } from "../auth/roles";
import * as Settings from "../conciergerie/settings";
import { db } from "../db";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { pending } from "./drafts";
import { translatorSettings } from "./provider";
import { targets } from "./targets";

/** Kinds of text whose translations are drafted here; the others are written on their own pages. */
type CoverageKind = "article" | "notice" | "questions" | "tagline" | "hero" | "letter" | "event";

type Item = {
  kind: CoverageKind;
  ref: string;
  /** The text's name in its default language (an article's title, an event's), else empty. */
  title: string;
  /** Enabled languages it lacks. */
  missing: Language[];
  /** Of those, the ones with a machine translation waiting for review. */
  drafts: Language[];
  /** Whether "draft a translation" applies to it (and the provider is set up). */
  translatable: boolean;
};

const perLanguage = (texts: unknown) => Object.keys((texts ?? {}) as Record<string, unknown>) as Language[];

/**
 * Which of the territory's texts lack which of its languages: articles, the privacy notice, the
 * intake questions, the portal's tagline and welcome text, Bienvenue letters and coming events.
 * Read for every staff role, with or without a translation provider.
 */
export async function coverage(now = new Date()) {
  assertCan("knowledge.read");
  const tenant = await Tenant.current();
  const { tenantId } = tenant;
  const enabled = tenant.languages as Language[];
  const configured = Boolean(translatorSettings());
  const [articles, settings, drafts, letters, events] = await Promise.all([
    db().entities.article.query.bySlug({ tenantId }).go({ pages: "all" }),
    Settings.load(tenantId, tenant.name),
    pending(tenantId),
    db().entities.letter.query.byIssue({ tenantId }).go({ pages: "all" }),
    db().entities.event.query.byStart({ tenantId }).gte({ startsAt: now.toISOString() }).go({ pages: "all" }),
  ]);
  const item = (kind: CoverageKind, ref: string, title: string, present: Language[], translatable = false): Item => {
    const missing = enabled.filter((language) => !present.includes(language));
    const waiting = drafts.filter((d) => d.kind === kind && d.ref === ref).map((d) => d.language);
    return {
      kind,
      ref,
      title,
      missing,
      drafts: missing.filter((language) => waiting.includes(language)),
      translatable: translatable && configured,
    };
  };
  const titleOf = (texts: unknown) => {
    const values = (texts ?? {}) as Record<string, string | { title?: string }>;
    const own = values[tenant.defaultLanguage] ?? Object.values(values)[0];
    return typeof own === "string" ? own : (own?.title ?? "");
  };
  const questionLanguages = settings.questions.length ? (await targets.questions.load("intake")).languages : enabled;
  const items: Item[] = [
    item("notice", "privacy", "", perLanguage(settings.privacyNotice), true),
    ...(settings.questions.length ? [item("questions", "intake", "", questionLanguages, true)] : []),
    ...articles.data
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((article) =>
        item("article", article.slug, titleOf(article.translations), perLanguage(article.translations), true),
      ),
    ...(["tagline", "hero"] as const).flatMap((kind) => {
      const texts = (tenant[kind] ?? {}) as Record<string, string>;
      return Object.keys(texts).length ? [item(kind, kind, "", perLanguage(texts))] : [];
    }),
    ...[...new Set(letters.data.map((letter) => letter.issue))]
      .sort((a, b) => a - b)
      .map((issue) =>
        item(
          "letter",
          String(issue),
          "",
          letters.data.filter((letter) => letter.issue === issue).map((letter) => letter.language as Language),
        ),
      ),
    ...events.data.map((event) => item("event", event.eventId, titleOf(event.title), perLanguage(event.title))),
  ];
  return {
    configured,
    defaultLanguage: tenant.defaultLanguage as Language,
    languages: enabled,
    items,
    /** Enabled languages whose readers would consent to a notice in another language. */
    noticeMissing: items[0]?.missing ?? [],
  };
}

/** Whether "draft a translation" is offered at all (the provider is set up for this deployment). */
export function status() {
  assertCan("tenant.read");
  return { configured: Boolean(translatorSettings()) };
}
