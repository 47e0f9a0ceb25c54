import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { assertActor, useTenant } from "../../context";
import { db } from "../../db";
import { fn } from "../../fn";
import { endPair } from "./pairs";
import { email } from "./profile";

/** What an erased ambassador becomes in the pairs that remain for the outcome history. */
const erased = { ambassadorEmail: "erased", ambassadorName: "—" };

/**
 * Removes an ambassador's personal data: their active pairs end (the newcomers' requests reopen
 * for a new buddy), their name and address leave every past pair, and their profile is deleted.
 */
async function eraseAmbassador(ambassadorEmail: string) {
  const tenantId = useTenant();
  const pairs = await db().entities.buddyPair.query.byAmbassador({ tenantId, ambassadorEmail }).go({ pages: "all" });
  for (const pair of pairs.data.filter((p) => p.status === "active"))
    await endPair(tenantId, pair.pairId, "ambassador-left", true);
  for (const pair of pairs.data)
    await db()
      .entities.buddyPair.patch({ tenantId, pairId: pair.pairId })
      .set({ ...erased, startedAt: pair.startedAt })
      .go();
  await db().entities.ambassador.delete({ tenantId, email: ambassadorEmail }).go();
  return { erased: true, pairsEnded: pairs.data.filter((p) => p.status === "active").length };
}

/** The signed-in ambassador leaves: everything about them goes. */
export async function leave() {
  const actor = assertActor("newcomer");
  return eraseAmbassador(actor.email);
}

/** Staff erase an ambassador on request. */
export const erase = fn(z.object({ email }), async (input) => {
  assertCan("ambassadors.manage");
  return eraseAmbassador(input.email);
});

/**
 * For the enrolee's erasure (leaving the programme): their buddy request goes, an active pair
 * ends (the ambassador's slot frees up) and their name and address leave that pair.
 */
export async function eraseEnrolee(enroleeEmail: string) {
  const tenantId = useTenant();
  const request = (await db().entities.buddyRequest.get({ tenantId, email: enroleeEmail }).go()).data;
  if (!request) return { erased: false };
  const pair = request.pairId
    ? (await db().entities.buddyPair.get({ tenantId, pairId: request.pairId }).go()).data
    : null;
  if (pair?.status === "active") await endPair(tenantId, pair.pairId, "enrolee-left", false);
  if (pair)
    await db()
      .entities.buddyPair.patch({ tenantId, pairId: pair.pairId })
      .set({ enroleeEmail: "erased", enroleeName: "—" })
      .go();
  await db().entities.buddyRequest.delete({ tenantId, email: enroleeEmail }).go();
  return { erased: true };
}
