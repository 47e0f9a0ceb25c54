import * as z from "zod";
import { assertActor } from "../context";
import { db } from "../db";
import { fn } from "../fn";
import { type StaffLanguage, staffLanguages } from "./staff-languages";

/**
 * The signed-in person's console language, kept with their identity so it follows them across
 * territories and browsers (and their e-mails). Null until they choose: the browser's is used.
 */
export async function language(): Promise<{ language: StaffLanguage | null }> {
  const actor = assertActor("user", "staff");
  const identity = await db().entities.identity.get({ email: actor.email }).go();
  return { language: identity.data?.language ?? null };
}

/** Only the signed-in person's own identity: the address comes from the session, never from input. */
export const setLanguage = fn(z.object({ language: z.enum(staffLanguages) }), async ({ language }) => {
  const actor = assertActor("user", "staff");
  await db().entities.identity.patch({ email: actor.email }).set({ language }).go();
  return { language };
});
