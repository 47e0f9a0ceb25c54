import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { assertActor, useTenant } from "../../context";
import { db, isConditionFailure } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import { assertEnrolled } from "../enrolment";
import { email, profile } from "./profile";
import { rank } from "./scoring";

/** A signed-in enrolee asks for a buddy (again, after a pair ended or a withdrawal). */
export const ask = fn(profile.extend({ note: z.string().trim().max(500).default("") }), async (input) => {
  const actor = assertActor("newcomer");
  await assertEnrolled(actor.email);
  const key = { tenantId: useTenant(), email: actor.email };
  const requestedAt = new Date().toISOString();
  try {
    await db()
      .entities.buddyRequest.create({ ...key, ...input, status: "open", requestedAt })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    try {
      await db()
        .entities.buddyRequest.patch(key)
        .set({ ...input, status: "open", requestedAt })
        .where((a, { ne }) => ne(a.status, "paired"))
        .go();
    } catch (refusal) {
      if (!isConditionFailure(refusal)) throw refusal;
      throw new VisibleError("conflict", "already_paired", "You already have a buddy.");
    }
  }
  return mine();
});

/** The signed-in enrolee's request and, once paired, their ambassador. */
export async function mine() {
  const actor = assertActor("newcomer");
  const tenantId = useTenant();
  const request = (await db().entities.buddyRequest.get({ tenantId, email: actor.email }).go()).data;
  if (!request) return null;
  const pair =
    request.status === "paired" && request.pairId
      ? (await db().entities.buddyPair.get({ tenantId, pairId: request.pairId }).go()).data
      : null;
  return {
    status: request.status,
    requestedAt: request.requestedAt,
    buddy:
      pair?.status === "active"
        ? { name: pair.ambassadorName, email: pair.ambassadorEmail, since: pair.startedAt, until: pair.endsOn }
        : null,
  };
}

/** The enrolee no longer wants a buddy (an active pair is ended by a coordinator). */
export async function withdraw() {
  const actor = assertActor("newcomer");
  try {
    await db()
      .entities.buddyRequest.patch({ tenantId: useTenant(), email: actor.email })
      .set({ status: "withdrawn" })
      .where((a, { eq }) => eq(a.status, "open"))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new VisibleError("conflict", "not_open", "There is no open request to withdraw.");
  }
  return { status: "withdrawn" as const };
}

/** Requests waiting for a buddy, oldest first, for coordinators. */
export const list = fn(
  z.object({ status: z.enum(["open", "paired", "withdrawn"]).default("open") }),
  async ({ status }) => {
    assertCan("ambassadors.read");
    const requests = await db()
      .entities.buddyRequest.query.byStatus({ tenantId: useTenant(), status })
      .go({ pages: "all" });
    return requests.data.map(({ tenantId: _, ...request }) => request);
  },
);

export async function mustFind(requestEmail: string) {
  const request = (await db().entities.buddyRequest.get({ tenantId: useTenant(), email: requestEmail }).go()).data;
  if (!request)
    throw new VisibleError(
      "not-found",
      "request_not_found",
      "email: nobody with this address asked for a buddy.",
      "email",
    );
  return request;
}

/** Ambassadors with a free slot for this newcomer, best first, with why (two reads). */
export const suggestions = fn(z.object({ email }), async (input) => {
  assertCan("ambassadors.read");
  const request = await mustFind(input.email);
  const ambassadors = await db().entities.ambassador.query.list({ tenantId: useTenant() }).go({ pages: "all" });
  const ranked = rank(
    request,
    ambassadors.data.filter((a) => a.status === "active"),
  );
  return {
    request: { email: request.email, name: request.name, status: request.status },
    suggestions: ranked.slice(0, 10).map(({ candidate, ...why }) => ({
      email: candidate.email,
      name: candidate.name,
      commune: candidate.commune,
      languages: candidate.languages,
      freeSlots: candidate.capacity - candidate.buddies,
      ...why,
    })),
  };
});
