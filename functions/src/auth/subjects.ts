import { createSubjects } from "@openauthjs/openauth/subject";
import { z } from "zod";

/** What an access token says about its bearer. */
export const subjects = createSubjects({
  user: z.object({ userId: z.string(), email: z.string() }),
});
