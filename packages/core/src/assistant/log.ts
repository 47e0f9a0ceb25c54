import { randomUUID } from "node:crypto";
import * as z from "zod";
import type { Actor } from "../actor";
import { assertCan } from "../auth/roles";
import { useActor, useTenant } from "../context";
import { assertCommitted, db, isConditionFailure } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { type Language, languageCodes } from "../tenant/languages";
import { noAsker, noGap } from "./entities";
import { askers } from "./forget";
import { redact } from "./redact";
import type * as Vocabulary from "./vocabulary";

const retentionDays = 90;
/** The topic of questions that named none the assistant knows. */
export const otherTopic = "other";

const otherLabels: Record<Language, string> = {
  fr: "Autre",
  en: "Other",
  es: "Otro",
  de: "Sonstiges",
  it: "Altro",
  pt: "Outro",
  ar: "أخرى",
  uk: "Інше",
};

/**
 * A topic's name in each language: the first word the vocabulary gives for it. The vocabulary
 * is only needed on the gaps page, so it loads there, not at cold start.
 */
function topicLabels(vocabulary: typeof Vocabulary, topic: string): Record<Language, string> {
  const concept = vocabulary.conceptById.get(topic);
  if (!concept) return otherLabels;
  return Object.fromEntries(
    languageCodes.map((language) => [language, concept[language]?.split("|")[0]?.replace(/\*/g, "") ?? topic]),
  ) as Record<Language, string>;
}

/** Who asks, for an erasure to find their questions: a signed-in newcomer, or a visitor with a cookie. */
function askerOf(actor: Actor): string | undefined {
  if (actor.type === "newcomer") return askers.person(actor.email);
  if (actor.type === "visitor" && actor.visitor) return askers.visitor(actor.visitor.id);
  return undefined;
}

type Turn = {
  sessionId?: string;
  question: string;
  language: Language;
  answered: boolean;
  confidence: number;
  citations: string[];
  topic: string;
  /** Unanswered or answered with low confidence: counted as a knowledge gap. */
  gap: boolean;
};

/**
 * Keeps a portal question for 90 days, e-mail addresses and phone numbers redacted first. A gap
 * question also bumps its gap's counters, in the same transaction.
 */
export async function recordTurn(turn: Turn, now = new Date()) {
  const tenantId = useTenant();
  const createdAt = now.toISOString();
  const question = redact(turn.question);
  const item = {
    tenantId,
    turnId: randomUUID(),
    sessionId: turn.sessionId,
    asker: askerOf(useActor()) ?? noAsker,
    question,
    language: turn.language,
    answered: turn.answered,
    confidence: Math.round(turn.confidence * 100) / 100,
    citations: turn.citations,
    topic: turn.topic,
    gap: turn.gap ? `${turn.topic}#${turn.language}` : noGap,
    createdAt,
    expiresAt: Math.floor(now.getTime() / 1000) + retentionDays * 86_400,
  };
  if (!turn.gap) {
    await db().entities.conversationTurn.put(item).go();
    return;
  }
  await db()
    .transaction.write(({ conversationTurn, knowledgeGap }) => [
      conversationTurn.put(item).commit(),
      knowledgeGap
        .update({ tenantId, topic: turn.topic, language: turn.language })
        .add({ total: 1, open: 1 })
        .set({ lastQuestion: question, lastTurnId: item.turnId, lastAskedAt: createdAt, expiresAt: item.expiresAt })
        .commit(),
    ])
    .go()
    .then(assertCommitted);
}

/** Knowledge gaps by topic and language, the ones with most unhandled questions first. */
export async function gaps() {
  assertCan("knowledge.read");
  const [{ data }, vocabulary] = await Promise.all([
    db().entities.knowledgeGap.query.byTopic({ tenantId: useTenant() }).go({ pages: "all" }),
    import("./vocabulary"),
  ]);
  return data
    .map(({ topic, language, total, open, lastQuestion, lastAskedAt, handledAt, handledBy }) => ({
      topic,
      labels: topicLabels(vocabulary, topic),
      language: language as Language,
      total,
      open,
      lastQuestion: lastQuestion ?? null,
      lastAskedAt: lastAskedAt ?? null,
      handledAt: handledAt ?? null,
      handledBy: handledBy ?? null,
    }))
    .sort((a, b) => b.open - a.open || (b.lastAskedAt ?? "").localeCompare(a.lastAskedAt ?? ""));
}

const gapKey = z.object({
  topic: z.string().trim().min(1).max(60),
  language: z.enum(languageCodes),
});

/** A gap's questions (redacted), newest first: what to write the missing article about. */
export const gapQuestions = fn(gapKey, async ({ topic, language }) => {
  assertCan("knowledge.read");
  const { data } = await db()
    .entities.conversationTurn.query.byGap({ tenantId: useTenant(), gap: `${topic}#${language}` })
    .go({ order: "desc", limit: 50 });
  return data.map(({ question, answered, citations, createdAt }) => ({ question, answered, citations, createdAt }));
});

/** An editor dealt with the gap (wrote or fixed an article): its open count starts again from 0. */
export const markGapHandled = fn(gapKey, async ({ topic, language }) => {
  const actor = assertCan("knowledge.write");
  const handledAt = new Date().toISOString();
  try {
    await db()
      .entities.knowledgeGap.patch({ tenantId: useTenant(), topic, language })
      .set({ open: 0, handledAt, handledBy: actor.type === "staff" ? actor.email : "Escale" })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new VisibleError(
      "not-found",
      "gap_not_found",
      `topic: there is no knowledge gap "${topic}" in this language.`,
      "topic",
    );
  }
  return { topic, language, handledAt };
});

/** Whether questions asked by the current actor are portal questions, to log and to limit. */
export function fromPortal(): boolean {
  const { type } = useActor();
  return type === "visitor" || type === "newcomer";
}
