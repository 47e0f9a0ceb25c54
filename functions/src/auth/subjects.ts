import { createSubjects } from "@openauthjs/openauth/subject";
import * as z from "zod";

/**
 * What an access token says about its bearer, and the origin (platform site or one portal) it
 * was issued on: refreshed anywhere, it keeps that origin and is accepted only there.
 */
export const subjects = createSubjects({
  user: z.object({ userId: z.string(), email: z.string(), origin: z.string() }),
});
