import * as z from "zod";
import { assertCan } from "../auth/roles";
import { staffLanguages } from "../auth/staff-languages";
import * as CaseFile from "../conciergerie/case-file";
import { fn } from "../fn";
import * as Mail from "../mail";
import type { Language } from "../tenant/languages";
import { machine } from "./drafts";

const caseId = z.uuid("caseId must be a UUID.");

/**
 * The language the staff member reads the console in (sent by the console, as a browser's may
 * differ from the one stored with their identity), else the stored one.
 */
async function ownLanguage(shown?: Language): Promise<Language> {
  const actor = assertCan("tenant.read");
  if (shown) return shown;
  return actor.type === "staff" ? Mail.staffLanguage(actor.email) : "fr";
}

const readerLanguage = z.enum(staffLanguages).optional();

/**
 * What the household wrote (its request and its messages), in the agent's language. The
 * originals stay on the case page; this is read again each time, not stored.
 */
export const caseMessages = fn(z.object({ caseId, language: readerLanguage }), async ({ caseId: id, ...shown }) => {
  assertCan("cases.read");
  const [file, language] = await Promise.all([CaseFile.open({ caseId: id }), ownLanguage(shown.language)]);
  const from = (file.case.contact as { language: Language }).language;
  const written = [
    ...(file.case.message ? [{ id: "request", text: file.case.message }] : []),
    ...file.timeline
      .filter((event) => event.kind === "message" && (event.detail as { from?: string }).from === "newcomer")
      .map((event) => ({ id: event.eventId, text: (event.detail as { text: string }).text })),
  ];
  if (from === language || written.length === 0) return { language, from, messages: [] };
  const translated = await machine(
    written.map((message) => message.text),
    from,
    language,
  );
  return {
    language,
    from,
    messages: written.map((message, index) => ({ id: message.id, text: translated[index] ?? "" })),
  };
});

/**
 * A reply written in the agent's language, translated into the household's: a draft the agent
 * reads (and corrects) before sending it as any other message.
 */
export const draftReply = fn(
  z.object({ caseId, text: z.string().trim().min(1, "Write the message.").max(4000), language: readerLanguage }),
  async ({ caseId: id, text, ...shown }) => {
    assertCan("cases.work");
    const [record, from] = await Promise.all([CaseFile.mustFind(id), ownLanguage(shown.language)]);
    const language = (record.contact as { language: Language }).language;
    if (language === from) return { language, text, machine: false };
    const [translated = ""] = await machine([text], from, language);
    return { language, text: translated, machine: true };
  },
);
