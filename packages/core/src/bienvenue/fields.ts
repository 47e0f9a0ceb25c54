import * as z from "zod";

/** An e-mail address as people type it: trimmed, lower-cased, at most 254 characters. */
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email("Give a valid e-mail address."));
