import * as z from "zod";
import { withActor } from "../context";
import { stopLetters } from "./letters";

const recipients = z.array(z.object({ emailAddress: z.string().max(400) })).default([]);

/**
 * An SES event as SNS delivers it from the configuration set (`eventType`) or an identity's
 * notifications (`notificationType`); only what suppression needs is read.
 */
const sesEvent = z.object({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  mail: z.object({ tags: z.record(z.string(), z.array(z.string())).default({}) }),
  bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients }).optional(),
  complaint: z.object({ complainedRecipients: recipients }).optional(),
});

/** `Ana <ana@example.org>` or `ana@example.org`, as our addresses are kept: lower case. */
const bare = (address: string) => (address.match(/<([^>]+)>/)?.[1] ?? address).trim().toLowerCase();

/**
 * A hard bounce or a complaint stops the letter to that address in the tenant that sent it
 * (the `tenant` tag of the e-mail); soft bounces and other events change nothing.
 */
export async function applySesEvent(message: unknown): Promise<{ suppressed: string[] }> {
  const parsed = sesEvent.safeParse(message);
  if (!parsed.success) return { suppressed: [] };
  const { eventType, notificationType, mail, bounce, complaint } = parsed.data;
  const kind = eventType ?? notificationType;
  const tenantId = mail.tags.tenant?.[0];
  const addresses =
    kind === "Bounce" && bounce?.bounceType === "Permanent"
      ? bounce.bouncedRecipients
      : kind === "Complaint"
        ? (complaint?.complainedRecipients ?? [])
        : [];
  if (!tenantId || addresses.length === 0) return { suppressed: [] };
  const suppressed = addresses.map((recipient) => bare(recipient.emailAddress));
  await withActor({ type: "system", tenantId }, () =>
    Promise.all(suppressed.map((address) => stopLetters(tenantId, address, "suppressed"))),
  );
  return { suppressed };
}
