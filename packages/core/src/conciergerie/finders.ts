import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { config } from "../config";
import { db, type TransactItem } from "../db";

type Contact = { name?: string; email?: string; phone?: string };
export type FinderField = "email" | "phone" | "ref" | "name";

/** Lower case without accents or punctuation, so "Hélène O'Brien" is found as "helene obrien". */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A phone number as one string of digits: international form when it parses (French by default). */
export function phoneKey(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, "FR");
  return parsed?.isPossible() ? parsed.number.slice(1) : phone.replace(/\D/g, "");
}

/** The reference staff read and say on the phone: the first eight characters of the case id. */
export const reference = (caseId: string) => caseId.slice(0, 8);

/** Name words are bucketed by their first two letters; a one-letter word is its own bucket. */
export const nameBucket = (word: string) => word.slice(0, 2);

function finders(tenantId: string, caseId: string, contact: Contact) {
  const words = fold(contact.name ?? "")
    .split(" ")
    .filter(Boolean);
  const phone = contact.phone ? phoneKey(contact.phone) : "";
  return [
    ...(contact.email ? [{ field: "email" as const, bucket: contact.email.toLowerCase(), term: "-" }] : []),
    ...(phone.length >= 6 ? [{ field: "phone" as const, bucket: phone, term: "-" }] : []),
    { field: "ref" as const, bucket: reference(caseId), term: "-" },
    ...[...new Set(words)].slice(0, 6).map((word) => ({
      field: "name" as const,
      bucket: nameBucket(word),
      term: word,
      words: ` ${words.join(" ")} `,
    })),
  ].map((finder) => ({ tenantId, caseId, ...finder }));
}

/** The finder items of a new case, to write in its transaction. */
export function finderPuts(tenantId: string, caseId: string, contact: Contact): TransactItem[] {
  return finders(tenantId, caseId, contact).map((item) => ({ Put: db().entities.caseFinder.put(item).params() }));
}

/** Deletes of a case's finder items, for the erasure of its contact. */
export function finderDeletes(tenantId: string, caseId: string, contact: Contact): TransactItem[] {
  return finders(tenantId, caseId, contact).map((item) => ({
    Delete: db().entities.caseFinder.delete(item).params(),
  }));
}

/** For batch writers (sample households): the same items, as plain records. */
export const finderRecords = finders;

/** The tab counts' ADD, in the transaction that creates, moves or erases a case. */
export function countUpdate(tenantId: string, changes: Partial<Record<string, number>>): TransactItem {
  const { Key } = db().entities.inboxCount.get({ tenantId }).params() as { Key: Record<string, string> };
  const entries = Object.entries(changes).filter(([, by]) => by) as [string, number][];
  return {
    Update: {
      TableName: config().table,
      Key,
      UpdateExpression: `SET #tenantId = :tenantId ADD ${entries.map((_, i) => `#s${i} :s${i}`).join(", ")}`,
      ExpressionAttributeNames: {
        "#tenantId": "tenantId",
        ...Object.fromEntries(entries.map(([status], i) => [`#s${i}`, status])),
      },
      ExpressionAttributeValues: {
        ":tenantId": tenantId,
        ...Object.fromEntries(entries.map(([, by], i) => [`:s${i}`, by])),
      },
    },
  };
}
