import * as z from "zod";
import { singleLine } from "../../single-line";
import { languageCodes } from "../../tenant/languages";

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email("Give a valid e-mail address."));
export const households = ["single", "couple", "family"] as const;

/** What matching reads, the same for an ambassador and a newcomer asking for a buddy. */
export const profile = z.object({
  name: singleLine(120).min(1, "Give your name."),
  /** The portal language: the language of the e-mails they get. */
  language: z.enum(languageCodes),
  /** Languages spoken, as ISO 639 codes (any language, not only the portal's). */
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2,3}$/, "Use language codes such as fr, en, ar."),
    )
    .min(1, "Name at least one language you speak.")
    .max(12),
  commune: singleLine(120).min(1, "Give your commune."),
  interests: z.array(singleLine(40).min(1)).max(20).default([]),
  household: z.enum(households),
});

/** The privacy notice the person accepted, as the Conciergerie's intake records it. */
export const consent = z.object({
  accepted: z.literal(true, "Please accept the privacy notice."),
  version: z.string().min(1).max(40),
  language: z.enum(languageCodes).optional(),
});
