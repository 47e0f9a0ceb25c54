import * as z from "zod";

/**
 * The one form an e-mail identity takes: trimmed, lower-case ASCII. Anything outside ASCII is
 * refused rather than normalised, because Unicode folding (the Kelvin sign K lower-cases to k,
 * fullwidth letters fold to ASCII) would let a code sent to one mailbox sign in as another.
 * The code is sent to this form, so the address that received it is the identity signed in.
 */
export function canonicalEmail(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length > 254 || !/^[\x21-\x7e]+$/.test(trimmed)) return undefined;
  const email = trimmed.toLowerCase();
  return z.email().safeParse(email).success ? email : undefined;
}

/** An e-mail address field, canonical once parsed. */
export const emailAddress = z
  .string()
  .max(254)
  .transform((raw, ctx) => {
    const email = canonicalEmail(raw);
    if (email === undefined) {
      ctx.addIssue({ code: "custom", message: "Give a valid e-mail address." });
      return z.NEVER;
    }
    return email;
  });
