import { createHash } from "node:crypto";
import { db } from "../db";

/**
 * Who asked a question, as the log keeps it: a signed-in newcomer by a hash of their address,
 * an anonymous visitor by their visitor cookie's id. Neither is the question's author in
 * clear; both let an erasure find that person's questions and nobody else's.
 */
export const askers = {
  person: (email: string) => `person#${createHash("sha256").update(email).digest("base64url").slice(0, 32)}`,
  visitor: (visitorId: string) => `visitor#${visitorId}`,
};

/**
 * Deletes every logged question of these askers in the tenant, and the text a knowledge gap
 * kept from any of them (its counts stay: they hold nothing personal).
 */
export async function forgetAskers(tenantId: string, who: string[]): Promise<number> {
  let forgotten = 0;
  for (const asker of new Set(who)) {
    const { data } = await db().entities.conversationTurn.query.byAsker({ tenantId, asker }).go({ pages: "all" });
    const turnIds = new Set(data.map((turn) => turn.turnId));
    const gaps = new Map(
      data.filter((turn) => turn.gap !== "-").map((turn) => [turn.gap, { topic: turn.topic, language: turn.language }]),
    );
    for (const { topic, language } of gaps.values()) {
      const gap = (await db().entities.knowledgeGap.get({ tenantId, topic, language }).go()).data;
      if (gap?.lastTurnId && turnIds.has(gap.lastTurnId))
        await db()
          .entities.knowledgeGap.patch({ tenantId, topic, language })
          .remove(["lastQuestion", "lastTurnId"])
          .go();
    }
    for (let i = 0; i < data.length; i += 25)
      await db()
        .entities.conversationTurn.delete(
          data.slice(i, i + 25).map(({ tenantId: t, createdAt, turnId }) => ({ tenantId: t, createdAt, turnId })),
        )
        .go();
    forgotten += data.length;
  }
  return forgotten;
}
